//! Expressions: a type for each, Cython's choice of C or Python operation.

use crate::body_checker::{BodyChecker, ViewIndex};
use crate::coerce::promote;
use crate::scope::{Intrinsic, Sym};
use crate::tir::*;
use crate::types::{FloatKind, IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ArgKind, ExprKind};
use std::rc::Rc;

fn obj(k: &'static str) -> Type {
    Type::Object(ObjKind::Builtin(k))
}

impl BodyChecker<'_, '_> {
    fn texpr(&self, kind: TExprKind, ty: Type, span: Span) -> TExpr {
        TExpr::new(kind, ty, span)
    }

    /// An expression that yields nothing useful after an error was reported.
    /// `name := value`: stores the value in the local and gives it.
    fn named_expr(&mut self, target: &ast::Ident, value: &ast::Expr, span: Span) -> TExpr {
        let v = self.expr(value);
        let var = match self.names.get(&target.name) {
            Some(&var) if !self.is_module => var,
            _ => {
                let what = if self.is_module {
                    "at module level"
                } else {
                    "for a variable an inner function uses"
                };
                self.m.diags.push(
                    Diagnostic::error(format!("':=' {what} is not supported yet"), target.span)
                        .with_label_message("assign it in a statement of its own first"),
                );
                return self.error_expr(span);
            }
        };
        let ty = self.vars[var.0 as usize].ty.clone();
        let v = self.coerce(v, &ty);
        self.texpr(
            TExprKind::Let {
                var,
                value: Box::new(v),
            },
            ty,
            span,
        )
    }

    pub fn error_expr(&self, span: Span) -> TExpr {
        TExpr::new(TExprKind::NoneConst, Type::object(), span)
    }

    /// Python objects need the GIL; report object results in nogil code.
    fn check_nogil(&mut self, t: &TExpr) {
        if self.nogil && t.ty.is_object() {
            self.require_gil("a Python object operation", t.span);
        }
    }

    pub fn expr(&mut self, e: &ast::Expr) -> TExpr {
        let t = self.expr_inner(e);
        self.check_nogil(&t);
        t
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> TExpr {
        let span = e.span;
        match &e.kind {
            ExprKind::Name(n) => self.expr_name(n, span),
            ExprKind::Int { .. } => self.expr_int(e),
            ExprKind::Float { .. } => self.expr_float(e),
            ExprKind::Str { .. } => self.expr_str(e),
            ExprKind::Bytes(b) => self.texpr(TExprKind::BytesConst(b.clone()), obj("bytes"), span),
            ExprKind::FString(parts) => self.fstring(parts, span),
            ExprKind::True => self.texpr(TExprKind::BoolConst(true), Type::Bint, span),
            ExprKind::False => self.texpr(TExprKind::BoolConst(false), Type::Bint, span),
            ExprKind::None => self.texpr(TExprKind::NoneConst, Type::object(), span),
            ExprKind::Ellipsis => self.expr_ellipsis(span),
            ExprKind::Attribute { value, attr } => self.attribute(e, value, attr),
            ExprKind::Call { func, args } => self.call(func, args, span),
            ExprKind::Subscript { value, index } => self.subscript(value, index, span),
            ExprKind::Slice { .. } => self.misplaced("a slice is only allowed inside []", span),
            ExprKind::BinOp { left, op, right } => self.expr_bin_op(left, *op, right, span),
            ExprKind::UnaryOp { op, operand } => self.expr_unary_op(*op, operand, span),
            ExprKind::BoolOp { .. } => self.expr_bool_op(e),
            ExprKind::Compare { left, ops } => self.compare(left, ops, span, false),
            ExprKind::IfExp { .. } => self.expr_if_exp(e),
            ExprKind::Lambda { .. } => self.expr_lambda(e),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items)
                if has_starred(items) =>
            {
                self.starred_display(e, items)
            }
            ExprKind::Dict(pairs) if has_double_star(pairs) => self.double_star_dict(pairs, span),
            ExprKind::Tuple(items) => self.expr_tuple(items, span),
            ExprKind::List(items) => self.expr_list(items, span),
            ExprKind::Set(items) => self.expr_set(items, span),
            ExprKind::Dict(..) => self.expr_dict(e),
            ExprKind::ListComp { elt, generators } => {
                self.comp(CompKind::List, elt, None, generators, span)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comp(CompKind::Set, elt, None, generators, span)
            }
            ExprKind::DictComp { .. } => self.expr_dict_comp(e),
            ExprKind::GeneratorExp { .. } => self.expr_generator_exp(e),
            ExprKind::Starred(_) => {
                self.misplaced("a starred expression is only allowed in calls", span)
            }
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value, span),
            ExprKind::ForFrom { .. } => {
                self.misplaced("`from` bounds belong to a `for ... from` loop", span)
            }
            ExprKind::Yield(_) => self.misplaced("generators are not supported by pyxc yet", span),
            ExprKind::Cast { .. } => self.expr_cast(e),
            ExprKind::AddressOf(inner) => self.address_of(inner, span),
            ExprKind::SizeOf(..) => self.expr_size_of(e),
        }
    }

    /// A DEF name is its value wherever it is read (Cython substitutes it
    /// while parsing, even over a local of that name).
    fn expr_name(&mut self, n: &str, span: Span) -> TExpr {
        match self.m.def_const(n, span) {
            Some(lit) => self.expr(&lit),
            None => self.name(n, span),
        }
    }

    fn expr_int(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Int {
            digits,
            radix,
            suffix,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        match i128::from_str_radix(digits, *radix) {
            Ok(v) if !suffix.is_empty() => self.suffixed_int(v, suffix, span),
            // As Cython: a literal in [-2**31, 2**31) is a C integer,
            // any other a Python int (that a C target still takes as a
            // C literal, see `coerce`).
            Ok(v) if i32::try_from(v).is_ok() => {
                self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Int), span)
            }
            Ok(v) => self.texpr(TExprKind::BigIntConst(v.to_string()), obj("int"), span),
            Err(_) => {
                // Beyond i128: keep the decimal digits for a Python int.
                let text = if *radix == 10 {
                    digits.clone()
                } else {
                    format!("0{}{}", radix_prefix(*radix), digits)
                };
                self.texpr(TExprKind::BigIntConst(text), obj("int"), span)
            }
        }
    }

    /// A C literal by its suffix (`10U`, `1LL`).
    fn suffixed_int(&mut self, v: i128, suffix: &str, span: Span) -> TExpr {
        let s = suffix.to_ascii_uppercase();
        let unsigned = s.contains('U');
        let kind = match (s.matches('L').count(), unsigned) {
            (0, false) => IntKind::Int,
            (0, true) => IntKind::UInt,
            (1, false) => IntKind::Long,
            (1, true) => IntKind::ULong,
            (_, false) => IntKind::LongLong,
            (_, true) => IntKind::ULongLong,
        };
        self.texpr(TExprKind::IntConst(v), Type::Int(kind), span)
    }

    fn expr_ellipsis(&mut self, span: Span) -> TExpr {
        self.texpr(
            TExprKind::BuiltinName("Ellipsis".into()),
            Type::object(),
            span,
        )
    }

    /// An expression form that is an error where it stands.
    fn misplaced(&mut self, msg: &str, span: Span) -> TExpr {
        self.err(msg, span);
        self.error_expr(span)
    }

    fn expr_bin_op(
        &mut self,
        left: &ast::Expr,
        op: ast::BinOp,
        right: &ast::Expr,
        span: Span,
    ) -> TExpr {
        let l = self.expr(left);
        let r = self.expr(right);
        self.binop(l, op, r, span, false)
    }

    fn expr_unary_op(&mut self, op: ast::UnaryOp, operand: &ast::Expr, span: Span) -> TExpr {
        let v = self.expr(operand);
        self.unary(op, v, span)
    }

    /// `(*a, b)`, `[*a]`, `{*a}`: a display with starred parts.
    fn starred_display(&mut self, e: &ast::Expr, items: &[ast::Expr]) -> TExpr {
        let span = e.span;
        let (kind, ty) = match &e.kind {
            ExprKind::Tuple(_) => (DisplayKind::Tuple, "tuple"),
            ExprKind::List(_) => (DisplayKind::List, "list"),
            _ => (DisplayKind::Set, "set"),
        };
        self.require_gil("building a display", span);
        let parts = items
            .iter()
            .map(|i| match &i.kind {
                ExprKind::Starred(inner) => {
                    let t = self.expr(inner);
                    DisplayPart::Star(self.coerce_object(t))
                }
                _ => {
                    let t = self.expr(i);
                    DisplayPart::Item(self.coerce_object(t))
                }
            })
            .collect();
        self.texpr(TExprKind::Display { kind, parts }, obj(ty), span)
    }

    /// `{**a, k: v}`: a dict display with `**` parts.
    fn double_star_dict(&mut self, pairs: &[(Option<ast::Expr>, ast::Expr)], span: Span) -> TExpr {
        self.require_gil("building a dict", span);
        let mut parts = Vec::new();
        for (k, v) in pairs {
            // Key before value, as Python evaluates them.
            let kt = k.as_ref().map(|k| {
                let kt = self.expr(k);
                self.coerce_object(kt)
            });
            let vt = self.expr(v);
            let vt = self.coerce_object(vt);
            parts.push(match kt {
                None => DisplayPart::DoubleStar(vt),
                Some(kt) => DisplayPart::Pair(kt, vt),
            });
        }
        self.texpr(
            TExprKind::Display {
                kind: DisplayKind::Dict,
                parts,
            },
            obj("dict"),
            span,
        )
    }

    fn expr_tuple(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeTuple(v), obj("tuple"), span)
    }

    fn expr_list(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeList(v), obj("list"), span)
    }

    fn expr_set(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeSet(v), obj("set"), span)
    }

    fn expr_dict_comp(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::DictComp {
            key,
            value,
            generators,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        self.comp(CompKind::Dict, key, Some(value), generators, e.span)
    }

    fn expr_float(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Float { text, imaginary } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let v: f64 = text.parse().unwrap_or(f64::INFINITY);
        if *imaginary {
            return self.texpr(TExprKind::ImagConst(v), obj("complex"), span);
        }
        self.texpr(TExprKind::FloatConst(v), Type::double(), span)
    }

    fn expr_str(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Str {
            value,
            bytes,
            c_char,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        if *c_char {
            let b = value.as_bytes();
            if b.len() != 1 {
                self.err("a c'' literal must hold exactly one character", span);
            }
            let v = b.first().copied().unwrap_or(0) as i128;
            return self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Char), span);
        }
        if *bytes {
            self.texpr(
                TExprKind::BytesConst(value.as_bytes().to_vec()),
                obj("bytes"),
                span,
            )
        } else {
            self.texpr(TExprKind::StrConst(value.clone()), obj("str"), span)
        }
    }

    fn expr_bool_op(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::BoolOp { op, values } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let vs: Vec<TExpr> = values.iter().map(|v| self.expr(v)).collect();
        let and = *op == ast::BoolOp::And;
        if vs.iter().all(|v| v.ty == Type::Bint) {
            let mut it = vs.into_iter();
            let mut acc = it.next().unwrap_or_else(|| self.error_expr(span));
            for v in it {
                acc = self.texpr(
                    TExprKind::CLogical {
                        and,
                        left: Box::new(acc),
                        right: Box::new(v),
                    },
                    Type::Bint,
                    span,
                );
            }
            acc
        } else {
            let vs: Vec<TExpr> = vs.into_iter().map(|v| self.coerce_object(v)).collect();
            let mut it = vs.into_iter();
            let mut acc = it.next().unwrap_or_else(|| self.error_expr(span));
            for v in it {
                acc = self.texpr(
                    TExprKind::PyLogical {
                        and,
                        left: Box::new(acc),
                        right: Box::new(v),
                    },
                    Type::object(),
                    span,
                );
            }
            acc
        }
    }

    fn expr_if_exp(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::IfExp { test, body, orelse } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let test = self.condition(test);
        // A constant test picks its branch at compile time (Cython's
        // constant folding): `x if False else 0` is the C int 0.
        let constant = match &test.kind {
            TExprKind::BoolConst(b) => Some(*b),
            TExprKind::IntConst(v) => Some(*v != 0),
            _ => None,
        };
        if let Some(c) = constant {
            return self.expr(if c { body } else { orelse });
        }
        let b = self.expr(body);
        let o = self.expr(orelse);
        // Cython's independent spanning type: a bint beside another
        // number is an object (True stays True).
        let bint =
            matches!(b.ty.strip_const(), Type::Bint) || matches!(o.ty.strip_const(), Type::Bint);
        let mixed = b.ty != o.ty && b.ty.is_numeric() && o.ty.is_numeric();
        let ty = if b.ty == o.ty {
            b.ty.clone()
        } else if mixed && !bint {
            promote(&b.ty, &o.ty)
        } else if b.ty.is_pointer() && matches!(o.ty, Type::Null) {
            b.ty.clone()
        } else if o.ty.is_pointer() && matches!(b.ty, Type::Null) {
            o.ty.clone()
        } else {
            Type::object()
        };
        // Mixed C numbers meet in an explicit cast, which `coerce`
        // undoes when the whole expression becomes an object: each
        // branch then converts on its own (`1 if c else 2.0` gives 1).
        let (b, o) = if mixed && !bint {
            (self.c_cast(b, &ty), self.c_cast(o, &ty))
        } else {
            (self.coerce(b, &ty), self.coerce(o, &ty))
        };
        self.texpr(
            TExprKind::Cond {
                test: Box::new(test),
                body: Box::new(b),
                orelse: Box::new(o),
            },
            ty,
            span,
        )
    }

    fn expr_lambda(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Lambda { params, body } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let f = ast::FuncDef {
            kind: ast::FuncKind::Def,
            name: ast::Ident {
                name: "<lambda>".into(),
                span,
            },
            params: params.clone(),
            ret: None,
            returns: None,
            body: vec![ast::Stmt {
                kind: ast::StmtKind::Return(Some((**body).clone())),
                span: body.span,
            }],
            decorators: vec![],
            nogil: false,
            with_gil: false,
            except: ast::ExceptSpec::Default,
            inline: false,
            modifiers: vec![],
            sig_span: span,
            span,
        };
        self.make_closure(&f, "<lambda>", span)
    }

    fn expr_dict(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Dict(pairs) = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let mut out = Vec::new();
        for (k, v) in pairs {
            let Some(k) = k else {
                self.err("'**' inside a dict display is not supported yet", v.span);
                continue;
            };
            let k = self.expr(k);
            let k = self.coerce_object(k);
            let v = self.expr(v);
            let v = self.coerce_object(v);
            out.push((k, v));
        }
        self.texpr(TExprKind::MakeDict(out), obj("dict"), span)
    }

    fn expr_generator_exp(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::GeneratorExp { .. } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        self.m.diags.push(
            Diagnostic::error(
                "a generator expression is only supported as the only argument of a call",
                span,
            )
            .with_label_message("generator objects are not supported yet")
            .with_note("write it as a list comprehension [...], or pass it directly, as in sum(x for x in xs)"),
        );
        self.error_expr(span)
    }

    fn expr_cast(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Cast {
            ty,
            operand,
            checked,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        if let ast::TypeKind::MemoryView { base, axes } = &ty.kind {
            if axes.iter().any(|a| a.stop.is_some()) {
                return self.view_from_pointer(base, axes, operand, span);
            }
        }
        let Some(mut to) = self.m.resolve_type(ty) else {
            return self.error_expr(span);
        };
        // C has no casts to array types: `<foo_t>p` of an array typedef is
        // a pointer to its first element, as Cython writes it.
        if let Type::Array(elem, _) = to.strip_const() {
            to = Type::Ptr(elem.clone());
        }
        let v = self.expr(operand);
        self.cast(v, &to, *checked, span)
    }

    fn expr_size_of(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::SizeOf(arg) = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let ty = match &**arg {
            ast::SizeOfArg::Type(t) => self.m.resolve_type(t),
            ast::SizeOfArg::Expr(x) => {
                let as_type = crate::type_resolve::expr_as_type(x).filter(|t| self.names_type(t));
                match as_type {
                    Some(t) => self.m.resolve_type(&t),
                    None => Some(self.expr(x).ty),
                }
            }
        };
        match ty {
            Some(t) => self.texpr(TExprKind::SizeOf(t), Type::Int(IntKind::SizeT), span),
            None => self.error_expr(span),
        }
    }

    /// Does this written name denote a type (for `sizeof(x)`)?
    fn names_type(&self, t: &ast::TypeExpr) -> bool {
        let ast::TypeKind::Name(parts) = &t.kind else {
            return false;
        };
        if parts.len() == 1 {
            let n = &parts[0].name;
            if self.is_local(n) {
                return false;
            }
            return matches!(self.m.lookup_sym(n), Some(Sym::Type(_)))
                || crate::type_resolve::builtin_type(n).is_some();
        }
        true
    }

    fn object_items(&mut self, items: &[ast::Expr]) -> Vec<TExpr> {
        items
            .iter()
            .filter_map(|i| {
                if let ExprKind::Starred(_) = i.kind {
                    self.err("starred items in displays are not supported yet", i.span);
                    return None;
                }
                let t = self.expr(i);
                Some(self.coerce_object(t))
            })
            .collect()
    }

    fn name(&mut self, n: &str, span: Span) -> TExpr {
        if let Some((cell, ty)) = self.cells.get(n) {
            let (cell, ty) = (*cell, ty.clone());
            self.require_gil("reading a variable shared with a closure", span);
            let get = TExprKind::CellGet {
                cell,
                name: n.to_string(),
            };
            if !ty.is_object() {
                // A boxed C number.
                let boxed = self.texpr(get, Type::object(), span);
                return self.coerce(boxed, &ty);
            }
            return self.texpr(get, ty, span);
        }
        if self.poisoned.contains(n) && !self.names.contains_key(n) {
            return self.error_expr(span);
        }
        if let Some(&index) = self.free.get(n) {
            self.require_gil("reading a variable of the enclosing function", span);
            return self.texpr(
                TExprKind::FreeVar {
                    index,
                    name: n.to_string(),
                },
                Type::object(),
                span,
            );
        }
        if let Some(&v) = self.names.get(n) {
            let var = &self.vars[v.0 as usize];
            let ty = var.ty.clone();
            let check_bound = var.param.is_none()
                && !self.assigned.contains(&v)
                && (ty.is_object()
                    || (matches!(ty, Type::MemView(_)) && self.dirs.checks.initializedcheck));
            return self.texpr(
                TExprKind::Local {
                    var: v,
                    check_bound,
                },
                ty,
                span,
            );
        }
        if n == "NULL" {
            return self.texpr(TExprKind::NullConst, Type::Null, span);
        }
        match self.m.lookup_sym(n) {
            Some(Sym::CGlobal(id)) => {
                let ty = self.m.cglobals[id.0 as usize].ty.clone();
                return self.texpr(TExprKind::CGlobal(id), ty, span);
            }
            Some(Sym::ExternVar { c_name, ty }) => {
                return self.texpr(TExprKind::CName(c_name), ty, span)
            }
            Some(Sym::EnumValue(v)) => {
                return self.texpr(TExprKind::EnumConst(v), Type::Int(IntKind::Int), span)
            }
            Some(Sym::CFunc(id)) => {
                let sig = &self.m.sigs[id.0 as usize];
                if sig.kind == FuncKind::Cdef {
                    return self.texpr(
                        TExprKind::CFuncRef(CFuncTarget::Module(id)),
                        Type::Func(Rc::new(crate::types::FuncType {
                            ret: sig.ret.clone(),
                            params: sig.params.iter().map(|p| p.ty.clone()).collect(),
                            varargs: false,
                            nogil: sig.nogil,
                            error: sig.error.clone(),
                        })),
                        span,
                    );
                }
            }
            Some(Sym::ExternFunc { c_name, ty }) => {
                return self.texpr(
                    TExprKind::CFuncRef(CFuncTarget::Extern {
                        c_name,
                        ty: ty.clone(),
                    }),
                    Type::Func(ty),
                    span,
                )
            }
            // A `cpdef enum`: the type at compile time, a class at run time.
            Some(Sym::Type(_)) if self.m.py_globals.contains(n) => {}
            Some(Sym::Type(t)) => {
                self.err(format!("'{n}' is a type ('{t}'), not a value"), span);
                return self.error_expr(span);
            }
            Some(Sym::Namespace(ns)) if !self.m.py_globals.contains(n) => {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("'{n}' is a cimported module, only usable at compile time"),
                        span,
                    )
                    .with_label_message(format!("add 'import {}' to use it at run time", ns.name)),
                );
                return self.error_expr(span);
            }
            Some(Sym::Namespace(_)) => {}
            Some(Sym::Intrinsic(_)) => {
                self.err(format!("'{n}' can only be called"), span);
                return self.error_expr(span);
            }
            None => {}
        }
        // The module's own attributes (set by the import system) are
        // module globals, not the `builtins` module's.
        const MODULE_ATTRS: &[&str] = &[
            "__name__",
            "__doc__",
            "__file__",
            "__spec__",
            "__loader__",
            "__package__",
        ];
        if self.m.py_globals.contains(n) || MODULE_ATTRS.contains(&n) {
            return self.texpr(TExprKind::Global(n.to_string()), Type::object(), span);
        }
        if crate::scope::BUILTIN_NAMES.contains(&n) {
            return self.texpr(TExprKind::BuiltinName(n.to_string()), Type::object(), span);
        }
        self.m.diags.push(
            Diagnostic::error(format!("undeclared name not builtin: {n}"), span)
                .with_label_message("not defined in this module or the builtins"),
        );
        self.error_expr(span)
    }

    fn attribute(&mut self, whole: &ast::Expr, value: &ast::Expr, attr: &ast::Ident) -> TExpr {
        let span = whole.span;
        // Compile-time namespaces: `cnp.float64_t`, `libc.math.sin`, `cython.double`.
        if let Some(Sym::Namespace(ns)) = self.namespace_path(value) {
            let is_runtime =
                matches!(&value.kind, ExprKind::Name(n) if self.m.py_globals.contains(n));
            if !is_runtime {
                return self.namespace_attribute(&ns, attr, span);
            }
        }
        let base = self.expr(value);
        if let Some(mv) = view_type(&base.ty) {
            return self.view_attribute(base, &mv, attr, span);
        }
        match base.ty.strip_const().clone() {
            Type::Struct(st) => return self.struct_field(base, &st, attr, false, span),
            Type::Ptr(inner) => {
                if let Type::Struct(st) = inner.strip_const() {
                    return self.struct_field(base, st, attr, true, span);
                }
            }
            _ => {}
        }
        let c_number = matches!(
            base.ty.strip_const(),
            Type::Int(_) | Type::Float(_) | Type::Bint
        );
        if !base.ty.is_object() && !c_number {
            self.err(
                format!("'{}' has no attribute '{}'", base.ty, attr.name),
                attr.span,
            );
            return self.error_expr(span);
        }
        self.py_attribute(base, attr, span)
    }

    /// `ns.name` of a cimported namespace: a C function, variable or enum value.
    fn namespace_attribute(
        &mut self,
        ns: &crate::scope::Namespace,
        attr: &ast::Ident,
        span: Span,
    ) -> TExpr {
        match ns.lookup(&attr.name) {
            Some(Sym::ExternFunc { c_name, ty }) => self.texpr(
                TExprKind::CFuncRef(CFuncTarget::Extern {
                    c_name,
                    ty: ty.clone(),
                }),
                Type::Func(ty),
                span,
            ),
            Some(Sym::ExternVar { c_name, ty }) => self.texpr(TExprKind::CName(c_name), ty, span),
            Some(Sym::EnumValue(v)) => {
                self.texpr(TExprKind::EnumConst(v), Type::Int(IntKind::Int), span)
            }
            Some(_) => {
                self.err(
                    format!("'{}.{}' cannot be used as a value here", ns.name, attr.name),
                    span,
                );
                self.error_expr(span)
            }
            None => {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("'{}' has no declaration named '{}'", ns.name, attr.name),
                        attr.span,
                    )
                    .with_label_message("not declared in the cimported .pxd"),
                );
                self.error_expr(span)
            }
        }
    }

    /// An attribute of a memoryview or an old-style buffer.
    fn view_attribute(
        &mut self,
        base: TExpr,
        mv: &MemViewType,
        attr: &ast::Ident,
        span: Span,
    ) -> TExpr {
        let is_view = matches!(base.ty, Type::MemView(_));
        let is_buffer = matches!(base.ty, Type::Buffer(_));
        match attr.name.as_str() {
            // numpy buffer types keep numpy's own attributes (below).
            "shape" | "strides" if is_view => self.texpr(
                TExprKind::MvShapeList {
                    view: Box::new(base),
                    strides: attr.name == "strides",
                    nonecheck: self.dirs.checks.nonecheck,
                },
                obj("list"),
                span,
            ),
            name @ ("size" | "itemsize" | "nbytes" | "ndim") if is_view => {
                self.view_size_attr(base, name, span)
            }
            "data" if is_buffer => self.texpr(
                TExprKind::BufferData(Box::new(base)),
                Type::Ptr(Rc::new(Type::Int(IntKind::Char))),
                span,
            ),
            "ndim" => self.texpr(
                TExprKind::IntConst(mv.ndim() as i128),
                Type::Int(IntKind::Int),
                span,
            ),
            "T" if is_view => self.view_transpose(base, mv, span),
            "suboffsets" if is_view => self.view_suboffsets(mv, span),
            // A numpy buffer's own attributes, and `view.base` (the
            // object the buffer came from): read from the Python object,
            // as Cython reads them.
            name if is_buffer || name == "base" && is_view => {
                if is_view {
                    self.require_gil("memoryview.base", span);
                }
                self.py_attribute(base, attr, span)
            }
            other => {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("memoryview has no attribute '{other}'"),
                        attr.span,
                    )
                    .with_label_message(
                        "memoryviews have shape, strides, ndim, size, itemsize, nbytes, base, T, copy()",
                    ),
                );
                self.error_expr(span)
            }
        }
    }

    /// `v.size`, `v.itemsize`, `v.nbytes`, `v.ndim` of a memoryview.
    fn view_size_attr(&mut self, base: TExpr, name: &str, span: Span) -> TExpr {
        let attr = match name {
            "size" => MvAttrKind::Size,
            "itemsize" => MvAttrKind::Itemsize,
            "nbytes" => MvAttrKind::Nbytes,
            _ => MvAttrKind::Ndim,
        };
        self.texpr(
            TExprKind::MvAttr {
                view: Box::new(base),
                attr,
            },
            Type::ssize(),
            span,
        )
    }

    /// `v.T`: the axes reversed, all strided (a 1-D view keeps its own).
    fn view_transpose(&mut self, base: TExpr, mv: &MemViewType, span: Span) -> TExpr {
        let mut t = mv.clone();
        t.axes.reverse();
        t.axes
            .iter_mut()
            .for_each(|a| *a = crate::types::Axis::Strided);
        if mv.axes.len() == 1 {
            t.axes = mv.axes.clone();
        }
        self.texpr(
            TExprKind::MvTranspose {
                view: Box::new(base),
                nonecheck: self.dirs.checks.nonecheck,
            },
            Type::MemView(Rc::new(t)),
            span,
        )
    }

    /// Direct buffers only: -1 per axis (then 0, Cython's 8 slots).
    fn view_suboffsets(&mut self, mv: &MemViewType, span: Span) -> TExpr {
        let items = (0..8)
            .map(|i| {
                let v = if i < mv.ndim() { -1 } else { 0 };
                let c = self.texpr(TExprKind::IntConst(v), Type::ssize(), span);
                self.coerce_object(c)
            })
            .collect();
        self.texpr(TExprKind::MakeList(items), obj("list"), span)
    }

    /// `s.f` of a struct value, or `p.f` through a pointer to one.
    fn struct_field(
        &mut self,
        base: TExpr,
        st: &crate::types::StructType,
        attr: &ast::Ident,
        through_ptr: bool,
        span: Span,
    ) -> TExpr {
        match st.fields().iter().find(|(n, _)| *n == attr.name) {
            Some((_, t)) => self.texpr(
                TExprKind::Field {
                    base: Box::new(base),
                    field: st.c_field(&attr.name).to_string(),
                    through_ptr,
                },
                t.clone(),
                span,
            ),
            None => {
                self.err(
                    format!("struct '{}' has no field '{}'", st.name, attr.name),
                    attr.span,
                );
                self.error_expr(span)
            }
        }
    }

    /// `o.name` read from the Python object.
    fn py_attribute(&mut self, base: TExpr, attr: &ast::Ident, span: Span) -> TExpr {
        let o = self.coerce_object(base);
        self.texpr(
            TExprKind::PyAttr {
                obj: Box::new(o),
                attr: attr.name.clone(),
            },
            Type::object(),
            span,
        )
    }

    // ---------------------------------------------------------------
    // calls

    fn call(&mut self, func: &ast::Expr, args: &[ast::Arg], span: Span) -> TExpr {
        // A generator expression as the only argument: `any`/`all` loop and
        // stop early as Python's generator would; any other callee gets
        // the items as a list (it consumes the iterable whole).
        if let [a] = args {
            if let (ast::ArgKind::Positional, ExprKind::GeneratorExp { elt, generators }) =
                (&a.kind, &a.value.kind)
            {
                if let ExprKind::Name(n) = &func.kind {
                    let kind = match n.as_str() {
                        "any" => Some(CompKind::Any),
                        "all" => Some(CompKind::All),
                        _ => None,
                    };
                    if let Some(kind) = kind {
                        if self.is_builtin_name(n) {
                            return self.comp(kind, elt, None, generators, span);
                        }
                    }
                }
                let list = ast::Arg {
                    kind: ast::ArgKind::Positional,
                    value: ast::Expr {
                        kind: ExprKind::ListComp {
                            elt: elt.clone(),
                            generators: generators.clone(),
                        },
                        span: a.value.span,
                    },
                    span: a.span,
                };
                return self.call(func, &[list], span);
            }
        }
        // C functions of this module and extern blocks.
        let target = match &func.kind {
            ExprKind::Name(n) if !self.is_local(n) => match self.m.lookup_sym(n) {
                Some(Sym::CFunc(id)) => Some(CFuncTarget::Module(id)),
                Some(Sym::ExternFunc { c_name, ty }) => Some(CFuncTarget::Extern { c_name, ty }),
                Some(Sym::Intrinsic(i)) => return self.intrinsic_call(i, args, span),
                // A `cpdef enum` class called from Python code.
                Some(Sym::Type(_)) if self.m.py_globals.contains(n) => None,
                Some(Sym::Type(t)) => return self.type_call(&t, args, span),
                _ => None,
            },
            ExprKind::Attribute { .. } => match self.namespace_path(func) {
                Some(Sym::ExternFunc { c_name, ty }) => Some(CFuncTarget::Extern { c_name, ty }),
                Some(Sym::Intrinsic(i)) => return self.intrinsic_call(i, args, span),
                Some(Sym::Type(t)) => return self.type_call(&t, args, span),
                _ => None,
            },
            _ => None,
        };
        if let Some(t) = target {
            return self.c_call(t, args, span);
        }
        if let ExprKind::Name(n) = &func.kind {
            if !self.is_local(n) && !self.m.py_globals.contains(n) && self.m.lookup_sym(n).is_none()
            {
                if let Some(t) = self.builtin_call(n, args, span) {
                    return t;
                }
            }
        }
        // Methods of memoryviews (a struct's field is called below, as any
        // function pointer value).
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let before = self.m.diags.len();
            let base = self.expr(value);
            let is_struct = |t: &Type| matches!(t.strip_const(), Type::Struct(_));
            if is_struct(&base.ty) || base.ty.pointee().is_some_and(is_struct) {
                self.m.diags.truncate(before);
                return self.call_value(func, args, span);
            }
            if let Some(mv) = view_type(&base.ty) {
                if matches!(base.ty, Type::MemView(_)) {
                    return self.view_method(base, mv, &attr.name, args, span);
                }
            }
            // A C number's method is its Python object's (`n.bit_length()`).
            let c_number = matches!(
                base.ty.strip_const(),
                Type::Int(_) | Type::Float(_) | Type::Bint
            );
            if !base.ty.is_object() && !c_number {
                self.err(
                    format!("'{}' has no method '{}'", base.ty, attr.name),
                    attr.span,
                );
                return self.error_expr(span);
            }
            self.require_gil("calling a Python method", span);
            let o = self.coerce_object(base);
            if args.iter().all(|a| a.kind == ArgKind::Positional) {
                let targs: Vec<TExpr> = args
                    .iter()
                    .map(|a| {
                        let t = self.expr(&a.value);
                        self.coerce_object(t)
                    })
                    .collect();
                return self.texpr(
                    TExprKind::PyMethodCall {
                        obj: Box::new(o),
                        name: attr.name.clone(),
                        args: targs,
                    },
                    Type::object(),
                    span,
                );
            }
            let f = self.texpr(
                TExprKind::PyAttr {
                    obj: Box::new(o),
                    attr: attr.name.clone(),
                },
                Type::object(),
                func.span,
            );
            let targs = self.py_args(args);
            return self.py_call(f, targs, span);
        }
        self.call_value(func, args, span)
    }

    /// A call of whatever `func` evaluates to: a C function or function
    /// pointer (a C call), else a Python object.
    fn call_value(&mut self, func: &ast::Expr, args: &[ast::Arg], span: Span) -> TExpr {
        let f = self.expr(func);
        // A C function, or a pointer to one: a C call (no GIL needed).
        let fty = match f.ty.strip_const() {
            Type::Func(ft) => Some(ft.clone()),
            Type::Ptr(p) => match p.strip_const() {
                Type::Func(ft) => Some(ft.clone()),
                _ => None,
            },
            _ => None,
        };
        if fty.is_none() {
            self.require_gil("calling a Python function", span);
        }
        if let Some(ft) = fty {
            if self.nogil && !ft.nogil && !ft.ret.is_object() {
                // Cython lets nogil code call only nogil function pointers.
                self.require_gil("calling a C function pointer not declared nogil", span);
            }
            let targs = self.c_args(&ft.params, ft.varargs, args, span);
            let err = ft.error.clone();
            return self.texpr(
                TExprKind::CCallPtr {
                    func: Box::new(f),
                    args: targs,
                    error: err,
                },
                ft.ret.clone(),
                span,
            );
        }
        let f = self.coerce_object(f);
        let targs = self.py_args(args);
        self.py_call(f, targs, span)
    }

    /// A call of the Python object `f` with already analysed arguments.
    fn py_call(&self, f: TExpr, args: Vec<TArg>, span: Span) -> TExpr {
        self.texpr(
            TExprKind::PyCall {
                func: Box::new(f),
                args,
            },
            Type::object(),
            span,
        )
    }

    fn py_args(&mut self, args: &[ast::Arg]) -> Vec<TArg> {
        args.iter()
            .map(|a| {
                let t = self.expr(&a.value);
                let t = self.coerce_object(t);
                match &a.kind {
                    ArgKind::Positional => TArg::Positional(t),
                    ArgKind::Keyword(k) => TArg::Keyword(k.name.clone(), t),
                    ArgKind::Star => TArg::Star(t),
                    ArgKind::DoubleStar => TArg::DoubleStar(t),
                }
            })
            .collect()
    }

    fn c_args(
        &mut self,
        params: &[Type],
        varargs: bool,
        args: &[ast::Arg],
        span: Span,
    ) -> Vec<TExpr> {
        let mut out = Vec::new();
        for a in args {
            if a.kind != ArgKind::Positional {
                self.err("C functions take positional arguments only", a.span);
                return out;
            }
        }
        if args.len() < params.len() || (args.len() > params.len() && !varargs) {
            self.m.diags.push(
                Diagnostic::error(
                    format!(
                        "call with wrong number of arguments (expected {}, got {})",
                        params.len(),
                        args.len()
                    ),
                    span,
                )
                .with_label_message("C functions take exactly their declared arguments"),
            );
            return out;
        }
        for (i, a) in args.iter().enumerate() {
            let t = match params.get(i) {
                Some(p) => self.expr_with_hint(&a.value, p),
                None => self.expr(&a.value),
            };
            let t = match params.get(i) {
                Some(p) => {
                    self.temp_cstr_ok = true;
                    let t = self.coerce(t, p);
                    self.temp_cstr_ok = false;
                    t
                }
                None => {
                    // C varargs: default argument promotions.
                    match t.ty.clone() {
                        Type::Float(FloatKind::Float) => self.coerce(t, &Type::double()),
                        // A string literal (or a choice of two) is a C
                        // string here, as Cython types it.
                        _ if is_str_literal(&t) => c_str_literal(t),
                        ty if ty.is_object() => {
                            self.err("Python objects cannot be passed as C varargs", a.span);
                            t
                        }
                        _ => t,
                    }
                }
            };
            out.push(t);
        }
        out
    }

    fn c_call(&mut self, target: CFuncTarget, args: &[ast::Arg], span: Span) -> TExpr {
        let (params, ret, varargs, nogil) = match &target {
            CFuncTarget::Module(id) => {
                let sig = &self.m.sigs[id.0 as usize];
                // A cdef function called with keywords or defaults: map them.
                if sig.params.iter().any(|p| p.default.is_some())
                    || args.iter().any(|a| !matches!(a.kind, ArgKind::Positional))
                {
                    return self.module_call_with_defaults(*id, args, span);
                }
                (
                    sig.params.iter().map(|p| p.ty.clone()).collect::<Vec<_>>(),
                    sig.ret.clone(),
                    false,
                    sig.nogil,
                )
            }
            CFuncTarget::Extern { ty, .. } => {
                (ty.params.clone(), ty.ret.clone(), ty.varargs, ty.nogil)
            }
        };
        if self.nogil && !nogil {
            let name = match &target {
                CFuncTarget::Module(id) => self.m.sigs[id.0 as usize].name.clone(),
                CFuncTarget::Extern { c_name, .. } => c_name.clone(),
            };
            if self.take_nogil_report() {
                self.m.diags.push(
                    Diagnostic::error(format!("calling '{name}' requires the GIL"), span)
                        .with_label_message("it is not declared nogil")
                        .with_note(
                            "declare the function 'nogil' if it does not touch Python objects",
                        ),
                );
            }
        }
        let targs = self.c_args(&params, varargs, args, span);
        self.texpr(
            TExprKind::CCall {
                func: target,
                args: targs,
            },
            ret,
            span,
        )
    }

    /// Call of a module cdef/cpdef function that has default arguments or is
    /// given keywords: fill the argument list at compile time.
    fn module_call_with_defaults(&mut self, id: FuncId, args: &[ast::Arg], span: Span) -> TExpr {
        let sig = self.m.sigs[id.0 as usize].clone();
        // `f(*args, **kw)` of a cpdef function: through its Python object,
        // as Cython calls it.
        let starred = args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::Star | ArgKind::DoubleStar));
        if starred && sig.kind == FuncKind::Cpdef {
            self.require_gil("calling a Python function", span);
            let f = self.texpr(TExprKind::Global(sig.name.clone()), Type::object(), span);
            let targs = self.py_args(args);
            return self.py_call(f, targs, span);
        }
        let mut slots: Vec<Option<TExpr>> = vec![None; sig.params.len()];
        let mut pos = 0;
        for a in args {
            match &a.kind {
                ArgKind::Positional => {
                    if pos >= slots.len() {
                        self.err(
                            format!("{}() takes at most {} arguments", sig.name, slots.len()),
                            a.span,
                        );
                        return self.error_expr(span);
                    }
                    let t = self.expr(&a.value);
                    slots[pos] = Some(self.coerce(t, &sig.params[pos].ty));
                    pos += 1;
                }
                ArgKind::Keyword(k) => match sig.params.iter().position(|p| p.name == k.name) {
                    Some(i) if slots[i].is_none() => {
                        let t = self.expr(&a.value);
                        slots[i] = Some(self.coerce(t, &sig.params[i].ty));
                    }
                    Some(_) => {
                        self.err(
                            format!(
                                "{}() got multiple values for argument '{}'",
                                sig.name, k.name
                            ),
                            a.span,
                        );
                        return self.error_expr(span);
                    }
                    None => {
                        self.err(
                            format!(
                                "{}() got an unexpected keyword argument '{}'",
                                sig.name, k.name
                            ),
                            a.span,
                        );
                        return self.error_expr(span);
                    }
                },
                _ => {
                    self.err(
                        "C functions cannot be called with * or ** arguments",
                        a.span,
                    );
                    return self.error_expr(span);
                }
            }
        }
        let mut out = Vec::new();
        for (i, s) in slots.into_iter().enumerate() {
            match s {
                Some(t) => out.push(t),
                None => match &sig.params[i].default {
                    Some(d) => {
                        // Defaults of C functions are constants; re-evaluated in place.
                        let t = self.expr(d);
                        out.push(self.coerce(t, &sig.params[i].ty));
                    }
                    None => {
                        self.err(
                            format!(
                                "{}() missing required argument '{}'",
                                sig.name, sig.params[i].name
                            ),
                            span,
                        );
                        return self.error_expr(span);
                    }
                },
            }
        }
        self.texpr(
            TExprKind::CCall {
                func: CFuncTarget::Module(id),
                args: out,
            },
            sig.ret.clone(),
            span,
        )
    }

    fn intrinsic_call(&mut self, i: Intrinsic, args: &[ast::Arg], span: Span) -> TExpr {
        match i {
            Intrinsic::ImportArray => {
                self.texpr(TExprKind::IntConst(0), Type::Int(IntKind::Int), span)
            }
            // The OpenMP thread number (0 outside a parallel region).
            Intrinsic::ThreadId => self.texpr(TExprKind::ThreadId, Type::Int(IntKind::Int), span),
            Intrinsic::Sizeof => match args {
                [a] => {
                    let e = ast::Expr {
                        kind: ExprKind::SizeOf(Box::new(ast::SizeOfArg::Expr(a.value.clone()))),
                        span,
                    };
                    self.expr(&e)
                }
                _ => {
                    self.err("sizeof() takes one argument", span);
                    self.error_expr(span)
                }
            },
            Intrinsic::TypeOf => match args {
                [a] => {
                    let v = self.expr(&a.value);
                    let name = match (&v.kind, v.ty.strip_const()) {
                        // Cython types an unsuffixed integer literal `long`.
                        (TExprKind::IntConst(_), Type::Int(IntKind::Int)) => "long".to_string(),
                        (_, Type::Object(ObjKind::Any)) => "Python object".to_string(),
                        _ => v.ty.to_string(),
                    };
                    self.texpr(TExprKind::StrConst(name), obj("str"), span)
                }
                _ => {
                    self.err("typeof() takes one argument", span);
                    self.error_expr(span)
                }
            },
            Intrinsic::Address => match args {
                [a] => self.address_of(&a.value, span),
                _ => {
                    self.err("address() takes one argument", span);
                    self.error_expr(span)
                }
            },
            Intrinsic::Cast => match args {
                [t, v, ..] => {
                    let Some(te) = crate::type_resolve::expr_as_type(&t.value) else {
                        self.err("cast() needs a type as its first argument", t.span);
                        return self.error_expr(span);
                    };
                    let Some(to) = self.m.resolve_type(&te) else {
                        return self.error_expr(span);
                    };
                    let v = self.expr(&v.value);
                    self.cast(v, &to, false, span)
                }
                _ => {
                    self.err("cast() takes a type and a value", span);
                    self.error_expr(span)
                }
            },
            Intrinsic::Prange => {
                self.err(
                    "prange() can only be used as the iterable of a for loop",
                    span,
                );
                self.error_expr(span)
            }
            Intrinsic::Parallel => {
                self.err(
                    "parallel() can only be used in a with statement; not supported yet",
                    span,
                );
                self.error_expr(span)
            }
            Intrinsic::Directive(d) => {
                self.err(format!("cython.{d}(...) is a directive: use it as a decorator or in a with statement"), span);
                self.error_expr(span)
            }
        }
    }

    /// `cython.double(x)` style conversions.
    fn type_call(&mut self, t: &Type, args: &[ast::Arg], span: Span) -> TExpr {
        if let Type::Struct(st) = t.strip_const() {
            return self.struct_literal(st.clone(), args, span);
        }
        match args {
            [a] if a.kind == ArgKind::Positional => {
                let v = self.expr(&a.value);
                self.cast(v, t, false, span)
            }
            _ => {
                self.err(
                    format!("'{t}' is a type; calling it converts exactly one value"),
                    span,
                );
                self.error_expr(span)
            }
        }
    }

    /// A call of a builtin that sema compiles itself.
    pub(crate) fn builtin_expr(
        &mut self,
        which: Builtin,
        args: Vec<TExpr>,
        ty: Type,
        span: Span,
    ) -> TExpr {
        self.texpr(TExprKind::BuiltinCall { which, args }, ty, span)
    }

    fn builtin_call(&mut self, n: &str, args: &[ast::Arg], span: Span) -> Option<TExpr> {
        if args.iter().any(|a| a.kind != ArgKind::Positional) {
            return None;
        }
        match (n, args.len()) {
            ("globals", 0) => {
                self.require_gil("globals()", span);
                Some(self.builtin_expr(Builtin::Globals, vec![], Type::object(), span))
            }
            ("len", 1) => {
                let v = self.expr(&args[0].value);
                // len() of a C array: its declared size, or for a char array
                // the length of the C string in it, as Cython counts.
                if let Type::Array(t, n) = v.ty.strip_const().clone() {
                    if is_char_like(&t) {
                        return Some(self.builtin_expr(
                            Builtin::CStrLen,
                            vec![v],
                            Type::ssize(),
                            span,
                        ));
                    }
                    if let Some(n) = n {
                        return Some(self.texpr(
                            TExprKind::IntConst(n as i128),
                            Type::ssize(),
                            span,
                        ));
                    }
                }
                if let Some(_mv) = view_type(&v.ty) {
                    if matches!(v.ty, Type::MemView(_)) {
                        return Some(self.texpr(
                            TExprKind::MvShape {
                                view: Box::new(v),
                                axis: 0,
                                // len() of a None view is 0 whatever the directive.
                                nonecheck: false,
                            },
                            Type::ssize(),
                            span,
                        ));
                    }
                }
                if !v.ty.is_object() {
                    self.err(format!("object of type '{}' has no len()", v.ty), span);
                    return Some(self.error_expr(span));
                }
                self.require_gil("len() of a Python object", span);
                let v = self.coerce_object(v);
                Some(self.builtin_expr(Builtin::Len, vec![v], Type::ssize(), span))
            }
            // `float(x)` is a C double, as Cython types it (x parsed as
            // Python's float() does: numbers, strings, __float__).
            ("float", 0) => Some(self.texpr(TExprKind::FloatConst(0.0), Type::double(), span)),
            ("float", 1) if matches!(args[0].kind, ArgKind::Positional) => {
                let v = self.expr(&args[0].value);
                if v.ty.is_numeric() {
                    return Some(self.coerce(v, &Type::double()));
                }
                self.require_gil("float() of a Python object", span);
                let v = self.coerce_object(v);
                Some(self.builtin_expr(Builtin::FloatOf, vec![v], Type::double(), span))
            }
            ("abs", 1) => {
                let v = self.expr(&args[0].value);
                if v.ty.is_numeric() && v.ty != Type::Bint {
                    let ty = v.ty.strip_const().clone();
                    return Some(self.builtin_expr(Builtin::AbsC, vec![v], ty, span));
                }
                let v = self.coerce_object(v);
                let f = self.texpr(TExprKind::BuiltinName("abs".into()), Type::object(), span);
                Some(self.py_call(f, vec![TArg::Positional(v)], span))
            }
            ("min" | "max", k) if k >= 2 => {
                let vs: Vec<TExpr> = args.iter().map(|a| self.expr(&a.value)).collect();
                if vs.iter().all(|v| v.ty.is_numeric() && v.ty != Type::Bint) {
                    let ty = vs
                        .iter()
                        .skip(1)
                        .fold(vs[0].ty.strip_const().clone(), |acc, v| {
                            promote(&acc, &v.ty)
                        });
                    let vs = vs.into_iter().map(|v| self.coerce(v, &ty)).collect();
                    let which = if n == "min" {
                        Builtin::MinC
                    } else {
                        Builtin::MaxC
                    };
                    return Some(self.builtin_expr(which, vs, ty, span));
                }
                let vs = vs
                    .into_iter()
                    .map(|v| TArg::Positional(self.coerce_object(v)))
                    .collect();
                let f = self.texpr(TExprKind::BuiltinName(n.into()), Type::object(), span);
                Some(self.py_call(f, vs, span))
            }
            _ => None,
        }
    }

    fn view_method(
        &mut self,
        base: TExpr,
        mv: MemViewType,
        name: &str,
        args: &[ast::Arg],
        span: Span,
    ) -> TExpr {
        if !args.is_empty() {
            self.err(format!("memoryview.{name}() takes no arguments"), span);
            return self.error_expr(span);
        }
        match name {
            "copy" | "copy_fortran" => {
                let fortran = name == "copy_fortran";
                let mut t = mv.clone();
                t.readonly = false;
                let n = t.axes.len();
                t.axes = vec![crate::types::Axis::Strided; n];
                if fortran {
                    t.axes[0] = crate::types::Axis::Contig;
                } else {
                    t.axes[n - 1] = crate::types::Axis::Contig;
                }
                self.require_gil("memoryview.copy()", span);
                self.texpr(
                    TExprKind::MvCopy {
                        view: Box::new(base),
                        fortran,
                        nonecheck: self.dirs.checks.nonecheck,
                    },
                    Type::MemView(Rc::new(t)),
                    span,
                )
            }
            "is_c_contig" | "is_f_contig" => self.texpr(
                TExprKind::MvIsContig {
                    view: Box::new(base),
                    fortran: name == "is_f_contig",
                },
                Type::Bint,
                span,
            ),
            _ => {
                self.err(format!("memoryview has no method '{name}'"), span);
                self.error_expr(span)
            }
        }
    }

    // ---------------------------------------------------------------
    // subscripts

    /// The parts of a slice `a:b:c` as objects (absent ones None).
    #[allow(clippy::type_complexity)]
    fn slice_parts(
        &mut self,
        lower: &Option<Box<ast::Expr>>,
        upper: &Option<Box<ast::Expr>>,
        step: &Option<Box<ast::Expr>>,
    ) -> (Option<Box<TExpr>>, Option<Box<TExpr>>, Option<Box<TExpr>>) {
        let mut part = |p: &Option<Box<ast::Expr>>| {
            p.as_ref().map(|e| {
                let t = self.expr(e);
                Box::new(self.coerce_object(t))
            })
        };
        (part(lower), part(upper), part(step))
    }

    /// `o[a:b:c]` of a Python object `o` with the slice `index`.
    fn slice_of(&mut self, o: TExpr, index: &ast::Expr, span: Span) -> TExpr {
        let ExprKind::Slice { lower, upper, step } = &index.kind else {
            return self.error_expr(span);
        };
        let (lower, upper, step) = self.slice_parts(lower, upper, step);
        self.texpr(
            TExprKind::PySlice {
                obj: Box::new(o),
                lower,
                upper,
                step,
            },
            Type::object(),
            span,
        )
    }

    fn subscript(&mut self, value: &ast::Expr, index: &ast::Expr, span: Span) -> TExpr {
        // `view.shape[k]` / `view.strides[k]`.
        if let ExprKind::Attribute { value: inner, attr } = &value.kind {
            if attr.name == "shape" || attr.name == "strides" {
                let base = self.expr(inner);
                if let Some(mv) = view_type(&base.ty) {
                    return self.shape_subscript(base, &mv, attr, value.span, index, span);
                }
            }
        }
        let mut base = self.expr(value);
        if let Type::Struct(st) = base.ty.strip_const().clone() {
            if st.tuple {
                match self.ctuple_subscript(base, &st, index, span) {
                    CTupleIndex::Done(t) => return t,
                    CTupleIndex::AsObject(o) => base = o,
                }
            }
        }
        if view_type(&base.ty).is_some() {
            return self.view_subscript(base, index, span);
        }
        // `buf[a:b]` of a C string (a char pointer or array): the bytes
        // between (Cython's semantics).
        let elem = match base.ty.strip_const() {
            Type::Array(t, _) => Some((**t).clone()),
            t => t.pointee().cloned(),
        };
        if let (true, ExprKind::Slice { lower, upper, step }) =
            (elem.as_ref().is_some_and(is_char_like), &index.kind)
        {
            if step.is_some() {
                self.err("a C string slice takes no step", index.span);
                return self.error_expr(span);
            }
            return self.cstr_slice(base, lower, upper, span);
        }
        if base.ty.is_pointer() {
            return self.ptr_index(base, index, span);
        }
        if !base.ty.is_object() {
            self.err(format!("'{}' cannot be indexed", base.ty), value.span);
            return self.error_expr(span);
        }
        self.py_subscript(base, index, span)
    }

    /// `view.shape[k]` / `view.strides[k]` (`attr` says which; `list_span`
    /// is that of `view.shape`).
    fn shape_subscript(
        &mut self,
        base: TExpr,
        mv: &MemViewType,
        attr: &ast::Ident,
        list_span: Span,
        index: &ast::Expr,
        span: Span,
    ) -> TExpr {
        let strides = attr.name == "strides";
        let Some(k) = self.m.const_int(index) else {
            if matches!(index.kind, ExprKind::Slice { .. }) {
                // `a.shape[:2]`: a slice of the Python list.
                let list = self.texpr(
                    TExprKind::MvShapeList {
                        view: Box::new(base),
                        strides,
                        nonecheck: self.dirs.checks.nonecheck,
                    },
                    Type::Object(ObjKind::Builtin("list")),
                    list_span,
                );
                return self.slice_of(list, index, span);
            }
            return self.shape_at(base, attr, index, span);
        };
        // Cython: shape has 8 entries; unused ones are 0.
        if k < 0 || k as usize >= 8 {
            self.err(
                format!("{}[{k}] is out of range for a memoryview", attr.name),
                index.span,
            );
            return self.error_expr(span);
        }
        if k as usize >= mv.ndim() {
            return self.texpr(TExprKind::IntConst(0), Type::ssize(), span);
        }
        let kind = if strides {
            TExprKind::MvStride {
                view: Box::new(base),
                axis: k as usize,
                nonecheck: self.dirs.checks.nonecheck,
            }
        } else {
            TExprKind::MvShape {
                view: Box::new(base),
                axis: k as usize,
                nonecheck: self.dirs.checks.nonecheck,
            }
        };
        self.texpr(kind, Type::ssize(), span)
    }

    /// `view.shape[i]` with an index known only at run time.
    fn shape_at(&mut self, base: TExpr, attr: &ast::Ident, index: &ast::Expr, span: Span) -> TExpr {
        let k = self.expr(index);
        if !k.ty.is_int() && !k.ty.is_object() {
            self.err(
                format!(
                    "the index of .{} must be a C integer, not '{}'",
                    attr.name, k.ty
                ),
                index.span,
            );
            return self.error_expr(span);
        }
        let k = self.coerce(k, &Type::ssize());
        self.texpr(
            TExprKind::MvShapeAt {
                view: Box::new(base),
                index: Box::new(k),
                strides: attr.name == "strides",
                nonecheck: self.dirs.checks.nonecheck,
            },
            Type::ssize(),
            span,
        )
    }

    /// `t[0]` of a C tuple: its field (a constant index, negative ones
    /// counting from the end). Any other index reads the Python tuple:
    /// `AsObject` gives back the tuple as an object to index that way.
    fn ctuple_subscript(
        &mut self,
        base: TExpr,
        st: &crate::types::StructType,
        index: &ast::Expr,
        span: Span,
    ) -> CTupleIndex {
        let n = st.fields().len() as i128;
        match self.m.const_int(index) {
            Some(k) if (-n..n).contains(&k) => {
                let (name, fty) = st.fields()[k.rem_euclid(n) as usize].clone();
                CTupleIndex::Done(self.texpr(
                    TExprKind::Field {
                        base: Box::new(base),
                        field: name,
                        through_ptr: false,
                    },
                    fty,
                    span,
                ))
            }
            Some(k) => {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("index {k} is out of range for '{}'", base.ty),
                        index.span,
                    )
                    .with_label_message(format!(
                        "it has {n} items: index 0 to {}, or -{n} to -1",
                        n - 1
                    )),
                );
                CTupleIndex::Done(self.error_expr(span))
            }
            None => CTupleIndex::AsObject(self.coerce_object(base)),
        }
    }

    /// An element or a slice of a memoryview / buffer.
    fn view_subscript(&mut self, base: TExpr, index: &ast::Expr, span: Span) -> TExpr {
        match self.view_index(base, index, span) {
            Some(ViewIndex::Element(ix)) => {
                let ty = view_type(&ix.view.ty)
                    .map(|m| m.dtype)
                    .unwrap_or(Type::Void);
                self.texpr(TExprKind::MvElement(Box::new(ix)), ty, span)
            }
            Some(ViewIndex::Slice(t)) => t,
            None => self.error_expr(span),
        }
    }

    /// `buf[a:b]` of a C string: a `bytes` object of the bytes between.
    fn cstr_slice(
        &mut self,
        base: TExpr,
        lower: &Option<Box<ast::Expr>>,
        upper: &Option<Box<ast::Expr>>,
        span: Span,
    ) -> TExpr {
        self.require_gil("slicing a C string into bytes", span);
        let bound = |cx: &mut Self, e: &Option<Box<ast::Expr>>| {
            e.as_ref().map(|e| {
                let v = cx.expr(e);
                cx.coerce(v, &Type::ssize())
            })
        };
        let start = bound(self, lower)
            .unwrap_or_else(|| TExpr::new(TExprKind::IntConst(0), Type::ssize(), span));
        let stop = bound(self, upper);
        self.texpr(
            TExprKind::CStrSlice {
                ptr: Box::new(base),
                start: Box::new(start),
                stop: stop.map(Box::new),
            },
            Type::Object(ObjKind::Builtin("bytes")),
            span,
        )
    }

    /// `p[i]` of a C pointer.
    fn ptr_index(&mut self, base: TExpr, index: &ast::Expr, span: Span) -> TExpr {
        let idx = self.expr(index);
        if !idx.ty.is_int() && !idx.ty.is_object() {
            self.err("pointer index must be a C integer", index.span);
            return self.error_expr(span);
        }
        // A Python object index converts with `__index__`.
        let idx = if idx.ty.is_object() {
            self.coerce(idx, &Type::ssize())
        } else {
            idx
        };
        let ty = base.ty.pointee().cloned().unwrap_or(Type::Void);
        self.texpr(
            TExprKind::PtrIndex {
                ptr: Box::new(base),
                index: Box::new(idx),
            },
            ty,
            span,
        )
    }

    /// `o[k]` / `o[a:b]` of a Python object.
    fn py_subscript(&mut self, base: TExpr, index: &ast::Expr, span: Span) -> TExpr {
        self.require_gil("indexing a Python object", span);
        let o = self.coerce_object(base);
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut part = |p: &Option<Box<ast::Expr>>| {
                p.as_ref().map(|e| {
                    let t = self.expr(e);
                    Box::new(self.coerce_object(t))
                })
            };
            let (lower, upper, step) = (part(lower), part(upper), part(step));
            return self.texpr(
                TExprKind::PySlice {
                    obj: Box::new(o),
                    lower,
                    upper,
                    step,
                },
                Type::object(),
                span,
            );
        }
        let idx = self.object_index(index);
        if idx.ty.is_int() {
            return self.py_item_int(o, idx, span);
        }
        let idx = self.coerce_object(idx);
        self.texpr(
            TExprKind::PyGetItem {
                obj: Box::new(o),
                index: Box::new(idx),
            },
            Type::object(),
            span,
        )
    }

    /// `o[i]` of a Python object by a C integer index.
    fn py_item_int(&mut self, o: TExpr, idx: TExpr, span: Span) -> TExpr {
        let idx = self.coerce(idx, &Type::ssize());
        let c = self.dirs.checks;
        let (obj, index) = (Box::new(o), Box::new(idx));
        let (wraparound, boundscheck) = (c.wraparound, c.boundscheck);
        // A `bytes` item read by a C index is a C byte, as under Cython:
        // 255 as an int, -1 when stored in a `char`.
        if obj.ty == Type::Object(ObjKind::Builtin("bytes")) {
            let kind = TExprKind::BytesItem {
                obj,
                index,
                wraparound,
                boundscheck,
            };
            self.texpr(kind, Type::Int(IntKind::UChar), span)
        } else {
            let kind = TExprKind::PyGetItemInt {
                obj,
                index,
                wraparound,
                boundscheck,
            };
            self.texpr(kind, Type::object(), span)
        }
    }

    /// The index of a Python object's subscript as a value: a slice
    /// `a:b:c` becomes a slice object (also inside a tuple index, as in
    /// `obj[1:2, 0]`), anything else is an ordinary expression.
    pub fn object_index(&mut self, index: &ast::Expr) -> TExpr {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => {
                let (lower, upper, step) = self.slice_parts(lower, upper, step);
                self.texpr(
                    TExprKind::MakeSlice { lower, upper, step },
                    obj("slice"),
                    index.span,
                )
            }
            ExprKind::Tuple(items)
                if items
                    .iter()
                    .any(|i| matches!(i.kind, ExprKind::Slice { .. })) =>
            {
                let v = items
                    .iter()
                    .map(|i| {
                        let t = self.object_index(i);
                        self.coerce_object(t)
                    })
                    .collect();
                self.texpr(TExprKind::MakeTuple(v), obj("tuple"), index.span)
            }
            _ => self.expr(index),
        }
    }

    /// Index or slice a memoryview / buffer.
    pub fn view_index(&mut self, base: TExpr, index: &ast::Expr, span: Span) -> Option<ViewIndex> {
        let mv = view_type(&base.ty)?;
        let items: Vec<&ast::Expr> = match &index.kind {
            ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![index],
        };
        let ndim = mv.ndim();
        // `v[...]` / `v[:]` on every axis: the whole view.
        let has_ellipsis = items.iter().any(|i| matches!(i.kind, ExprKind::Ellipsis));
        let mut axes = self.view_axis_indices(&items, ndim)?;
        if axes.len() > ndim {
            self.m.diags.push(
                Diagnostic::error(
                    format!(
                        "too many indices for a {ndim}-dimensional memoryview (got {})",
                        axes.len()
                    ),
                    index.span,
                )
                .with_label_message(format!("expected at most {ndim}")),
            );
            return None;
        }
        let all_int = axes.iter().all(|a| matches!(a, MvAxisIndex::Index(_)));
        if all_int && axes.len() == ndim && !has_ellipsis {
            let indices = axes
                .into_iter()
                .map(|a| match a {
                    MvAxisIndex::Index(t) => t,
                    MvAxisIndex::Slice { .. } => unreachable!("all_int checked"),
                })
                .collect();
            return Some(ViewIndex::Element(MvIndex {
                view: base,
                indices,
                checks: self.dirs.checks,
            }));
        }
        while axes.len() < ndim {
            axes.push(full_axis());
        }
        self.view_slice(base, &mv, axes, span)
    }

    /// One entry per axis the items of a view index cover (`...` fills
    /// the axes the other items leave).
    fn view_axis_indices(&mut self, items: &[&ast::Expr], ndim: usize) -> Option<Vec<MvAxisIndex>> {
        let mut axes: Vec<MvAxisIndex> = Vec::new();
        let mut seen_ellipsis = false;
        for it in items {
            match &it.kind {
                ExprKind::Ellipsis => {
                    if seen_ellipsis {
                        self.err("only one '...' is allowed in an index", it.span);
                        return None;
                    }
                    seen_ellipsis = true;
                    let fill = (ndim + 1).saturating_sub(items.len());
                    for _ in 0..fill {
                        axes.push(full_axis());
                    }
                }
                ExprKind::Slice { lower, upper, step } => {
                    let mut part = |p: &Option<Box<ast::Expr>>| -> Option<TExpr> {
                        p.as_ref().map(|e| {
                            let t = self.expr(e);
                            self.index_coerce(t)
                        })
                    };
                    let (start, stop, step) = (part(lower), part(upper), part(step));
                    axes.push(MvAxisIndex::Slice { start, stop, step });
                }
                ExprKind::Name(n) if n == "None" => {
                    self.err("adding axes with None is not supported yet", it.span);
                    return None;
                }
                _ => axes.push(MvAxisIndex::Index(self.view_scalar_index(it)?)),
            }
        }
        Some(axes)
    }

    /// A Python object index is converted with `__index__`
    /// (TypeError/OverflowError as Cython raises them).
    fn view_scalar_index(&mut self, it: &ast::Expr) -> Option<TExpr> {
        let t = self.expr(it);
        let is_bint = matches!(t.ty.strip_const(), Type::Bint);
        if !t.ty.is_int() && !t.ty.is_object() && !is_bint {
            self.m.diags.push(
                Diagnostic::error(
                    format!("memoryview index must be a C integer, not '{}'", t.ty),
                    it.span,
                )
                .with_label_message(
                    "declare the index variable with 'cdef Py_ssize_t' or 'cdef int'",
                ),
            );
            return None;
        }
        Some(self.index_coerce(t))
    }

    /// A view slice: `axes` has one entry per axis of `mv`.
    fn view_slice(
        &mut self,
        base: TExpr,
        mv: &MemViewType,
        axes: Vec<MvAxisIndex>,
        span: Span,
    ) -> Option<ViewIndex> {
        let out_axes = self.sliced_axes(mv, &axes, span)?;
        let ty = Type::MemView(Rc::new(MemViewType {
            dtype: mv.dtype.clone(),
            axes: out_axes,
            readonly: mv.readonly,
            dtype_name: mv.dtype_name.clone(),
            cast: mv.cast,
        }));
        let base = match base.ty {
            Type::Buffer(_) => buffer_as_view(base, mv),
            _ => base,
        };
        Some(ViewIndex::Slice(TExpr::new(
            TExprKind::MvSlice {
                view: Box::new(base),
                axes,
                checks: self.dirs.checks,
            },
            ty,
            span,
        )))
    }

    /// The axes of a slice's result: dropped axes vanish; a sliced
    /// contiguous axis stays contiguous only with no step (and when it is
    /// the last kept one).
    fn sliced_axes(
        &mut self,
        mv: &MemViewType,
        axes: &[MvAxisIndex],
        span: Span,
    ) -> Option<Vec<crate::types::Axis>> {
        let mut out_axes = Vec::new();
        for (k, a) in axes.iter().enumerate() {
            if let MvAxisIndex::Slice { step, .. } = a {
                let contig = mv.axes[k] == crate::types::Axis::Contig && step.is_none();
                out_axes.push(if contig {
                    crate::types::Axis::Contig
                } else {
                    crate::types::Axis::Strided
                });
            }
        }
        if out_axes.is_empty() {
            self.err(
                "indexing every axis with an integer gives an element, not a view",
                span,
            );
            return None;
        }
        // A contiguous axis keeps its meaning only at the end it was at.
        let last_contig = mv.axes.last() == Some(&crate::types::Axis::Contig)
            && matches!(axes.last(), Some(MvAxisIndex::Slice { step: None, .. }));
        let first_contig = mv.axes.first() == Some(&crate::types::Axis::Contig)
            && matches!(axes.first(), Some(MvAxisIndex::Slice { step: None, .. }));
        let n = out_axes.len();
        for (i, a) in out_axes.iter_mut().enumerate() {
            let keep = (i == n - 1 && last_contig) || (i == 0 && first_contig);
            if !keep {
                *a = crate::types::Axis::Strided;
            }
        }
        Some(out_axes)
    }

    /// An index to `Py_ssize_t`, widening `i + j` on narrower ints operand
    /// by operand (so `data[i + j]` with `int` i, j indexes in 64 bits and the
    /// C compiler can vectorise despite `-fwrapv`).
    pub fn index_coerce(&mut self, t: TExpr) -> TExpr {
        let ssize = Type::ssize();
        if !t.ty.is_int() {
            return self.coerce(t, &ssize);
        }
        let narrower_signed = match t.ty.strip_const() {
            Type::Int(k) => k.signed() && k.size() < 8,
            _ => false,
        };
        if narrower_signed {
            if let TExprKind::CBinary {
                op: op @ (CBinOp::Add | CBinOp::Sub | CBinOp::Mul),
                left,
                right,
                zero_check,
                python_semantics,
            } = t.kind
            {
                let l = self.index_coerce(*left);
                let r = self.index_coerce(*right);
                return TExpr::new(
                    TExprKind::CBinary {
                        op,
                        left: Box::new(l),
                        right: Box::new(r),
                        zero_check,
                        python_semantics,
                    },
                    ssize,
                    t.span,
                );
            }
        }
        self.coerce(t, &ssize)
    }

    // ---------------------------------------------------------------
    // operators

    pub fn binop(
        &mut self,
        l: TExpr,
        op: ast::BinOp,
        r: TExpr,
        span: Span,
        inplace: bool,
    ) -> TExpr {
        use ast::BinOp as B;
        // A Py_UCS4 in arithmetic is its one-character str (Cython: `c + 1`
        // is a TypeError, `c + "x"` concatenates).
        let ucs4 = |t: &Type| matches!(t.strip_const(), Type::Int(IntKind::Ucs4));
        let (l, r) = if ucs4(&l.ty) || ucs4(&r.ty) {
            (self.coerce_object(l), self.coerce_object(r))
        } else {
            (l, r)
        };
        // Pointer arithmetic: `n + p` is `p + n`.
        let (l, r) = if op == B::Add && l.ty.is_int() && r.ty.is_pointer() {
            (r, l)
        } else {
            (l, r)
        };
        // `p - q`: the distance in elements (a `ptrdiff_t`) between
        // pointers to the same type (const aside).
        if op == B::Sub && l.ty.is_pointer() && r.ty.is_pointer() {
            let lp = l.ty.pointee().map(|t| t.strip_const().clone());
            let rp = r.ty.pointee().map(|t| t.strip_const().clone());
            if lp.is_some() && lp == rp {
                return self.texpr(
                    TExprKind::CBinary {
                        op: CBinOp::Sub,
                        left: Box::new(l),
                        right: Box::new(r),
                        zero_check: false,
                        python_semantics: false,
                    },
                    Type::Int(IntKind::PtrdiffT),
                    span,
                );
            }
        }
        if l.ty.is_pointer() && r.ty.is_int() && matches!(op, B::Add | B::Sub) {
            let ty = match l.ty.strip_const() {
                Type::Array(t, _) => Type::Ptr(t.clone()),
                t => t.clone(),
            };
            let cop = if op == B::Add {
                CBinOp::Add
            } else {
                CBinOp::Sub
            };
            return self.texpr(
                TExprKind::CBinary {
                    op: cop,
                    left: Box::new(l),
                    right: Box::new(r),
                    zero_check: false,
                    python_semantics: false,
                },
                ty,
                span,
            );
        }
        // Integer literals fold with Python's semantics (Cython's
        // ConstantFolding); a result too big for pyxc to fold is computed
        // on Python ints.
        match crate::fold::fold_int_binop(&l, op, &r) {
            crate::fold::Folded::Value(v, true) => {
                return self.texpr(TExprKind::BigIntConst(v.to_string()), obj("int"), span)
            }
            crate::fold::Folded::Value(v, false) => {
                return self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Int), span)
            }
            crate::fold::Folded::TooBig => {
                return self.py_binop(l, op, r, span, inplace);
            }
            crate::fold::Folded::No => {}
        }
        let c_numeric = |t: &Type| t.is_numeric();
        if c_numeric(&l.ty) && c_numeric(&r.ty) {
            return self.c_binop(l, op, r, span);
        }
        if l.ty.is_object() || r.ty.is_object() {
            return self.py_binop(l, op, r, span, inplace);
        }
        self.m.diags.push(
            Diagnostic::error(
                format!(
                    "invalid operand types for '{}': '{}' and '{}'",
                    binop_str(op),
                    l.ty,
                    r.ty
                ),
                span,
            )
            .with_label_message("no such C operation"),
        );
        self.error_expr(span)
    }

    /// `l op r` as a Python operation on objects.
    fn py_binop(&mut self, l: TExpr, op: ast::BinOp, r: TExpr, span: Span, inplace: bool) -> TExpr {
        use ast::BinOp as B;
        self.require_gil("a Python operation", span);
        let l = self.coerce_object(l);
        let r = self.coerce_object(r);
        let pop = match op {
            B::Add => PyBinOp::Add,
            B::Sub => PyBinOp::Sub,
            B::Mult => PyBinOp::Mul,
            B::MatMult => PyBinOp::MatMul,
            B::Div => PyBinOp::TrueDiv,
            B::FloorDiv => PyBinOp::FloorDiv,
            B::Mod => PyBinOp::Mod,
            B::Pow => PyBinOp::Pow,
            B::LShift => PyBinOp::LShift,
            B::RShift => PyBinOp::RShift,
            B::BitOr => PyBinOp::Or,
            B::BitXor => PyBinOp::Xor,
            B::BitAnd => PyBinOp::And,
        };
        self.texpr(
            TExprKind::PyBinary {
                op: pop,
                left: Box::new(l),
                right: Box::new(r),
                inplace,
            },
            Type::object(),
            span,
        )
    }

    fn c_binop(&mut self, l: TExpr, op: ast::BinOp, r: TExpr, span: Span) -> TExpr {
        use ast::BinOp as B;
        let cdiv = self.dirs.checks.cdivision;
        let both_int = l.ty.is_int() || l.ty == Type::Bint;
        let both_int = both_int && (r.ty.is_int() || r.ty == Type::Bint);
        let mut ty = promote(&l.ty, &r.ty);
        // `a & b`, `a | b`, `a ^ b` of two bints stay bint (a Python bool).
        let bitwise = matches!(op, B::BitAnd | B::BitOr | B::BitXor);
        if ty == Type::Bint && !(bitwise && l.ty == Type::Bint && r.ty == Type::Bint) {
            ty = Type::Int(IntKind::Int);
        }
        let (cop, zero_check, pysem) = match op {
            B::Add => (CBinOp::Add, false, false),
            B::Sub => (CBinOp::Sub, false, false),
            B::Mult => (CBinOp::Mul, false, false),
            B::Div => {
                if both_int && !cdiv {
                    // Python 3 true division of two C ints gives a double.
                    ty = Type::double();
                }
                (CBinOp::Div, !cdiv, false)
            }
            B::FloorDiv => (CBinOp::FloorDiv, !cdiv, !cdiv),
            B::Mod => (CBinOp::Mod, !cdiv, !cdiv),
            B::Pow => {
                // Cython 3 (`cpow` off): `int ** int` is a double unless the
                // exponent is a non-negative constant or unsigned (2 ** -1 is
                // 0.5); assigned straight to a C integer it is an integer
                // power again (see `coerce`).
                let widen = both_int
                    && match crate::fold::int_literal(&r) {
                        Some((v, _)) => v < 0,
                        None => {
                            r.ty == Type::Bint
                                || crate::types::int_kind_of(&r.ty).is_some_and(|k| k.signed())
                        }
                    };
                if !both_int || widen {
                    ty = match ty {
                        Type::Float(FloatKind::LongDouble) => ty,
                        _ => Type::double(),
                    };
                }
                if widen {
                    // Explicit casts, so that `coerce` can see the operands
                    // were integers.
                    let cast = |e: TExpr| {
                        let sp = e.span;
                        TExpr::new(
                            TExprKind::Coerce {
                                kind: Coercion::CCast,
                                operand: Box::new(e),
                            },
                            Type::double(),
                            sp,
                        )
                    };
                    return self.texpr(
                        TExprKind::CBinary {
                            op: CBinOp::Pow,
                            left: Box::new(cast(l)),
                            right: Box::new(cast(r)),
                            zero_check: false,
                            python_semantics: false,
                        },
                        ty,
                        span,
                    );
                }
                (CBinOp::Pow, false, false)
            }
            B::LShift | B::RShift | B::BitAnd | B::BitOr | B::BitXor => {
                if !both_int {
                    self.err(
                        format!(
                            "'{}' needs integer operands, got '{}' and '{}'",
                            binop_str(op),
                            l.ty,
                            r.ty
                        ),
                        span,
                    );
                    return self.error_expr(span);
                }
                let c = match op {
                    B::LShift => CBinOp::LShift,
                    B::RShift => CBinOp::RShift,
                    B::BitAnd => CBinOp::BitAnd,
                    B::BitOr => CBinOp::BitOr,
                    _ => CBinOp::BitXor,
                };
                (c, false, false)
            }
            B::MatMult => {
                self.err("'@' is not defined for C numbers", span);
                return self.error_expr(span);
            }
        };
        let l = self.coerce(l, &ty);
        let r = self.coerce(r, &ty);
        self.texpr(
            TExprKind::CBinary {
                op: cop,
                left: Box::new(l),
                right: Box::new(r),
                zero_check,
                python_semantics: pysem,
            },
            ty,
            span,
        )
    }

    fn unary(&mut self, op: ast::UnaryOp, v: TExpr, span: Span) -> TExpr {
        use ast::UnaryOp as U;
        match op {
            U::Not => {
                let c = self.as_condition(v);
                self.texpr(
                    TExprKind::CUnary {
                        op: UnOp::Not,
                        operand: Box::new(c),
                    },
                    Type::Bint,
                    span,
                )
            }
            _ if v.ty.is_numeric() => {
                // Constant folding keeps `-1` a literal (exception values, bounds).
                if let (U::Neg, TExprKind::IntConst(c)) = (op, &v.kind) {
                    return self.texpr(TExprKind::IntConst(-c), v.ty.clone(), span);
                }
                if let (U::Neg, TExprKind::FloatConst(c)) = (op, &v.kind) {
                    return self.texpr(TExprKind::FloatConst(-c), v.ty.clone(), span);
                }
                let uop = match op {
                    U::Neg => UnOp::Neg,
                    U::Pos => UnOp::Pos,
                    _ => UnOp::Invert,
                };
                if uop == UnOp::Invert && !v.ty.is_int() && *v.ty.strip_const() != Type::Bint {
                    self.err(
                        format!("'~' needs an integer operand, got '{}'", v.ty),
                        span,
                    );
                    return self.error_expr(span);
                }
                let mut ty = v.ty.strip_const().clone();
                if ty == Type::Bint {
                    ty = Type::Int(IntKind::Int);
                }
                // C's integer promotion: `-a` of a uint8_t is an int.
                if ty.is_int() {
                    ty = crate::coerce::promote(&ty, &ty);
                }
                let v = self.coerce(v, &ty);
                self.texpr(
                    TExprKind::CUnary {
                        op: uop,
                        operand: Box::new(v),
                    },
                    ty,
                    span,
                )
            }
            _ if v.ty.is_object() => {
                // `-9223372036854775808`: the literal stays a literal.
                if let (U::Neg, TExprKind::BigIntConst(d)) = (op, &v.kind) {
                    let neg = match d.strip_prefix('-') {
                        Some(pos) => pos.to_string(),
                        None => format!("-{d}"),
                    };
                    return self.texpr(TExprKind::BigIntConst(neg), v.ty.clone(), span);
                }
                let uop = match op {
                    U::Neg => UnOp::Neg,
                    U::Pos => UnOp::Pos,
                    _ => UnOp::Invert,
                };
                let v = self.coerce_object(v);
                self.texpr(
                    TExprKind::PyUnary {
                        op: uop,
                        operand: Box::new(v),
                    },
                    Type::object(),
                    span,
                )
            }
            _ => {
                self.err(
                    format!("bad operand type for unary operator: '{}'", v.ty),
                    span,
                );
                self.error_expr(span)
            }
        }
    }

    fn compare(
        &mut self,
        left: &ast::Expr,
        ops: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        as_bool: bool,
    ) -> TExpr {
        let mut operands = vec![self.expr(left)];
        for (_, e) in ops {
            operands.push(self.expr(e));
        }
        let all_c = operands
            .iter()
            .all(|o| o.ty.is_numeric() || o.ty.is_pointer());
        let c_ops: Option<Vec<CmpOp>> = ops.iter().map(|(op, _)| c_cmp_op(*op, all_c)).collect();
        if let (true, Some(c_ops)) = (all_c, c_ops) {
            let numeric = operands.iter().all(|o| o.ty.is_numeric());
            // Each comparison of a chain is made in its own pair's type
            // (codegen casts), as C compares `a < b < c` under Cython.
            if numeric && operands.len() == 2 {
                let ty = crate::coerce::compare_type(&operands[0], &operands[1]);
                operands = operands.into_iter().map(|o| self.coerce(o, &ty)).collect();
            }
            if operands.len() == 2 {
                let mut it = operands.into_iter();
                let (l, r) = (
                    it.next().unwrap_or_else(|| self.error_expr(span)),
                    it.next().unwrap_or_else(|| self.error_expr(span)),
                );
                return crate::fold::compare(c_ops[0], l, r, span);
            }
            let links = chain_links(&operands, &c_ops, numeric);
            return self.texpr(TExprKind::CChain { operands, links }, Type::Bint, span);
        }
        // Python comparison.
        self.require_gil("a Python comparison", span);
        let operands: Vec<TExpr> = operands
            .into_iter()
            .map(|o| self.coerce_object(o))
            .collect();
        let pops: Vec<PyCmpOp> = ops.iter().map(|(op, _)| py_cmp_op(*op)).collect();
        if operands.len() > 2 {
            // `a < b < c` on objects: (a < b) and (b < c) with b evaluated
            // once needs temporaries; kept simple: evaluate pairwise on
            // side-effect-free operands only.
            // A middle operand that is not a plain name or number is
            // evaluated once, into a hidden local the next comparison reads.
            let n = operands.len();
            let mut first_use = operands.clone();
            let mut later_use = operands.clone();
            for (i, (_, e)) in ops.iter().enumerate().take(n - 2) {
                if matches!(
                    e.kind,
                    ExprKind::Name(_) | ExprKind::Int { .. } | ExprKind::Float { .. }
                ) {
                    continue;
                }
                let k = i + 1;
                let var = self.hidden_var(operands[k].ty.clone(), operands[k].span);
                first_use[k] = TExpr::new(
                    TExprKind::Let {
                        var,
                        value: Box::new(operands[k].clone()),
                    },
                    operands[k].ty.clone(),
                    operands[k].span,
                );
                later_use[k] = TExpr::new(
                    TExprKind::Local {
                        var,
                        check_bound: false,
                    },
                    operands[k].ty.clone(),
                    operands[k].span,
                );
            }
            if !as_bool {
                return self.object_chain(&pops, &later_use, &first_use, span);
            }
            let mut acc: Option<TExpr> = None;
            for (i, op) in pops.iter().enumerate() {
                let c = self.texpr(
                    TExprKind::PyCompareBool {
                        op: *op,
                        left: Box::new(later_use[i].clone()),
                        right: Box::new(first_use[i + 1].clone()),
                    },
                    Type::Bint,
                    span,
                );
                acc = Some(match acc {
                    None => c,
                    Some(a) => self.texpr(
                        TExprKind::CLogical {
                            and: true,
                            left: Box::new(a),
                            right: Box::new(c),
                        },
                        Type::Bint,
                        span,
                    ),
                });
            }
            return acc.unwrap_or_else(|| self.error_expr(span));
        }
        let mut it = operands.into_iter();
        let (l, r) = (
            it.next().unwrap_or_else(|| self.error_expr(span)),
            it.next().unwrap_or_else(|| self.error_expr(span)),
        );
        // `is`, `in` give a C truth value directly.
        if as_bool
            || matches!(
                pops[0],
                PyCmpOp::Is | PyCmpOp::IsNot | PyCmpOp::In | PyCmpOp::NotIn
            )
        {
            let b = self.texpr(
                TExprKind::PyCompareBool {
                    op: pops[0],
                    left: Box::new(l),
                    right: Box::new(r),
                },
                Type::Bint,
                span,
            );
            return if as_bool {
                b
            } else {
                self.coerce(b, &Type::object())
            };
        }
        self.texpr(
            TExprKind::PyCompare {
                op: pops[0],
                left: Box::new(l),
                right: Box::new(r),
            },
            Type::object(),
            span,
        )
    }

    /// `a < b < c` on objects as a value: `(a < b) and (b < c)`, each
    /// comparison's own result (what `__lt__` returned), the first false
    /// one or the last, as Python evaluates it; `is`/`in` give bools.
    fn object_chain(
        &mut self,
        ops: &[PyCmpOp],
        later_use: &[TExpr],
        first_use: &[TExpr],
        span: Span,
    ) -> TExpr {
        let mut acc: Option<TExpr> = None;
        for (i, op) in ops.iter().enumerate() {
            let (left, right) = (
                Box::new(later_use[i].clone()),
                Box::new(first_use[i + 1].clone()),
            );
            let c = if matches!(
                op,
                PyCmpOp::Is | PyCmpOp::IsNot | PyCmpOp::In | PyCmpOp::NotIn
            ) {
                let b = TExpr::new(
                    TExprKind::PyCompareBool {
                        op: *op,
                        left,
                        right,
                    },
                    Type::Bint,
                    span,
                );
                self.coerce(b, &Type::object())
            } else {
                TExpr::new(
                    TExprKind::PyCompare {
                        op: *op,
                        left,
                        right,
                    },
                    Type::object(),
                    span,
                )
            };
            acc = Some(match acc {
                None => c,
                Some(a) => TExpr::new(
                    TExprKind::PyLogical {
                        and: true,
                        left: Box::new(a),
                        right: Box::new(c),
                    },
                    Type::object(),
                    span,
                ),
            });
        }
        acc.unwrap_or_else(|| self.error_expr(span))
    }

    /// An expression used as a condition, as a bint.
    pub fn condition(&mut self, e: &ast::Expr) -> TExpr {
        if let ExprKind::Compare { left, ops } = &e.kind {
            let t = self.compare(left, ops, e.span, true);
            return self.as_condition(t);
        }
        let t = self.expr(e);
        self.as_condition(t)
    }

    pub fn as_condition(&mut self, t: TExpr) -> TExpr {
        let span = t.span;
        match t.ty.strip_const() {
            Type::Bint => t,
            ty if ty.is_numeric() => {
                let zero = if ty.is_float() {
                    TExprKind::FloatConst(0.0)
                } else {
                    TExprKind::IntConst(0)
                };
                let zero = TExpr::new(zero, ty.clone(), span);
                TExpr::new(
                    TExprKind::CCompare {
                        op: CmpOp::Ne,
                        left: Box::new(t),
                        right: Box::new(zero),
                    },
                    Type::Bint,
                    span,
                )
            }
            ty if ty.is_pointer() => {
                let null = TExpr::new(TExprKind::NullConst, Type::Null, span);
                TExpr::new(
                    TExprKind::CCompare {
                        op: CmpOp::Ne,
                        left: Box::new(t),
                        right: Box::new(null),
                    },
                    Type::Bint,
                    span,
                )
            }
            _ if t.ty.is_object() => {
                self.require_gil("testing a Python object's truth", span);
                let o = self.coerce_object(t);
                TExpr::new(
                    TExprKind::Coerce {
                        kind: Coercion::Truth,
                        operand: Box::new(o),
                    },
                    Type::Bint,
                    span,
                )
            }
            _ => {
                self.err(format!("'{}' cannot be used as a condition", t.ty), span);
                TExpr::new(TExprKind::BoolConst(false), Type::Bint, span)
            }
        }
    }

    fn address_of(&mut self, inner: &ast::Expr, span: Span) -> TExpr {
        let t = self.expr(inner);
        if let TExprKind::MvElement(ix) = t.kind {
            let ty = Type::Ptr(Rc::new(t.ty.clone()));
            return self.texpr(TExprKind::MvElementAddr(ix), ty, span);
        }
        if t.ty.is_object() {
            self.err("cannot take the address of a Python object", span);
            return self.error_expr(span);
        }
        let Some(lv) = self.lvalue(inner) else {
            return self.error_expr(span);
        };
        let ty = Type::Ptr(Rc::new(t.ty.clone()));
        self.texpr(TExprKind::AddressOf(Box::new(lv)), ty, span)
    }

    /// `<double[:n, :m]>ptr` (`<double[:n:1, :m]>ptr` for Fortran order):
    /// a view of the memory a C pointer points at.
    fn view_from_pointer(
        &mut self,
        base: &ast::TypeExpr,
        axes: &[ast::AxisSpec],
        operand: &ast::Expr,
        span: Span,
    ) -> TExpr {
        let Some(dtype) = self.m.resolve_type(base) else {
            return self.error_expr(span);
        };
        let p = self.expr(operand);
        let pointee = p.ty.pointee().map(|t| t.strip_const().clone());
        if pointee.as_ref() != Some(dtype.strip_const()) {
            self.err(
                format!(
                    "a view '{dtype}[:n]' is made from a '{dtype} *' pointer, not '{}'",
                    p.ty
                ),
                operand.span,
            );
            return self.error_expr(span);
        }
        if axes.len() > 8 {
            self.err("memoryviews have at most 8 dimensions", span);
            return self.error_expr(span);
        }
        let mut shape = vec![];
        for a in axes {
            let Some(stop) = &a.stop else {
                self.err(
                    "each axis of a view of a pointer needs its extent (':n')",
                    a.span,
                );
                return self.error_expr(span);
            };
            if a.start.is_some() {
                self.err("an axis extent is written ':n', without a start", a.span);
                return self.error_expr(span);
            }
            let n = self.expr(stop);
            if !n.ty.is_int() {
                self.err(
                    format!("an axis extent must be a C integer, not '{}'", n.ty),
                    stop.span,
                );
                return self.error_expr(span);
            }
            shape.push(self.coerce(n, &Type::ssize()));
        }
        // `::1` on the first axis of several asks for Fortran order.
        let fortran = axes.len() > 1 && axes[0].step.is_some();
        let mut mv_axes = vec![crate::types::Axis::Strided; axes.len()];
        if fortran {
            mv_axes[0] = crate::types::Axis::Contig;
        } else {
            mv_axes[axes.len() - 1] = crate::types::Axis::Contig;
        }
        let ty = Type::MemView(Rc::new(MemViewType {
            dtype: dtype.strip_const().clone(),
            axes: mv_axes,
            readonly: false,
            dtype_name: None,
            cast: false,
        }));
        self.require_gil("making a memoryview of a pointer", span);
        self.texpr(
            TExprKind::MvFromPtr {
                ptr: Box::new(p),
                shape,
                fortran,
            },
            ty,
            span,
        )
    }

    fn cast(&mut self, v: TExpr, to: &Type, checked: bool, span: Span) -> TExpr {
        let span_v = v.span;
        match (v.ty.is_object(), to.is_object()) {
            (true, true) => {
                let kind = match to {
                    Type::Object(ObjKind::Any) => return self.retype(v, to.clone()),
                    _ if checked => Coercion::ObjCheckNotNone,
                    _ => Coercion::ObjUnchecked,
                };
                let v = self.coerce_object(v);
                TExpr::new(
                    TExprKind::Coerce {
                        kind,
                        operand: Box::new(v),
                    },
                    to.clone(),
                    span,
                )
            }
            (false, true) => self.coerce(v, to),
            // `<int32_t>0x80000000`: a literal beyond int is still a C
            // literal, cast as C casts it (wrapping), not converted.
            (true, false) if to.is_int() && matches!(v.kind, TExprKind::BigIntConst(_)) => {
                let TExprKind::BigIntConst(d) = &v.kind else {
                    return self.coerce(v, to);
                };
                let lit = match d.parse::<i128>() {
                    Ok(n) if i64::try_from(n).is_ok() => Some((n, IntKind::LongLong)),
                    Ok(n) if u64::try_from(n).is_ok() => Some((n, IntKind::ULongLong)),
                    _ => None,
                };
                match lit {
                    Some((n, k)) => {
                        let c = self.texpr(TExprKind::IntConst(n), Type::Int(k), v.span);
                        TExpr::new(
                            TExprKind::Coerce {
                                kind: Coercion::CCast,
                                operand: Box::new(c),
                            },
                            to.clone(),
                            span,
                        )
                    }
                    None => self.coerce(v, to),
                }
            }
            (true, false) => self.coerce(v, to),
            (false, false) => {
                // `<bint>x` is x's truth value (an implicit bint keeps x).
                if *to.strip_const() == Type::Bint
                    && v.ty.is_numeric()
                    && *v.ty.strip_const() != Type::Bint
                {
                    return self.as_condition(v);
                }
                if v.ty.is_numeric() && to.is_numeric()
                    || v.ty.is_pointer() && (to.is_pointer() || to.is_int())
                    || v.ty.is_int() && to.is_pointer()
                {
                    TExpr::new(
                        TExprKind::Coerce {
                            kind: Coercion::CCast,
                            operand: Box::new(v),
                        },
                        to.clone(),
                        span,
                    )
                } else if v.ty == *to {
                    v
                } else if let (Type::MemView(_), Type::MemView(_)) = (&v.ty, to) {
                    self.coerce(v, to)
                } else {
                    self.m.diags.push(Diagnostic::error(
                        format!("cannot cast '{}' to '{}'", v.ty, to),
                        span_v,
                    ));
                    self.error_expr(span)
                }
            }
        }
    }

    fn retype(&self, mut v: TExpr, ty: Type) -> TExpr {
        v.ty = ty;
        v
    }

    fn fstring(&mut self, parts: &[ast::FStringPart], span: Span) -> TExpr {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => out.push(TFormatPart::Literal(s.clone())),
                ast::FStringPart::Value {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        out.push(TFormatPart::Literal(d.clone()));
                    }
                    let v = self.expr(value);
                    let v = self.coerce_object(v);
                    let spec = if spec.is_empty() {
                        None
                    } else {
                        Some(self.fstring(spec, span))
                    };
                    let conversion = conversion.or(if debug_text.is_some() && spec.is_none() {
                        Some('r')
                    } else {
                        None
                    });
                    out.push(TFormatPart::Value {
                        value: v,
                        conversion,
                        spec,
                    });
                }
            }
        }
        self.texpr(TExprKind::FormatJoin(out), obj("str"), span)
    }

    /// A comprehension of any kind (see [`CompKind`]).
    pub fn comp(
        &mut self,
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        span: Span,
    ) -> TExpr {
        self.require_gil("a comprehension", span);
        let saved = self.names.clone();
        let saved_cells = self.cells.clone();
        // Loop variables a lambda in the comprehension reads live in cells.
        let mut captured = std::collections::BTreeSet::new();
        for e in std::iter::once(elt).chain(value) {
            lambda_captures(e, &mut captured);
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                lambda_captures(&g.iter, &mut captured);
            }
            g.ifs.iter().for_each(|c| lambda_captures(c, &mut captured));
        }
        let mut cells = Vec::new();
        let mut gens = Vec::new();
        for g in generators {
            let iter = self.expr(&g.iter);
            let iter = self.coerce_object(iter);
            let mut unpack = Vec::new();
            let target = match &g.target.kind {
                // Read by a lambda in the comprehension: kept in a cell.
                ExprKind::Name(n) if captured.contains(n) => {
                    let cell = self.hidden_var(Type::object(), g.target.span);
                    self.vars[cell.0 as usize].name = format!("cell.{n}");
                    self.assigned.insert(cell);
                    self.names.remove(n);
                    self.cells.insert(n.clone(), (cell, Type::object()));
                    cells.push(cell);
                    Some(LValue::Cell {
                        cell,
                        name: n.clone(),
                    })
                }
                // Comprehension variables do not leak (Python 3 scoping).
                ExprKind::Name(n) => Some(LValue::Local(self.hidden_comp_var(n, g.target.span))),
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    let mut names = Vec::new();
                    target_names(&g.target, &mut names).then(|| {
                        for (n, sp) in names {
                            self.hidden_comp_var(&n, sp);
                        }
                        let tmp = self.hidden_var(Type::object(), g.target.span);
                        let val = self.tmp_local(tmp, g.target.span);
                        self.unpack_value(items, val, g.target.span, &mut unpack);
                        LValue::Local(tmp)
                    })
                }
                _ => None,
            };
            let Some(target) = target else {
                self.err(
                    "comprehension targets other than names and tuples of names are not supported yet",
                    g.target.span,
                );
                self.names = saved;
                self.cells = saved_cells;
                return self.error_expr(span);
            };
            let item = TExpr::new(TExprKind::IterItem, Type::object(), g.target.span);
            let ifs = g.ifs.iter().map(|c| self.condition(c)).collect();
            gens.push(TGenerator {
                target,
                iter,
                item,
                unpack,
                ifs,
            });
        }
        let e = match kind {
            CompKind::Any | CompKind::All => self.condition(elt),
            _ => {
                let e = self.expr(elt);
                self.coerce_object(e)
            }
        };
        let value = value.map(|v| {
            let v = self.expr(v);
            Box::new(self.coerce_object(v))
        });
        self.names = saved;
        self.cells = saved_cells;
        let ty = match kind {
            CompKind::List => obj("list"),
            CompKind::Set => obj("set"),
            CompKind::Dict => obj("dict"),
            CompKind::Any | CompKind::All => Type::Bint,
        };
        self.texpr(
            TExprKind::Comp {
                kind,
                elt: Box::new(e),
                value,
                generators: gens,
                cells,
            },
            ty,
            span,
        )
    }

    fn hidden_comp_var(&mut self, name: &str, span: Span) -> VarId {
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var {
            name: format!("{name}_comp{}", id.0),
            ty: Type::object(),
            param: None,
            span,
            hidden: false,
        });
        self.names.insert(name.to_string(), id);
        id
    }

    /// `Point(1.0, 2.0)` / `Point(x=1.0, y=2.0)`: a struct value, every
    /// field given exactly once (positional in declaration order, then by
    /// keyword).
    fn struct_literal(
        &mut self,
        st: Rc<crate::types::StructType>,
        args: &[ast::Arg],
        span: Span,
    ) -> TExpr {
        let mut given: Vec<Option<TExpr>> = vec![None; st.fields().len()];
        let mut ok = true;
        let mut pos = 0;
        for a in args {
            let slot = match &a.kind {
                ArgKind::Positional => {
                    pos += 1;
                    if pos > st.fields().len() {
                        self.err(
                            format!(
                                "too many values for struct '{}' ({} fields)",
                                st.name,
                                st.fields().len()
                            ),
                            a.span,
                        );
                        ok = false;
                        continue;
                    }
                    pos - 1
                }
                ArgKind::Keyword(k) => match st.fields().iter().position(|(n, _)| *n == k.name) {
                    Some(i) => i,
                    None => {
                        self.err(
                            format!("struct '{}' has no field '{}'", st.name, k.name),
                            k.span,
                        );
                        ok = false;
                        continue;
                    }
                },
                _ => {
                    self.err("*args and **kwargs cannot build a struct", a.span);
                    ok = false;
                    continue;
                }
            };
            let fty = st.fields()[slot].1.clone();
            let v = self.expr_with_hint(&a.value, &fty);
            let v = self.coerce(v, &fty);
            if given[slot].is_some() {
                self.err(
                    format!("field '{}' given twice", st.fields()[slot].0),
                    a.span,
                );
                ok = false;
            }
            given[slot] = Some(v);
        }
        let mut fields = Vec::new();
        for (i, g) in given.into_iter().enumerate() {
            match g {
                Some(v) => fields.push(v),
                None if ok => {
                    self.err(
                        format!(
                            "no value given for field '{}' of struct '{}'",
                            st.fields()[i].0,
                            st.name
                        ),
                        span,
                    );
                    ok = false;
                }
                None => {}
            }
        }
        if !ok {
            // Typed as the struct so that its use reports nothing more (an
            // error stops the module before codegen).
            return TExpr::new(TExprKind::NoneConst, Type::Struct(st), span);
        }
        self.texpr(TExprKind::StructLit(fields), Type::Struct(st), span)
    }

    /// Convert to an object (no-op for objects).
    pub fn coerce_object(&mut self, t: TExpr) -> TExpr {
        match &t.ty {
            Type::Object(_) => t,
            Type::Buffer(b) => {
                let ty = Type::Object(b.obj.clone());
                let span = t.span;
                TExpr::new(
                    TExprKind::Coerce {
                        kind: Coercion::ObjUnchecked,
                        operand: Box::new(t),
                    },
                    ty,
                    span,
                )
            }
            _ => self.coerce(t, &Type::object()),
        }
    }
}

/// The names a comprehension target binds; false when it has anything
/// else than names, tuples/lists of them and one starred name.
fn target_names(t: &ast::Expr, out: &mut Vec<(String, Span)>) -> bool {
    match &t.kind {
        ExprKind::Name(n) => {
            out.push((n.clone(), t.span));
            true
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().all(|i| target_names(i, out))
        }
        _ => false,
    }
}

fn radix_prefix(r: u32) -> &'static str {
    match r {
        16 => "x",
        8 => "o",
        2 => "b",
        _ => "",
    }
}

pub fn binop_str(op: ast::BinOp) -> &'static str {
    use ast::BinOp as B;
    match op {
        B::Add => "+",
        B::Sub => "-",
        B::Mult => "*",
        B::MatMult => "@",
        B::Div => "/",
        B::FloorDiv => "//",
        B::Mod => "%",
        B::Pow => "**",
        B::LShift => "<<",
        B::RShift => ">>",
        B::BitOr => "|",
        B::BitXor => "^",
        B::BitAnd => "&",
    }
}

/// A one-byte C integer (`char`, `unsigned char`, `uint8_t`, ...): arrays
/// and pointers of these are C strings to Cython.
fn is_char_like(t: &Type) -> bool {
    match t.strip_const() {
        Type::Int(
            IntKind::Char | IntKind::UChar | IntKind::SChar | IntKind::Int8 | IntKind::UInt8,
        ) => true,
        Type::Opaque {
            approx: Some(a), ..
        } => is_char_like(a),
        _ => false,
    }
}

/// An ASCII `str` literal, or a conditional expression choosing between two.
fn is_str_literal(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::StrConst(s) => s.is_ascii(),
        TExprKind::Cond { body, orelse, .. } => is_str_literal(body) && is_str_literal(orelse),
        TExprKind::Coerce { operand, .. } if e.ty.is_object() => is_str_literal(operand),
        _ => false,
    }
}

/// `is_str_literal`'s expression as a `const char *`.
fn c_str_literal(e: TExpr) -> TExpr {
    let cs = Type::Ptr(Rc::new(Type::Const(Rc::new(Type::Int(IntKind::Char)))));
    let span = e.span;
    match e.kind {
        TExprKind::StrConst(s) => TExpr::new(TExprKind::CStrConst(s.into_bytes()), cs, span),
        TExprKind::Cond { test, body, orelse } => TExpr::new(
            TExprKind::Cond {
                test,
                body: Box::new(c_str_literal(*body)),
                orelse: Box::new(c_str_literal(*orelse)),
            },
            cs,
            span,
        ),
        TExprKind::Coerce { operand, .. } => c_str_literal(*operand),
        kind => TExpr::new(kind, e.ty, span),
    }
}

/// The names the lambdas in `e` read from outside themselves.
fn lambda_captures(e: &ast::Expr, out: &mut std::collections::BTreeSet<String>) {
    if let ExprKind::Lambda { params, body } = &e.kind {
        out.extend(crate::closure::lambda_free(params, body));
    }
    e.for_each_child(&mut |c| lambda_captures(c, out));
}

/// The links of a C comparison chain: each pair of numbers compares in its
/// own pair's type, so a side whose type differs is cast to it.
fn chain_links(operands: &[TExpr], ops: &[CmpOp], numeric: bool) -> Vec<ChainLink> {
    ops.iter()
        .zip(operands.windows(2))
        .map(|(&op, pair)| {
            let cast =
                |e: &TExpr, ty: &Type| (e.ty.strip_const() != ty.strip_const()).then(|| ty.clone());
            let (left_cast, right_cast) = if numeric {
                let ty = crate::coerce::compare_type(&pair[0], &pair[1]);
                (cast(&pair[0], &ty), cast(&pair[1], &ty))
            } else {
                (None, None)
            };
            ChainLink {
                op,
                left_cast,
                right_cast,
            }
        })
        .collect()
}

/// A comparison operator done in C; `is` compares C values (numbers,
/// pointers) for equality. `None` for one only Python does (`in`).
fn c_cmp_op(op: ast::CmpOp, all_c: bool) -> Option<CmpOp> {
    match op {
        ast::CmpOp::Eq => Some(CmpOp::Eq),
        ast::CmpOp::NotEq => Some(CmpOp::Ne),
        ast::CmpOp::Lt => Some(CmpOp::Lt),
        ast::CmpOp::LtE => Some(CmpOp::Le),
        ast::CmpOp::Gt => Some(CmpOp::Gt),
        ast::CmpOp::GtE => Some(CmpOp::Ge),
        ast::CmpOp::Is if all_c => Some(CmpOp::Eq),
        ast::CmpOp::IsNot if all_c => Some(CmpOp::Ne),
        _ => None,
    }
}

/// A comparison operator done by Python's protocol.
fn py_cmp_op(op: ast::CmpOp) -> PyCmpOp {
    match op {
        ast::CmpOp::Eq => PyCmpOp::Eq,
        ast::CmpOp::NotEq => PyCmpOp::Ne,
        ast::CmpOp::Lt => PyCmpOp::Lt,
        ast::CmpOp::LtE => PyCmpOp::Le,
        ast::CmpOp::Gt => PyCmpOp::Gt,
        ast::CmpOp::GtE => PyCmpOp::Ge,
        ast::CmpOp::Is => PyCmpOp::Is,
        ast::CmpOp::IsNot => PyCmpOp::IsNot,
        ast::CmpOp::In => PyCmpOp::In,
        ast::CmpOp::NotIn => PyCmpOp::NotIn,
    }
}

fn has_starred(items: &[ast::Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

fn has_double_star(pairs: &[(Option<ast::Expr>, ast::Expr)]) -> bool {
    pairs.iter().any(|(k, _)| k.is_none())
}

/// `:` on one axis.
fn full_axis() -> MvAxisIndex {
    MvAxisIndex::Slice {
        start: None,
        stop: None,
        step: None,
    }
}

/// Slicing an old-style buffer goes through a memoryview of it.
fn buffer_as_view(base: TExpr, mv: &MemViewType) -> TExpr {
    let full = MemViewType {
        dtype: mv.dtype.clone(),
        axes: mv.axes.clone(),
        readonly: false,
        dtype_name: mv.dtype_name.clone(),
        cast: mv.cast,
    };
    let span = base.span;
    TExpr::new(
        TExprKind::Coerce {
            kind: Coercion::FromObject,
            operand: Box::new(base),
        },
        Type::MemView(Rc::new(full)),
        span,
    )
}

/// What a C tuple subscript gives: the finished expression, or the tuple
/// boxed to be indexed as a Python object.
enum CTupleIndex {
    Done(TExpr),
    AsObject(TExpr),
}

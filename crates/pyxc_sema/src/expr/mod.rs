//! Expressions: a type for each, Cython's choice of C or Python operation.
//! This file holds the dispatch on the node kind and the short kinds; the
//! longer ones live in the files below, one concern each.

mod attribute;
mod builtins;
mod calls;
mod casts;
mod compare;
mod displays;
mod literals;
mod names;
mod operators;
mod subscript;
mod type_query;
mod view_index;

use crate::body_checker::BodyChecker;
use crate::coerce::promote;
use crate::tir::*;
use crate::types::{IntKind, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};

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
            ExprKind::Hidden(id) => self.tmp_local(VarId(*id), span),
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

    fn retype(&self, mut v: TExpr, ty: Type) -> TExpr {
        v.ty = ty;
        v
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

fn has_starred(items: &[ast::Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

fn has_double_star(pairs: &[(Option<ast::Expr>, ast::Expr)]) -> bool {
    pairs.iter().any(|(k, _)| k.is_none())
}

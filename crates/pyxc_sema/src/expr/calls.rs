//! Calls: what the callee is decides the call, a Python call (positional,
//! keyword and starred arguments) or a C call with its arguments coerced.

use crate::body_checker::BodyChecker;
use crate::scope::Sym;
use crate::tir::*;
use crate::types::{FloatKind, IntKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ArgKind, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    // ---------------------------------------------------------------
    // calls
    pub(super) fn call(&mut self, func: &ast::Expr, args: &[ast::Arg], span: Span) -> TExpr {
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
            let base = self.expr(value);
            let field_of = match base.ty.strip_const() {
                Type::Struct(st) => Some((st.clone(), false)),
                Type::Ptr(p) => match p.strip_const() {
                    Type::Struct(st) => Some((st.clone(), true)),
                    _ => None,
                },
                _ => None,
            };
            if let Some((st, through_ptr)) = field_of {
                let f = self.struct_field(base, &st, attr, through_ptr, func.span);
                return self.call_analysed(f, args, span);
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
        self.call_analysed(f, args, span)
    }

    /// [`Self::call_value`] of the already analysed callee `f`.
    fn call_analysed(&mut self, f: TExpr, args: &[ast::Arg], span: Span) -> TExpr {
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
    pub(super) fn py_call(&self, f: TExpr, args: Vec<TArg>, span: Span) -> TExpr {
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

//! Calls of intrinsics, of types (`int(x)`, `S()`), of Python builtins
//! Cython does in C (`len`, `abs`, `isinstance`, ...) and memoryview methods.

use super::{is_char_like, obj};
use crate::body_checker::BodyChecker;
use crate::coerce::promote;
use crate::scope::Intrinsic;
use crate::tir::*;
use crate::types::{IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ArgKind, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    pub(super) fn intrinsic_call(&mut self, i: Intrinsic, args: &[ast::Arg], span: Span) -> TExpr {
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
    pub(super) fn type_call(&mut self, t: &Type, args: &[ast::Arg], span: Span) -> TExpr {
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

    pub(super) fn builtin_call(&mut self, n: &str, args: &[ast::Arg], span: Span) -> Option<TExpr> {
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

    pub(super) fn view_method(
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
}

//! Casts `<T>x` (checked `<T?>x` too), `sizeof`, `&x`, and a memoryview
//! made from a pointer `<T[:n]>p`.

use crate::body_checker::BodyChecker;
use crate::scope::Sym;
use crate::tir::*;
use crate::types::{IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    pub(super) fn expr_cast(&mut self, e: &ast::Expr) -> TExpr {
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

    pub(super) fn expr_size_of(&mut self, e: &ast::Expr) -> TExpr {
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

    pub(super) fn address_of(&mut self, inner: &ast::Expr, span: Span) -> TExpr {
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

    pub(super) fn cast(&mut self, v: TExpr, to: &Type, checked: bool, span: Span) -> TExpr {
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
}

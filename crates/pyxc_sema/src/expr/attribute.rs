//! Attribute access: C namespaces, memoryview attributes (`shape`, `T`,
//! ...), struct fields and Python attributes.

use super::obj;
use crate::body_checker::BodyChecker;
use crate::scope::Sym;
use crate::tir::*;
use crate::types::{IntKind, MemViewType, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    pub(super) fn attribute(
        &mut self,
        whole: &ast::Expr,
        value: &ast::Expr,
        attr: &ast::Ident,
    ) -> TExpr {
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
    pub(super) fn struct_field(
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
}

//! Memoryview (and buffer) indexing: one `Py_ssize_t` index or slice per
//! axis, an element or a new view.

use crate::body_checker::{BodyChecker, ViewIndex};
use crate::tir::*;
use crate::types::{MemViewType, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    /// An element or a slice of a memoryview / buffer.
    pub(super) fn view_subscript(&mut self, base: TExpr, index: &ast::Expr, span: Span) -> TExpr {
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
                    // A bound is computed in its own type, then widened, as
                    // Cython does (`n - w + 1` of ints wraps as an int).
                    let mut part = |p: &Option<Box<ast::Expr>>| -> Option<TExpr> {
                        p.as_ref().map(|e| {
                            let t = self.expr(e);
                            self.coerce(t, &Type::ssize())
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

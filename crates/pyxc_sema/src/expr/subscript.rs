//! Subscripts and slices of everything but memoryviews: C tuples,
//! pointers, C strings, `shape[i]` and Python objects; indices coerced.

use super::{is_char_like, obj};
use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::{IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};

impl BodyChecker<'_, '_> {
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

    pub(super) fn subscript(&mut self, value: &ast::Expr, index: &ast::Expr, span: Span) -> TExpr {
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
}

/// What a C tuple subscript gives: the finished expression, or the tuple
/// boxed to be indexed as a Python object.
enum CTupleIndex {
    Done(TExpr),
    AsObject(TExpr),
}

//! Assignments: plain, augmented, chained and parallel; arrays from
//! displays, whole-view copies, `list.append` done in C.

use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ExprKind, StmtKind};

impl<'m, 'a> BodyChecker<'m, 'a> {
    pub(super) fn stmt_aug_assign(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::AugAssign { target, op, value } = &s.kind else {
            return;
        };
        let span = s.span;
        // The target's object and index are evaluated once.
        let target = &self.pin_target(target, out);
        let lv = self.lvalue(target);
        let cur = lv.as_ref().map(|_| self.expr(target));
        let (Some(lv), Some(cur)) = (lv, cur) else {
            return;
        };
        let rhs = self.expr(value);
        let v = self.binop(cur, *op, rhs, span, true);
        let ty = self.lvalue_type(&lv);
        let v = self.coerce(v, &ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            span,
        );
    }

    /// `obj.append(x)` as a statement: the list fast path.
    pub(super) fn append_call(&mut self, e: &ast::Expr) -> Option<TExpr> {
        let ExprKind::Call { func, args } = &e.kind else {
            return None;
        };
        let ExprKind::Attribute { value, attr } = &func.kind else {
            return None;
        };
        if attr.name != "append" || args.len() != 1 || args[0].kind != ast::ArgKind::Positional {
            return None;
        }
        // Only for objects (a memoryview has no append).
        let obj = self.expr(value);
        if !obj.ty.is_object() {
            self.err(format!("'{}' has no attribute 'append'", obj.ty), attr.span);
            return Some(self.error_expr(e.span));
        }
        let obj = self.coerce_object(obj);
        let item = self.expr(&args[0].value);
        let item = self.coerce_object(item);
        Some(TExpr::new(
            TExprKind::Append {
                list: Box::new(obj),
                item: Box::new(item),
            },
            Type::Int(crate::types::IntKind::Int),
            e.span,
        ))
    }

    pub(super) fn assign(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let first = &targets[0];
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &first.kind {
            if targets.len() == 1 {
                if let ExprKind::Tuple(values) | ExprKind::List(values) = &value.kind {
                    let plain =
                        |v: &[ast::Expr]| !v.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
                    if items.len() == values.len() && plain(items) && plain(values) {
                        self.parallel_assign(items, values, span, out);
                        return;
                    }
                }
                self.unpack(items, value, span, out);
                return;
            }
        }
        if targets.len() > 1 {
            self.chained_assign(targets, value, span, out);
            return;
        }
        // `a[:] = ...` of a whole C array is `a = ...`.
        let whole = match &first.kind {
            ExprKind::Subscript { value: base, index }
                if matches!(
                    &index.kind,
                    ExprKind::Slice {
                        lower: None,
                        upper: None,
                        step: None
                    }
                ) && targets.len() == 1 =>
            {
                let is_array = self
                    .place_type(base)
                    .is_some_and(|t| matches!(t.strip_const(), Type::Array(_, Some(_))));
                is_array.then_some(&**base)
            }
            _ => None,
        };
        let first = whole.unwrap_or(first);
        let Some(lv) = self.lvalue(first) else {
            let _ = self.expr(value);
            return;
        };
        let ty = self.lvalue_type(&lv);
        // An iterable fills a C array of its length, each item converted
        // (IndexError when the lengths differ, as in Cython).
        if let Type::Array(elem, Some(n)) = ty.strip_const() {
            let display = matches!(value.kind, ExprKind::List(_) | ExprKind::Tuple(_));
            let v = if display {
                None
            } else {
                Some(self.expr(value))
            };
            if let Some(v) = v.filter(|v| v.ty.is_object()) {
                let (LValue::Local(_) | LValue::CGlobal(_)) = lv else {
                    self.err(
                        "only a C array variable takes a sequence of values",
                        first.span,
                    );
                    return;
                };
                let elem = (**elem).clone();
                let n = *n;
                let array = self.expr(first);
                self.push(
                    out,
                    TStmtKind::ArrayFill {
                        array,
                        value: v,
                        elem,
                        len: n,
                    },
                    span,
                );
                return;
            }
        }
        // `cdef int[3] a = [1, 2, 3]`: a list or tuple literal fills a C
        // array element by element (Cython's array initialisation).
        if let (Type::Array(elem, Some(n)), ExprKind::List(items) | ExprKind::Tuple(items)) =
            (ty.strip_const(), &value.kind)
        {
            if targets.len() == 1 {
                let shape = ((**elem).clone(), *n);
                self.array_from_display(shape, items, first, value, span, out);
                return;
            }
        }
        let v = if let LValue::MvAll(sl) = &lv {
            self.whole_view_value(sl, value, &ty)
        } else {
            let v = self.expr_with_hint(value, &ty);
            self.coerce(v, &ty)
        };
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            span,
        );
    }

    /// `a[f()] = b[g()] = value`: the value once, then each target
    /// from left to right, as Python does.
    fn chained_assign(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let v = self.expr(value);
        let id = self.hidden_var(v.ty.clone(), value.span);
        self.store_hidden(id, v, span, out);
        for t in targets {
            let cur = self.tmp_local(id, t.span);
            if let ExprKind::Tuple(items) | ExprKind::List(items) = &t.kind {
                let o = self.coerce_object(cur);
                self.unpack_value(items, o, t.span, out);
                continue;
            }
            let Some(lv) = self.lvalue(t) else { continue };
            let ty = match &lv {
                LValue::MvAll(sl) if !matches!(cur.ty, Type::MemView(_)) => {
                    view_type(&sl.ty).map(|m| m.dtype).unwrap_or(Type::Void)
                }
                _ => self.lvalue_type(&lv),
            };
            let v = self.coerce(cur, &ty);
            self.push(
                out,
                TStmtKind::Assign {
                    target: lv,
                    value: v,
                },
                span,
            );
        }
    }

    /// `cdef int[3] a = [1, 2, 3]`: a list or tuple literal fills a C
    /// array element by element (Cython's array initialisation).
    fn array_from_display(
        &mut self,
        (elem, n): (Type, u64),
        items: &[ast::Expr],
        first: &ast::Expr,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        if items.len() as u64 != n {
            self.err(
                format!(
                    "assigning {} values to a C array of {n} elements",
                    items.len()
                ),
                value.span,
            );
            return;
        }
        let values: Vec<TExpr> = items
            .iter()
            .map(|it| {
                let v = self.expr_with_hint(it, &elem);
                self.coerce(v, &elem)
            })
            .collect();
        for (i, v) in values.into_iter().enumerate() {
            let Some(arr) = self.lvalue(first) else {
                return;
            };
            let (LValue::Local(_) | LValue::CGlobal(_)) = arr else {
                self.err("only a C array variable takes a list of values", first.span);
                return;
            };
            let ptr = self.expr(first);
            let index = TExpr::new(TExprKind::IntConst(i as i128), Type::ssize(), value.span);
            self.push(
                out,
                TStmtKind::Assign {
                    target: LValue::PtrIndex {
                        ptr: Box::new(ptr),
                        index: Box::new(index),
                    },
                    value: v,
                },
                span,
            );
        }
    }

    /// The value `v[:] = value` stores.
    fn whole_view_value(&mut self, sl: &TExpr, value: &ast::Expr, ty: &Type) -> TExpr {
        // Cython: a memoryview value is copied in; anything else (a C
        // value or a Python object) is converted to the dtype once and
        // broadcast to every element.
        let v = self.expr(value);
        let same_items = |a: &Type, b: &Type| match (view_type(a), view_type(b)) {
            (Some(a), Some(b)) => {
                a.dtype.strip_const() == b.dtype.strip_const() && a.ndim() == b.ndim()
            }
            _ => false,
        };
        if matches!(v.ty, Type::MemView(_)) && same_items(&v.ty, ty) {
            // Copied element by element: the source keeps its own
            // layout (strided into contiguous) and may be const.
            v
        } else if matches!(v.ty, Type::MemView(_)) {
            self.coerce(v, ty)
        } else {
            let dtype = view_type(&sl.ty).map(|m| m.dtype).unwrap_or(Type::Void);
            self.coerce(v, &dtype)
        }
    }

    /// `a, b = x, y`: the values into hidden locals of their own types
    /// (left to right), then each target from its value, as Python does
    /// but with no tuple, so that C values swap without the GIL.
    fn parallel_assign(
        &mut self,
        targets: &[ast::Expr],
        values: &[ast::Expr],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let mut reads = Vec::new();
        for v in values {
            let mut tv = self.expr(v);
            let storable = matches!(
                tv.ty.strip_const(),
                Type::Bint
                    | Type::Int(_)
                    | Type::Float(_)
                    | Type::Object(_)
                    | Type::Ptr(_)
                    | Type::Struct(_)
                    | Type::MemView(_)
            );
            if !storable {
                tv = self.coerce_object(tv);
            }
            reads.push(self.spill("item", tv, out).1);
        }
        for (t, read) in targets.iter().zip(&reads) {
            self.assign(std::slice::from_ref(t), read, span, out);
        }
    }
}

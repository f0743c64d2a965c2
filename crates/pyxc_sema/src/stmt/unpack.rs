//! Unpacking assignments `a, *b = v`: C tuples item by item, other values
//! through Python's iteration with its length errors.

use super::call_builtin;
use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ExprKind};

impl<'m, 'a> BodyChecker<'m, 'a> {
    pub(super) fn unpack(
        &mut self,
        items: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let v = self.expr(value);
        if self.is_ctuple_of(&v.ty, items) {
            self.unpack_ctuple(items, v, out);
            return;
        }
        let v = self.coerce_object(v);
        self.unpack_value(items, v, span, out);
    }

    /// `ty` is a C tuple that `items` (no starred target) unpack exactly.
    fn is_ctuple_of(&self, ty: &Type, items: &[ast::Expr]) -> bool {
        matches!(ty.strip_const(), Type::Struct(st) if st.tuple
            && st.fields().len() == items.len()
            && !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))))
    }

    /// `x, y = t` of a C tuple: the value once, then each field to its target.
    fn unpack_ctuple(&mut self, items: &[ast::Expr], v: TExpr, out: &mut Vec<TStmt>) {
        let Type::Struct(st) = v.ty.strip_const().clone() else {
            return;
        };
        let (id, _) = self.spill("ctuple", v, out);
        for (item, (field, fty)) in items.iter().zip(st.fields()) {
            let base = self.tmp_local(id, item.span);
            let f = TExpr::new(
                TExprKind::Field {
                    base: Box::new(base),
                    field: field.clone(),
                    through_ptr: false,
                },
                fty.clone(),
                item.span,
            );
            self.assign_value(item, f, out);
        }
    }

    /// Assign the object `v` to the target `t` (a name, item, attribute or
    /// a nested tuple/list of targets), as Python does.
    fn assign_value(&mut self, t: &ast::Expr, v: TExpr, out: &mut Vec<TStmt>) {
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &t.kind {
            if self.is_ctuple_of(&v.ty, items) {
                self.unpack_ctuple(items, v, out);
                return;
            }
            let v = self.coerce_object(v);
            self.unpack_value(items, v, t.span, out);
            return;
        }
        let Some(lv) = self.lvalue(t) else { return };
        let ty = self.lvalue_type(&lv);
        let v = self.coerce(v, &ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            t.span,
        );
    }

    /// Unpack the object `v` into `items` (Python semantics: the whole
    /// value is unpacked first, then the targets are assigned left to
    /// right; nested targets are unpacked when their turn comes).
    pub(crate) fn unpack_value(
        &mut self,
        items: &[ast::Expr],
        v: TExpr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i.kind, ExprKind::Starred(_)))
            .map(|(n, _)| n)
            .collect();
        if stars.len() > 1 {
            self.err(
                "multiple starred expressions in assignment",
                items[stars[1]].span,
            );
            return;
        }
        if let Some(&star) = stars.first() {
            self.unpack_starred(items, star, v, span, out);
            return;
        }
        let nested = items
            .iter()
            .any(|i| matches!(i.kind, ExprKind::Tuple(_) | ExprKind::List(_)));
        let mut targets = Vec::new();
        let mut convs = Vec::new();
        let mut temps = Vec::new();
        for it in items {
            let lv = if nested {
                // Every item goes to a temp first, so that the targets are
                // assigned in order after the whole value was unpacked.
                let tmp = self.hidden_var(Type::object(), it.span);
                temps.push(tmp);
                LValue::Local(tmp)
            } else {
                let Some(lv) = self.lvalue(it) else { return };
                lv
            };
            let ty = self.lvalue_type(&lv);
            let item = TExpr::new(TExprKind::UnpackedItem, Type::object(), it.span);
            convs.push(self.coerce(item, &ty));
            targets.push(lv);
        }
        self.push(
            out,
            TStmtKind::Unpack {
                targets,
                value: v,
                items: convs,
            },
            span,
        );
        for (it, tmp) in items.iter().zip(temps) {
            let val = self.tmp_local(tmp, it.span);
            self.assign_value(it, val, out);
        }
    }

    /// `a, *rest, z = value`: the value becomes a list; ValueError as
    /// Python when it has fewer items than the unstarred targets.
    fn unpack_starred(
        &mut self,
        items: &[ast::Expr],
        star: usize,
        v: TExpr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        self.require_gil("unpacking", span);
        let list_ty = Type::Object(crate::types::ObjKind::Builtin("list"));
        let before = star;
        let after = items.len() - star - 1;
        let lst = self.hidden_var(list_ty.clone(), span);
        let call = call_builtin("list", vec![TArg::Positional(v)], span);
        let call = self.coerce(call, &list_ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: LValue::Local(lst),
                value: call,
            },
            span,
        );
        let lst_expr = || {
            TExpr::new(
                TExprKind::Local {
                    var: lst,
                    check_bound: false,
                },
                list_ty.clone(),
                span,
            )
        };
        let need = (before + after) as i128;
        self.unpack_length_check(lst_expr(), need, span, out);
        // Every part is taken first, then assigned in order.
        let mut parts = Vec::new();
        for (n, it) in items.iter().enumerate() {
            let part = if n == star {
                let lower = (before > 0).then(|| {
                    let c = self.int_const(before as i128, &Type::ssize(), it.span);
                    Box::new(self.coerce_object(c))
                });
                let upper = (after > 0).then(|| {
                    let c = self.int_const(-(after as i128), &Type::ssize(), it.span);
                    Box::new(self.coerce_object(c))
                });
                TExpr::new(
                    TExprKind::PySlice {
                        obj: Box::new(lst_expr()),
                        lower,
                        upper,
                        step: None,
                    },
                    Type::object(),
                    it.span,
                )
            } else {
                let idx = if n < star {
                    n as i128
                } else {
                    n as i128 - items.len() as i128
                };
                TExpr::new(
                    TExprKind::PyGetItemInt {
                        obj: Box::new(lst_expr()),
                        index: Box::new(self.int_const(idx, &Type::ssize(), it.span)),
                        wraparound: true,
                        boundscheck: true,
                    },
                    Type::object(),
                    it.span,
                )
            };
            let tmp = self.hidden_var(Type::object(), it.span);
            self.push(
                out,
                TStmtKind::Assign {
                    target: LValue::Local(tmp),
                    value: part,
                },
                it.span,
            );
            parts.push(tmp);
        }
        for (it, tmp) in items.iter().zip(parts) {
            let t = match &it.kind {
                ExprKind::Starred(inner) => &**inner,
                _ => it,
            };
            let val = self.tmp_local(tmp, it.span);
            self.assign_value(t, val, out);
        }
    }

    /// Raise Python's ValueError when the list `lst` has fewer than `need`
    /// items.
    fn unpack_length_check(&mut self, lst: TExpr, need: i128, span: Span, out: &mut Vec<TStmt>) {
        let len = TExpr::new(
            TExprKind::BuiltinCall {
                which: crate::tir::Builtin::Len,
                args: vec![lst],
            },
            Type::ssize(),
            span,
        );
        let test = TExpr::new(
            TExprKind::CCompare {
                op: crate::tir::CmpOp::Lt,
                left: Box::new(len.clone()),
                right: Box::new(self.int_const(need, &Type::ssize(), span)),
            },
            Type::Bint,
            span,
        );
        let msg = self.need_more_message(len, span);
        let exc = call_builtin("ValueError", vec![TArg::Positional(msg)], span);
        let mut raise = Vec::new();
        self.push(
            &mut raise,
            TStmtKind::Raise {
                exc: Some(exc),
                cause: None,
            },
            span,
        );
        self.push(
            out,
            TStmtKind::If {
                test,
                body: raise,
                orelse: vec![],
            },
            span,
        );
    }

    /// "need more than N value(s) to unpack" for a list of length `len`.
    fn need_more_message(&mut self, len: TExpr, span: Span) -> TExpr {
        // Cython's wording: "need more than 1 value to unpack".
        let one = TExpr::new(
            TExprKind::CCompare {
                op: crate::tir::CmpOp::Eq,
                left: Box::new(len.clone()),
                right: Box::new(self.int_const(1, &Type::ssize(), span)),
            },
            Type::Bint,
            span,
        );
        let str_const = |s: &str| TExpr::new(TExprKind::StrConst(s.into()), Type::object(), span);
        let noun = TExpr::new(
            TExprKind::Cond {
                test: Box::new(one),
                body: Box::new(str_const(" value to unpack")),
                orelse: Box::new(str_const(" values to unpack")),
            },
            Type::object(),
            span,
        );
        let got = self.coerce_object(len);
        TExpr::new(
            TExprKind::FormatJoin(vec![
                TFormatPart::Literal("need more than ".into()),
                TFormatPart::Value {
                    value: got,
                    conversion: None,
                    spec: None,
                },
                TFormatPart::Value {
                    value: noun,
                    conversion: None,
                    spec: None,
                },
            ]),
            Type::object(),
            span,
        )
    }
}

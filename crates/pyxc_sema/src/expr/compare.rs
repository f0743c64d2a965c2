//! Comparisons and their chains, and conditions (a value's truth as a C
//! `bint`).

use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ExprKind};

impl BodyChecker<'_, '_> {
    pub(super) fn compare(
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
            if let Some(bad) = self.pointer_number_mix(&operands, ops) {
                return bad;
            }
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

    /// A C pointer compared with a C number is Cython's error (C would
    /// compare an address with a value): the error node, when a pair does.
    fn pointer_number_mix(
        &mut self,
        operands: &[TExpr],
        ops: &[(ast::CmpOp, ast::Expr)],
    ) -> Option<TExpr> {
        let (k, (l, r)) = operands
            .iter()
            .zip(&operands[1..])
            .enumerate()
            .find(|(_, (l, r))| l.ty.is_pointer() != r.ty.is_pointer())?;
        let span = l.span.to(r.span);
        self.m.diags.push(pyxc_diagnostics::Diagnostic::error(
            format!(
                "Invalid types for '{}' ({}, {})",
                cmp_text(ops[k].0),
                l.ty,
                r.ty
            ),
            span,
        ));
        Some(self.error_expr(span))
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

/// A comparison operator as written.
fn cmp_text(op: ast::CmpOp) -> &'static str {
    match op {
        ast::CmpOp::Eq => "==",
        ast::CmpOp::NotEq => "!=",
        ast::CmpOp::Lt => "<",
        ast::CmpOp::LtE => "<=",
        ast::CmpOp::Gt => ">",
        ast::CmpOp::GtE => ">=",
        ast::CmpOp::Is => "is",
        ast::CmpOp::IsNot => "is not",
        ast::CmpOp::In => "in",
        ast::CmpOp::NotIn => "not in",
    }
}

//! `prange` loop bodies, read as Cython reads them: a variable updated with
//! an in-place operator (`total += x`) is a reduction, combined across the
//! threads, and may not be read or assigned otherwise in the body; `break`
//! and `return` cannot leave the loop.

use crate::tir::ReduceOp;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, BinOp, ExprKind, Stmt, StmtKind};

/// A reduction found in a body: the variable, its C operator (for OpenMP's
/// `reduction(op:var)`), and where it is updated.
pub struct Reduction {
    pub name: String,
    pub op: ReduceOp,
    pub span: Span,
}

/// What is wrong with a prange body, if anything.
pub enum Problem {
    /// `x /= y`: an in-place operator no reduction combines.
    Operator(String, Span),
    /// A reduction variable read or assigned outside its update.
    ReadReduction(String, Span),
    /// `break` or `return` in the body.
    Leaves(&'static str, Span),
}

/// The reductions of a prange body (each variable once, first update
/// first) and the first problem found, if any.
pub fn analyze(body: &[Stmt]) -> (Vec<Reduction>, Option<Problem>) {
    let (reds, mut problem) = updates(body.iter());
    if problem.is_none() && !reds.is_empty() {
        each_stmt(body, &mut |s| {
            let target = match &s.kind {
                StmtKind::AugAssign { target, .. } => Some(target),
                _ => None,
            };
            s.for_each_expr(&mut |e| {
                if target.is_some_and(|t| std::ptr::eq(t, e)) {
                    return;
                }
                names(e, &mut |n, span| {
                    if problem.is_none() && reds.iter().any(|r| r.name == n) {
                        problem = Some(Problem::ReadReduction(n.to_string(), span));
                    }
                });
            });
        });
    }
    (reds, problem)
}

/// What a `parallel()` block's own statements do (not those of the prange
/// loops in it): in-place updates (an error there, every thread having its
/// own copy) and `break`/`return`.
pub fn analyze_block(body: &[Stmt]) -> (Vec<Reduction>, Option<Problem>) {
    let (reds, problem) = updates(body.iter().filter(|s| !is_prange_loop(s)));
    let problem = match problem {
        Some(Problem::Leaves(..)) => problem,
        _ => None,
    };
    (reds, problem)
}

/// The in-place updates of plain names in `stmts` (and the blocks nested
/// in them) as reductions, and the first operator no reduction combines or
/// `break`/`return` leaving the loop.
fn updates<'a>(stmts: impl Iterator<Item = &'a Stmt>) -> (Vec<Reduction>, Option<Problem>) {
    let mut reds: Vec<Reduction> = vec![];
    let mut problem = None;
    for top in stmts {
        each_stmt(std::slice::from_ref(top), &mut |s| match &s.kind {
            StmtKind::AugAssign { target, op, .. } => {
                let ExprKind::Name(n) = &target.kind else {
                    return;
                };
                let c_op = match op {
                    BinOp::Add | BinOp::Sub => ReduceOp::Add,
                    BinOp::Mult => ReduceOp::Mul,
                    BinOp::BitAnd => ReduceOp::BitAnd,
                    BinOp::BitOr => ReduceOp::BitOr,
                    BinOp::BitXor => ReduceOp::BitXor,
                    _ => {
                        problem.get_or_insert(Problem::Operator(n.clone(), s.span));
                        return;
                    }
                };
                if !reds.iter().any(|r| &r.name == n) {
                    reds.push(Reduction {
                        name: n.clone(),
                        op: c_op,
                        span: s.span,
                    });
                }
            }
            StmtKind::Break => {
                problem.get_or_insert(Problem::Leaves("break", s.span));
            }
            StmtKind::Return(_) => {
                problem.get_or_insert(Problem::Leaves("return", s.span));
            }
            _ => {}
        });
    }
    (reds, problem)
}

fn is_prange_loop(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::For { iter, .. } => match &iter.kind {
            ExprKind::Call { func, .. } => match &func.kind {
                ExprKind::Name(n) => n == "prange",
                ExprKind::Attribute { attr, .. } => attr.name == "prange",
                _ => false,
            },
            _ => false,
        },
        _ => false,
    }
}

/// Calls `f` on every statement of `body` and of the blocks nested in it
/// (not inside nested functions), except a `break` of an inner loop, which
/// stays in that loop.
fn each_stmt<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        s.for_each_block(&mut |block, in_loop| {
            if in_loop {
                each_stmt(block, &mut |s| {
                    if !matches!(s.kind, StmtKind::Break) {
                        f(s);
                    }
                });
            } else {
                each_stmt(block, f);
            }
        });
    }
}

/// Every name `e` reads or binds, with its span.
fn names(e: &ast::Expr, f: &mut dyn FnMut(&str, Span)) {
    if let ExprKind::Name(n) = &e.kind {
        f(n, e.span);
    }
    e.for_each_child(&mut |c| names(c, f));
}

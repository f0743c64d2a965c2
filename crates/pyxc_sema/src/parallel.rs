//! `prange` loop bodies, read as Cython reads them: a variable updated with
//! an in-place operator (`total += x`) is a reduction, combined across the
//! threads, and may not be read or assigned otherwise in the body; `break`
//! and `return` cannot leave the loop.

use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, BinOp, ExprKind, Stmt, StmtKind};

/// A reduction found in a body: the variable, its C operator (for OpenMP's
/// `reduction(op:var)`), and where it is updated.
pub struct Reduction {
    pub name: String,
    pub op: &'static str,
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
    let mut reds: Vec<Reduction> = vec![];
    let mut problem = None;
    each_stmt(body, &mut |s| {
        if let StmtKind::AugAssign { target, op, .. } = &s.kind {
            if let ExprKind::Name(n) = &target.kind {
                let c_op = match op {
                    BinOp::Add | BinOp::Sub => Some("+"),
                    BinOp::Mult => Some("*"),
                    BinOp::BitAnd => Some("&"),
                    BinOp::BitOr => Some("|"),
                    BinOp::BitXor => Some("^"),
                    _ => None,
                };
                match c_op {
                    Some(op) if !reds.iter().any(|r| &r.name == n) => reds.push(Reduction {
                        name: n.clone(),
                        op,
                        span: s.span,
                    }),
                    Some(_) => {}
                    None => {
                        problem.get_or_insert(Problem::Operator(n.clone(), s.span));
                    }
                }
            }
        }
        match &s.kind {
            StmtKind::Break => {
                problem.get_or_insert(Problem::Leaves("break", s.span));
            }
            StmtKind::Return(_) => {
                problem.get_or_insert(Problem::Leaves("return", s.span));
            }
            _ => {}
        }
    });
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
    let own: Vec<Stmt> = body
        .iter()
        .filter(|s| !is_prange_loop(s))
        .cloned()
        .collect();
    let (reds, problem) = analyze(&own);
    let problem = match problem {
        Some(Problem::Leaves(..)) => problem,
        _ => None,
    };
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
/// (not inside nested functions, and not inside an inner loop's `break`
/// scope, whose `break` stays in that loop).
fn each_stmt<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { body, orelse, .. } => {
                each_stmt(body, f);
                each_stmt(orelse, f);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                // A `break` in an inner loop leaves that loop only.
                each_stmt_no_break(body, f);
                each_stmt(orelse, f);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                each_stmt(body, f);
                for h in handlers {
                    each_stmt(&h.body, f);
                }
                each_stmt(orelse, f);
                each_stmt(finalbody, f);
            }
            StmtKind::With { body, .. } | StmtKind::WithGil { body, .. } => each_stmt(body, f),
            _ => {}
        }
    }
}

fn each_stmt_no_break<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    each_stmt(body, &mut |s| {
        if !matches!(s.kind, StmtKind::Break) {
            f(s);
        }
    });
}

/// Every name `e` reads or binds, with its span.
fn names(e: &ast::Expr, f: &mut dyn FnMut(&str, Span)) {
    if let ExprKind::Name(n) = &e.kind {
        f(n, e.span);
    }
    e.for_each_child(&mut |c| names(c, f));
}

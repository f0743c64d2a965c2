//! Nesting limits of the front end. Later passes (sema, codegen) recurse
//! over the tree, so nesting must be bounded by a diagnostic, not by the
//! stack: no real program comes near these numbers.
//!
//! Brackets (`layout::MAX_NESTING`) and indentation ([`MAX_INDENT`], as
//! CPython's "too many levels of indentation") are bounded by the layout
//! pass; the depth of expressions and of blocks (where every `elif` is one
//! level, being an `if` inside the previous `else`) by [`check`] after
//! parsing.

use crate::ast::{Expr, Stmt, StmtKind};
use pyxc_diagnostics::Diagnostic;

/// Deepest indentation accepted (CPython refuses more than 100 levels).
pub const MAX_INDENT: usize = 100;

/// Deepest expression accepted: operators, calls, attribute and subscript
/// accesses, lambdas, each one level.
pub const MAX_EXPR_DEPTH: usize = 200;

/// Deepest nesting of statement blocks, an `elif` counting one level.
pub const MAX_BLOCK_DEPTH: usize = 1000;

/// Reports the first expression or block nested beyond the limits. The
/// walk itself recurses at most to the limits.
pub fn check(body: &[Stmt], diags: &mut Vec<Diagnostic>) {
    let _ = block(body, 0, diags);
}

/// `Err(())` once a limit is reported: the walk stops there.
type Walk = Result<(), ()>;

fn block(body: &[Stmt], depth: usize, diags: &mut Vec<Diagnostic>) -> Walk {
    for s in body {
        stmt(s, depth, diags)?;
    }
    Ok(())
}

fn stmt(s: &Stmt, depth: usize, diags: &mut Vec<Diagnostic>) -> Walk {
    if depth > MAX_BLOCK_DEPTH {
        diags.push(
            Diagnostic::error("too many nested blocks", s.span).with_label_message(format!(
                "pyxc accepts at most {MAX_BLOCK_DEPTH} levels of blocks (each `elif` is one)"
            )),
        );
        return Err(());
    }
    let mut res = Ok(());
    s.for_each_expr(&mut |e| {
        if res.is_ok() {
            res = expr(e, 0, diags);
        }
    });
    res?;
    s.for_each_block(&mut |b, _| {
        if res.is_ok() {
            res = block(b, depth + 1, diags);
        }
    });
    res?;
    match &s.kind {
        StmtKind::FuncDef(f) => {
            for e in f.decorators.iter().chain(&f.returns) {
                expr(e, 0, diags)?;
            }
            for e in f.params.iter().filter_map(|p| p.default.as_ref()) {
                expr(e, 0, diags)?;
            }
            block(&f.body, depth + 1, diags)
        }
        StmtKind::ClassDef {
            bases,
            body,
            decorators,
            ..
        } => {
            for e in decorators.iter().chain(bases.iter().map(|a| &a.value)) {
                expr(e, 0, diags)?;
            }
            block(body, depth + 1, diags)
        }
        _ => Ok(()),
    }
}

fn expr(e: &Expr, depth: usize, diags: &mut Vec<Diagnostic>) -> Walk {
    if depth > MAX_EXPR_DEPTH {
        diags.push(
            Diagnostic::error("expression nested too deeply", e.span).with_label_message(
                format!("pyxc accepts at most {MAX_EXPR_DEPTH} levels of operators, calls, accesses and lambdas"),
            ),
        );
        return Err(());
    }
    let mut res = Ok(());
    e.for_each_child(&mut |c| {
        if res.is_ok() {
            res = expr(c, depth + 1, diags);
        }
    });
    res
}

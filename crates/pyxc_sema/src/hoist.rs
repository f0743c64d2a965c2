//! Loop versioning: bounds and wraparound checks hoisted out of `range`
//! loops where they provably cannot fail.
//!
//! For `for j in range(start, stop)` (step 1) whose body indexes memoryviews
//! only as `v[j + c]` or `v[c]` (`c` loop-invariant and pure, `v` not
//! reassigned in the loop), one test before the loop shows every access
//! in bounds: `start + c >= 0 && stop - 1 + c < v.shape[k]`. The loop is
//! then emitted twice: the body with those checks off when the test holds,
//! the original body otherwise, so an out-of-bounds index still raises
//! IndexError at the same iteration, after the same side effects.
//!
//! Only sums of C integers narrower than 64 bits widened to `Py_ssize_t` are
//! matched, so the guard's arithmetic cannot overflow.

use crate::tir::*;
use crate::types::Type;
use std::collections::BTreeSet;

/// The pass: every sequential `range` loop on a local gets its fast version
/// where one can be proven; inner loops first, so an outer loop's fast body
/// holds its inner loops already versioned.
pub fn run(module: &mut TModule) {
    for f in pyxc_tir::visit::functions_mut(module) {
        blocks(&mut f.body);
    }
}

fn blocks(body: &mut [TStmt]) {
    for s in body {
        stmt(s);
    }
}

fn stmt(s: &mut TStmt) {
    match &mut s.kind {
        TStmtKind::If { body, orelse, .. }
        | TStmtKind::While { body, orelse, .. }
        | TStmtKind::ForIter { body, orelse, .. } => {
            blocks(body);
            blocks(orelse);
        }
        TStmtKind::ForRange {
            var,
            start,
            stop,
            step,
            step_sign,
            body,
            orelse,
            fast,
            legacy,
            parallel,
            ..
        } => {
            blocks(body);
            blocks(orelse);
            if let (LValue::Local(v), None, None, None) = (&*var, &*fast, &*legacy, &*parallel) {
                *fast = version(*v, start, stop, *step_sign, step, body).map(Box::new);
            }
        }
        TStmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            blocks(body);
            handlers.iter_mut().for_each(|h| blocks(&mut h.body));
            blocks(orelse);
            blocks(finalbody);
        }
        TStmtKind::WithGil { body, .. }
        | TStmtKind::ParallelBlock { body, .. }
        | TStmtKind::With { body, .. } => blocks(body),
        _ => {}
    }
}

/// The fast version of a loop's body and the guard that selects it, or
/// `None` when some access cannot be proven.
fn version(
    loop_var: VarId,
    start: &TExpr,
    stop: &TExpr,
    step_sign: Option<i8>,
    step: &TExpr,
    body: &[TStmt],
) -> Option<FastLoop> {
    if step_sign != Some(1) || !matches!(step.kind, TExprKind::IntConst(1)) {
        return None;
    }
    if !is_pure(start, &BTreeSet::new()) || !is_pure(stop, &BTreeSet::new()) {
        return None;
    }
    let mut assigned = BTreeSet::new();
    assigned_locals(body, &mut assigned);
    if assigned.contains(&loop_var) {
        return None;
    }
    let mut accesses = Vec::new();
    let mut ok = true;
    walk_stmts(body, &mut |ix| accesses.push(ix.clone()), &mut ok);
    if !ok
        || accesses
            .iter()
            .all(|ix| !ix.checks.boundscheck && !ix.checks.wraparound)
    {
        return None;
    }
    let span = start.span;
    let bint = |kind| TExpr::new(kind, Type::Bint, span);
    let ssize = Type::ssize();
    let widen = |e: &TExpr| {
        TExpr::new(
            TExprKind::Coerce {
                kind: Coercion::CCast,
                operand: Box::new(e.clone()),
            },
            ssize.clone(),
            span,
        )
    };
    let mut conds: Vec<TExpr> = Vec::new();
    for ix in &accesses {
        let TExprKind::Local { var: view, .. } = ix.view.kind else {
            return None;
        };
        if assigned.contains(&view) || !matches!(ix.view.ty, Type::MemView(_) | Type::Buffer(_)) {
            return None;
        }
        for (k, idx) in ix.indices.iter().enumerate() {
            let (uses_var, offset) = affine(idx, loop_var, &assigned)?;
            let shape = TExpr::new(
                TExprKind::MvShape {
                    view: Box::new(ix.view.clone()),
                    axis: k,
                    // A None view has extent 0: the test fails and the
                    // checked body raises the nonecheck error.
                    nonecheck: false,
                },
                ssize.clone(),
                span,
            );
            let add = |a: TExpr, b: Option<&TExpr>| match b {
                None => a,
                Some(b) => TExpr::new(
                    TExprKind::CBinary {
                        op: CBinOp::Add,
                        left: Box::new(a),
                        right: Box::new(b.clone()),
                        zero_check: false,
                        python_semantics: false,
                    },
                    ssize.clone(),
                    span,
                ),
            };
            let zero = TExpr::new(TExprKind::IntConst(0), ssize.clone(), span);
            let (lo, hi) = if uses_var {
                let last = TExpr::new(
                    TExprKind::CBinary {
                        op: CBinOp::Sub,
                        left: Box::new(widen(stop)),
                        right: Box::new(TExpr::new(TExprKind::IntConst(1), ssize.clone(), span)),
                        zero_check: false,
                        python_semantics: false,
                    },
                    ssize.clone(),
                    span,
                );
                (
                    add(widen(start), offset.as_ref()),
                    add(last, offset.as_ref()),
                )
            } else {
                let o = offset.clone().unwrap_or_else(|| zero.clone());
                (o.clone(), o)
            };
            conds.push(bint(TExprKind::CCompare {
                op: CmpOp::Ge,
                left: Box::new(lo),
                right: Box::new(zero),
            }));
            conds.push(bint(TExprKind::CCompare {
                op: CmpOp::Lt,
                left: Box::new(hi),
                right: Box::new(shape),
            }));
        }
    }
    // The same access written twice (`v[j] * v[j]`) needs one test.
    let mut seen = BTreeSet::new();
    conds.retain(|c| seen.insert(format!("{:?}", c.kind)));
    let guard = conds.into_iter().reduce(|a, b| {
        bint(TExprKind::CLogical {
            and: true,
            left: Box::new(a),
            right: Box::new(b),
        })
    })?;
    let mut fast = body.to_vec();
    unchecked_stmts(&mut fast);
    Some(FastLoop { guard, body: fast })
}

/// `j`, `j + c`, `c + j` or `c` (all widened to `Py_ssize_t`): whether the
/// loop variable appears, and the invariant offset.
fn affine(e: &TExpr, var: VarId, assigned: &BTreeSet<VarId>) -> Option<(bool, Option<TExpr>)> {
    if is_loop_var(e, var) {
        return Some((true, None));
    }
    if let TExprKind::CBinary {
        op: CBinOp::Add,
        left,
        right,
        ..
    } = &e.kind
    {
        if is_loop_var(left, var) && is_pure(right, assigned) && narrow_widened(right) {
            return Some((true, Some((**right).clone())));
        }
        if is_loop_var(right, var) && is_pure(left, assigned) && narrow_widened(left) {
            return Some((true, Some((**left).clone())));
        }
    }
    if is_pure(e, assigned) && narrow_widened(e) && !mentions(e, var) {
        return Some((false, Some(e.clone())));
    }
    None
}

/// `(Py_ssize_t)x` of an integer narrower than 64 bits, or a small constant.
fn narrow_widened(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::IntConst(v) => v.unsigned_abs() < (1 << 31),
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => match operand.ty.strip_const() {
            Type::Int(k) => k.size() < 8,
            _ => false,
        },
        _ => false,
    }
}

fn is_loop_var(e: &TExpr, var: VarId) -> bool {
    match &e.kind {
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => {
            matches!(operand.ty.strip_const(), Type::Int(k) if k.size() < 8)
                && matches!(operand.kind, TExprKind::Local { var: v, .. } if v == var)
        }
        _ => false,
    }
}

fn mentions(e: &TExpr, var: VarId) -> bool {
    match &e.kind {
        TExprKind::Local { var: v, .. } => *v == var,
        TExprKind::Coerce { operand, .. } | TExprKind::CUnary { operand, .. } => {
            mentions(operand, var)
        }
        TExprKind::CBinary { left, right, .. } => mentions(left, var) || mentions(right, var),
        _ => false,
    }
}

/// Side-effect-free, cannot fail, and does not change inside the loop.
fn is_pure(e: &TExpr, assigned: &BTreeSet<VarId>) -> bool {
    match &e.kind {
        TExprKind::IntConst(_) => true,
        TExprKind::Local { var, check_bound } => {
            !check_bound && !assigned.contains(var) && !e.ty.is_object()
        }
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => is_pure(operand, assigned),
        TExprKind::CUnary {
            op: UnOp::Neg | UnOp::Pos,
            operand,
        } => is_pure(operand, assigned),
        TExprKind::CBinary {
            op: CBinOp::Add | CBinOp::Sub | CBinOp::Mul,
            left,
            right,
            zero_check: false,
            ..
        } => e.ty.is_int() && is_pure(left, assigned) && is_pure(right, assigned),
        TExprKind::MvShape { view, .. } => is_pure(view, assigned),
        _ => false,
    }
}

/// Call `f` on every memoryview element access; clear `ok` on constructs
/// this pass does not look into (then nothing is versioned).
fn walk_stmts(body: &[TStmt], f: &mut dyn FnMut(&MvIndex), ok: &mut bool) {
    for s in body {
        let on_expr = |e: &TExpr, f: &mut dyn FnMut(&MvIndex)| {
            visit_expr(e, &mut |x| match &x.kind {
                TExprKind::MvElement(ix) | TExprKind::MvElementAddr(ix) => f(ix),
                _ => {}
            })
        };
        match &s.kind {
            TStmtKind::Expr(e) | TStmtKind::Return(Some(e)) => on_expr(e, f),
            TStmtKind::Assign { target, value } => {
                on_expr(value, f);
                match target {
                    LValue::MvElement(ix) => {
                        f(ix);
                        ix.indices.iter().for_each(|i| on_expr(i, f));
                    }
                    LValue::Local(_) | LValue::CGlobal(_) | LValue::Global(_) => {}
                    LValue::PtrIndex { ptr, index } => {
                        on_expr(ptr, f);
                        on_expr(index, f);
                    }
                    _ => *ok = false,
                }
            }
            TStmtKind::If { test, body, orelse } | TStmtKind::While { test, body, orelse } => {
                on_expr(test, f);
                walk_stmts(body, f, ok);
                walk_stmts(orelse, f, ok);
            }
            TStmtKind::ForRange {
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => {
                on_expr(start, f);
                on_expr(stop, f);
                on_expr(step, f);
                walk_stmts(body, f, ok);
                walk_stmts(orelse, f, ok);
            }
            TStmtKind::WithGil { body, .. } | TStmtKind::ParallelBlock { body, .. } => {
                walk_stmts(body, f, ok)
            }
            TStmtKind::Break | TStmtKind::Continue | TStmtKind::Pass | TStmtKind::Return(None) => {}
            _ => *ok = false,
        }
    }
}

/// The fast body: element accesses without bounds or wraparound checks.
fn unchecked_stmts(body: &mut [TStmt]) {
    for s in body {
        match &mut s.kind {
            TStmtKind::Expr(e) | TStmtKind::Return(Some(e)) => unchecked_expr(e),
            TStmtKind::Assign { target, value } => {
                unchecked_expr(value);
                if let LValue::MvElement(ix) = target {
                    unchecked_index(ix);
                }
                if let LValue::PtrIndex { ptr, index } = target {
                    unchecked_expr(ptr);
                    unchecked_expr(index);
                }
            }
            TStmtKind::If { test, body, orelse } | TStmtKind::While { test, body, orelse } => {
                unchecked_expr(test);
                unchecked_stmts(body);
                unchecked_stmts(orelse);
            }
            TStmtKind::ForRange {
                start,
                stop,
                step,
                body,
                orelse,
                fast,
                ..
            } => {
                unchecked_expr(start);
                unchecked_expr(stop);
                unchecked_expr(step);
                unchecked_stmts(body);
                unchecked_stmts(orelse);
                // Already unchecked throughout: the inner version is moot.
                *fast = None;
            }
            TStmtKind::WithGil { body, .. } | TStmtKind::ParallelBlock { body, .. } => {
                unchecked_stmts(body)
            }
            _ => {}
        }
    }
}

fn unchecked_index(ix: &mut MvIndex) {
    ix.checks.boundscheck = false;
    ix.checks.wraparound = false;
    ix.indices.iter_mut().for_each(unchecked_expr);
}

fn unchecked_expr(e: &mut TExpr) {
    match &mut e.kind {
        TExprKind::MvElement(ix) | TExprKind::MvElementAddr(ix) => unchecked_index(ix),
        TExprKind::CBinary { left, right, .. }
        | TExprKind::CCompare { left, right, .. }
        | TExprKind::CLogical { left, right, .. }
        | TExprKind::PyBinary { left, right, .. }
        | TExprKind::PyCompare { left, right, .. }
        | TExprKind::PyCompareBool { left, right, .. }
        | TExprKind::PyLogical { left, right, .. } => {
            unchecked_expr(left);
            unchecked_expr(right);
        }
        TExprKind::CUnary { operand, .. }
        | TExprKind::PyUnary { operand, .. }
        | TExprKind::Coerce { operand, .. } => unchecked_expr(operand),
        TExprKind::CChain { operands, .. } => operands.iter_mut().for_each(unchecked_expr),
        TExprKind::Effects { discarded, value } => {
            discarded.iter_mut().for_each(unchecked_expr);
            unchecked_expr(value);
        }
        TExprKind::FloatChain(chain) => {
            let mut leaves = vec![];
            chain.leaves_mut(&mut leaves);
            leaves.into_iter().for_each(unchecked_expr);
        }
        TExprKind::Cond { test, body, orelse } => {
            unchecked_expr(test);
            unchecked_expr(body);
            unchecked_expr(orelse);
        }
        TExprKind::CCall { args, .. } | TExprKind::BuiltinCall { args, .. } => {
            args.iter_mut().for_each(unchecked_expr)
        }
        TExprKind::PtrIndex { ptr, index } => {
            unchecked_expr(ptr);
            unchecked_expr(index);
        }
        TExprKind::Field { base, .. } => unchecked_expr(base),
        _ => {}
    }
}

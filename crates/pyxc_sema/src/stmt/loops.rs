//! `for` loops: over iterables, `range()` over C or object bounds (with
//! Python's `range` as fallback), and `for ... from`.

use super::call_builtin;
use crate::body_checker::BodyChecker;
use crate::scope::Intrinsic;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};

/// A `for ... from` loop's start, its two comparisons, stop and step.
type ForFromBounds<'a> = (
    &'a ast::Expr,
    ast::CmpOp,
    ast::CmpOp,
    &'a ast::Expr,
    Option<&'a ast::Expr>,
);

impl<'m, 'a> BodyChecker<'m, 'a> {
    pub(super) fn for_stmt(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        if let ExprKind::ForFrom {
            start,
            start_op,
            stop_op,
            stop,
            step,
        } = &iter.kind
        {
            let bounds = (&**start, *start_op, *stop_op, &**stop, step.as_deref());
            if let Some(stmt) = self.for_from_loop(target, bounds, body, orelse, span) {
                out.push(stmt);
            }
            return;
        }
        // range()/prange() with a C integer target: a C loop.
        if let ExprKind::Call { func, args } = &iter.kind {
            let which = self.range_kind(func);
            if let (Some(kind), ExprKind::Name(tn)) = (which, &target.kind) {
                let target_ty = self
                    .names
                    .get(tn)
                    .map(|v| self.vars[v.0 as usize].ty.clone());
                let is_c_int = target_ty.as_ref().is_some_and(|t| t.is_int());
                if kind == RangeKind::Prange && !is_c_int {
                    self.err(
                        "the target of a prange loop must be a C integer variable",
                        target.span,
                    );
                    return;
                }
                if is_c_int {
                    if let Some(stmt) = self.range_loop(kind, target, args, body, orelse, span) {
                        out.push(stmt);
                    }
                    return;
                }
                if self.object_range_loop(target, args, body, orelse, span, out) {
                    return;
                }
            }
        }
        let it = self.expr(iter);
        let it = self.coerce_object(it);
        let (lv, unpack_items) = match &target.kind {
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let tmp = self.hidden_var(Type::object(), target.span);
                (LValue::Local(tmp), Some((items.clone(), tmp)))
            }
            _ => match self.lvalue(target) {
                Some(lv) => (lv, None),
                None => return,
            },
        };
        let ty = self.lvalue_type(&lv);
        let item = TExpr::new(TExprKind::IterItem, Type::object(), target.span);
        let item = if ty.is_int() && it.ty == Type::Object(crate::types::ObjKind::Builtin("bytes"))
        {
            // The bytes of a `bytes` are C bytes: 255 stored in a `char` is -1.
            let byte = self.coerce(item, &Type::Int(crate::types::IntKind::UChar));
            self.c_cast(byte, &ty)
        } else {
            self.coerce(item, &ty)
        };
        let mut tbody = Vec::new();
        if let Some((items, tmp)) = unpack_items {
            let value = self.tmp_local(tmp, target.span);
            self.unpack_value(&items, value, target.span, &mut tbody);
        }
        tbody.extend(self.block(body));
        let orelse = self.block(orelse);
        self.push(
            out,
            TStmtKind::ForIter {
                target: lv,
                iter: it,
                item,
                body: tbody,
                orelse,
            },
            span,
        );
    }

    /// `for i in range(...)` with an untyped target: a C loop over a hidden
    /// `Py_ssize_t` counter whose value is boxed into `i` at the top of each
    /// iteration (as Cython does), instead of iterating a range object.
    /// False when the target is not a plain variable.
    fn object_range_loop(
        &mut self,
        target: &ast::Expr,
        args: &[ast::Arg],
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<TStmt>,
    ) -> bool {
        if self.is_module
            || args.is_empty()
            || args.len() > 3
            || args.iter().any(|a| a.kind != ast::ArgKind::Positional)
        {
            return false;
        }
        let Some(lv) = self.lvalue(target) else {
            return true;
        };
        if !matches!(lv, LValue::Local(_) | LValue::Cell { .. })
            || !self.lvalue_type(&lv).is_object()
        {
            return false;
        }
        // The bounds, evaluated once into hidden locals.
        let mut bound_vars = Vec::new();
        let mut syn_args = Vec::new();
        for a in args {
            let v = self.expr(&a.value);
            let (id, read) = self.spill("bound", v, out);
            bound_vars.push(id);
            syn_args.push(ast::Arg {
                kind: ast::ArgKind::Positional,
                value: read,
                span: a.span,
            });
        }
        let (k, counter) = self.hidden_name("range", Type::ssize(), target.span);
        // Inside the body the target is bound.
        let newly = match &lv {
            LValue::Local(v) => self.assigned.insert(*v).then_some(*v),
            _ => None,
        };
        let stmt = self.range_loop(RangeKind::Range, &counter, &syn_args, body, orelse, span);
        if let Some(v) = newly {
            self.assigned.remove(&v);
        }
        let Some(mut stmt) = stmt else {
            return true;
        };
        let line = self.line(target.span);
        let boxed = {
            let kv = self.tmp_local(k, target.span);
            self.coerce(kv, &Type::object())
        };
        let set = TStmt {
            kind: TStmtKind::Assign {
                target: lv.clone(),
                value: boxed,
            },
            span: target.span,
            line,
        };
        let mut generic_parts = None;
        if let TStmtKind::ForRange {
            body, fast, orelse, ..
        } = &mut stmt.kind
        {
            generic_parts = Some((body.clone(), orelse.clone()));
            body.insert(0, set.clone());
            if let Some(f) = fast {
                f.body.insert(0, set);
            }
        }
        // Object bounds: the C loop when they are ints that fit a
        // Py_ssize_t, else Python's own range() (big ints, TypeError).
        let objs: Vec<VarId> = bound_vars
            .iter()
            .copied()
            .filter(|v| self.vars[v.0 as usize].ty.is_object())
            .collect();
        let (Some((gbody, gorelse)), false) = (generic_parts, objs.is_empty()) else {
            out.push(stmt);
            return true;
        };
        let test = self.bounds_fit_test(&objs, target.span);
        let generic = self.python_range_loop(
            lv,
            &bound_vars,
            (gbody, gorelse),
            target.span,
            span,
            stmt.line,
        );
        out.push(TStmt {
            kind: TStmtKind::If {
                test,
                body: vec![stmt],
                orelse: vec![generic],
            },
            span,
            line: self.line(span),
        });
        true
    }

    /// Every object bound is an int that fits a `Py_ssize_t` (at least one).
    fn bounds_fit_test(&mut self, objs: &[VarId], span: Span) -> TExpr {
        let mut test: Option<TExpr> = None;
        for &v in objs {
            let fits = TExpr::new(
                TExprKind::BuiltinCall {
                    which: Builtin::FitsSsize,
                    args: vec![self.tmp_local(v, span)],
                },
                Type::Bint,
                span,
            );
            test = Some(match test {
                None => fits,
                Some(t) => TExpr::new(
                    TExprKind::CLogical {
                        and: true,
                        left: Box::new(t),
                        right: Box::new(fits),
                    },
                    Type::Bint,
                    span,
                ),
            });
        }
        test.expect("at least one object bound")
    }

    /// `for target in range(bounds)` run by Python's own range().
    fn python_range_loop(
        &mut self,
        lv: LValue,
        bound_vars: &[VarId],
        (body, orelse): (Vec<TStmt>, Vec<TStmt>),
        target_span: Span,
        span: Span,
        line: u32,
    ) -> TStmt {
        let range_args = bound_vars
            .iter()
            .map(|v| {
                let e = self.tmp_local(*v, target_span);
                TArg::Positional(self.coerce(e, &Type::object()))
            })
            .collect();
        let iter = call_builtin("range", range_args, target_span);
        let item = TExpr::new(TExprKind::IterItem, Type::object(), target_span);
        let item = self.coerce(item, &self.lvalue_type(&lv));
        TStmt {
            kind: TStmtKind::ForIter {
                target: lv,
                iter,
                item,
                body,
                orelse,
            },
            span,
            line,
        }
    }

    fn range_kind(&self, func: &ast::Expr) -> Option<RangeKind> {
        match &func.kind {
            ExprKind::Name(n)
                if n == "range"
                    && !self.is_local("range")
                    && !self.m.py_globals.contains("range") =>
            {
                Some(RangeKind::Range)
            }
            _ => match self.intrinsic_of(func) {
                Some(Intrinsic::Prange) => Some(RangeKind::Prange),
                _ => None,
            },
        }
    }

    /// Cython's legacy `for i from a <= i < b by s`: a C loop on the
    /// target itself (bounds and step evaluated once), which afterwards
    /// holds the first value that failed the test, as in C.
    fn for_from_loop(
        &mut self,
        target: &ast::Expr,
        (start, start_op, stop_op, stop, step): ForFromBounds<'_>,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
    ) -> Option<TStmt> {
        let lv = self.lvalue(target)?;
        let ty = self.lvalue_type(&lv).strip_const().clone();
        if !ty.is_int() {
            self.m.diags.push(
                Diagnostic::error(
                    format!("the target of a `for ... from` loop must be a C integer, not '{ty}'"),
                    target.span,
                )
                .with_label_message("declare it first, e.g. `cdef Py_ssize_t i`"),
            );
            return None;
        }
        let up = matches!(start_op, ast::CmpOp::Lt | ast::CmpOp::LtE);
        let bound = |cx: &mut Self, e: &ast::Expr| {
            let t = cx.expr(e);
            cx.coerce(t, &ty)
        };
        let mut first = bound(self, start);
        // `a < i` starts at a + 1 (`a > i` at a - 1).
        if matches!(start_op, ast::CmpOp::Lt | ast::CmpOp::Gt) {
            let one = self.int_const(1, &ty, span);
            first = TExpr::new(
                TExprKind::CBinary {
                    op: if up { CBinOp::Add } else { CBinOp::Sub },
                    left: Box::new(first),
                    right: Box::new(one),
                    zero_check: false,
                    python_semantics: false,
                },
                ty.clone(),
                span,
            );
        }
        let last = bound(self, stop);
        let step = match step {
            Some(s) => bound(self, s),
            None => self.int_const(1, &ty, span),
        };
        // The step is a distance: the direction comes from the comparison.
        let step = if up {
            step
        } else {
            TExpr::new(
                TExprKind::CUnary {
                    op: UnOp::Neg,
                    operand: Box::new(step),
                },
                ty.clone(),
                span,
            )
        };
        let tbody = self.block(body);
        let orelse = self.block(orelse);
        Some(TStmt {
            kind: TStmtKind::ForRange {
                var: lv,
                counter_ty: ty,
                start: first,
                stop: last,
                step,
                step_sign: Some(if up { 1 } else { -1 }),
                body: tbody,
                orelse,
                fast: None,
                legacy: Some(matches!(stop_op, ast::CmpOp::LtE | ast::CmpOp::GtE)),
                parallel: None,
            },
            span,
            line: self.line(span),
        })
    }

    fn range_loop(
        &mut self,
        kind: RangeKind,
        target: &ast::Expr,
        args: &[ast::Arg],
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
    ) -> Option<TStmt> {
        let RangeArgs {
            pos,
            release_gil,
            num_threads,
            chunksize,
            schedule,
        } = self.range_args(kind, args, span)?;
        let lv = self.lvalue(target)?;
        let target_ty = self.lvalue_type(&lv);
        let (counter, start, stop, step) = self.range_bounds(&pos, &target_ty, span);
        // The step's sign when it is a constant (as written, or once typed:
        // a folded literal), so the loop test needs no run-time choice.
        let step_sign = if pos.len() == 3 {
            self.m
                .const_int(pos[2])
                .or_else(|| constant_int(&step))
                .map(|v| v.signum() as i8)
        } else {
            Some(1)
        };
        if step_sign == Some(0) {
            self.err("range() arg 3 must not be zero", pos[2].span);
            return None;
        }
        let parallel = if kind == RangeKind::Prange {
            let p = Parallel {
                num_threads,
                schedule,
                chunksize,
                reductions: vec![],
            };
            Some(self.prange_parallel(p, release_gil, body, span)?)
        } else {
            None
        };
        let saved = self.nogil;
        if release_gil {
            self.nogil = true;
        }
        let tbody = self.block(body);
        self.nogil = saved;
        let orelse = self.block(orelse);
        let stmt = TStmt {
            kind: TStmtKind::ForRange {
                var: lv,
                counter_ty: counter,
                start,
                stop,
                step,
                step_sign,
                body: tbody,
                orelse,
                // Chosen by the versioning pass (hoist.rs) once the tree is built.
                fast: None,
                legacy: None,
                parallel,
            },
            span,
            line: self.line(span),
        };
        if release_gil && !self.nogil {
            Some(TStmt {
                kind: TStmtKind::WithGil {
                    release: true,
                    body: vec![stmt],
                },
                span,
                line: self.line(span),
            })
        } else {
            Some(stmt)
        }
    }

    /// The positional bounds and (for `prange`) the keyword options of a
    /// range loop header.
    fn range_args<'x>(
        &mut self,
        kind: RangeKind,
        args: &'x [ast::Arg],
        span: Span,
    ) -> Option<RangeArgs<'x>> {
        let mut ra = RangeArgs {
            pos: Vec::new(),
            release_gil: false,
            num_threads: None,
            chunksize: None,
            schedule: None,
        };
        for a in args {
            match &a.kind {
                ast::ArgKind::Positional => ra.pos.push(&a.value),
                ast::ArgKind::Keyword(k) if kind == RangeKind::Prange => {
                    self.prange_keyword(k, a, &mut ra)
                }
                _ => {
                    self.err("range() takes positional arguments only", a.span);
                    return None;
                }
            }
        }
        let pos = &ra.pos;
        if pos.is_empty() || pos.len() > 3 {
            self.err(
                format!("range expected 1 to 3 arguments, got {}", pos.len()),
                span,
            );
            return None;
        }
        Some(ra)
    }

    /// One keyword argument of `prange()`.
    fn prange_keyword(&mut self, k: &ast::Ident, a: &ast::Arg, ra: &mut RangeArgs<'_>) {
        match k.name.as_str() {
            "nogil" => ra.release_gil = matches!(a.value.kind, ExprKind::True),
            "num_threads" | "chunksize" => {
                let v = self.expr(&a.value);
                if !v.ty.is_int() && !v.ty.is_object() {
                    self.err(
                        format!("{} must be an integer, not '{}'", k.name, v.ty),
                        a.value.span,
                    );
                }
                let v = self.coerce(v, &Type::Int(crate::types::IntKind::Int));
                if k.name == "num_threads" {
                    self.check_num_threads(&a.value);
                    ra.num_threads = Some(v);
                } else {
                    ra.chunksize = Some(v);
                }
            }
            "schedule" => match &a.value.kind {
                ExprKind::Str { value, .. } if Schedule::named(value).is_some() => {
                    ra.schedule = Schedule::named(value);
                }
                _ => self.err(
                    "schedule must be 'static', 'dynamic', 'guided' or 'runtime'",
                    a.value.span,
                ),
            },
            other => self.err(
                format!("prange() got an unexpected keyword argument '{other}'"),
                a.span,
            ),
        }
    }

    /// The loop counter's type (wide enough for the target and every
    /// bound) and the start, stop and step in it.
    fn range_bounds(
        &mut self,
        pos: &[&ast::Expr],
        target_ty: &Type,
        span: Span,
    ) -> (Type, TExpr, TExpr, TExpr) {
        let mut texprs: Vec<TExpr> = pos.iter().map(|e| self.expr(e)).collect();
        // The counter is wide enough for the target and every bound.
        let mut counter = target_ty.strip_const().clone();
        for t in &texprs {
            if t.ty.is_int() {
                counter = crate::coerce::promote(&counter, &t.ty);
            }
        }
        if !counter.is_int() {
            counter = Type::ssize();
        }
        texprs = texprs
            .into_iter()
            .map(|t| self.coerce(t, &counter))
            .collect();
        let (start, stop, step) = match texprs.len() {
            1 => (
                self.int_const(0, &counter, span),
                texprs.remove(0),
                self.int_const(1, &counter, span),
            ),
            2 => {
                let stop = texprs.remove(1);
                (texprs.remove(0), stop, self.int_const(1, &counter, span))
            }
            _ => {
                let step = texprs.remove(2);
                let stop = texprs.remove(1);
                (texprs.remove(0), stop, step)
            }
        };
        (counter, start, stop, step)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeKind {
    Range,
    Prange,
}

/// The value of a typed integer constant (not seen through casts: a cast
/// may change its sign).
fn constant_int(e: &TExpr) -> Option<i128> {
    match &e.kind {
        TExprKind::IntConst(v) | TExprKind::EnumConst(v) => Some(*v),
        _ => None,
    }
}

/// The arguments of a `range()` / `prange()` loop header.
struct RangeArgs<'a> {
    pos: Vec<&'a ast::Expr>,
    release_gil: bool,
    num_threads: Option<TExpr>,
    chunksize: Option<TExpr>,
    schedule: Option<Schedule>,
}

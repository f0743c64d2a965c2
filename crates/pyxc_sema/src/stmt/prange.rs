//! `prange` loops and `with nogil, parallel():` blocks, checked as Cython
//! reads them (`crate::parallel`).

use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self};

impl<'m, 'a> BodyChecker<'m, 'a> {
    /// A `prange` loop's parallel part: the GIL and schedule checks, and
    /// the reductions its body makes.
    pub(super) fn prange_parallel(
        &mut self,
        mut p: Parallel,
        release_gil: bool,
        body: &[ast::Stmt],
        span: Span,
    ) -> Option<Box<Parallel>> {
        if !self.nogil && !release_gil {
            self.err(
                "prange() can only be used without the GIL: write prange(..., nogil=True) or put the loop in 'with nogil:'",
                span,
            );
            return None;
        }
        if p.schedule == Some(Schedule::Runtime) && p.chunksize.is_some() {
            self.err("a chunksize cannot go with schedule='runtime'", span);
            return None;
        }
        let (reds, problem) = crate::parallel::analyze(body);
        if let Some(problem) = problem {
            self.parallel_problem(problem);
            return None;
        }
        let mut reductions = vec![];
        for r in reds {
            match self.names.get(&r.name).copied() {
                Some(v) if self.vars[v.0 as usize].ty.is_numeric() => reductions.push((v, r.op)),
                _ => {
                    self.err(
                        format!("the reduction variable '{}' of a prange loop must be a C number local to the function", r.name),
                        r.span,
                    );
                    return None;
                }
            }
        }
        self.m.uses_openmp = true;
        p.reductions = reductions;
        Some(Box::new(p))
    }

    /// Report what keeps a body from running as a `prange` loop.
    fn parallel_problem(&mut self, problem: crate::parallel::Problem) {
        match problem {
            crate::parallel::Problem::Operator(n, sp) => {
                self.err(
                    format!("'{n}' is updated in a prange loop with an operator no reduction combines: use +=, -=, *=, &=, |= or ^="),
                    sp,
                );
            }
            crate::parallel::Problem::ReadReduction(n, sp) => {
                self.err(
                    format!("Cannot read reduction variable '{n}' in loop body: it is combined across threads only after the loop"),
                    sp,
                );
            }
            crate::parallel::Problem::Leaves(what, sp) => {
                self.err(format!("'{what}' cannot leave a prange loop in pyxc"), sp);
            }
        }
    }

    /// A constant `num_threads` is a thread count: never negative (Cython).
    pub(super) fn check_num_threads(&mut self, e: &ast::Expr) {
        if self.m.const_int(e).is_some_and(|n| n < 0) {
            self.err(
                "argument to num_threads must be greater than or equal to 0",
                e.span,
            );
        }
    }

    /// `with parallel():` in nogil code (see [`TStmtKind::ParallelBlock`]).
    pub(super) fn parallel_block(
        &mut self,
        args: &[ast::Arg],
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        if !self.nogil {
            self.err(
                "parallel() blocks run without the GIL: write 'with nogil, parallel():'",
                span,
            );
            return;
        }
        let mut num_threads = None;
        for a in args {
            match &a.kind {
                ast::ArgKind::Keyword(k) if k.name == "num_threads" => {
                    self.check_num_threads(&a.value);
                    let v = self.expr(&a.value);
                    num_threads = Some(self.coerce(v, &Type::Int(crate::types::IntKind::Int)));
                }
                _ => {
                    self.err("parallel() takes only num_threads=", a.span);
                    return;
                }
            }
        }
        // Cython's rules for the block itself (its prange loops check their own).
        let (reds, problem) = crate::parallel::analyze_block(body);
        if let Some(crate::parallel::Problem::Leaves(what, sp)) = problem {
            self.err(format!("'{what}' cannot leave a parallel() block"), sp);
            return;
        }
        if let Some(r) = reds.first() {
            self.err(
                format!("'{}' is updated in place in a parallel() block outside a prange loop: each thread has its own copy, so it would not add up; use a prange reduction", r.name),
                r.span,
            );
            return;
        }
        self.m.uses_openmp = true;
        let tbody = self.block(body);
        self.push(
            out,
            TStmtKind::ParallelBlock {
                num_threads,
                body: tbody,
            },
            span,
        );
    }
}

//! `prange` loops as OpenMP worksharing loops, `with parallel():` blocks as
//! OpenMP parallel regions.
//!
//! A prange shares its iterations `0 .. n` (n computed once, as Cython
//! computes it) among the threads (of its own `#pragma omp parallel`, or of
//! the enclosing `parallel()` block); each sets the target from its
//! iteration number. Reductions are OpenMP reductions; the target and every
//! variable the body assigns are `lastprivate` (their values after the loop
//! are the last iteration's, as under Cython); temporaries the body uses are
//! private, and so is everything a `parallel()` block assigns. The pragmas
//! sit under `#ifdef _OPENMP`: a compiler without OpenMP runs the same code
//! serially.
//!
//! Code that can raise cannot jump out of a parallel region. Its errors go
//! to a label inside the region: the first exception is fetched (under the
//! GIL) into shared variables, the threads skip what is left, and after the
//! region the exception is restored and raised from the failing line. For
//! that each thread holds a Python thread state for the whole region
//! (PyGILState_Ensure, then the GIL released), so an exception set in a
//! worker survives until it is fetched.

use crate::fn_writer::{FnWriter, Frame};
use crate::naming;
use crate::parallel_failure::Failure;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_tir::tir::{LValue, Parallel, Schedule, TExpr, TExprKind, TStmt, VarId};
use pyxc_tir::types::Type;

/// The bounds of a prange loop.
pub struct Bounds<'e> {
    pub start: &'e TExpr,
    pub stop: &'e TExpr,
    pub step: &'e TExpr,
    pub step_sign: Option<i8>,
}

const OMP_ATOMIC_READ: &str = "#ifdef _OPENMP\n#pragma omp atomic read\n#endif\n";
const OMP_ATOMIC_WRITE: &str = "#ifdef _OPENMP\n#pragma omp atomic write\n#endif\n";

impl FnWriter<'_, '_> {
    /// The code of `body`, generated `depth` blocks in from here with its
    /// errors sent to `err_label`, and whether it can fail.
    fn region_body(
        &mut self,
        depth: usize,
        err_label: &str,
        loop_frame: bool,
        body: &[TStmt],
    ) -> R<(String, bool)> {
        let saved = self.w.take();
        let block_end = self.par_block.as_ref().and_then(|f| f.end.clone());
        let jumps_before = block_end.as_ref().map_or(0, |l| self.gotos_to(l));
        for _ in 0..depth {
            self.w.indent_up();
        }
        self.frames.push(Frame::Try(err_label.to_string()));
        if loop_frame {
            self.frames.push(Frame::Loop {
                brk: None,
                cont: None,
            });
        }
        let r = self.stmts(body);
        if loop_frame {
            self.frames.pop();
        }
        self.frames.pop();
        let code = self.w.take();
        for _ in 0..depth {
            self.w.indent_down();
        }
        self.w.raw(&saved);
        r?;
        // It fails when it jumps to its error label, or out of the block.
        let fails = self.gotos_to(err_label) > 0
            || block_end.is_some_and(|l| self.gotos_to(&l) > jumps_before);
        Ok((code, fails))
    }

    /// The temporaries `code` uses, and the locals `body` assigns that it
    /// mentions (minus `shared`).
    fn region_vars(
        &self,
        code: &str,
        body: &[TStmt],
        shared: &[VarId],
    ) -> (Vec<String>, Vec<String>) {
        let mut assigned = std::collections::BTreeSet::new();
        pyxc_tir::tir::assigned_locals(body, &mut assigned);
        let locals: Vec<String> = assigned
            .into_iter()
            .filter(|v| !shared.contains(v))
            .map(|v| naming::local(&self.f.vars[v.0 as usize].name))
            .filter(|n| crate::helpers::mentions(code, n))
            .collect();
        let temps = self
            .temp_names()
            .into_iter()
            .filter(|n| crate::helpers::mentions(code, n) && !locals.contains(n))
            .collect();
        (temps, locals)
    }

    /// The error handler at the end of a region's body (or of a prange
    /// iteration): keep the first exception, flag the failure.
    fn record_failure(&mut self, fail: &Failure, label: &str) {
        self.place_label(label);
        self.w.open("");
        self.w
            .line("PyGILState_STATE pyxc_egs = PyGILState_Ensure();");
        self.w.open(format!("if (!{})", fail.exc[0]));
        self.w.line(format!(
            "PyErr_Fetch(&{}, &{}, &{});",
            fail.exc[0], fail.exc[1], fail.exc[2]
        ));
        self.w.line(format!("{} = {};", fail.line, naming::LINENO));
        self.w.else_();
        self.w.line("PyErr_Clear();");
        self.w.close();
        self.w.line("PyGILState_Release(pyxc_egs);");
        self.w.close();
        self.w.raw(OMP_ATOMIC_WRITE);
        self.w.line(format!("{} = 1;", fail.failed));
    }

    /// After a region: raise the kept exception from the failing line.
    fn raise_failure(&mut self, fail: &Failure) {
        let restore = format!(
            "PyErr_Restore({0}, {1}, {2}); {0} = NULL; {1} = NULL; {2} = NULL;",
            fail.exc[0], fail.exc[1], fail.exc[2]
        );
        self.w.open(format!("if ({})", fail.exc[0]));
        self.w.line(format!("{} = {};", naming::LINENO, fail.line));
        for l in self.error_lines(Some(&restore)) {
            if !l.starts_with(naming::LINENO) {
                self.w.line(l);
            }
        }
        self.w.close();
    }

    fn declare_failure(&mut self, fail: &Failure) {
        self.declare_objects(&fail.exc);
        self.extra_decls
            .push(format!("int {} = 0, {} = 0;", fail.failed, fail.line));
    }

    /// `#pragma omp parallel` over `code`, with the thread states a failing
    /// region needs.
    fn open_region(&mut self, threads: Option<&str>, private: &[String], fails: bool) {
        let mut head = String::from("#pragma omp parallel");
        if let Some(nt) = threads {
            head.push_str(&format!(" num_threads({nt})"));
        }
        if !private.is_empty() {
            head.push_str(&format!(" private({})", private.join(", ")));
        }
        self.w.raw(&format!("#ifdef _OPENMP\n{head}\n#endif\n"));
        self.w.open("");
        if fails {
            self.w
                .line("PyGILState_STATE pyxc_gs = PyGILState_Ensure();");
            self.w.line("PyThreadState *pyxc_ts = PyEval_SaveThread();");
        }
    }

    fn close_region(&mut self, fails: bool) {
        if fails {
            self.w.line("PyEval_RestoreThread(pyxc_ts);");
            self.w.line("PyGILState_Release(pyxc_gs);");
        }
        self.w.close();
    }

    /// `with parallel(num_threads=n):`.
    pub(crate) fn parallel_block(&mut self, num_threads: Option<&TExpr>, body: &[TStmt]) -> R<()> {
        let threads = match num_threads {
            Some(e) => {
                let v = self.c_val(e)?;
                let t = self.c_temp_named("int");
                self.w.line(format!("{t} = {};", v.0));
                self.w.line(format!("(void){t};"));
                Some(t)
            }
            None => None,
        };
        let k = self.extra_decls.len();
        let mut fail = Failure::new(k);
        let err_label = self.new_label("parallel_error");
        let end_label = self.new_label("parallel_end");
        fail.end = Some(end_label.clone());
        let outer = self.par_block.replace(fail.clone());
        let r = self.region_body(1, &err_label, false, body);
        self.par_block = outer;
        let (code, fails) = r?;
        // Reduction variables of the prange loops inside stay shared.
        let shared = reductions_in(body);
        let (mut private, locals) = self.region_vars(&code, body, &shared);
        private.extend(locals);
        if fails {
            private.push(naming::LINENO.to_string());
            self.declare_failure(&fail);
            self.w.line(format!("{} = 0;", fail.failed));
        }
        self.open_region(threads.as_deref(), &private, fails);
        self.w.raw(&code);
        if fails {
            {
                let g = self.goto(&end_label);
                self.w.line(g)
            };
            self.record_failure(&fail, &err_label);
            self.place_label(&end_label);
        }
        self.close_region(fails);
        if fails {
            self.raise_failure(&fail);
        }
        Ok(())
    }

    pub(crate) fn prange_loop(
        &mut self,
        var: &LValue,
        counter_ty: &Type,
        bounds: Bounds<'_>,
        body: &[TStmt],
        par: &Parallel,
        span: Span,
    ) -> R<()> {
        let ct = cast_type(counter_ty);
        // Bounds, threads and chunk size: evaluated once, before the loop.
        let once = |cx: &mut Self, e: &TExpr, ty: &Type| -> R<String> {
            let v = cx.c_val(e)?;
            let t = cx.c_temp(ty);
            cx.w.line(format!("{t} = {};", v.0));
            Ok(t)
        };
        let a = once(self, bounds.start, counter_ty)?;
        let b = once(self, bounds.stop, counter_ty)?;
        let c = once(self, bounds.step, counter_ty)?;
        if bounds.step_sign.is_none() && !matches!(bounds.step.kind, TExprKind::IntConst(_)) {
            self.check_range_step(&c);
        }
        let int_ty = Type::Int(pyxc_tir::types::IntKind::Int);
        let in_block = self.par_block.clone();
        // A prange in a parallel() block uses the block's team.
        let threads = match (&par.num_threads, &in_block) {
            (Some(e), None) => Some(once(self, e, &int_ty)?),
            _ => None,
        };
        let chunk = match &par.chunksize {
            Some(e) => Some(once(self, e, &int_ty)?),
            None => None,
        };
        // Read only by the pragmas, which a build without OpenMP drops.
        for t in threads.iter().chain(&chunk) {
            self.w.line(format!("(void){t};"));
        }
        // The number of iterations.
        let n = self.c_temp(counter_ty);
        let up = format!("{b} > {a} ? ({b} - {a} + {c} - 1) / {c} : 0");
        let down = format!("{a} > {b} ? ({a} - {b} - {c} - 1) / (0 - {c}) : 0");
        match bounds.step_sign {
            Some(s) if s > 0 => self.w.line(format!("{n} = {up};")),
            Some(_) => self.w.line(format!("{n} = {down};")),
            None => self.w.line(format!("{n} = {c} > 0 ? ({up}) : ({down});")),
        }

        // The body, generated first to learn what it uses.
        let k = self.extra_decls.len();
        let t = format!("pyxc_pt_{k}");
        self.extra_decls.push(format!("{ct} {t};"));
        let fail = in_block.clone().unwrap_or_else(|| Failure::new(k));
        let err_label = self.new_label("prange_error");
        let depth = if in_block.is_some() { 2 } else { 3 };
        let (code, fails) = self.region_body(depth, &err_label, true, body)?;
        let target = self.lvalue_c(var, span)?;

        // Data sharing.
        let reduced: Vec<VarId> = par.reductions.iter().map(|(v, _)| *v).collect();
        let (mut private, locals) = self.region_vars(&code, body, &reduced);
        let mut last = vec![target.clone()];
        last.extend(locals.into_iter().filter(|l| *l != target));
        private.retain(|p| !last.contains(p));
        // In a parallel() block these are already the threads' own: private
        // again for the loop (OpenMP allows no lastprivate of them).
        if in_block.is_some() {
            private.append(&mut last);
        }
        if fails {
            private.push(naming::LINENO.to_string());
        }
        let mut clauses = vec![];
        if let Some(s) = par.schedule.map(Schedule::name) {
            match &chunk {
                Some(ch) => clauses.push(format!("schedule({s}, {ch})")),
                None => clauses.push(format!("schedule({s})")),
            }
        }
        for (v, op) in &par.reductions {
            let name = naming::local(&self.f.vars[v.0 as usize].name);
            clauses.push(format!("reduction({}:{name})", op.symbol()));
        }
        if !last.is_empty() {
            clauses.push(format!("lastprivate({})", last.join(", ")));
        }
        if !private.is_empty() {
            clauses.push(format!("private({})", private.join(", ")));
        }

        let own_region = in_block.is_none();
        if fails && own_region {
            self.declare_failure(&fail);
        }
        self.w.open(format!("if ({n} > 0)"));
        if own_region {
            if fails {
                self.w.line(format!("{} = 0;", fail.failed));
            }
            self.open_region(threads.as_deref(), &[], fails);
        }
        self.w.raw(&format!(
            "#ifdef _OPENMP\n#pragma omp for {}\n#endif\n",
            clauses.join(" ")
        ));
        self.w.open(format!("for ({t} = 0; {t} < {n}; {t}++)"));
        if fails {
            // Once an iteration failed, the others are skipped.
            self.w.line("int pyxc_skip;");
            self.w.raw(OMP_ATOMIC_READ);
            self.w.line(format!("pyxc_skip = {};", fail.failed));
            self.w.line("if (pyxc_skip) continue;");
        }
        self.w
            .line(format!("{target} = ({ct})({a} + ({ct}){t} * {c});"));
        self.w.raw(&code);
        if fails {
            self.w.line("continue;");
            self.record_failure(&fail, &err_label);
        }
        self.w.close();
        if own_region {
            self.close_region(fails);
        }
        self.w.close();
        // The target may be read after the loop only (or never).
        self.w.line(format!("(void){target};"));
        match (&fail.end, fails, own_region) {
            // In a parallel() block: leave the block's code once failed.
            (Some(end), true, false) => {
                self.w.open("");
                self.w.line("int pyxc_skip;");
                self.w.raw(OMP_ATOMIC_READ);
                self.w.line(format!("pyxc_skip = {};", fail.failed));
                let g = self.goto(end);
                self.w.line(format!("if (pyxc_skip) {g}"));
                self.w.close();
            }
            (_, true, true) => self.raise_failure(&fail),
            _ => {}
        }
        Ok(())
    }
}

/// The reduction variables of the prange loops in `body`.
fn reductions_in(body: &[TStmt]) -> Vec<VarId> {
    let mut out = vec![];
    for s in body {
        if let pyxc_tir::tir::TStmtKind::ForRange {
            parallel: Some(p), ..
        } = &s.kind
        {
            out.extend(p.reductions.iter().map(|(v, _)| *v));
        }
    }
    out
}

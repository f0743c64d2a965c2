//! `prange` loops as OpenMP worksharing loops.
//!
//! The iterations `0 .. n` (n computed once, as Cython computes it) are
//! shared by the threads of `#pragma omp parallel`; each sets the target
//! from its iteration number. Reductions are OpenMP reductions; the target
//! and every variable the body assigns are `lastprivate` (their values
//! after the loop are the last iteration's, as under Cython); temporaries
//! the body uses are private. The pragmas sit under `#ifdef _OPENMP`, so a
//! compiler without OpenMP runs the same loop serially.
//!
//! A body that can raise cannot jump out of the parallel region. Its errors
//! go to a label at the end of the iteration: the first exception is
//! fetched (under the GIL) into shared variables, the other threads skip
//! their remaining iterations, and after the region the exception is
//! restored and raised from the loop's line. For that each thread holds a
//! Python thread state for the whole region (PyGILState_Ensure, then the
//! GIL released), so an exception set in a worker survives until fetched.

use crate::ctype::cast_type;
use crate::func::{Frame, FnCtx};
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_sema::tir::{LValue, Parallel, TExprKind, TStmt, VarId};
use pyxc_sema::types::Type;

/// The bounds of a prange loop.
pub struct Bounds<'e> {
    pub start: &'e pyxc_sema::tir::TExpr,
    pub stop: &'e pyxc_sema::tir::TExpr,
    pub step: &'e pyxc_sema::tir::TExpr,
    pub step_sign: Option<i8>,
}

impl FnCtx<'_, '_> {
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
        let once = |cx: &mut Self, e: &pyxc_sema::tir::TExpr, ty: &Type| -> R<String> {
            let v = cx.c_val(e)?;
            let t = cx.c_temp(ty);
            cx.w.line(format!("{t} = {};", v.0));
            Ok(t)
        };
        let a = once(self, bounds.start, counter_ty)?;
        let b = once(self, bounds.stop, counter_ty)?;
        let c = once(self, bounds.step, counter_ty)?;
        if bounds.step_sign.is_none() && !matches!(bounds.step.kind, TExprKind::IntConst(_)) {
            self.check(
                &format!("{c} == 0"),
                Some("PyErr_SetString(PyExc_ValueError, \"range() arg 3 must not be zero\");"),
            );
        }
        let int_ty = Type::Int(pyxc_sema::types::IntKind::Int);
        let threads = match &par.num_threads {
            Some(e) => Some(once(self, e, &int_ty)?),
            None => None,
        };
        let chunk = match &par.chunksize {
            Some(e) => Some(once(self, e, &int_ty)?),
            None => None,
        };
        // The number of iterations.
        let n = self.c_temp(counter_ty);
        let up = format!("{b} > {a} ? ({b} - {a} + {c} - 1) / {c} : 0");
        let down = format!("{a} > {b} ? ({a} - {b} - {c} - 1) / (0 - {c}) : 0");
        match bounds.step_sign {
            Some(s) if s > 0 => self.w.line(format!("{n} = {up};")),
            Some(_) => self.w.line(format!("{n} = {down};")),
            None => self.w.line(format!("{n} = {c} > 0 ? ({up}) : ({down});")),
        }

        // The body, generated first (three blocks in) to learn what it uses.
        let k = self.extra_decls.len();
        let t = format!("pyxc_pt_{k}");
        let err_label = self.new_label("prange_error");
        let saved = self.w.take();
        for _ in 0..3 {
            self.w.indent_up();
        }
        let target = self.lvalue_c(var, span)?;
        self.frames.push(Frame::Try(err_label.clone()));
        self.frames.push(Frame::Loop {
            brk: None,
            cont: None,
        });
        let r = self.stmts(body);
        self.frames.pop();
        self.frames.pop();
        r?;
        let code = self.w.take();
        for _ in 0..3 {
            self.w.indent_down();
        }
        self.w.raw(&saved);
        let can_fail = crate::helpers::mentions(&code, &err_label);

        // Data sharing.
        let reduced: Vec<VarId> = par.reductions.iter().map(|(v, _)| *v).collect();
        let mut assigned = std::collections::BTreeSet::new();
        pyxc_sema::tir::assigned_locals(body, &mut assigned);
        let mut last = vec![target.clone()];
        for v in assigned {
            if reduced.contains(&v) {
                continue;
            }
            let name = naming::local(&self.f.vars[v.0 as usize].name);
            if !last.contains(&name) && crate::helpers::mentions(&code, &name) {
                last.push(name);
            }
        }
        let mut private: Vec<String> = self
            .temp_names()
            .into_iter()
            .filter(|n| crate::helpers::mentions(&code, n) && !last.contains(n))
            .collect();
        if can_fail {
            private.push(naming::LINENO.to_string());
        }
        let mut clauses = vec![];
        if let Some(s) = &par.schedule {
            match &chunk {
                Some(ch) => clauses.push(format!("schedule({s}, {ch})")),
                None => clauses.push(format!("schedule({s})")),
            }
        }
        for (v, op) in &par.reductions {
            let name = naming::local(&self.f.vars[v.0 as usize].name);
            clauses.push(format!("reduction({op}:{name})"));
        }
        clauses.push(format!("lastprivate({})", last.join(", ")));
        if !private.is_empty() {
            clauses.push(format!("private({})", private.join(", ")));
        }

        // The exception of the first failing iteration, shared.
        let exc = [
            format!("pyxc_pe_t_{k}"),
            format!("pyxc_pe_v_{k}"),
            format!("pyxc_pe_tb_{k}"),
        ];
        let failed = format!("pyxc_pe_{k}");
        let fail_line = format!("pyxc_pe_line_{k}");
        self.extra_decls.push(format!("{ct} {t};"));
        if can_fail {
            self.extra_decls.push(format!(
                "PyObject *{} = NULL, *{} = NULL, *{} = NULL;",
                exc[0], exc[1], exc[2]
            ));
            self.extra_decls
                .push(format!("int {failed} = 0, {fail_line} = 0;"));
        }

        self.w.open(format!("if ({n} > 0)"));
        if can_fail {
            self.w.line(format!("{failed} = 0;"));
        }
        self.w.raw("#ifdef _OPENMP\n");
        match &threads {
            Some(nt) => self.w.raw(&format!("#pragma omp parallel num_threads({nt})\n")),
            None => self.w.raw("#pragma omp parallel\n"),
        }
        self.w.raw("#endif\n");
        self.w.open("");
        if can_fail {
            self.w
                .line("PyGILState_STATE pyxc_gs = PyGILState_Ensure();");
            self.w
                .line("PyThreadState *pyxc_ts = PyEval_SaveThread();");
        }
        self.w.raw("#ifdef _OPENMP\n");
        self.w
            .raw(&format!("#pragma omp for {}\n", clauses.join(" ")));
        self.w.raw("#endif\n");
        self.w.open(format!("for ({t} = 0; {t} < {n}; {t}++)"));
        if can_fail {
            // Once an iteration failed, the others are skipped.
            self.w.line("int pyxc_skip;");
            self.w.raw("#ifdef _OPENMP\n#pragma omp atomic read\n#endif\n");
            self.w.line(format!("pyxc_skip = {failed};"));
            self.w.line("if (pyxc_skip) continue;");
        }
        self.w
            .line(format!("{target} = ({ct})({a} + ({ct}){t} * {c});"));
        self.w.raw(&code);
        if can_fail {
            self.w.line("continue;");
            self.w.label_here(&err_label);
            self.w.open("");
            self.w
                .line("PyGILState_STATE pyxc_egs = PyGILState_Ensure();");
            self.w.open(format!("if (!{})", exc[0]));
            self.w.line(format!(
                "PyErr_Fetch(&{}, &{}, &{});",
                exc[0], exc[1], exc[2]
            ));
            self.w
                .line(format!("{fail_line} = {};", naming::LINENO));
            self.w.else_();
            self.w.line("PyErr_Clear();");
            self.w.close();
            self.w.line("PyGILState_Release(pyxc_egs);");
            self.w.close();
            self.w.raw("#ifdef _OPENMP\n#pragma omp atomic write\n#endif\n");
            self.w.line(format!("{failed} = 1;"));
        }
        self.w.close();
        if can_fail {
            self.w.line("PyEval_RestoreThread(pyxc_ts);");
            self.w.line("PyGILState_Release(pyxc_gs);");
        }
        self.w.close();
        if can_fail {
            // Raised again here, from the failing statement's line.
            let restore = format!(
                "PyErr_Restore({0}, {1}, {2}); {0} = NULL; {1} = NULL; {2} = NULL;",
                exc[0], exc[1], exc[2]
            );
            self.w.open(format!("if ({})", exc[0]));
            self.w
                .line(format!("{} = {fail_line};", naming::LINENO));
            for l in self.error_lines(Some(&restore)) {
                if !l.starts_with(naming::LINENO) {
                    self.w.line(l);
                }
            }
            self.w.close();
        }
        self.w.close();
        Ok(())
    }
}

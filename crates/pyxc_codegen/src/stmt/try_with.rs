//! Exceptions and context managers: `try`/`except`/`else`/`finally`, the
//! handled-exception bookkeeping, `with`, and `with gil`/`with nogil`.

use crate::emit::c_string;
use crate::fn_writer::{FnWriter, Frame, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn with_gil(&mut self, release: bool, body: &[TStmt]) -> R<()> {
        let n = self.frames.len() + self.extra_decls.len();
        if release {
            let save = format!("pyxc_save_{n}");
            self.extra_decls
                .push(format!("PyThreadState *{save} = NULL;"));
            self.w.line(format!("{save} = PyEval_SaveThread();"));
            self.frames.push(Frame::Nogil(save.clone()));
            let r = self.stmts(body);
            self.frames.pop();
            r?;
            self.w.line(format!("PyEval_RestoreThread({save});"));
        } else {
            let gs = format!("pyxc_gs_{n}");
            self.extra_decls.push(format!("PyGILState_STATE {gs};"));
            self.w.line(format!("{gs} = PyGILState_Ensure();"));
            self.frames.push(Frame::Gil(gs.clone()));
            let r = self.stmts(body);
            self.frames.pop();
            r?;
            self.w.line(format!("PyGILState_Release({gs});"));
        }
        Ok(())
    }

    /// `try`/`except`/`else`/`finally`.
    pub(super) fn try_stmt(
        &mut self,
        body: &[TStmt],
        handlers: &[THandler],
        orelse: &[TStmt],
        finalbody: &[TStmt],
        span: Span,
    ) -> R<()> {
        let nogil = !self.gil_held();
        if nogil && !handlers.is_empty() {
            return Err(ice("try/except without the GIL", span));
        }
        // Without the GIL, the exception state is saved and restored under
        // a briefly taken GIL (the finally block itself runs without it).
        let gil = |lines: String| {
            if nogil {
                format!("{{ PyGILState_STATE pyxc_gs = PyGILState_Ensure(); {lines} PyGILState_Release(pyxc_gs); }}")
            } else {
                lines
            }
        };
        if !finalbody.is_empty() {
            // try/finally wrapping the try/except part.
            let fin_err = self.new_label("finally_error");
            let fin_end = self.new_label("finally_end");
            self.frames.push(Frame::Try(fin_err.clone()));
            self.frames.push(Frame::Finally(finalbody.to_vec()));
            self.push_region();
            let r = if handlers.is_empty() {
                self.stmts(body).and_then(|_| self.stmts(orelse))
            } else {
                self.try_except(body, handlers, orelse, span)
            };
            let region = self.pop_region();
            self.frames.pop();
            self.frames.pop();
            r?;
            // Normal exit runs the finally block.
            self.stmts(finalbody)?;
            {
                let g = self.goto(&fin_end);
                self.w.line(g)
            };
            // Exceptional exit: save the exception, run the block, re-raise.
            self.place_label(&fin_err);
            for l in self.region_cleanup(&region) {
                self.w.line(l);
            }
            let n = self.extra_decls.len();
            let fetched = [
                format!("pyxc_ft_{n}"),
                format!("pyxc_fv_{n}"),
                format!("pyxc_ftb_{n}"),
            ];
            let [et, ev, etb] = fetched.clone();
            let eln = format!("pyxc_fln_{n}");
            self.declare_objects(&fetched);
            self.extra_decls.push(format!("int {eln} = 0;"));
            self.w
                .line(gil(format!("PyErr_Fetch(&{et}, &{ev}, &{etb});")));
            self.w.line(format!("{eln} = {};", naming::LINENO));
            // With the GIL, the exception is the one being handled while
            // the block runs (sys.exc_info()), so an exception raised there
            // has it as __context__, as in Python.
            let saved = [
                format!("pyxc_fst_{n}"),
                format!("pyxc_fsv_{n}"),
                format!("pyxc_fstb_{n}"),
            ];
            if !nogil {
                self.declare_objects(&saved);
                self.begin_handling(&fetched, &saved);
            }
            let after = self.new_label("finally_reraise");
            // Errors inside the finally block drop the saved exception.
            let drop_label = self.new_label("finally_drop");
            self.frames.push(Frame::Try(drop_label.clone()));
            if !nogil {
                // `return` or `break` in the block ends the handling too.
                self.frames.push(Frame::Handler {
                    saved: saved.clone(),
                    caught: fetched.clone(),
                });
            }
            let r = self.stmts(finalbody);
            if !nogil {
                self.frames.pop();
            }
            self.frames.pop();
            r?;
            if !nogil {
                self.restore_handled(&saved);
            }
            self.w
                .line(gil(format!("PyErr_Restore({et}, {ev}, {etb});")));
            self.w
                .line(format!("{et} = NULL; {ev} = NULL; {etb} = NULL;"));
            self.w.line(format!("{} = {eln};", naming::LINENO));
            {
                let g = self.goto(&after);
                self.w.line(g)
            };
            self.place_label(&drop_label);
            if !nogil {
                self.restore_handled(&saved);
            }
            self.w.line(gil(format!(
                "Py_CLEAR({et}); Py_CLEAR({ev}); Py_CLEAR({etb});"
            )));
            self.place_label(&after);
            self.goto_error_plain();
            self.place_label(&fin_end);
            return Ok(());
        }
        self.try_except(body, handlers, orelse, span)
    }

    /// Makes the fetched exception `caught` the one being handled (what
    /// `sys.exc_info()` returns, and the `__context__` of any exception
    /// raised meanwhile), keeping the previous one in `saved`.
    fn begin_handling(&mut self, caught: &[String; 3], saved: &[String; 3]) {
        let [t, v, tb] = caught;
        self.w
            .line(format!("PyErr_NormalizeException(&{t}, &{v}, &{tb});"));
        self.w
            .line(format!("if ({tb}) PyException_SetTraceback({v}, {tb});"));
        self.w.line(format!(
            "PyErr_GetExcInfo(&{}, &{}, &{});",
            saved[0], saved[1], saved[2]
        ));
        self.w.line(format!(
            "Py_XINCREF({t}); Py_XINCREF({v}); Py_XINCREF({tb});"
        ));
        self.w.line(format!("PyErr_SetExcInfo({t}, {v}, {tb});"));
    }

    /// The handled exception is `saved` again (its references given back).
    fn restore_handled(&mut self, saved: &[String; 3]) {
        self.w.line(format!(
            "PyErr_SetExcInfo({}, {}, {});",
            saved[0], saved[1], saved[2]
        ));
        self.w.line(format!(
            "{} = NULL; {} = NULL; {} = NULL;",
            saved[0], saved[1], saved[2]
        ));
    }

    /// Leaving an `except` handler: the outer handled exception back, the
    /// caught one dropped.
    pub(super) fn end_handling(&mut self, saved: &[String; 3], caught: &[String; 3]) {
        self.restore_handled(saved);
        self.w.line(format!(
            "Py_CLEAR({}); Py_CLEAR({}); Py_CLEAR({});",
            caught[0], caught[1], caught[2]
        ));
    }

    fn goto_error_plain(&mut self) {
        let lines = self.error_lines(None);
        // Keep the recorded line: drop the `lineno = N;` line.
        for l in lines {
            if l.starts_with(naming::LINENO) {
                continue;
            }
            self.w.line(l);
        }
    }

    fn try_except(
        &mut self,
        body: &[TStmt],
        handlers: &[THandler],
        orelse: &[TStmt],
        span: Span,
    ) -> R<()> {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        let except = self.new_label("except");
        let end = self.new_label("try_end");
        self.frames.push(Frame::Try(except.clone()));
        self.push_region();
        let r = self.stmts(body);
        let region = self.pop_region();
        self.frames.pop();
        r?;
        self.stmts(orelse)?;
        {
            let g = self.goto(&end);
            self.w.line(g)
        };
        self.place_label(&except);
        for l in self.region_cleanup(&region) {
            self.w.line(l);
        }
        let n = self.extra_decls.len();
        let caught = [
            format!("pyxc_et_{n}"),
            format!("pyxc_ev_{n}"),
            format!("pyxc_etb_{n}"),
        ];
        let saved = [
            format!("pyxc_st_{n}"),
            format!("pyxc_sv_{n}"),
            format!("pyxc_stb_{n}"),
        ];
        self.declare_objects(&caught);
        self.declare_objects(&saved);
        let mut bare = false;
        for (hi, h) in handlers.iter().enumerate() {
            self.line = h.line;
            self.marker(h.line);
            let test = match &h.ty {
                Some(t) => {
                    let v = self.obj(t)?;
                    let m = self.c_temp_named("int");
                    self.w
                        .line(format!("{m} = PyErr_ExceptionMatches({});", v.code()));
                    self.release(&v);
                    Some(m)
                }
                None => {
                    bare = true;
                    None
                }
            };
            match &test {
                Some(m) => self.w.open(format!("if ({m})")),
                None => self.w.open(""),
            }
            let qual = c_string(self.qualname.as_bytes());
            let file = c_string(self.md.file.as_bytes());
            self.require("pyxc_add_traceback");
            self.w.line(format!(
                "pyxc_add_traceback({qual}, {file}, {});",
                naming::LINENO
            ));
            self.w.line(format!(
                "PyErr_Fetch(&{}, &{}, &{});",
                caught[0], caught[1], caught[2]
            ));
            self.begin_handling(&caught, &saved);
            if let Some(t) = &h.target {
                let v = Val::borrowed(caught[1].clone());
                self.assign(t, v, &Type::object(), span)?;
            }
            let herr = self.new_label("handler_error");
            self.frames.push(Frame::Try(herr.clone()));
            self.frames.push(Frame::Handler {
                saved: saved.clone(),
                caught: caught.clone(),
            });
            let r = self.stmts(&h.body);
            self.frames.pop();
            self.frames.pop();
            r?;
            // Normal end of the handler.
            self.end_handling(&saved, &caught);
            {
                let g = self.goto(&end);
                self.w.line(g)
            };
            // An exception inside the handler: restore the outer state.
            self.place_label(&herr);
            self.end_handling(&saved, &caught);
            self.goto_error_plain();
            self.w.close();
            let _ = hi;
            if bare {
                break;
            }
        }
        if !bare {
            // No handler matched: the exception propagates.
            self.goto_error_plain();
        }
        self.place_label(&end);
        Ok(())
    }

    pub(super) fn with_stmt(
        &mut self,
        context: &TExpr,
        target: Option<&LValue>,
        body: &[TStmt],
        span: Span,
    ) -> R<()> {
        let mgr = self.obj(context)?;
        let exit_k = self.md.consts.str("__exit__");
        let enter_k = self.md.consts.str("__enter__");
        let exit = self.obj_temp();
        self.w.line(format!(
            "{exit} = PyObject_GetAttr({}, {exit_k});",
            mgr.code()
        ));
        self.check_null(&exit);
        self.require("pyxc_call_method");
        let entered = self.call_obj(format!(
            "pyxc_call_method({}, {enter_k}, NULL, 0)",
            mgr.code()
        ));
        self.release(&mgr);
        match target {
            Some(t) => self.assign(t, entered, &Type::object(), span)?,
            None => self.release(&entered),
        }
        // The body as try/finally-like: on error call __exit__(exc info).
        let err = self.new_label("with_error");
        let end = self.new_label("with_end");
        self.frames.push(Frame::WithExit(exit.clone()));
        self.frames.push(Frame::Try(err.clone()));
        self.push_region();
        let r = self.stmts(body);
        let region = self.pop_region();
        self.frames.pop();
        self.frames.pop();
        r?;
        let res = self.call_obj(format!(
            "PyObject_CallFunctionObjArgs({exit}, Py_None, Py_None, Py_None, NULL)"
        ));
        self.release(&res);
        self.w.line(format!("Py_CLEAR({exit});"));
        {
            let g = self.goto(&end);
            self.w.line(g)
        };
        self.place_label(&err);
        for l in self.region_cleanup(&region) {
            self.w.line(l);
        }
        let ok = self.c_temp_named("int");
        self.require("pyxc_cg_with_exit");
        self.w.line(format!("{ok} = pyxc_cg_with_exit({exit});"));
        self.w.line(format!("Py_CLEAR({exit});"));
        self.w.open(format!("if ({ok} <= 0)"));
        self.goto_error_plain();
        self.w.close();
        self.place_label(&end);
        self.free_obj(&exit);
        Ok(())
    }
}

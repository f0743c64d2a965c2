//! Leaving code early: `return`, `raise`, `break`, `continue`, and the
//! unwinding of the frames they jump out of.

use crate::fn_writer::{code_of, FnWriter, Frame, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// The statements that leave frames `from..` (innermost first) for a
    /// jump out of them.
    fn unwind(&mut self, from: usize) -> R<()> {
        let frames: Vec<Frame> = self.frames[from..].to_vec();
        let saved_frames = self.frames.clone();
        for (i, f) in frames.iter().enumerate().rev() {
            match f {
                Frame::Nogil(save) => self.w.line(format!("PyEval_RestoreThread({save});")),
                Frame::Gil(gs) => self.w.line(format!("PyGILState_Release({gs});")),
                Frame::Finally(body) => {
                    // Run the finally block in the frames outside it.
                    self.frames.truncate(from + i);
                    let line = self.line;
                    let r = self.stmts(body);
                    self.line = line;
                    self.frames = saved_frames.clone();
                    r?;
                }
                Frame::WithExit(exit) => {
                    // An error from __exit__ goes to the frames outside it.
                    self.frames.truncate(from + i);
                    let res = self.obj_temp();
                    self.w.line(format!(
                        "{res} = PyObject_CallFunctionObjArgs({exit}, Py_None, Py_None, Py_None, NULL);"
                    ));
                    self.w.line(format!("Py_CLEAR({exit});"));
                    self.check_null(&res);
                    self.w.line(format!("Py_CLEAR({res});"));
                    self.free_obj(&res);
                    self.frames = saved_frames.clone();
                }
                Frame::Handler { saved, caught } => {
                    self.end_handling(saved, caught);
                }
                Frame::Loop { .. } | Frame::Try(_) => {}
            }
        }
        Ok(())
    }

    pub(super) fn break_continue(&mut self, is_break: bool, span: Span) -> R<()> {
        let Some(pos) = self
            .frames
            .iter()
            .rposition(|f| matches!(f, Frame::Loop { .. }))
        else {
            return Err(ice("break/continue outside a loop", span));
        };
        self.unwind(pos + 1)?;
        let Frame::Loop { brk, cont } = self.frames[pos].clone() else {
            unreachable!()
        };
        let target = if is_break { brk } else { cont };
        match target {
            Some(l) => {
                let g = self.goto(&l);
                self.w.line(g)
            }
            None => self.w.line(if is_break { "break;" } else { "continue;" }),
        }
        Ok(())
    }

    pub(super) fn return_stmt(&mut self, v: Option<&TExpr>, span: Span) -> R<()> {
        if self.f.kind == FuncKind::ModuleInit {
            return Err(ice("return at module level", span));
        }
        match v {
            Some(e) => {
                let val = if matches!(self.ret.ty.strip_const(), Type::MemView(_)) {
                    self.view(e)?
                } else {
                    self.expr(e)?
                };
                match &val {
                    Val::Obj { .. } => {
                        let c = self.new_ref(&val);
                        self.w.line(format!("{} = {c};", naming::RESULT));
                        self.forget(&val);
                    }
                    Val::Slice { code, owned } => {
                        self.w.line(format!("{} = {code};", naming::RESULT));
                        if *owned {
                            self.forget(&val);
                        } else {
                            self.w
                                .line(format!("Py_XINCREF((PyObject *){}.mv);", naming::RESULT));
                        }
                    }
                    Val::C { code, .. } => {
                        if self.ret.c_type.is_some() && !code.is_empty() {
                            self.w.line(format!("{} = {code};", naming::RESULT));
                        }
                    }
                }
            }
            None => {
                if self.f.kind == FuncKind::Def
                    || matches!(self.ret.ty.strip_const(), Type::Object(_))
                {
                    self.w.line(format!("{} = Py_None;", naming::RESULT));
                    self.w.line("Py_INCREF(Py_None);");
                }
            }
        }
        // Release loop sequences/iterators held by enclosing loops.
        let owned: Vec<String> = self.iter_owned.iter().flatten().cloned().collect();
        self.unwind(0)?;
        for t in owned {
            self.w.line(format!("Py_CLEAR({t});"));
        }
        self.uses_done = true;
        self.w.line(format!("goto {};", naming::DONE_LABEL));
        Ok(())
    }

    pub(super) fn raise_stmt(&mut self, exc: Option<&TExpr>, cause: Option<&TExpr>) -> R<()> {
        let Some(exc) = exc else {
            self.require("pyxc_cg_reraise");
            self.goto_error(Some("pyxc_cg_reraise();"));
            return Ok(());
        };
        let e = self.obj(exc)?;
        let c = match cause {
            Some(c) => Some(self.obj(c)?),
            None => None,
        };
        let cc = c.as_ref().map(code_of).unwrap_or_else(|| "NULL".into());
        self.require("pyxc_raise");
        self.w.line(format!("pyxc_raise({}, {cc});", e.code()));
        self.release(&e);
        if let Some(c) = &c {
            self.release(c);
        }
        self.goto_error(None);
        Ok(())
    }
}

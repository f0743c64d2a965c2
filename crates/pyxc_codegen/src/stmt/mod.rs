//! Statements: control flow, assignment, loops, GIL blocks, exceptions.
//! This file holds the dispatch on the statement kind and the short
//! statements (expression statements, `if`, `assert`).

mod assign;
mod exits;
mod loops;
mod try_with;

use crate::expr::is_simple;
use crate::fn_writer::{FnWriter, Val};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ErrorReturn, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    pub fn stmts(&mut self, body: &[TStmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &TStmt) -> R<()> {
        self.line = s.line;
        if !matches!(s.kind, TStmtKind::Pass) {
            self.marker(s.line);
        }
        let mark = self.c_mark();
        let r = self.stmt_inner(s);
        self.c_release(mark);
        self.line = s.line;
        r
    }

    fn stmt_inner(&mut self, s: &TStmt) -> R<()> {
        use TStmtKind as S;
        match &s.kind {
            S::Expr(e) => self.discard(e),
            S::Assign { target, value } => self.assign_stmt(target, value, s.span),
            S::Unpack {
                targets,
                value,
                items,
            } => self.unpack(targets, value, items, s.span),
            S::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            S::ArrayFill {
                array,
                value,
                elem,
                len,
            } => self.array_fill(array, value, elem, *len, s.span),
            S::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            S::ParallelBlock { num_threads, body } => {
                self.parallel_block(num_threads.as_ref(), body)
            }
            S::ForRange { .. } => self.for_range_stmt(s),
            S::ForIter {
                target,
                iter,
                item,
                body,
                orelse,
            } => self.for_iter(target, iter, item, body, orelse, s.span),
            S::Break => self.break_continue(true, s.span),
            S::Continue => self.break_continue(false, s.span),
            S::Pass => Ok(()),
            S::Return(v) => self.return_stmt(v.as_ref(), s.span),
            S::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody, s.span),
            S::WithGil { release, body } => self.with_gil(*release, body),
            S::With {
                context,
                target,
                body,
            } => self.with_stmt(context, target.as_ref(), body, s.span),
            S::Assert { test, msg } => self.assert_stmt(test, msg.as_ref()),
            S::Del(target) => self.del(target, s.span),
            S::BindFunction { func, name } => self.bind_function(*func, name, s.span),
            S::Import { target, value } => self.import_stmt(target, value, s.span),
        }
    }

    /// Evaluate an expression for its effect only.
    fn discard(&mut self, e: &TExpr) -> R<()> {
        match &e.kind {
            TExprKind::Append { list, item } => {
                let l = self.obj(list)?;
                let i = self.obj(item)?;
                self.require("pyxc_append");
                self.check_neg(&format!("pyxc_append({}, {})", l.code(), i.code()));
                self.release(&l);
                self.release(&i);
                return Ok(());
            }
            TExprKind::CCall { func, args }
                if !e.ty.is_object()
                    && matches!(
                        e.ty.strip_const(),
                        Type::Int(_)
                            | Type::Float(_)
                            | Type::Bint
                            | Type::Ptr(_)
                            | Type::Opaque { .. }
                    ) =>
            {
                let name = self.cfunc_name(func, e.span)?;
                let (codes, rel) = self.call_args(args)?;
                let error = match func {
                    CFuncTarget::Module(id) => {
                        let callee = &self.md.m.functions[id.0 as usize];
                        crate::expr::bound_call(callee, &codes, e.span)?;
                        callee.error.clone()
                    }
                    CFuncTarget::Extern { ty, .. } => ty.error.clone(),
                };
                let call = format!("{name}({})", codes.join(", "));
                match error {
                    ErrorReturn::None => self.w.line(format!("(void){call};")),
                    ErrorReturn::Always => {
                        self.w.line(format!("(void){call};"));
                        let occurred = self.err_occurred();
                        self.check(occurred, None);
                    }
                    _ => {
                        if let Some(test) = self.error_test(&error, &call) {
                            self.check(&test, None);
                        }
                    }
                }
                for v in &rel {
                    self.release(v);
                }
                return Ok(());
            }
            _ => {}
        }
        let v = self.expr(e)?;
        match &v {
            Val::C { code, .. } => {
                if !code.is_empty() && !is_simple(code) {
                    self.w.line(format!("(void)({code});"));
                } else if !code.is_empty() && code.starts_with("t_") {
                    self.w.line(format!("(void){code};"));
                }
            }
            _ => self.release(&v),
        }
        Ok(())
    }

    fn if_stmt(&mut self, test: &TExpr, body: &[TStmt], orelse: &[TStmt]) -> R<()> {
        let t = self.c_val(test)?;
        self.w.open(format!("if ({})", t.0));
        self.stmts(body)?;
        if orelse.is_empty() {
            self.w.close();
            return Ok(());
        }
        // `elif`: chain when the nested test needs no statements.
        if let [TStmt {
            kind:
                TStmtKind::If {
                    test: t2,
                    body: b2,
                    orelse: o2,
                },
            line,
            ..
        }] = orelse
        {
            let saved = self.w.take();
            self.line = *line;
            let mark = self.c_mark();
            let c2 = self.c_val(t2);
            let stmts = self.w.take();
            self.w.raw(&saved);
            if let (Ok(c2), true) = (&c2, stmts.is_empty()) {
                self.w.close_with(&format!("else if ({}) {{", c2.0));
                self.w.indent_up();
                self.marker(*line);
                self.stmts(b2)?;
                if o2.is_empty() {
                    self.w.close();
                } else {
                    self.w.else_();
                    self.stmts(o2)?;
                    self.w.close();
                }
                self.c_release(mark);
                return Ok(());
            }
            self.c_release(mark);
            // Fall back to a nested if (re-evaluating the test there).
        }
        self.w.else_();
        self.stmts(orelse)?;
        self.w.close();
        Ok(())
    }

    fn assert_stmt(&mut self, test: &TExpr, msg: Option<&TExpr>) -> R<()> {
        self.md.uses_assert = true;
        self.require("pyxc_cg_assertions_enabled");
        self.w.open("if (pyxc_cg_assertions_enabled)");
        let t = self.c_val(test)?;
        self.w.open(format!("if (pyxc_unlikely(!({})))", t.0));
        match msg {
            Some(m) => {
                let v = self.obj(m)?;
                self.w.line(format!(
                    "PyErr_SetObject(PyExc_AssertionError, {});",
                    v.code()
                ));
                self.release(&v);
            }
            None => self.w.line("PyErr_SetNone(PyExc_AssertionError);"),
        }
        self.goto_error(None);
        self.w.close();
        self.w.close();
        Ok(())
    }
}

//! Loops: `while`, `for` over a range (C loops, legacy `for ... from`),
//! and `for` over any iterable.

use crate::expr::indent_more;
use crate::fn_writer::{FnWriter, Frame};
use crate::helpers::ice;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    fn loop_frame(&mut self, has_else: bool) -> (Option<String>, Frame) {
        let end = if has_else {
            Some(self.new_label("end"))
        } else {
            None
        };
        (
            end.clone(),
            Frame::Loop {
                brk: end,
                cont: None,
            },
        )
    }

    pub(super) fn while_stmt(&mut self, test: &TExpr, body: &[TStmt], orelse: &[TStmt]) -> R<()> {
        let saved = self.w.take();
        let mark = self.c_mark();
        let t = self.c_val(test)?;
        let stmts = self.w.take();
        self.w.raw(&saved);
        let (end, frame) = self.loop_frame(!orelse.is_empty());
        if stmts.is_empty() {
            self.w.open(format!("while ({})", t.0));
        } else {
            self.w.open("while (1)");
            self.w.raw(&indent_more(&stmts));
            self.w.line(format!("if (!({})) break;", t.0));
        }
        self.frames.push(frame);
        let r = self.stmts(body);
        self.frames.pop();
        r?;
        self.w.close();
        self.c_release(mark);
        self.stmts(orelse)?;
        if let Some(end) = end {
            self.place_label(&end);
        }
        Ok(())
    }

    /// A `for ... in range(...)` loop: a `prange` loop, a legacy
    /// `for ... from` loop, or a C loop over the range.
    pub(super) fn for_range_stmt(&mut self, s: &TStmt) -> R<()> {
        let TStmtKind::ForRange {
            var,
            counter_ty,
            start,
            stop,
            step,
            step_sign,
            body,
            orelse,
            fast,
            legacy,
            parallel,
        } = &s.kind
        else {
            return Err(ice("for_range_stmt of another statement", s.span));
        };
        match legacy {
            None if parallel.is_some() => {
                let par = parallel.as_deref().ok_or_else(|| ice("prange", s.span))?;
                self.prange_loop(
                    var,
                    counter_ty,
                    crate::parallel::Bounds {
                        start,
                        stop,
                        step,
                        step_sign: *step_sign,
                    },
                    body,
                    par,
                    s.span,
                )?;
                self.stmts(orelse)
            }
            // A legacy `for ... from` loop: C's loop on the target.
            Some(inclusive) => self.for_from(
                var,
                counter_ty,
                (start, stop, step),
                *step_sign == Some(1),
                *inclusive,
                body,
                orelse,
                s.span,
            ),
            None => self.for_range(
                var,
                counter_ty,
                start,
                stop,
                step,
                *step_sign,
                body,
                orelse,
                fast.as_deref(),
                s.span,
            ),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        var: &LValue,
        counter_ty: &Type,
        start: &TExpr,
        stop: &TExpr,
        step: &TExpr,
        step_sign: Option<i8>,
        body: &[TStmt],
        orelse: &[TStmt],
        fast: Option<&pyxc_tir::tir::FastLoop>,
        span: Span,
    ) -> R<()> {
        let a = self.c_val(start)?;
        let b = self.c_val(stop)?;
        let c = self.c_val(step)?;
        let is_lit = |s: &str| {
            s.trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit() || c == 'L' || c == 'U')
                && !s.is_empty()
        };
        // start and stop are evaluated once, before the loop.
        let a = if is_lit(&a.0) {
            a.0
        } else {
            let t = self.c_temp(counter_ty);
            self.w.line(format!("{t} = {};", a.0));
            t
        };
        let stop_c = if is_lit(&b.0) {
            b.0
        } else {
            let t = self.c_temp(counter_ty);
            self.w.line(format!("{t} = {};", b.0));
            t
        };
        let step_c = if is_lit(&c.0) || matches!(step.kind, TExprKind::IntConst(_)) {
            c.0
        } else {
            let t = self.c_temp(counter_ty);
            self.w.line(format!("{t} = {};", c.0));
            t
        };
        let sign = step_sign;
        if sign.is_none() {
            self.check_range_step(&step_c);
        }
        let i = self.c_temp(counter_ty);
        let test = match sign {
            Some(s) if s > 0 => format!("{i} < {stop_c}"),
            Some(_) => format!("{i} > {stop_c}"),
            None => format!("{step_c} > 0 ? {i} < {stop_c} : {i} > {stop_c}"),
        };
        // A step other than 1 never carries the counter past the stop (where
        // the type could overflow and wrap, `range(2**31 - 8, 2**31 - 1, 3)`
        // on an int): the last increment lands on the stop instead.
        let u = |x: &str| format!("(unsigned long long)({x})");
        let up = format!(
            "{} - {} > {} ? {i} + {step_c} : {stop_c}",
            u(&stop_c),
            u(&i),
            u(&step_c)
        );
        // The magnitude of a negative step, in the counter's own type (an
        // unsigned counter holds the step modulo its range).
        let ct = crate::type_spelling::cast_type(counter_ty);
        let down = format!(
            "{} - {} > (unsigned long long)({ct})(0 - {step_c}) ? {i} + {step_c} : {stop_c}",
            u(&i),
            u(&stop_c),
        );
        let unit = match &step.kind {
            TExprKind::IntConst(1) => "1",
            TExprKind::IntConst(-1) => "-1",
            _ => step_c.as_str(),
        };
        let incr = match (unit, sign) {
            ("1", _) => format!("{i}++"),
            ("-1", _) => format!("{i}--"),
            (_, Some(s)) if s > 0 => format!("{i} = {up}"),
            (_, Some(_)) => format!("{i} = {down}"),
            (_, None) => format!("{i} = {step_c} > 0 ? ({up}) : ({down})"),
        };
        let (end, frame) = self.loop_frame(!orelse.is_empty());
        let target = self.lvalue_c(var, span)?;
        // Versioned loop: the checks the guard proves away are off in the
        // first copy; the second is the loop as written.
        if let Some(fast) = fast {
            let g = self.c_val(&fast.guard)?;
            self.w.open(format!("if ({})", g.0));
            self.w.open(format!("for ({i} = {a}; {test}; {incr})"));
            self.w.line(format!("{target} = {i};"));
            self.frames.push(frame.clone());
            let r = self.stmts(&fast.body);
            self.frames.pop();
            r?;
            self.w.close();
            self.w.else_();
        }
        self.w.open(format!("for ({i} = {a}; {test}; {incr})"));
        self.w.line(format!("{target} = {i};"));
        self.frames.push(frame);
        let r = self.stmts(body);
        self.frames.pop();
        r?;
        self.w.close();
        if fast.is_some() {
            self.w.close();
        }
        self.stmts(orelse)?;
        if let Some(end) = end {
            self.place_label(&end);
        }
        Ok(())
    }

    /// A run-time `range()` step: zero is Python's ValueError.
    pub(crate) fn check_range_step(&mut self, step: &str) {
        self.check(
            &format!("{step} == 0"),
            Some("PyErr_SetString(PyExc_ValueError, \"range() arg 3 must not be zero\");"),
        );
    }

    /// A legacy `for i from a <= i < b by s` loop: C's own loop on the
    /// target (stop and step evaluated once, before it).
    #[allow(clippy::too_many_arguments)]
    fn for_from(
        &mut self,
        var: &LValue,
        ty: &Type,
        (start, stop, step): (&TExpr, &TExpr, &TExpr),
        up: bool,
        inclusive: bool,
        body: &[TStmt],
        orelse: &[TStmt],
        span: Span,
    ) -> R<()> {
        let a = self.c_val(start)?;
        let first = self.c_temp(ty);
        self.w.line(format!("{first} = {};", a.0));
        let b = self.c_val(stop)?;
        let last = self.c_temp(ty);
        self.w.line(format!("{last} = {};", b.0));
        let c = self.c_val(step)?;
        let by = self.c_temp(ty);
        self.w.line(format!("{by} = {};", c.0));
        let op = match (up, inclusive) {
            (true, false) => "<",
            (true, true) => "<=",
            (false, false) => ">",
            (false, true) => ">=",
        };
        let (end, frame) = self.loop_frame(!orelse.is_empty());
        let target = self.lvalue_c(var, span)?;
        self.w.open(format!(
            "for ({target} = {first}; {target} {op} {last}; {target} += {by})"
        ));
        self.frames.push(frame);
        let r = self.stmts(body);
        self.frames.pop();
        r?;
        self.w.close();
        self.stmts(orelse)?;
        if let Some(end) = end {
            self.place_label(&end);
        }
        Ok(())
    }

    pub(super) fn for_iter(
        &mut self,
        target: &LValue,
        iter: &TExpr,
        item: &TExpr,
        body: &[TStmt],
        orelse: &[TStmt],
        span: Span,
    ) -> R<()> {
        self.for_iter_with(target, iter, item, orelse, span, &mut |cx| cx.stmts(body))
    }

    /// A loop over any iterable (exact lists and tuples indexed directly),
    /// running `body` for each item after assigning it to `target`.
    pub fn for_iter_with(
        &mut self,
        target: &LValue,
        iter: &TExpr,
        item: &TExpr,
        orelse: &[TStmt],
        span: Span,
        body: &mut dyn FnMut(&mut Self) -> R<()>,
    ) -> R<()> {
        let o = self.obj(iter)?;
        // The sequence (kept alive), an index for the list/tuple fast path,
        // and an iterator for everything else.
        let seq = self.obj_temp();
        let c = self.new_ref(&o);
        self.w.line(format!("{seq} = {c};"));
        self.forget(&o);
        let it = self.obj_temp();
        let idx = self.c_temp_named("Py_ssize_t");
        self.w.line(format!("{idx} = 0;"));
        self.w.open(format!(
            "if (!PyList_CheckExact({seq}) && !PyTuple_CheckExact({seq}))"
        ));
        self.w.line(format!("{it} = PyObject_GetIter({seq});"));
        self.check_null(&it);
        self.w.close();
        let (end, _) = self.loop_frame(!orelse.is_empty());
        self.w.open("while (1)");
        let itemt = self.obj_temp();
        self.w.open(format!("if (!{it})"));
        self.w.open(format!("if (PyList_CheckExact({seq}))"));
        self.w
            .line(format!("if ({idx} >= PyList_GET_SIZE({seq})) break;"));
        self.w
            .line(format!("{itemt} = PyList_GET_ITEM({seq}, {idx});"));
        self.w.else_();
        self.w
            .line(format!("if ({idx} >= PyTuple_GET_SIZE({seq})) break;"));
        self.w
            .line(format!("{itemt} = PyTuple_GET_ITEM({seq}, {idx});"));
        self.w.close();
        self.w.line(format!("Py_INCREF({itemt});"));
        self.w.line(format!("{idx}++;"));
        self.w.else_();
        self.w.line(format!("{itemt} = PyIter_Next({it});"));
        self.w.open(format!("if (!{itemt})"));
        self.check("PyErr_Occurred()", None);
        self.w.line("break;");
        self.w.close();
        self.w.close();
        self.iter_items.push(itemt.clone());
        let v = self.expr(item);
        self.iter_items.pop();
        let v = v?;
        self.assign(target, v, &item.ty, span)?;
        // A `return` inside the body releases the sequence and iterator.
        self.frames.push(Frame::Loop {
            brk: end.clone(),
            cont: None,
        });
        self.iter_owned.push(vec![seq.clone(), it.clone()]);
        let r = body(self);
        self.iter_owned.pop();
        self.frames.pop();
        r?;
        self.w.close();
        self.w.line(format!("Py_CLEAR({seq});"));
        self.w.line(format!("Py_CLEAR({it});"));
        self.free_obj(&seq);
        self.free_obj(&it);
        if let Some(end) = &end {
            self.stmts(orelse)?;
            // A `break` jumps here, past the else; release what the loop held.
            self.place_label(end);
            self.w.line(format!("Py_CLEAR({seq});"));
            self.w.line(format!("Py_CLEAR({it});"));
        }
        Ok(())
    }
}

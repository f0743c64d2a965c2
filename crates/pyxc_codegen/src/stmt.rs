//! Statements: control flow, assignment, loops, GIL blocks, exceptions.

use crate::emit::c_string;
use crate::expr::{indent_more, is_simple};
use crate::fn_writer::{code_of, paren, prec, FnWriter, Frame, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
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
            S::Assign { target, value } => {
                let v = self.expr(value)?;
                self.assign(target, v, &value.ty, s.span)
            }
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
            S::ForRange {
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
            } => match legacy {
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
            },
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
            S::Import { target, value } => {
                let v = self.obj(value)?;
                self.assign(target, v, &value.ty, s.span)
            }
        }
    }

    /// Evaluate an expression for its effect only.
    fn discard(&mut self, e: &TExpr) -> R<()> {
        match &e.kind {
            TExprKind::Append { list, item } => {
                let l = self.obj(list)?;
                let i = self.obj(item)?;
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
                let occurred = self.err_occurred();
                match error {
                    ErrorReturn::None => self.w.line(format!("(void){call};")),
                    ErrorReturn::Always => {
                        self.w.line(format!("(void){call};"));
                        self.check(occurred, None);
                    }
                    _ => {
                        if let Some(test) =
                            crate::type_spelling::error_test(&error, &call, occurred)
                        {
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

    /// Store a value (already of the target's type) into a target.
    pub fn assign(&mut self, target: &LValue, v: Val, vty: &Type, span: Span) -> R<()> {
        match target {
            LValue::Local(id) => {
                let var = self.var(*id)?;
                let name = naming::local(&var.name);
                let ty = var.ty.clone();
                let vname = var.name.clone();
                self.store_var(&name, &ty, Some(&vname), v, span)
            }
            LValue::CGlobal(id) => {
                let var = self
                    .md
                    .m
                    .cglobals
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown C global", span))?;
                let name = naming::cglobal(&var.name);
                let ty = var.ty.clone();
                self.store_var(&name, &ty, None, v, span)
            }
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                let (c, _) = self.cell_of(target, span)?;
                // A captured C number or memoryview is kept boxed in its cell.
                let o = match (v, vty.strip_const()) {
                    (Val::C { code, .. }, t) => self.c_to_object(&code, t, span)?,
                    (v @ Val::Slice { .. }, Type::MemView(mv)) => self.view_object(v, mv, span)?,
                    (other, _) => self.expect_obj(other, span)?,
                };
                self.check_neg(&format!("PyCell_Set({c}, {})", o.code()));
                self.release(&o);
                Ok(())
            }
            LValue::Global(n) => {
                let k = self.md.consts.str(n);
                let o = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "PyDict_SetItem({}, {k}, {})",
                    naming::MODULE_DICT,
                    o.code()
                ));
                self.release(&o);
                Ok(())
            }
            LValue::MvAll(view) => self.assign_mv_all(view, v, vty, span),
            LValue::MvElement(_) | LValue::PtrIndex { .. } | LValue::Field { .. } => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("C lvalue assigned a non-C value", span));
                };
                let lhs = self.lvalue_c(target, span)?;
                self.w.line(format!("{lhs} = {code};"));
                Ok(())
            }
            LValue::PyItem { obj, index } => {
                let o = self.obj(obj)?;
                let i = self.obj(index)?;
                let val = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "pyxc_setitem({}, {}, {})",
                    o.code(),
                    i.code(),
                    val.code()
                ));
                self.release(&val);
                self.release(&o);
                self.release(&i);
                Ok(())
            }
            LValue::PyItemInt {
                obj,
                index,
                wraparound,
                boundscheck,
            } => {
                let o = self.obj(obj)?;
                let i = self.c_val(index)?;
                let val = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "pyxc_setitem_int({}, {}, {}, {}, {})",
                    o.code(),
                    i.0,
                    val.code(),
                    *wraparound as u8,
                    *boundscheck as u8
                ));
                self.release(&val);
                self.release(&o);
                Ok(())
            }
            LValue::PyAttr { obj, attr } => {
                let o = self.obj(obj)?;
                let k = self.md.consts.str(attr);
                let val = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "PyObject_SetAttr({}, {k}, {})",
                    o.code(),
                    val.code()
                ));
                self.release(&val);
                self.release(&o);
                Ok(())
            }
        }
    }

    fn expect_obj(&mut self, v: Val, span: Span) -> R<Val> {
        match v {
            Val::Obj { .. } => Ok(v),
            other => {
                self.release(&other);
                Err(ice("expected an object value", span))
            }
        }
    }

    /// Store into a variable of type `ty` named `name` in C.
    fn store_var(
        &mut self,
        name: &str,
        ty: &Type,
        pyname: Option<&str>,
        v: Val,
        span: Span,
    ) -> R<()> {
        match ty.strip_const() {
            // C arrays copy element-wise (`b[:] = a`).
            Type::Array(..) => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("a C array assigned a non-array value", span));
                };
                self.w
                    .line(format!("memcpy({name}, {code}, sizeof({name}));"));
                Ok(())
            }
            Type::Object(_) => {
                let v = self.expect_obj(v, span)?;
                let c = self.new_ref(&v);
                self.w.line(format!("Py_XSETREF({name}, {c});"));
                self.forget(&v);
                Ok(())
            }
            Type::Buffer(b) => {
                let v = self.expect_obj(v, span)?;
                let c = self.new_ref(&v);
                self.w.line(format!("Py_XSETREF({name}, {c});"));
                self.forget(&v);
                let Some(pyname) = pyname else {
                    return Err(ice("numpy buffer C global", span));
                };
                let slice = naming::buffer_slice(pyname);
                self.w.line(format!("pyxc_slice_clear(&{slice});"));
                let call = self.acquire_buffer_call(name, &slice, b)?;
                self.check_neg(&call);
                Ok(())
            }
            Type::MemView(_) => {
                let Val::Slice { code, owned } = v else {
                    self.release(&v);
                    return Err(ice("memoryview assigned a non-view value", span));
                };
                if owned {
                    self.w.line(format!("pyxc_slice_clear(&{name});"));
                    self.w.line(format!("{name} = {code};"));
                    self.forget(&Val::Slice { code, owned });
                } else if code != name {
                    self.w.line(format!("Py_XINCREF((PyObject *){code}.mv);"));
                    self.w.line(format!("pyxc_slice_clear(&{name});"));
                    self.w.line(format!("{name} = {code};"));
                }
                Ok(())
            }
            _ => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("C variable assigned a non-C value", span));
                };
                if code.is_empty() {
                    return Err(ice("assignment of a void value", span));
                }
                self.w.line(format!("{name} = {code};"));
                Ok(())
            }
        }
    }

    fn unpack(&mut self, targets: &[LValue], value: &TExpr, items: &[TExpr], span: Span) -> R<()> {
        if targets.len() != items.len() {
            return Err(ice("unpacking with mismatched items", span));
        }
        let o = self.obj(value)?;
        let n = targets.len();
        let temps: Vec<String> = (0..n).map(|_| self.obj_temp()).collect();
        self.w.open("");
        self.w.line(format!("PyObject *pyxc_items[{}];", n.max(1)));
        self.check(
            &format!("pyxc_cg_unpack({}, {n}, pyxc_items) < 0", o.code()),
            None,
        );
        for (i, t) in temps.iter().enumerate() {
            self.w.line(format!("{t} = pyxc_items[{i}];"));
        }
        self.w.close();
        self.release(&o);
        for (i, (target, item)) in targets.iter().zip(items).enumerate() {
            self.unpacked = Some(temps[i].clone());
            let v = self.expr(item);
            self.unpacked = None;
            let v = v?;
            self.assign(target, v, &item.ty, span)?;
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

    fn while_stmt(&mut self, test: &TExpr, body: &[TStmt], orelse: &[TStmt]) -> R<()> {
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
            self.w.label_here(&end);
        }
        Ok(())
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
            self.w.label_here(&end);
        }
        Ok(())
    }

    /// `a[:] = iterable` of a C array of `len` elements, as Cython fills it.
    /// A run-time `range()` step: zero is Python's ValueError.
    pub(crate) fn check_range_step(&mut self, step: &str) {
        self.check(
            &format!("{step} == 0"),
            Some("PyErr_SetString(PyExc_ValueError, \"range() arg 3 must not be zero\");"),
        );
    }

    /// The C expression of the cell a captured variable lives in (a hidden
    /// local, or an item of the closure tuple), and the variable's name.
    fn cell_of<'t>(&self, target: &'t LValue, span: Span) -> R<(String, &'t str)> {
        match target {
            LValue::Cell { cell, name } => Ok((naming::local(&self.var(*cell)?.name), name)),
            LValue::FreeCell { index, name } => Ok((
                format!("PyTuple_GET_ITEM({}, {index})", naming::CLOSURE),
                name,
            )),
            _ => Err(ice("not a cell", span)),
        }
    }

    fn array_fill(
        &mut self,
        array: &TExpr,
        value: &TExpr,
        elem: &Type,
        len: u64,
        span: Span,
    ) -> R<()> {
        let arr = self.c_val(array)?;
        let o = self.obj(value)?;
        let it = self.obj_temp();
        self.w
            .line(format!("{it} = PyObject_GetIter({});", o.code()));
        self.release(&o);
        self.check_null(&it);
        let i = self.c_temp_named("Py_ssize_t");
        let item = self.obj_temp();
        self.w.open(format!("for ({i} = 0; {i} < {len}; {i}++)"));
        self.w.line(format!("{item} = PyIter_Next({it});"));
        self.check(
            &format!("!{item}"),
            Some(&format!(
                "if (!PyErr_Occurred()) PyErr_Format(PyExc_IndexError, \"not enough values found during array assignment, expected {len}, got %zd\", {i});"
            )),
        );
        let v = self.convert_object_code(&item, elem.strip_const(), span)?;
        self.w.line(format!("{}[{i}] = {v};", arr.0));
        self.w.line(format!("Py_CLEAR({item});"));
        self.w.close();
        self.w.line(format!("{item} = PyIter_Next({it});"));
        self.check(
            &format!("{item} || PyErr_Occurred()"),
            Some(&format!(
                "if ({item}) {{ Py_CLEAR({item}); PyErr_Format(PyExc_IndexError, \"too many values found during array assignment, expected {len}\"); }}"
            )),
        );
        self.w.line(format!("Py_CLEAR({it});"));
        self.release(&Val::owned(item));
        self.release(&Val::owned(it));
        Ok(())
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
            self.w.label_here(&end);
        }
        Ok(())
    }

    fn for_iter(
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
            self.w.label_here(end);
            self.w.line(format!("Py_CLEAR({seq});"));
            self.w.line(format!("Py_CLEAR({it});"));
        }
        Ok(())
    }

    /// A comprehension: `[...]`, `{...}`, `{k: v ...}`, or an inlined
    /// `any(...)`/`all(...)` that stops at the first deciding item.
    pub fn comp(
        &mut self,
        kind: CompKind,
        elt: &TExpr,
        value: Option<&TExpr>,
        generators: &[TGenerator],
        span: Span,
    ) -> R<Val> {
        let (r, acc) = match kind {
            CompKind::List => (Some(self.call_obj("PyList_New(0)".into())), None),
            CompKind::Set => (Some(self.call_obj("PySet_New(NULL)".into())), None),
            CompKind::Dict => (Some(self.call_obj("PyDict_New()".into())), None),
            CompKind::Any | CompKind::All => {
                let t = self.c_temp_named("int");
                let init = if kind == CompKind::Any { 0 } else { 1 };
                self.w.line(format!("{t} = {init};"));
                (None, Some(t))
            }
        };
        let sink = match (&r, &acc) {
            (Some(r), _) => r.code().to_string(),
            (None, Some(t)) => t.clone(),
            _ => return Err(ice("comprehension without a result", span)),
        };
        self.comp_level(kind, elt, value, generators, &sink, span)?;
        match (r, acc) {
            (Some(r), _) => Ok(r),
            (None, Some(t)) => Ok(Val::C {
                code: t,
                prec: prec::ATOM,
            }),
            _ => Err(ice("comprehension without a result", span)),
        }
    }

    fn comp_level(
        &mut self,
        kind: CompKind,
        elt: &TExpr,
        value: Option<&TExpr>,
        gens: &[TGenerator],
        sink: &str,
        span: Span,
    ) -> R<()> {
        let Some((g, rest)) = gens.split_first() else {
            match kind {
                CompKind::List | CompKind::Set => {
                    let v = self.obj(elt)?;
                    let add = if kind == CompKind::List {
                        "PyList_Append"
                    } else {
                        "PySet_Add"
                    };
                    self.check_neg(&format!("{add}({sink}, {})", v.code()));
                    self.release(&v);
                }
                CompKind::Dict => {
                    let value =
                        value.ok_or_else(|| ice("dict comprehension without a value", span))?;
                    let k = self.obj(elt)?;
                    let v = self.obj(value)?;
                    self.check_neg(&format!(
                        "PyDict_SetItem({sink}, {}, {})",
                        k.code(),
                        v.code()
                    ));
                    self.release(&k);
                    self.release(&v);
                }
                CompKind::Any | CompKind::All => {
                    let t = self.c_val(elt)?;
                    let t = paren(&t, prec::UNARY);
                    if kind == CompKind::Any {
                        self.w.open(format!("if ({t})"));
                        self.w.line(format!("{sink} = 1;"));
                    } else {
                        self.w.open(format!("if (!{t})"));
                        self.w.line(format!("{sink} = 0;"));
                    }
                    self.w.line("break;");
                    self.w.close();
                }
            }
            return Ok(());
        };
        let sink = sink.to_string();
        self.for_iter_with(&g.target, &g.iter, &g.item, &[], span, &mut |cx| {
            cx.stmts(&g.unpack)?;
            let mut opened = 0;
            for cond in &g.ifs {
                let t = cx.c_val(cond)?;
                cx.w.open(format!("if ({})", t.0));
                opened += 1;
            }
            cx.comp_level(kind, elt, value, rest, &sink, span)?;
            for _ in 0..opened {
                cx.w.close();
            }
            if !rest.is_empty() {
                match kind {
                    CompKind::Any => cx.w.line(format!("if ({sink}) break;")),
                    CompKind::All => cx.w.line(format!("if (!{sink}) break;")),
                    _ => {}
                }
            }
            Ok(())
        })
    }

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

    fn break_continue(&mut self, is_break: bool, span: Span) -> R<()> {
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
            Some(l) => self.w.line(format!("goto {l};")),
            None => self.w.line(if is_break { "break;" } else { "continue;" }),
        }
        Ok(())
    }

    fn return_stmt(&mut self, v: Option<&TExpr>, span: Span) -> R<()> {
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

    fn raise_stmt(&mut self, exc: Option<&TExpr>, cause: Option<&TExpr>) -> R<()> {
        let Some(exc) = exc else {
            self.goto_error(Some("pyxc_cg_reraise();"));
            return Ok(());
        };
        let e = self.obj(exc)?;
        let c = match cause {
            Some(c) => Some(self.obj(c)?),
            None => None,
        };
        let cc = c.as_ref().map(code_of).unwrap_or_else(|| "NULL".into());
        self.w.line(format!("pyxc_raise({}, {cc});", e.code()));
        self.release(&e);
        if let Some(c) = &c {
            self.release(c);
        }
        self.goto_error(None);
        Ok(())
    }

    fn with_gil(&mut self, release: bool, body: &[TStmt]) -> R<()> {
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

    fn assert_stmt(&mut self, test: &TExpr, msg: Option<&TExpr>) -> R<()> {
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

    fn del(&mut self, target: &LValue, span: Span) -> R<()> {
        match target {
            LValue::Local(id) => {
                let v = self.var(*id)?;
                let name = naming::local(&v.name);
                let pyname = c_string(v.name.as_bytes());
                match v.ty.strip_const() {
                    Type::Object(_) => {
                        self.check(
                            &format!("!{name}"),
                            Some(&format!("pyxc_raise_unbound_local({pyname});")),
                        );
                        self.w.line(format!("Py_CLEAR({name});"));
                    }
                    Type::MemView(_) => self.w.line(format!("pyxc_slice_clear(&{name});")),
                    _ => return Err(ice("del of a C variable", span)),
                }
                Ok(())
            }
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                let (c, name) = self.cell_of(target, span)?;
                let n = c_string(name.as_bytes());
                self.check(
                    &format!("!PyCell_GET({c})"),
                    Some(&format!("pyxc_raise_unbound_local({n});")),
                );
                self.check_neg(&format!("PyCell_Set({c}, NULL)"));
                Ok(())
            }
            LValue::Global(n) => {
                let k = self.md.consts.str(n);
                self.check_neg(&format!("pyxc_cg_del_global({}, {k})", naming::MODULE_DICT));
                Ok(())
            }
            LValue::PyItem { obj, index } => {
                let o = self.obj(obj)?;
                let i = self.obj(index)?;
                self.check_neg(&format!("PyObject_DelItem({}, {})", o.code(), i.code()));
                self.release(&o);
                self.release(&i);
                Ok(())
            }
            LValue::PyItemInt { obj, index, .. } => {
                let o = self.obj(obj)?;
                let i = self.c_val(index)?;
                self.check_neg(&format!("PySequence_DelItem({}, {})", o.code(), i.0));
                self.release(&o);
                Ok(())
            }
            LValue::PyAttr { obj, attr } => {
                let o = self.obj(obj)?;
                let k = self.md.consts.str(attr);
                self.check_neg(&format!("PyObject_SetAttr({}, {k}, NULL)", o.code()));
                self.release(&o);
                Ok(())
            }
            _ => Err(ice("unsupported del target", span)),
        }
    }

    fn bind_function(&mut self, func: FuncId, name: &str, span: Span) -> R<()> {
        let m = self.md.m;
        let f = m
            .functions
            .get(func.0 as usize)
            .ok_or_else(|| ice("BindFunction of an unknown function", span))?;
        let idx = self
            .md
            .method_index(func)
            .ok_or_else(|| ice("BindFunction of a cdef function", span))?;
        // Stored defaults are evaluated now, once, as Python does at `def`.
        for (i, p) in f.params.iter().enumerate() {
            let Some(ParamDefault::Stored(d)) = &p.default else {
                continue;
            };
            let v = self.obj(d)?;
            let c = self.new_ref(&v);
            let st = naming::default_value(&f.name, i);
            self.w.line(format!("Py_XSETREF({st}, {c});"));
            self.forget(&v);
        }
        let t = self.function_object(idx, "NULL");
        let k = self.md.consts.str(name);
        self.check_neg(&format!(
            "PyDict_SetItem({}, {k}, {})",
            naming::MODULE_DICT,
            t.code()
        ));
        self.release(&t);
        Ok(())
    }

    fn assign_mv_all(&mut self, view: &TExpr, v: Val, vty: &Type, span: Span) -> R<()> {
        let mv = view_type(&view.ty).ok_or_else(|| ice("view[:] on a non-view", span))?;
        let dst = self.view(view)?;
        match v {
            Val::Slice { .. } => {
                let elem = crate::type_spelling::elem_type(&mv);
                self.check_neg(&format!(
                    "pyxc_slice_copy_into(&{}, &{}, {}, sizeof({elem}))",
                    v.code(),
                    dst.code(),
                    mv.ndim()
                ));
                self.release(&v);
            }
            Val::C { code, .. } => {
                // Broadcast a scalar: nested loops over the shape.
                let _ = vty;
                let x = self.c_temp(&mv.dtype);
                self.w.line(format!("{x} = {code};"));
                let n = mv.ndim();
                let idx: Vec<String> = (0..n).map(|_| self.c_temp(&index_type())).collect();
                for (k, i) in idx.iter().enumerate() {
                    self.w.open(format!(
                        "for ({i} = 0; {i} < {d}.shape[{k}]; {i}++)",
                        d = dst.code()
                    ));
                }
                let off: Vec<String> = idx
                    .iter()
                    .enumerate()
                    .map(|(k, i)| format!("{i} * {}.strides[{k}]", dst.code()))
                    .collect();
                let elem = crate::type_spelling::elem_type(&mv);
                self.w.line(format!(
                    "*({elem} *)({}.data + {}) = {x};",
                    dst.code(),
                    off.join(" + ")
                ));
                for _ in 0..n {
                    self.w.close();
                }
            }
            Val::Obj { .. } => {
                self.release(&v);
                self.release(&dst);
                return Err(ice("view[:] assigned an object", span));
            }
        }
        self.release(&dst);
        Ok(())
    }

    /// `try`/`except`/`else`/`finally`.
    fn try_stmt(
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
            self.w.line(format!("goto {fin_end};"));
            // Exceptional exit: save the exception, run the block, re-raise.
            self.w.label_here(&fin_err);
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
            self.w.line(format!("goto {after};"));
            self.w.label_here(&drop_label);
            if !nogil {
                self.restore_handled(&saved);
            }
            self.w.line(gil(format!(
                "Py_CLEAR({et}); Py_CLEAR({ev}); Py_CLEAR({etb});"
            )));
            self.w.label_here(&after);
            self.goto_error_plain();
            self.w.label_here(&fin_end);
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
    fn end_handling(&mut self, saved: &[String; 3], caught: &[String; 3]) {
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
        self.w.line(format!("goto {end};"));
        self.w.label_here(&except);
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
            self.w.line(format!("goto {end};"));
            // An exception inside the handler: restore the outer state.
            self.w.label_here(&herr);
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
        self.w.label_here(&end);
        Ok(())
    }

    fn with_stmt(
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
        self.w.line(format!("goto {end};"));
        self.w.label_here(&err);
        for l in self.region_cleanup(&region) {
            self.w.line(l);
        }
        let ok = self.c_temp_named("int");
        self.w.line(format!("{ok} = pyxc_cg_with_exit({exit});"));
        self.w.line(format!("Py_CLEAR({exit});"));
        self.w.open(format!("if ({ok} <= 0)"));
        self.goto_error_plain();
        self.w.close();
        self.w.label_here(&end);
        self.free_obj(&exit);
        Ok(())
    }
}

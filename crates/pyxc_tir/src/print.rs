//! A readable text of the typed tree, for tests that pin what sema decided.
//!
//! Every function (signature, parameters with their kinds and defaults,
//! locals with their types), statement and expression node is printed on
//! its own line, indented under its parent, each expression with its type
//! after ` : `. Every decision the tree records is visible: `Coerce` nodes
//! (`from -> to`), the checks a node carries, both copies of a versioned
//! loop and its guard, parallel loops with their reductions, cells and
//! closures, `check_bound` reads. No spans or addresses: the text is the
//! same on every run.
//!
//! Each `match` over a node kind lists every variant (no catch-all), so a
//! new node kind does not compile until it prints.

use crate::tir::*;
use crate::types::{ErrorReturn, ErrorValue, StructType, Type};

/// The text of a whole module.
pub fn print_module(m: &TModule) -> String {
    let mut p = Printer {
        module: m,
        vars: &m.init.vars,
        out: String::new(),
        depth: 0,
    };
    p.module_header();
    for (i, f) in m.functions.iter().enumerate() {
        p.function(&format!("f{i}"), f);
    }
    p.function("module init", &m.init);
    p.out
}

struct Printer<'m> {
    module: &'m TModule,
    /// The variables of the function being printed.
    vars: &'m [Var],
    out: String,
    depth: usize,
}

/// A child of a node, printed indented under it.
enum Kid<'a> {
    /// An expression, with a label (empty for none).
    E(&'a str, &'a TExpr),
    /// An optional expression: nothing printed when absent.
    O(&'a str, Option<&'a TExpr>),
    /// A list of expressions under a label (or directly when it is empty).
    Es(&'a str, &'a [TExpr]),
    L(&'a str, &'a LValue),
    /// Statements under a label (nothing printed when there are none).
    S(&'a str, &'a [TStmt]),
}

use Kid::*;

impl<'m> Printer<'m> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn kids(&mut self, kids: &[Kid<'_>]) {
        self.nested(|p| kids.iter().for_each(|k| p.kid(k)));
    }

    fn kid(&mut self, k: &Kid<'_>) {
        match k {
            E(label, e) => self.expr(label, e),
            O(label, e) => {
                if let Some(e) = e {
                    self.expr(label, e)
                }
            }
            Es("", es) => es.iter().for_each(|e| self.expr("", e)),
            Es(label, es) => {
                self.line(&format!("{label}:"));
                self.nested(|p| es.iter().for_each(|e| p.expr("", e)));
            }
            L(label, l) => self.lvalue(label, l),
            S(label, body) => self.block(label, body),
        }
    }

    /// A node: `pre head : ty`, then its children.
    fn node(&mut self, pre: &str, head: &str, ty: &Type, kids: &[Kid<'_>]) {
        self.line(&format!("{pre}{head} : {}", ty_text(ty)));
        self.kids(kids);
    }

    fn block(&mut self, label: &str, body: &[TStmt]) {
        if body.is_empty() {
            return;
        }
        self.line(&format!("{label}:"));
        self.nested(|p| body.iter().for_each(|s| p.stmt(s)));
    }

    fn var(&self, v: VarId) -> String {
        match self.vars.get(v.0 as usize) {
            Some(var) => format!("{}#{}", clean_name(&var.name), v.0),
            None => format!("?#{}", v.0),
        }
    }

    fn func_name(&self, f: FuncId) -> String {
        match self.module.functions.get(f.0 as usize) {
            Some(func) => format!("f{} {}", f.0, clean_name(&func.name)),
            None => format!("f{} ?", f.0),
        }
    }

    fn cglobal(&self, g: CGlobalId) -> String {
        match self.module.cglobals.get(g.0 as usize) {
            Some(var) => format!("{}#g{}", clean_name(&var.name), g.0),
            None => format!("?#g{}", g.0),
        }
    }

    fn target(&self, t: &CFuncTarget) -> String {
        match t {
            CFuncTarget::Module(f) => self.func_name(*f),
            CFuncTarget::Extern { c_name, ty } => {
                format!("extern {c_name} {}", error_text(&ty.error))
            }
        }
    }
}

// ---- module and functions ----

impl<'m> Printer<'m> {
    fn module_header(&mut self) {
        let m = self.module;
        self.line(&format!("module {} ({})", m.name, m.filename));
        if let Some(d) = &m.doc {
            self.line(&format!("doc {d:?}"));
        }
        for i in &m.includes {
            self.line(&format!("include {i:?}"));
        }
        for s in &m.extra_sources {
            self.line(&format!("extra source {s:?}"));
        }
        if m.uses_openmp {
            self.line("uses openmp");
        }
        if m.uses_numpy {
            self.line("uses numpy");
        }
        for s in &m.structs {
            self.struct_def(s);
        }
        for (i, g) in m.cglobals.iter().enumerate() {
            let name = clean_name(&g.name);
            self.line(&format!("cglobal {name}#g{i} : {}", ty_text(&g.ty)));
        }
    }

    fn struct_def(&mut self, s: &StructType) {
        let what = match (s.union, s.tuple) {
            (true, _) => "union",
            (false, true) => "ctuple",
            (false, false) => "struct",
        };
        self.line(&format!("{what} {}", s.name));
        self.nested(|p| {
            for (name, ty) in s.fields() {
                let c = s.c_field(name);
                let renamed = if c == name {
                    String::new()
                } else {
                    format!(" (C {c})")
                };
                p.line(&format!("field {name}{renamed} : {}", ty_text(ty)));
            }
        });
    }

    fn function(&mut self, id: &str, f: &'m TFunction) {
        self.vars = &f.vars;
        self.line("");
        self.line(&format!(
            "{id} {} {}{} -> {} {}{}",
            kind_text(f.kind),
            clean_name(&f.name),
            closure_text(f.closure.as_ref()),
            ty_text(&f.ret),
            error_text(&f.error),
            fn_flags(f)
        ));
        self.nested(|p| {
            if let Some(d) = &f.doc {
                p.line(&format!("doc {d:?}"));
            }
            f.params.iter().for_each(|prm| p.param(prm));
            for (i, v) in f.vars.iter().enumerate() {
                if v.param.is_none() {
                    let name = clean_name(&v.name);
                    let w = if v.written_through {
                        " written-through"
                    } else {
                        ""
                    };
                    p.line(&format!("local {name}#{i} : {}{w}", ty_text(&v.ty)));
                }
            }
            p.block("body", &f.body);
        });
    }

    fn param(&mut self, prm: &'m TParam) {
        let kind = match prm.kind {
            ParamKind::Normal => "",
            ParamKind::KeywordOnly => " keyword-only",
            ParamKind::VarArgs => " *args",
            ParamKind::KwArgs => " **kwargs",
        };
        let var = self.vars.get(prm.var.0 as usize);
        let ty = var.map_or("?".to_string(), |v| ty_text(&v.ty));
        let mut flags = String::new();
        for (on, name) in [
            (var.is_some_and(|v| v.written_through), " written-through"),
            (prm.pos_only, " positional-only"),
            (prm.none == NoneArg::NotNone, " not-None"),
            (prm.none == NoneArg::Accepted, " none-ok"),
            (prm.int_from_number, " int-from-number"),
        ] {
            if on {
                flags.push_str(name);
            }
        }
        self.line(&format!("param {} : {ty}{kind}{flags}", self.var(prm.var)));
        match &prm.default {
            None => {}
            Some(ParamDefault::Constant(d)) => self.kids(&[E("default (constant): ", d)]),
            Some(ParamDefault::Stored(d)) => self.kids(&[E("default (stored at def): ", d)]),
            Some(ParamDefault::InClosure) => self.nested(|p| p.line("default (in the closure)")),
        }
    }
}

fn kind_text(k: FuncKind) -> &'static str {
    match k {
        FuncKind::Def => "def",
        FuncKind::Cdef => "cdef",
        FuncKind::Cpdef => "cpdef",
        FuncKind::ModuleInit => "module-init",
    }
}

fn closure_text(c: Option<&Closure>) -> String {
    c.map_or(String::new(), |c| {
        format!(" [closure {} nfree={}]", clean_name(&c.py_name), c.nfree)
    })
}

fn fn_flags(f: &TFunction) -> String {
    let mut s = String::new();
    for (on, name) in [
        (f.nogil, " nogil"),
        (f.with_gil, " with-gil"),
        (f.inline, " inline"),
    ] {
        if on {
            s.push_str(name);
        }
    }
    if let Some(t) = &f.trace {
        s.push_str(&format!(" traced-from-line {}", f.first_line));
        for (on, name) in [(t.profile, " profile"), (t.linetrace, " linetrace")] {
            if on {
                s.push_str(name);
            }
        }
        if !t.lines.is_empty() {
            let lines: Vec<String> = t.lines.iter().map(|l| l.to_string()).collect();
            s.push_str(&format!(" trace-lines[{}]", lines.join(",")));
        }
    }
    format!("{s} (line {})", f.line)
}

// ---- statements ----

impl<'m> Printer<'m> {
    fn stmt(&mut self, s: &TStmt) {
        let head = |name: &str| format!("{}: {name}", s.line);
        match &s.kind {
            TStmtKind::ArrayFill {
                array,
                value,
                elem,
                len,
            } => {
                let h = head(&format!("ArrayFill elem {} len {len}", ty_text(elem)));
                self.line(&h);
                self.kids(&[E("array: ", array), E("value: ", value)]);
            }
            TStmtKind::Expr(e) => self.stmt_kids(&head("Expr"), &[E("", e)]),
            TStmtKind::Assign { target, value } => self.stmt_kids(
                &head("Assign"),
                &[L("target: ", target), E("value: ", value)],
            ),
            TStmtKind::Unpack {
                targets,
                value,
                items,
            } => self.unpack(&head("Unpack"), targets, value, items),
            TStmtKind::If { test, body, orelse } => self.stmt_kids(
                &head("If"),
                &[E("test: ", test), S("then", body), S("else", orelse)],
            ),
            TStmtKind::While { test, body, orelse } => self.stmt_kids(
                &head("While"),
                &[E("test: ", test), S("body", body), S("else", orelse)],
            ),
            TStmtKind::ForRange { .. } => self.for_range(&head("ForRange"), &s.kind),
            TStmtKind::ForIter {
                target,
                iter,
                item,
                body,
                orelse,
            } => self.stmt_kids(
                &head("ForIter"),
                &[
                    L("target: ", target),
                    E("iter: ", iter),
                    E("item: ", item),
                    S("body", body),
                    S("else", orelse),
                ],
            ),
            TStmtKind::Break => self.line(&head("Break")),
            TStmtKind::Continue => self.line(&head("Continue")),
            TStmtKind::Pass => self.line(&head("Pass")),
            TStmtKind::Return(v) => self.stmt_kids(&head("Return"), &[O("", v.as_ref())]),
            TStmtKind::Raise { exc, cause } => self.stmt_kids(
                &head("Raise"),
                &[O("exc: ", exc.as_ref()), O("cause: ", cause.as_ref())],
            ),
            TStmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(&head("Try"), body, handlers, orelse, finalbody),
            TStmtKind::WithGil { release, body } => {
                let what = if *release { "WithNogil" } else { "WithGil" };
                self.stmt_kids(&head(what), &[S("body", body)])
            }
            TStmtKind::ParallelBlock { num_threads, body } => self.stmt_kids(
                &head("ParallelBlock"),
                &[O("num_threads: ", num_threads.as_ref()), S("body", body)],
            ),
            TStmtKind::With {
                context,
                target,
                body,
            } => self.with_stmt(&head("With"), context, target.as_ref(), body),
            TStmtKind::Assert { test, msg } => self.stmt_kids(
                &head("Assert"),
                &[E("test: ", test), O("msg: ", msg.as_ref())],
            ),
            TStmtKind::Del(target) => self.stmt_kids(&head("Del"), &[L("", target)]),
            TStmtKind::BindFunction { func, name } => {
                let h = head(&format!(
                    "BindFunction {name:?} = {}",
                    self.func_name(*func)
                ));
                self.line(&h)
            }
            TStmtKind::Import { target, value } => self.stmt_kids(
                &head("Import"),
                &[L("target: ", target), E("value: ", value)],
            ),
        }
    }

    fn stmt_kids(&mut self, head: &str, kids: &[Kid<'_>]) {
        self.line(head);
        self.kids(kids);
    }

    fn unpack(&mut self, head: &str, targets: &[LValue], value: &TExpr, items: &[TExpr]) {
        self.line(head);
        self.nested(|p| {
            p.expr("value: ", value);
            for (i, (t, item)) in targets.iter().zip(items).enumerate() {
                p.lvalue(&format!("target {i}: "), t);
                p.nested(|p| p.expr("item: ", item));
            }
        });
    }

    fn for_range(&mut self, head: &str, kind: &TStmtKind) {
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
        } = kind
        else {
            return;
        };
        let sign = match step_sign {
            Some(s) if *s < 0 => "step sign -".to_string(),
            Some(_) => "step sign +".to_string(),
            None => "step sign tested at run time".to_string(),
        };
        let legacy = match legacy {
            Some(true) => " legacy for-from (inclusive)",
            Some(false) => " legacy for-from",
            None => "",
        };
        self.line(&format!(
            "{head} counter {} {sign}{legacy}",
            ty_text(counter_ty)
        ));
        self.kids(&[
            L("var: ", var),
            E("start: ", start),
            E("stop: ", stop),
            E("step: ", step),
        ]);
        self.nested(|p| {
            if let Some(par) = parallel {
                p.parallel(par);
            }
            match fast {
                Some(f) => {
                    p.line("versioned: the unchecked copy runs when the guard holds");
                    p.nested(|p| p.expr("guard: ", &f.guard));
                    p.block("fast body (unchecked)", &f.body);
                    p.block("body (as written)", body);
                }
                None => p.block("body", body),
            }
            p.block("else", orelse);
        });
    }

    fn parallel(&mut self, par: &Parallel) {
        let sched = par
            .schedule
            .as_ref()
            .map_or(String::new(), |s| format!(" schedule={}", s.name()));
        self.line(&format!("parallel (prange){sched}"));
        self.nested(|p| {
            for (v, op) in &par.reductions {
                p.line(&format!("reduction {} {}", p.var(*v), op.symbol()));
            }
            p.kids_flat(&[
                O("num_threads: ", par.num_threads.as_ref()),
                O("chunksize: ", par.chunksize.as_ref()),
            ]);
        });
    }

    /// Children at the current depth (not nested one more level).
    fn kids_flat(&mut self, kids: &[Kid<'_>]) {
        kids.iter().for_each(|k| self.kid(k));
    }

    fn try_stmt(
        &mut self,
        head: &str,
        body: &[TStmt],
        handlers: &[THandler],
        orelse: &[TStmt],
        finalbody: &[TStmt],
    ) {
        self.line(head);
        self.nested(|p| {
            p.block("body", body);
            for h in handlers {
                p.line(&format!("{}: except", h.line));
                p.kids(&[O("type: ", h.ty.as_ref())]);
                if let Some(t) = &h.target {
                    p.nested(|p| p.lvalue("as: ", t));
                }
                p.nested(|p| p.block("body", &h.body));
            }
            p.block("else", orelse);
            p.block("finally", finalbody);
        });
    }

    fn with_stmt(&mut self, head: &str, ctx: &TExpr, target: Option<&LValue>, body: &[TStmt]) {
        self.line(head);
        self.nested(|p| {
            p.expr("context: ", ctx);
            if let Some(t) = target {
                p.lvalue("as: ", t);
            }
            p.block("body", body);
        });
    }
}

// ---- assignable places ----

impl<'m> Printer<'m> {
    fn lvalue(&mut self, pre: &str, l: &LValue) {
        match l {
            LValue::Local(v) => self.line(&format!("{pre}Local {}", self.var(*v))),
            LValue::CGlobal(g) => self.line(&format!("{pre}CGlobal {}", self.cglobal(*g))),
            LValue::Global(n) => self.line(&format!("{pre}Global {n:?}")),
            LValue::MvElement(ix) => self.mv_index(pre, "MvElement", None, ix),
            LValue::MvAll(view) => self.lv_kids(pre, "MvAll", &[E("", view)]),
            LValue::PtrIndex { ptr, index } => {
                self.lv_kids(pre, "PtrIndex", &[E("ptr: ", ptr), E("index: ", index)])
            }
            LValue::Field {
                base,
                field,
                c_field,
            } => {
                let renamed = if c_field == field {
                    String::new()
                } else {
                    format!(" (C {c_field})")
                };
                self.lv_kids(pre, &format!("Field .{field}{renamed}"), &[L("", base)])
            }
            LValue::PyItem { obj, index } => {
                self.lv_kids(pre, "PyItem", &[E("obj: ", obj), E("index: ", index)])
            }
            LValue::PyItemInt {
                obj,
                index,
                wraparound,
                boundscheck,
            } => {
                let head = format!("PyItemInt{}", list_checks(*wraparound, *boundscheck));
                self.lv_kids(pre, &head, &[E("obj: ", obj), E("index: ", index)])
            }
            LValue::PyAttr { obj, attr } => {
                self.lv_kids(pre, &format!("PyAttr .{attr}"), &[E("", obj)])
            }
            LValue::Cell { cell, name } => {
                self.line(&format!("{pre}Cell {name} in {}", self.var(*cell)))
            }
            LValue::FreeCell { index, name } => {
                self.line(&format!("{pre}FreeCell {name} (closure item {index})"))
            }
        }
    }

    fn lv_kids(&mut self, pre: &str, head: &str, kids: &[Kid<'_>]) {
        self.line(&format!("{pre}{head}"));
        self.kids(kids);
    }

    /// `view[i, j]` as an element read (`ty` given), an lvalue or an address.
    fn mv_index(&mut self, pre: &str, head: &str, ty: Option<&Type>, ix: &MvIndex) {
        let ty = ty.map_or(String::new(), |t| format!(" : {}", ty_text(t)));
        self.line(&format!("{pre}{head} {}{ty}", checks_text(&ix.checks)));
        self.kids(&[E("view: ", &ix.view), Es("indices", &ix.indices)]);
    }
}

// ---- expressions ----

impl<'m> Printer<'m> {
    fn expr(&mut self, pre: &str, e: &TExpr) {
        use TExprKind as K;
        let ty = &e.ty;
        match &e.kind {
            K::IntConst(v) => self.leaf(pre, ty, format!("IntConst {v}")),
            K::FloatConst(v) => self.leaf(pre, ty, format!("FloatConst {v:?}")),
            K::BigIntConst(v) => self.leaf(pre, ty, format!("BigIntConst {v}")),
            K::ImagConst(v) => self.leaf(pre, ty, format!("ImagConst {v:?}j")),
            K::StrConst(s) => self.leaf(pre, ty, format!("StrConst {s:?}")),
            K::BytesConst(b) => self.leaf(pre, ty, format!("BytesConst {}", bytes(b))),
            K::CStrConst(b) => self.leaf(pre, ty, format!("CStrConst {}", bytes(b))),
            K::BoolConst(b) => self.leaf(pre, ty, format!("BoolConst {b}")),
            K::NoneConst => self.leaf(pre, ty, "NoneConst".into()),
            K::NullConst => self.leaf(pre, ty, "NullConst".into()),
            K::CName(n) => self.leaf(pre, ty, format!("CName {n}")),
            K::EnumConst(v) => self.leaf(pre, ty, format!("EnumConst {v}")),
            K::ThreadId => self.leaf(pre, ty, "ThreadId".into()),
            K::Local { var, check_bound } => self.local(pre, ty, *var, *check_bound),
            K::CGlobal(g) => self.leaf(pre, ty, format!("CGlobal {}", self.cglobal(*g))),
            K::Global(n) => self.leaf(pre, ty, format!("Global {n:?}")),
            K::BuiltinName(n) => self.leaf(pre, ty, format!("BuiltinName {n}")),
            K::CFuncRef(t) => self.leaf(pre, ty, format!("CFuncRef {}", self.target(t))),
            K::Let { var, value } => self.let_expr(pre, ty, *var, value),
            K::CStrSlice { .. } => self.c_str_slice(pre, e),
            K::NewCell(init) => self.node(pre, "NewCell", ty, &[O("", init.as_deref())]),
            K::CellGet { cell, name } => self.cell_get(pre, ty, *cell, name),
            K::FreeVar { index, name } => self.free_var(pre, ty, *index, name),
            K::FreeCell(i) => self.leaf(pre, ty, format!("FreeCell (closure item {i})")),
            K::MakeFunction { func, closure } => self.make_function(pre, ty, *func, closure),
            K::CBinary { .. } => self.c_binary(pre, e),
            K::CUnary { op, operand } => self.op1(pre, ty, "CUnary", op, operand),
            K::CCompare { op, left, right } => self.op2(pre, ty, "CCompare", op, left, right),
            K::CChain { operands, links } => self.c_chain(pre, ty, operands, links),
            K::Effects { discarded, value } => self.node(
                pre,
                "Effects",
                ty,
                &[Es("discarded: ", discarded), E("value: ", value)],
            ),
            K::SoftComplexPow { base, exponent } => self.node(
                pre,
                "SoftComplexPow",
                ty,
                &[E("base: ", base), E("exponent: ", exponent)],
            ),
            K::FloatChain(chain) => self.float_chain(pre, ty, chain),
            K::CLogical { and, left, right } => self.logical(pre, ty, "C", *and, left, right),
            K::Cond { .. } => self.cond(pre, e),
            K::AddressOf(l) => self.node(pre, "AddressOf", ty, &[L("", l)]),
            K::SizeOf(t) => self.leaf(pre, ty, format!("SizeOf {}", ty_text(t))),
            K::PyBinary { .. } => self.py_binary(pre, e),
            K::PyUnary { op, operand } => self.op1(pre, ty, "PyUnary", op, operand),
            K::PyCompare { op, left, right } => self.op2(pre, ty, "PyCompare", op, left, right),
            K::PyCompareBool { op, left, right } => {
                self.op2(pre, ty, "PyCompareBool", op, left, right)
            }
            K::PyLogical { and, left, right } => self.logical(pre, ty, "Py", *and, left, right),
            K::PyAttr { obj, attr } => self.attr(pre, ty, "PyAttr", attr, obj),
            K::PyCall { func, args } => self.py_call(pre, ty, func, args),
            K::PyMethodCall { .. } => self.py_method_call(pre, e),
            K::PyGetItem { obj, index } => self.get_item(pre, ty, obj, index),
            K::PyGetItemInt { .. } | K::BytesItem { .. } => self.py_get_item_int(pre, e),
            K::PySlice { .. } => self.py_slice(pre, e),
            K::MakeSlice { .. } => self.make_slice(pre, e),
            K::Display { kind, parts } => self.display(pre, ty, *kind, parts),
            K::MakeList(items) => self.node(pre, "MakeList", ty, &[Es("", items)]),
            K::MakeTuple(items) => self.node(pre, "MakeTuple", ty, &[Es("", items)]),
            K::MakeSet(items) => self.node(pre, "MakeSet", ty, &[Es("", items)]),
            K::MakeDict(pairs) => self.make_dict(pre, ty, pairs),
            K::Comp { .. } => self.comp(pre, e),
            K::Import { .. } => self.import(pre, e),
            K::ImportFrom { module, name } => self.attr(pre, ty, "ImportFrom", name, module),
            K::Append { list, item } => self.append(pre, ty, list, item),
            K::FormatJoin(parts) => self.format_join(pre, ty, parts),
            K::Coerce { kind, operand } => self.coerce(pre, ty, kind, operand),
            K::UnpackedItem => self.leaf(pre, ty, "UnpackedItem".into()),
            K::IterItem => self.leaf(pre, ty, "IterItem".into()),
            K::CCall { func, args } => self.c_call(pre, ty, func, args),
            K::CCallPtr { .. } => self.c_call_ptr(pre, e),
            K::BuiltinCall { which, args } => self.builtin_call(pre, ty, which, args),
            K::MvElement(ix) => self.mv_index(pre, "MvElement", Some(ty), ix),
            K::MvSlice { .. } => self.mv_slice(pre, e),
            K::MvShape {
                view,
                axis,
                nonecheck,
            } => self.mv_axis(pre, ty, "MvShape", view, *axis, *nonecheck),
            K::MvShapeAt { .. } => self.mv_shape_at(pre, e),
            K::MvStride {
                view,
                axis,
                nonecheck,
            } => self.mv_axis(pre, ty, "MvStride", view, *axis, *nonecheck),
            K::MvShapeList { .. } => self.mv_shape_list(pre, e),
            K::MvAttr { view, attr } => self.attr(pre, ty, "MvAttr", attr.name(), view),
            K::MvCopy { .. } => self.mv_copy(pre, e),
            K::MvIsContig { view, fortran } => self.mv_is_contig(pre, ty, view, *fortran),
            K::BufferData(view) => self.node(pre, "BufferData", ty, &[E("", view)]),
            K::MvFromPtr { .. } => self.mv_from_ptr(pre, e),
            K::MvTranspose { view, nonecheck } => self.mv_transpose(pre, ty, view, *nonecheck),
            K::MvElementAddr(ix) => self.mv_index(pre, "MvElementAddr", Some(ty), ix),
            K::PtrIndex { ptr, index } => self.ptr_index(pre, ty, ptr, index),
            K::StructLit(fields) => self.node(pre, "StructLit", ty, &[Es("", fields)]),
            K::Field { .. } => self.field(pre, e),
        }
    }
}

// ---- expression kinds with more to show ----

impl<'m> Printer<'m> {
    fn leaf(&mut self, pre: &str, ty: &Type, head: String) {
        self.node(pre, &head, ty, &[]);
    }

    fn local(&mut self, pre: &str, ty: &Type, var: VarId, check_bound: bool) {
        let check = if check_bound { " [check_bound]" } else { "" };
        self.leaf(pre, ty, format!("Local {}{check}", self.var(var)));
    }

    fn let_expr(&mut self, pre: &str, ty: &Type, var: VarId, value: &TExpr) {
        self.node(pre, &format!("Let {}", self.var(var)), ty, &[E("", value)]);
    }

    fn cell_get(&mut self, pre: &str, ty: &Type, cell: VarId, name: &str) {
        self.leaf(pre, ty, format!("CellGet {name} in {}", self.var(cell)));
    }

    fn free_var(&mut self, pre: &str, ty: &Type, index: usize, name: &str) {
        self.leaf(pre, ty, format!("FreeVar {name} (closure item {index})"));
    }

    fn make_function(&mut self, pre: &str, ty: &Type, f: FuncId, closure: &Option<Box<TExpr>>) {
        let head = format!("MakeFunction {}", self.func_name(f));
        self.node(pre, &head, ty, &[O("closure: ", closure.as_deref())]);
    }

    fn c_str_slice(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::CStrSlice { ptr, start, stop } = &e.kind else {
            return;
        };
        let kids = [
            E("ptr: ", ptr),
            E("start: ", start),
            O("stop: ", stop.as_deref()),
        ];
        self.node(pre, "CStrSlice", &e.ty, &kids);
    }

    fn op1(&mut self, pre: &str, ty: &Type, what: &str, op: &UnOp, operand: &TExpr) {
        self.node(pre, &format!("{what} {op:?}"), ty, &[E("", operand)]);
    }

    fn op2<O: std::fmt::Debug>(
        &mut self,
        pre: &str,
        ty: &Type,
        what: &str,
        op: &O,
        left: &TExpr,
        right: &TExpr,
    ) {
        self.node(
            pre,
            &format!("{what} {op:?}"),
            ty,
            &[E("", left), E("", right)],
        );
    }

    fn logical(&mut self, pre: &str, ty: &Type, what: &str, and: bool, l: &TExpr, r: &TExpr) {
        let op = if and { "and" } else { "or" };
        self.node(
            pre,
            &format!("{what}Logical {op}"),
            ty,
            &[E("", l), E("", r)],
        );
    }

    fn c_binary(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::CBinary {
            op,
            left,
            right,
            zero_check,
            python_semantics,
        } = &e.kind
        else {
            return;
        };
        let mut head = format!("CBinary {op:?}");
        if *zero_check {
            head.push_str(" [zero_check]");
        }
        if *python_semantics {
            head.push_str(" [python_semantics]");
        }
        self.node(pre, &head, &e.ty, &[E("", left), E("", right)]);
    }

    fn c_chain(&mut self, pre: &str, ty: &Type, operands: &[TExpr], links: &[ChainLink]) {
        self.line(&format!("{pre}CChain : {}", ty_text(ty)));
        self.nested(|p| {
            for (i, x) in operands.iter().enumerate() {
                p.expr("", x);
                if let Some(l) = links.get(i) {
                    let cast = |c: &Option<Type>| c.as_ref().map_or("-".into(), ty_text);
                    p.line(&format!(
                        "link {:?} (left cast {}, right cast {})",
                        l.op,
                        cast(&l.left_cast),
                        cast(&l.right_cast)
                    ));
                }
            }
        });
    }

    fn float_chain(&mut self, pre: &str, ty: &Type, chain: &ChainNode) {
        self.line(&format!("{pre}FloatChain : {}", ty_text(ty)));
        self.nested(|p| p.chain_node(chain));
    }

    fn chain_node(&mut self, n: &ChainNode) {
        match n {
            ChainNode::CDouble(x) => self.expr("double leaf: ", x),
            ChainNode::Leaf(x) => self.expr("object leaf: ", x),
            ChainNode::Square { base, two } => {
                self.line("square");
                self.nested(|p| {
                    p.expr("base: ", base);
                    p.expr("two: ", two);
                });
            }
            ChainNode::Bin {
                op,
                inplace,
                left,
                right,
            } => {
                let inplace = if *inplace { " [inplace]" } else { "" };
                self.line(&format!("{op:?}{inplace}"));
                self.nested(|p| {
                    p.chain_node(left);
                    p.chain_node(right);
                });
            }
        }
    }

    fn cond(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::Cond { test, body, orelse } = &e.kind else {
            return;
        };
        let kids = [E("test: ", test), E("then: ", body), E("else: ", orelse)];
        self.node(pre, "Cond", &e.ty, &kids);
    }

    fn py_binary(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::PyBinary {
            op,
            left,
            right,
            inplace,
        } = &e.kind
        else {
            return;
        };
        let inplace = if *inplace { " [inplace]" } else { "" };
        let head = format!("PyBinary {op:?}{inplace}");
        self.node(pre, &head, &e.ty, &[E("", left), E("", right)]);
    }

    fn attr(&mut self, pre: &str, ty: &Type, what: &str, name: &str, obj: &TExpr) {
        self.node(pre, &format!("{what} .{name}"), ty, &[E("", obj)]);
    }

    fn py_call(&mut self, pre: &str, ty: &Type, func: &TExpr, args: &[TArg]) {
        self.line(&format!("{pre}PyCall : {}", ty_text(ty)));
        self.nested(|p| {
            p.expr("func: ", func);
            for a in args {
                match a {
                    TArg::Positional(x) => p.expr("arg: ", x),
                    TArg::Keyword(k, x) => p.expr(&format!("keyword {k}: "), x),
                    TArg::Star(x) => p.expr("*args: ", x),
                    TArg::DoubleStar(x) => p.expr("**kwargs: ", x),
                }
            }
        });
    }

    fn py_method_call(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::PyMethodCall { obj, name, args } = &e.kind else {
            return;
        };
        let head = format!("PyMethodCall .{name}");
        self.node(pre, &head, &e.ty, &[E("obj: ", obj), Es("args", args)]);
    }

    fn get_item(&mut self, pre: &str, ty: &Type, obj: &TExpr, index: &TExpr) {
        self.node(
            pre,
            "PyGetItem",
            ty,
            &[E("obj: ", obj), E("index: ", index)],
        );
    }

    fn py_get_item_int(&mut self, pre: &str, e: &TExpr) {
        let (what, obj, index, wraparound, boundscheck) = match &e.kind {
            TExprKind::PyGetItemInt {
                obj,
                index,
                wraparound,
                boundscheck,
            } => ("PyGetItemInt", obj, index, wraparound, boundscheck),
            TExprKind::BytesItem {
                obj,
                index,
                wraparound,
                boundscheck,
            } => ("BytesItem", obj, index, wraparound, boundscheck),
            _ => return,
        };
        let head = format!("{what}{}", list_checks(*wraparound, *boundscheck));
        self.node(pre, &head, &e.ty, &[E("obj: ", obj), E("index: ", index)]);
    }

    fn py_slice(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::PySlice {
            obj,
            lower,
            upper,
            step,
        } = &e.kind
        else {
            return;
        };
        let kids = [
            E("obj: ", obj),
            O("lower: ", lower.as_deref()),
            O("upper: ", upper.as_deref()),
            O("step: ", step.as_deref()),
        ];
        self.node(pre, "PySlice", &e.ty, &kids);
    }

    fn make_slice(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MakeSlice { lower, upper, step } = &e.kind else {
            return;
        };
        let kids = [
            O("lower: ", lower.as_deref()),
            O("upper: ", upper.as_deref()),
            O("step: ", step.as_deref()),
        ];
        self.node(pre, "MakeSlice", &e.ty, &kids);
    }

    fn display(&mut self, pre: &str, ty: &Type, kind: DisplayKind, parts: &[DisplayPart]) {
        self.line(&format!("{pre}Display {kind:?} : {}", ty_text(ty)));
        self.nested(|p| {
            for part in parts {
                match part {
                    DisplayPart::Item(x) => p.expr("item: ", x),
                    DisplayPart::Star(x) => p.expr("*: ", x),
                    DisplayPart::Pair(k, v) => {
                        p.expr("key: ", k);
                        p.expr("value: ", v);
                    }
                    DisplayPart::DoubleStar(x) => p.expr("**: ", x),
                }
            }
        });
    }

    fn make_dict(&mut self, pre: &str, ty: &Type, pairs: &[(TExpr, TExpr)]) {
        self.line(&format!("{pre}MakeDict : {}", ty_text(ty)));
        self.nested(|p| {
            for (k, v) in pairs {
                p.expr("key: ", k);
                p.expr("value: ", v);
            }
        });
    }

    fn comp(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::Comp {
            kind,
            elt,
            value,
            generators,
            cells,
        } = &e.kind
        else {
            return;
        };
        self.line(&format!("{pre}Comp {kind:?} : {}", ty_text(&e.ty)));
        self.nested(|p| {
            for c in cells {
                p.line(&format!("fresh cell {}", p.var(*c)));
            }
            for g in generators {
                p.generator(g);
            }
            p.expr("elt: ", elt);
            if let Some(v) = value {
                p.expr("value: ", v);
            }
        });
    }

    fn generator(&mut self, g: &TGenerator) {
        self.line("for");
        self.nested(|p| {
            p.lvalue("target: ", &g.target);
            p.expr("iter: ", &g.iter);
            p.expr("item: ", &g.item);
            p.block("unpack", &g.unpack);
            for c in &g.ifs {
                p.expr("if: ", c);
            }
        });
    }

    fn import(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::Import {
            module,
            level,
            fromlist,
        } = &e.kind
        else {
            return;
        };
        let head = format!("Import {module:?} level {level} fromlist {fromlist:?}");
        self.leaf(pre, &e.ty, head);
    }

    fn append(&mut self, pre: &str, ty: &Type, list: &TExpr, item: &TExpr) {
        self.node(pre, "Append", ty, &[E("list: ", list), E("item: ", item)]);
    }

    fn format_join(&mut self, pre: &str, ty: &Type, parts: &[TFormatPart]) {
        self.line(&format!("{pre}FormatJoin : {}", ty_text(ty)));
        self.nested(|p| {
            for part in parts {
                match part {
                    TFormatPart::Literal(s) => p.line(&format!("literal {s:?}")),
                    TFormatPart::Value {
                        value,
                        conversion,
                        spec,
                    } => {
                        let conv = conversion.map_or(String::new(), |c| format!(" !{c}"));
                        p.expr(&format!("value{conv}: "), value);
                        p.kids(&[O("spec: ", spec.as_ref())]);
                    }
                }
            }
        });
    }

    fn coerce(&mut self, pre: &str, ty: &Type, kind: &Coercion, operand: &TExpr) {
        let head = format!(
            "Coerce {kind:?} {} -> {}",
            ty_text(&operand.ty),
            ty_text(ty)
        );
        self.node(pre, &head, ty, &[E("", operand)]);
    }

    fn c_call(&mut self, pre: &str, ty: &Type, func: &CFuncTarget, args: &[TExpr]) {
        let head = format!("CCall {}", self.target(func));
        self.node(pre, &head, ty, &[Es("", args)]);
    }

    fn c_call_ptr(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::CCallPtr { func, args, error } = &e.kind else {
            return;
        };
        let head = format!("CCallPtr {}", error_text(error));
        self.node(pre, &head, &e.ty, &[E("func: ", func), Es("args", args)]);
    }

    fn builtin_call(&mut self, pre: &str, ty: &Type, which: &Builtin, args: &[TExpr]) {
        self.node(pre, &format!("BuiltinCall {which:?}"), ty, &[Es("", args)]);
    }
}

// ---- memoryviews, buffers, pointers and structs ----

impl<'m> Printer<'m> {
    fn mv_slice(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MvSlice { view, axes, checks } = &e.kind else {
            return;
        };
        let head = format!("MvSlice {}", checks_text(checks));
        self.line(&format!("{pre}{head} : {}", ty_text(&e.ty)));
        self.nested(|p| {
            p.expr("view: ", view);
            for (i, a) in axes.iter().enumerate() {
                match a {
                    MvAxisIndex::Index(x) => p.expr(&format!("axis {i} index: "), x),
                    MvAxisIndex::Slice { start, stop, step } => {
                        p.line(&format!("axis {i} slice"));
                        p.kids(&[
                            O("start: ", start.as_ref()),
                            O("stop: ", stop.as_ref()),
                            O("step: ", step.as_ref()),
                        ]);
                    }
                }
            }
        });
    }

    fn mv_axis(&mut self, pre: &str, ty: &Type, what: &str, v: &TExpr, axis: usize, nc: bool) {
        let head = format!("{what} axis {axis}{}", none_check(nc));
        self.node(pre, &head, ty, &[E("", v)]);
    }

    fn mv_shape_at(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MvShapeAt {
            view,
            index,
            strides,
            nonecheck,
        } = &e.kind
        else {
            return;
        };
        let what = if *strides { "strides" } else { "shape" };
        let head = format!("MvShapeAt {what}{}", none_check(*nonecheck));
        self.node(pre, &head, &e.ty, &[E("view: ", view), E("index: ", index)]);
    }

    fn mv_shape_list(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MvShapeList {
            view,
            strides,
            nonecheck,
        } = &e.kind
        else {
            return;
        };
        let what = if *strides { "strides" } else { "shape" };
        let head = format!("MvShapeList {what}{}", none_check(*nonecheck));
        self.node(pre, &head, &e.ty, &[E("", view)]);
    }

    fn mv_copy(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MvCopy {
            view,
            fortran,
            nonecheck,
        } = &e.kind
        else {
            return;
        };
        let what = if *fortran { "fortran" } else { "c" };
        let head = format!("MvCopy {what}{}", none_check(*nonecheck));
        self.node(pre, &head, &e.ty, &[E("", view)]);
    }

    fn mv_is_contig(&mut self, pre: &str, ty: &Type, view: &TExpr, fortran: bool) {
        let what = if fortran { "fortran" } else { "c" };
        self.node(pre, &format!("MvIsContig {what}"), ty, &[E("", view)]);
    }

    fn mv_from_ptr(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::MvFromPtr {
            ptr,
            shape,
            fortran,
        } = &e.kind
        else {
            return;
        };
        let what = if *fortran { "fortran" } else { "c" };
        let kids = [E("ptr: ", ptr), Es("shape", shape)];
        self.node(pre, &format!("MvFromPtr {what}"), &e.ty, &kids);
    }

    fn mv_transpose(&mut self, pre: &str, ty: &Type, view: &TExpr, nonecheck: bool) {
        let head = format!("MvTranspose{}", none_check(nonecheck));
        self.node(pre, &head, ty, &[E("", view)]);
    }

    fn ptr_index(&mut self, pre: &str, ty: &Type, ptr: &TExpr, index: &TExpr) {
        self.node(pre, "PtrIndex", ty, &[E("ptr: ", ptr), E("index: ", index)]);
    }

    fn field(&mut self, pre: &str, e: &TExpr) {
        let TExprKind::Field {
            base,
            field,
            through_ptr,
        } = &e.kind
        else {
            return;
        };
        let arrow = if *through_ptr { "->" } else { "." };
        self.node(pre, &format!("Field {arrow}{field}"), &e.ty, &[E("", base)]);
    }
}

fn none_check(on: bool) -> &'static str {
    if on {
        " [nonecheck]"
    } else {
        ""
    }
}

/// A name as written; hidden locals (names sema starts with a NUL) shown
/// with a `%`.
fn clean_name(n: &str) -> String {
    n.replace('\0', "%")
}

fn ty_text(t: &Type) -> String {
    t.to_string()
}

fn error_text(e: &ErrorReturn) -> String {
    match e {
        ErrorReturn::None => "noexcept".into(),
        ErrorReturn::Value(v) => format!("except {}", error_value(v)),
        ErrorReturn::ValueCheck(v) => format!("except? {}", error_value(v)),
        ErrorReturn::Always => "except *".into(),
        ErrorReturn::Null => "except NULL".into(),
    }
}

fn bytes(b: &[u8]) -> String {
    let text: String = b
        .iter()
        .flat_map(|c| std::ascii::escape_default(*c))
        .map(char::from)
        .collect();
    format!("b\"{text}\"")
}

fn checks_text(c: &Checks) -> String {
    let mut on = Vec::new();
    for (flag, name) in [
        (c.boundscheck, "boundscheck"),
        (c.wraparound, "wraparound"),
        (c.cdivision, "cdivision"),
        (c.nonecheck, "nonecheck"),
        (c.initializedcheck, "initializedcheck"),
    ] {
        if flag {
            on.push(name);
        }
    }
    format!("[{}]", on.join(" "))
}

fn list_checks(wraparound: bool, boundscheck: bool) -> String {
    let mut on = Vec::new();
    if boundscheck {
        on.push("boundscheck");
    }
    if wraparound {
        on.push("wraparound");
    }
    format!(" [{}]", on.join(" "))
}

fn error_value(v: &ErrorValue) -> String {
    match v {
        ErrorValue::Int(i) => i.to_string(),
        ErrorValue::Float(f) => format!("{f:?}"),
        ErrorValue::Null => "NULL".into(),
    }
}

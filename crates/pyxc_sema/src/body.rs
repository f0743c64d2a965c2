//! Function bodies (and the module body): names resolved, statements typed.

use crate::body_checker::{BodyChecker, ViewIndex};
use crate::directives::Directives;
use crate::module_checker::ModuleChecker;
use crate::scope::{Intrinsic, Sym};
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet};

/// A `for ... from` loop's start, its two comparisons, stop and step.
type ForFromBounds<'a> = (
    &'a ast::Expr,
    ast::CmpOp,
    ast::CmpOp,
    &'a ast::Expr,
    Option<&'a ast::Expr>,
);

/// The docstring of a body: a string literal as its first statement.
pub fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(ast::Expr {
            kind:
                ExprKind::Str {
                    value,
                    bytes: false,
                    ..
                },
            ..
        })) => Some(value.clone()),
        _ => None,
    }
}

pub fn analyze_module_body(m: &mut ModuleChecker, module: &ast::Module) -> TFunction {
    let mut dirs = Directives::default();
    for (name, value) in &m.opts.cli_directives {
        // Command-line directives were validated by the caller.
        let _ = dirs.set(name, value);
    }
    crate::directives::apply_header(&mut dirs, &module.header_comments, &mut m.diags);
    for c in &module.header_comments {
        if c.kind == ast::HeaderKind::Distutils && c.name == "sources" {
            for s in c
                .value
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|s| !s.is_empty())
            {
                m.extra_sources.push(s.to_string());
            }
        }
    }
    m.directives = dirs;
    // Function bodies first (their results go into m.functions).
    for s in &module.body {
        if let StmtKind::FuncDef(f) = &s.kind {
            if let Some(id) = m.func_id_by_span(f.name.span) {
                let func = analyze_function(m, id, f, None);
                m.functions[id.0 as usize] = Some(func);
            }
        }
    }
    let mut cx = BodyChecker::new(m, true, Type::object(), dirs);
    let body = cx.block(&module.body);
    let mut init = TFunction {
        name: "<module>".into(),
        kind: FuncKind::ModuleInit,
        params: vec![],
        ret: Type::object(),
        error: ErrorReturn::Null,
        nogil: false,
        with_gil: false,
        inline: false,
        doc: None,
        vars: cx.vars,
        body,
        span: module.span,
        line: 1,
        closure: None,
        trace: None,
    };
    init.trace = crate::trace::decide(&dirs, &init, 1);
    init
}

/// What a lambda or nested `def` takes from the function that creates it.
pub(crate) struct Nested {
    /// The enclosing variables it reads, in closure order.
    pub free: Vec<String>,
    /// Enclosing variables it may not read (already reported).
    pub poisoned: Vec<String>,
    pub py_name: String,
    /// The directives in force where it is written.
    pub dirs: Directives,
}

pub(crate) fn analyze_function(
    m: &mut ModuleChecker,
    id: FuncId,
    f: &ast::FuncDef,
    nested: Option<Nested>,
) -> TFunction {
    let sig = m.sigs[id.0 as usize].clone();
    let mut dirs = nested.as_ref().map_or(m.directives, |n| n.dirs);
    for d in &f.decorators {
        if f.kind == ast::FuncKind::Def && !is_directive_decorator(m, d) {
            // A Python decorator: applied where the function is bound.
            continue;
        }
        apply_decorator(m, &mut dirs, d);
    }
    let mut defaults = Vec::new();
    if nested.is_some() {
        // A closure's defaults were evaluated by its creator and travel in
        // its tuple.
        for p in &sig.params {
            defaults.push(p.default.as_ref().map(|_| ParamDefault::InClosure));
        }
    } else {
        // Defaults are evaluated in the module scope.
        let mut mcx = BodyChecker::new(m, true, Type::object(), dirs);
        for p in &sig.params {
            let d = p.default.as_ref().map(|e| {
                let v = mcx.expr(e);
                mcx.param_default(v, &p.ty)
            });
            defaults.push(d);
        }
    }
    let (mut params, vars) = m.sig_params(id);
    for (p, d) in params.iter_mut().zip(defaults) {
        p.default = d;
    }
    let mut cx = BodyChecker::new(m, false, sig.ret.clone(), dirs);
    cx.nogil = sig.nogil;
    cx.gil_known = !sig.nogil;
    cx.fname = sig.name.clone();
    if let Some(n) = &nested {
        for (i, name) in n.free.iter().enumerate() {
            cx.free.insert(name.clone(), i);
        }
        cx.poisoned.extend(n.poisoned.iter().cloned());
    }
    for (i, v) in vars.into_iter().enumerate() {
        cx.names.insert(v.name.clone(), VarId(i as u32));
        cx.vars.push(v);
    }
    cx.declare_locals(&f.body);
    let mut body = cx.make_cells(&f.body, f.name.span);
    if cx.dirs.infer_types != Some(false) {
        cx.infer_locals(&f.body);
    }
    body.extend(cx.block(&f.body));
    let line = cx.m.line_of(f.name.span);
    let dirs = cx.dirs;
    let first_line = f.decorators.first().map_or(line, |d| cx.m.line_of(d.span));
    let mut func = TFunction {
        name: sig.name.clone(),
        kind: sig.kind,
        params,
        ret: sig.ret.clone(),
        error: sig.error.clone(),
        nogil: sig.nogil,
        with_gil: sig.with_gil,
        inline: sig.inline,
        doc: docstring(&f.body),
        vars: cx.vars,
        body,
        span: f.span,
        line,
        closure: nested.map(|n| Closure {
            py_name: n.py_name,
            nfree: n.free.len(),
        }),
        trace: None,
    };
    func.trace = crate::trace::decide(&dirs, &func, first_line);
    func
}

/// `@cython.boundscheck(False)` and friends.
fn apply_decorator(m: &mut ModuleChecker, dirs: &mut Directives, d: &ast::Expr) {
    let ExprKind::Call { func, args } = &d.kind else {
        m.diags.push(Diagnostic::error(
            "decorators other than compiler directives are not supported yet",
            d.span,
        ));
        return;
    };
    match directive_name(m, func) {
        Some(name) => set_directive(m, dirs, name, args, d.span),
        None => m.diags.push(
            Diagnostic::error(
                "decorators other than compiler directives are not supported yet",
                d.span,
            )
            .with_label_message("expected e.g. @cython.boundscheck(False)"),
        ),
    }
}

/// `@cython.boundscheck(False)` and the like (not a Python decorator).
fn is_directive_decorator(m: &ModuleChecker, d: &ast::Expr) -> bool {
    match &d.kind {
        ExprKind::Call { func, .. } => directive_name(m, func).is_some(),
        _ => directive_name(m, d).is_some(),
    }
}

fn directive_name(m: &ModuleChecker, func: &ast::Expr) -> Option<&'static str> {
    let sym = match &func.kind {
        ExprKind::Name(n) => m.lookup_sym(n)?,
        ExprKind::Attribute { value, attr } => match &value.kind {
            ExprKind::Name(n) => match m.lookup_sym(n)? {
                Sym::Namespace(ns) => ns.lookup(&attr.name)?,
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    };
    match sym {
        Sym::Intrinsic(Intrinsic::Directive(d)) => Some(d),
        _ => None,
    }
}

fn set_directive(
    m: &mut ModuleChecker,
    dirs: &mut Directives,
    name: &str,
    args: &[ast::Arg],
    span: Span,
) {
    let value = match args {
        [a] if a.kind == ast::ArgKind::Positional => match &a.value.kind {
            ExprKind::True => "True".to_string(),
            ExprKind::False => "False".to_string(),
            ExprKind::None => "None".to_string(),
            ExprKind::Int { digits, .. } => digits.clone(),
            ExprKind::Str { value, .. } => value.clone(),
            _ => {
                m.diags.push(Diagnostic::error(
                    format!("{name} directive needs a constant value"),
                    a.value.span,
                ));
                return;
            }
        },
        _ => {
            m.diags.push(Diagnostic::error(
                format!("{name} directive takes exactly one argument"),
                span,
            ));
            return;
        }
    };
    match dirs.set(name, &value) {
        Err(msg) => m.diags.push(Diagnostic::error(msg, span)),
        Ok(_) if crate::directives::IGNORED.contains(&name) => m.diags.push(Diagnostic::warning(
            format!("directive '{name}' is not implemented by pyxc and is ignored"),
            span,
        )),
        Ok(_) => {}
    }
}

fn assigned_names(e: &ast::Expr, out: &mut Vec<(String, Span)>) {
    match &e.kind {
        ExprKind::Name(n) => out.push((n.clone(), e.span)),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| assigned_names(i, out))
        }
        ExprKind::Starred(inner) => assigned_names(inner, out),
        _ => {}
    }
}

impl<'m, 'a> BodyChecker<'m, 'a> {
    pub fn new(m: &'m mut ModuleChecker<'a>, is_module: bool, ret: Type, dirs: Directives) -> Self {
        BodyChecker {
            m,
            vars: Vec::new(),
            names: BTreeMap::new(),
            is_module,
            globals_decl: BTreeSet::new(),
            nonlocal_decl: BTreeSet::new(),
            dirs,
            nogil: false,
            ret,
            nogil_reported: false,
            gil_known: true,
            depth: 0,
            assigned: BTreeSet::new(),
            unbindable: BTreeSet::new(),
            hidden: 0,
            cells: BTreeMap::new(),
            free: BTreeMap::new(),
            fname: String::new(),
            nested: 0,
            poisoned: BTreeSet::new(),
            temp_cstr_ok: false,
        }
    }

    pub fn err(&mut self, msg: impl Into<String>, span: Span) {
        self.m.diags.push(Diagnostic::error(msg, span));
    }

    fn new_var(&mut self, name: &str, ty: Type, span: Span) -> VarId {
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var {
            name: name.to_string(),
            ty,
            param: None,
            span,
            hidden: false,
        });
        id
    }

    /// A compiler-made local (tuple-unpacking targets, comprehension items).
    pub(crate) fn hidden_var(&mut self, ty: Type, span: Span) -> VarId {
        self.hidden += 1;
        let name = format!("_tmp{}", self.hidden);
        let id = self.new_var(&name, ty, span);
        self.vars[id.0 as usize].hidden = true;
        id
    }

    /// Python scoping: every name bound in the body is local (unless
    /// `global`); `cdef` declarations give C types.
    fn declare_locals(&mut self, body: &[ast::Stmt]) {
        for s in body {
            self.declare_locals_stmt(s);
        }
    }

    fn declare_local(&mut self, name: &str, ty: Type, span: Span) {
        if self.globals_decl.contains(name)
            || (self.nonlocal_decl.contains(name) && self.free.contains_key(name))
            || self.names.contains_key(name)
        {
            return;
        }
        let id = self.new_var(name, ty, span);
        self.names.insert(name.to_string(), id);
    }

    fn declare_locals_stmt(&mut self, s: &ast::Stmt) {
        let mut bound = Vec::new();
        s.for_each_expr(&mut |e| ast::walrus_targets(e, &mut bound));
        match &s.kind {
            StmtKind::Global(names) => {
                for n in names {
                    self.globals_decl.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.nonlocal_decl.insert(n.name.clone());
                }
            }
            StmtKind::CVarDecl(decl) => {
                for v in &decl.vars {
                    if let Some(&id) = self.names.get(&v.name.name) {
                        let what = if self.vars[id.0 as usize].param.is_some() {
                            "an argument"
                        } else {
                            "a local"
                        };
                        self.m.diags.push(
                            Diagnostic::error(format!("'{}' redeclared", v.name.name), v.name.span)
                                .with_secondary(
                                    self.vars[id.0 as usize].span,
                                    format!("already declared as {what} here"),
                                ),
                        );
                        continue;
                    }
                    // A bad type was reported; an object keeps later uses quiet.
                    let ty = self.m.var_type(&v.ty).unwrap_or_else(Type::object);
                    self.declare_local(&v.name.name, ty, v.name.span);
                }
            }
            StmtKind::Assign { targets, .. } => {
                targets.iter().for_each(|t| assigned_names(t, &mut bound))
            }
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                assigned_names(target, &mut bound)
            }
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                assigned_names(target, &mut bound);
                for s in body.iter().chain(orelse) {
                    self.declare_locals_stmt(s);
                }
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                for s in body.iter().chain(orelse) {
                    self.declare_locals_stmt(s);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        bound.push((n.name.clone(), n.span));
                        // Python unbinds the name when the handler ends.
                        self.unbindable.insert(n.name.clone());
                    }
                    for s in &h.body {
                        self.declare_locals_stmt(s);
                    }
                }
                for s in body.iter().chain(orelse).chain(finalbody) {
                    self.declare_locals_stmt(s);
                }
            }
            StmtKind::With { items, body } => {
                for it in items {
                    if let Some(t) = &it.target {
                        assigned_names(t, &mut bound);
                    }
                }
                for s in body {
                    self.declare_locals_stmt(s);
                }
            }
            StmtKind::WithGil { body, .. } => {
                for s in body {
                    self.declare_locals_stmt(s);
                }
            }
            StmtKind::FuncDef(f) if !self.is_module => {
                bound.push((f.name.name.clone(), f.name.span))
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => bound.push((n.name.clone(), n.span)),
                        None => bound.push((a.name.parts[0].name.clone(), a.name.span)),
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.from_import_binds();
                    bound.push((n, a.span));
                }
            }
            StmtKind::Del(targets) => {
                targets.iter().for_each(|t| assigned_names(t, &mut bound));
                let mut deleted = Vec::new();
                targets.iter().for_each(|t| assigned_names(t, &mut deleted));
                self.unbindable.extend(deleted.into_iter().map(|(n, _)| n));
            }
            _ => {}
        }
        for (n, span) in bound {
            self.declare_local(&n, Type::object(), span);
        }
    }

    pub fn line(&self, span: Span) -> u32 {
        self.m.line_of(span)
    }

    /// A compiler-made local of type `ty` that synthetic AST can name: the
    /// name (bound in `names` until the caller removes it) and a read of it.
    /// NUL never appears in a Python name, so no user name collides.
    fn hidden_name(&mut self, label: &str, ty: Type, span: Span) -> (VarId, String, ast::Expr) {
        let id = self.hidden_var(ty, span);
        self.vars[id.0 as usize].name = format!("{label}{}", id.0);
        let name = format!("\u{0}{label}{}", id.0);
        self.names.insert(name.clone(), id);
        let read = ast::Expr {
            kind: ExprKind::Name(name.clone()),
            span,
        };
        (id, name, read)
    }

    /// `v` evaluated once into a new [`Self::hidden_name`] local (the
    /// assignment pushed to `out`).
    fn spill(&mut self, label: &str, v: TExpr, out: &mut Vec<TStmt>) -> (VarId, String, ast::Expr) {
        let span = v.span;
        let (id, name, read) = self.hidden_name(label, v.ty.clone(), span);
        self.store_hidden(id, v, span, out);
        (id, name, read)
    }

    /// `id = v` for a compiler-made local, which is then certainly bound.
    fn store_hidden(&mut self, id: VarId, v: TExpr, span: Span, out: &mut Vec<TStmt>) {
        self.push(
            out,
            TStmtKind::Assign {
                target: LValue::Local(id),
                value: v,
            },
            span,
        );
        self.assigned.insert(id);
    }

    /// `target` with its object and index sub-expressions stored in hidden
    /// locals first (statements pushed to `out`), so that reading and then
    /// writing it evaluates them once. Returns the rewritten target and the
    /// hidden names bound for it (the caller unbinds them after use).
    fn pin_target(&mut self, target: &ast::Expr, out: &mut Vec<TStmt>) -> (ast::Expr, Vec<String>) {
        fn pure(e: &ast::Expr) -> bool {
            match &e.kind {
                ExprKind::Name(_)
                | ExprKind::Int { .. }
                | ExprKind::Float { .. }
                | ExprKind::Str { .. }
                | ExprKind::True
                | ExprKind::False
                | ExprKind::None
                | ExprKind::Ellipsis => true,
                ExprKind::UnaryOp { operand, .. } => pure(operand),
                // Arithmetic on names (`v[i + 1] += x`) stays as written, so
                // loop versioning still recognises the index.
                ExprKind::BinOp { left, right, .. } => pure(left) && pure(right),
                ExprKind::Slice { lower, upper, step } => {
                    [lower, upper, step].into_iter().flatten().all(|x| pure(x))
                }
                ExprKind::Tuple(items) => items.iter().all(pure),
                _ => false,
            }
        }
        let mut bound = Vec::new();
        let mut pin = |cx: &mut Self, e: &ast::Expr, out: &mut Vec<TStmt>| -> ast::Expr {
            if pure(e) {
                return e.clone();
            }
            let before = cx.m.diags.len();
            let v = cx.expr(e);
            // A C struct or array is an lvalue to write through, not a
            // value to copy: left as written (its analysis is redone then).
            if matches!(v.ty.strip_const(), Type::Struct(_) | Type::Array(..)) {
                cx.m.diags.truncate(before);
                return e.clone();
            }
            let (_, name, read) = cx.spill("pin", v, out);
            bound.push(name);
            read
        };
        let kind = match &target.kind {
            ExprKind::Subscript { value, index } => {
                let value = pin(self, value, out);
                let index = match &index.kind {
                    ExprKind::Tuple(items) => ast::Expr {
                        kind: ExprKind::Tuple(items.iter().map(|i| pin(self, i, out)).collect()),
                        span: index.span,
                    },
                    ExprKind::Slice { lower, upper, step } => {
                        let mut part = |x: &Option<Box<ast::Expr>>| {
                            x.as_ref().map(|x| Box::new(pin(self, x, out)))
                        };
                        let (lower, upper, step) = (part(lower), part(upper), part(step));
                        ast::Expr {
                            kind: ExprKind::Slice { lower, upper, step },
                            span: index.span,
                        }
                    }
                    _ => pin(self, index, out),
                };
                ExprKind::Subscript {
                    value: Box::new(value),
                    index: Box::new(index),
                }
            }
            ExprKind::Attribute { value, attr } => ExprKind::Attribute {
                value: Box::new(pin(self, value, out)),
                attr: attr.clone(),
            },
            _ => return (target.clone(), bound),
        };
        (
            ast::Expr {
                kind,
                span: target.span,
            },
            bound,
        )
    }

    /// `cpdef enum Mode: ...` binds `Mode` to `enum.IntEnum("Mode",
    /// [(name, value), ...], module=<this module>)`, as Cython exposes it.
    fn cpdef_enum_class(
        &mut self,
        name: &ast::Ident,
        values: &[(ast::Ident, Option<ast::Expr>)],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let obj = Type::object;
        let str_const = |s: &str| TExpr::new(TExprKind::StrConst(s.to_string()), obj(), span);
        let mut members = Vec::new();
        for (n, _) in values {
            let v = self.m.enum_consts.get(&n.name).copied().unwrap_or(0);
            let value = TExpr::new(
                TExprKind::IntConst(v),
                Type::Int(crate::types::IntKind::LongLong),
                span,
            );
            let value = self.coerce(value, &obj());
            members.push(TExpr::new(
                TExprKind::MakeTuple(vec![str_const(&n.name), value]),
                obj(),
                span,
            ));
        }
        let module = TExpr::new(
            TExprKind::Import {
                module: "enum".into(),
                level: 0,
                fromlist: vec!["IntEnum".into()],
            },
            obj(),
            span,
        );
        let class = TExpr::new(
            TExprKind::ImportFrom {
                module: Box::new(module),
                name: "IntEnum".into(),
            },
            obj(),
            span,
        );
        let modname = self.m.opts.module_name.clone();
        let value = TExpr::new(
            TExprKind::PyCall {
                func: Box::new(class),
                args: vec![
                    TArg::Positional(str_const(&name.name)),
                    TArg::Positional(TExpr::new(TExprKind::MakeList(members), obj(), span)),
                    TArg::Keyword("module".into(), str_const(&modname)),
                ],
            },
            obj(),
            span,
        );
        self.push(
            out,
            TStmtKind::Assign {
                target: LValue::Global(name.name.clone()),
                value,
            },
            span,
        );
    }

    /// `func` (the new function object) passed through the Python
    /// decorators of `f`, innermost first, as `@a @b def f` is `a(b(f))`.
    fn decorate(&mut self, f: &ast::FuncDef, func: TExpr) -> TExpr {
        let mut value = func;
        for d in f.decorators.iter().rev() {
            if is_directive_decorator(self.m, d) {
                continue;
            }
            self.require_gil("a decorator", d.span);
            let root = match &d.kind {
                ExprKind::Call { func, .. } => &**func,
                _ => d,
            };
            if let ExprKind::Attribute { value, attr } = &root.kind {
                if let ExprKind::Name(ns) = &value.kind {
                    if ns == "cython" && !self.m.py_globals.contains(ns) {
                        self.m.diags.push(
                            Diagnostic::error(
                                format!(
                                    "'@cython.{}' (pure Python mode) is not supported yet",
                                    attr.name
                                ),
                                d.span,
                            )
                            .with_label_message("declare the function with cdef or cpdef instead"),
                        );
                        continue;
                    }
                }
            }
            let deco = self.expr(d);
            let deco = self.coerce_object(deco);
            value = TExpr::new(
                TExprKind::PyCall {
                    func: Box::new(deco),
                    args: vec![TArg::Positional(value)],
                },
                Type::object(),
                d.span,
            );
        }
        value
    }

    /// A `del` or an `except ... as` may unbind `name`.
    pub(crate) fn unbindable_name(&self, name: &str) -> bool {
        self.unbindable.contains(name)
    }

    /// A name of this function's own scope: a local, a cell, or (in a
    /// closure) a variable of the enclosing function.
    pub fn is_local(&self, n: &str) -> bool {
        self.names.contains_key(n) || self.cells.contains_key(n) || self.free.contains_key(n)
    }

    /// Moves the locals that inner functions read into cells: returns the
    /// statements (run first) that create the cells, a parameter's holding
    /// its value.
    fn make_cells(&mut self, body: &[ast::Stmt], span: Span) -> Vec<TStmt> {
        let mut out = Vec::new();
        for name in crate::closure::captured_by_inner(body) {
            let Some(&v) = self.names.get(&name) else {
                continue;
            };
            let var = self.vars[v.0 as usize].clone();
            // A C number (or memoryview) lives boxed in its cell, converted
            // on every read and write, so it keeps its C type's conversions.
            let c_number = matches!(
                var.ty.strip_const(),
                Type::Int(_) | Type::Float(_) | Type::Bint | Type::MemView(_)
            );
            if !var.ty.is_object() && !c_number {
                self.m.diags.push(
                    Diagnostic::error(
                        format!(
                            "'{name}' has the C type '{}' and is used by a lambda or nested function",
                            var.ty
                        ),
                        var.span,
                    )
                    .with_label_message(
                        "pyxc captures Python objects, C numbers and memoryviews only: use a memoryview, or pass the value as an argument",
                    ),
                );
                self.poisoned.insert(name);
                continue;
            }
            let cell = self.hidden_var(Type::object(), var.span);
            self.vars[cell.0 as usize].name = format!("cell.{name}");
            let init = var.param.map(|_| {
                let local = TExpr::new(
                    TExprKind::Local {
                        var: v,
                        check_bound: false,
                    },
                    var.ty.clone(),
                    var.span,
                );
                Box::new(self.coerce_object(local))
            });
            let value = TExpr::new(TExprKind::NewCell(init), Type::object(), var.span);
            self.push(
                &mut out,
                TStmtKind::Assign {
                    target: LValue::Local(cell),
                    value,
                },
                span,
            );
            self.assigned.insert(cell);
            self.names.remove(&name);
            self.cells.insert(name, (cell, var.ty.clone()));
        }
        out
    }

    /// Analyses a lambda or nested `def` and returns the expression that
    /// creates its function object here.
    pub(crate) fn make_closure(&mut self, f: &ast::FuncDef, py_name: &str, span: Span) -> TExpr {
        self.require_gil("creating a function", span);
        let mut free = Vec::new();
        let mut cells = Vec::new();
        let mut poisoned = Vec::new();
        for n in crate::closure::def_free(f) {
            if let Some((c, _)) = self.cells.get(&n) {
                cells.push(TExpr::new(
                    TExprKind::Local {
                        var: *c,
                        check_bound: false,
                    },
                    Type::object(),
                    span,
                ));
            } else if let Some(&i) = self.free.get(&n) {
                cells.push(TExpr::new(TExprKind::FreeCell(i), Type::object(), span));
            } else if self.poisoned.contains(&n) {
                poisoned.push(n);
                continue;
            } else if self.names.contains_key(&n) {
                self.err(
                    format!("a lambda or nested function cannot use the comprehension variable '{n}' yet"),
                    span,
                );
                continue;
            } else {
                continue;
            }
            free.push(n);
        }
        self.nested += 1;
        // Unique: '#' never appears in a Python name (tracebacks drop it).
        let c_name = if self.is_module {
            format!("{py_name}#{}", self.nested)
        } else {
            format!("{}.{py_name}#{}", self.fname, self.nested)
        };
        let id = self.m.declare_nested(f, c_name);
        // Defaults are evaluated now, in this scope, as Python does.
        let sig = self.m.sigs[id.0 as usize].clone();
        let mut defaults = Vec::new();
        for (p, ap) in sig.params.iter().zip(&f.params) {
            if let Some(d) = &ap.default {
                let v = self.expr(d);
                let v = self.coerce(v, &p.ty);
                let v = self.coerce(v, &Type::object());
                defaults.push(v);
            }
        }
        let nested = Nested {
            free,
            poisoned,
            py_name: py_name.to_string(),
            dirs: self.dirs,
        };
        let func = analyze_function(self.m, id, f, Some(nested));
        self.m.functions[id.0 as usize] = Some(func);
        cells.extend(defaults);
        let closure = (!cells.is_empty()).then(|| {
            Box::new(TExpr::new(
                TExprKind::MakeTuple(cells),
                Type::object(),
                span,
            ))
        });
        TExpr::new(
            TExprKind::MakeFunction { func: id, closure },
            Type::object(),
            span,
        )
    }

    // ---------------------------------------------------------------
    // statements

    pub fn block(&mut self, body: &[ast::Stmt]) -> Vec<TStmt> {
        self.depth += 1;
        let out = self.block_same_depth(body);
        self.depth -= 1;
        out
    }

    /// A block that always runs when the statement around it does (`with
    /// nogil:`), so it counts as the enclosing block for definite assignment.
    fn block_same_depth(&mut self, body: &[ast::Stmt]) -> Vec<TStmt> {
        let mut out = Vec::new();
        for (i, s) in body.iter().enumerate() {
            // Docstrings are not code.
            if i == 0 && docstring(body).is_some() {
                continue;
            }
            self.nogil_reported = false;
            let first = out.len();
            self.stmt(s, &mut out);
            if self.depth == 1 && !self.is_module {
                for t in &out[first..] {
                    note_assigned(&t.kind, &mut self.assigned);
                }
                let vars = &self.vars;
                let unbindable = &self.unbindable;
                self.assigned
                    .retain(|v| !unbindable.contains(&vars[v.0 as usize].name));
            }
        }
        out
    }

    fn push(&self, out: &mut Vec<TStmt>, kind: TStmtKind, span: Span) {
        out.push(TStmt {
            kind,
            span,
            line: self.line(span),
        });
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let span = s.span;
        match &s.kind {
            StmtKind::Expr(..) => self.stmt_expr(s, out),
            StmtKind::Assign { targets, value } => self.assign(targets, value, span, out),
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.assign(std::slice::from_ref(target), v, span, out)
                }
            }
            StmtKind::AugAssign { .. } => self.stmt_aug_assign(s, out),
            StmtKind::Pass => self.push(out, TStmtKind::Pass, span),
            StmtKind::Break => self.push(out, TStmtKind::Break, span),
            StmtKind::Continue => self.push(out, TStmtKind::Continue, span),
            StmtKind::Return(..) => self.stmt_return(s, out),
            StmtKind::Raise { .. } => self.stmt_raise(s, out),
            StmtKind::Global(_) => {}
            StmtKind::Nonlocal(..) => self.stmt_nonlocal(s, out),
            StmtKind::Del(..) => self.stmt_del(s, out),
            StmtKind::Assert { .. } => self.stmt_assert(s, out),
            StmtKind::If { .. } => self.stmt_if(s, out),
            StmtKind::While { .. } => self.stmt_while(s, out),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse, span, out),
            StmtKind::Try { .. } => self.stmt_try(s, out),
            StmtKind::WithGil { .. } => self.stmt_with_gil(s, out),
            StmtKind::With { items, body } => self.with_stmt(items, body, span, out),
            StmtKind::FuncDef(..) => self.stmt_func_def(s, out),
            StmtKind::CVarDecl(..) => self.stmt_c_var_decl(s, out),
            StmtKind::CEnum(ast::EnumDecl {
                cpdef: true,
                name: Some(n),
                values,
                ..
            }) if self.is_module => self.cpdef_enum_class(n, values, span, out),
            StmtKind::Extern(_)
            | StmtKind::CTypedef { .. }
            | StmtKind::CStruct(_)
            | StmtKind::CEnum(_) => {
                if !self.is_module {
                    self.err("C declarations are only allowed at module level", span);
                }
            }
            StmtKind::CImport(_) | StmtKind::CImportFrom { .. } => {
                if !self.is_module {
                    self.err("cimport is only allowed at module level", span);
                }
            }
            // Declared (folded) with the module's other declarations.
            StmtKind::DefConst { .. } => {
                if !self.is_module {
                    self.err("DEF is only allowed at module level", span);
                }
            }
            StmtKind::Import(..) => self.stmt_import(s, out),
            StmtKind::ImportFrom { .. } => self.stmt_import_from(s, out),
            StmtKind::ClassDef { name, .. } => self.m.diags.push(
                Diagnostic::error("Python classes are not supported by pyxc yet", name.span)
                    .with_label_message("move the class to a .py module and import it"),
            ),
        }
    }

    fn stmt_expr(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Expr(e) = &s.kind else {
            return;
        };
        let span = s.span;
        if let Some(t) = self.append_call(e) {
            self.push(out, TStmtKind::Expr(t), span);
            return;
        }
        let t = self.expr(e);
        self.push(out, TStmtKind::Expr(t), span);
    }

    fn stmt_aug_assign(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::AugAssign { target, op, value } = &s.kind else {
            return;
        };
        let span = s.span;
        // The target's object and index are evaluated once.
        let (target, bound) = self.pin_target(target, out);
        let target = &target;
        let lv = self.lvalue(target);
        let cur = lv.as_ref().map(|_| self.expr(target));
        for name in bound {
            self.names.remove(&name);
        }
        let (Some(lv), Some(cur)) = (lv, cur) else {
            return;
        };
        let rhs = self.expr(value);
        let v = self.binop(cur, *op, rhs, span, true);
        let ty = self.lvalue_type(&lv);
        let v = self.coerce(v, &ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            span,
        );
    }

    fn stmt_return(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Return(v) = &s.kind else {
            return;
        };
        let span = s.span;
        if self.is_module {
            self.err("'return' outside function", span);
            return;
        }
        let ret = self.ret.clone();
        let v = match v {
            Some(e) => {
                if ret == Type::Void {
                    self.err("a void function cannot return a value", e.span);
                    return;
                }
                let t = self.expr_with_hint(e, &ret);
                Some(self.coerce(t, &ret))
            }
            None if ret.is_object() => Some(TExpr::new(TExprKind::NoneConst, Type::object(), span)),
            None => None,
        };
        self.push(out, TStmtKind::Return(v), span);
    }

    fn stmt_raise(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Raise { exc, cause } = &s.kind else {
            return;
        };
        let span = s.span;
        self.require_gil("raising an exception", span);
        let exc = exc.as_ref().map(|e| {
            let t = self.expr(e);
            self.coerce_object(t)
        });
        let cause = cause.as_ref().map(|e| {
            let t = self.expr(e);
            self.coerce_object(t)
        });
        self.push(out, TStmtKind::Raise { exc, cause }, span);
    }

    fn stmt_nonlocal(&mut self, s: &ast::Stmt, _out: &mut Vec<TStmt>) {
        let StmtKind::Nonlocal(names) = &s.kind else {
            return;
        };
        for n in names {
            if !self.free.contains_key(&n.name) {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("no binding for nonlocal '{}' found", n.name),
                        n.span,
                    )
                    .with_label_message("no enclosing function has a variable of this name"),
                );
            }
        }
    }

    fn stmt_del(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Del(targets) = &s.kind else {
            return;
        };
        let span = s.span;
        for t in targets {
            if let Some(lv) = self.lvalue(t) {
                // Unbound from here on, on any path: reads check again.
                if let LValue::Local(v) = &lv {
                    self.assigned.remove(v);
                }
                if let LValue::Cell { name, .. } | LValue::FreeCell { name, .. } = &lv {
                    // Cython refuses it (Python allows it).
                    self.m.diags.push(
                        Diagnostic::error(
                            format!("cannot delete '{name}': a lambda or nested function uses it"),
                            t.span,
                        )
                        .with_label_message("assign None to it instead"),
                    );
                    continue;
                }
                self.push(out, TStmtKind::Del(lv), span);
            }
        }
    }

    fn stmt_assert(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Assert { test, msg } = &s.kind else {
            return;
        };
        let span = s.span;
        let test = self.condition(test);
        let msg = msg.as_ref().map(|e| {
            let t = self.expr(e);
            self.coerce_object(t)
        });
        self.push(out, TStmtKind::Assert { test, msg }, span);
    }

    fn stmt_if(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::If { test, body, orelse } = &s.kind else {
            return;
        };
        let span = s.span;
        let test = self.condition(test);
        let body = self.block(body);
        let orelse = self.block(orelse);
        self.push(out, TStmtKind::If { test, body, orelse }, span);
    }

    fn stmt_while(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::While { test, body, orelse } = &s.kind else {
            return;
        };
        let span = s.span;
        let test = self.condition(test);
        let body = self.block(body);
        let orelse = self.block(orelse);
        self.push(out, TStmtKind::While { test, body, orelse }, span);
    }

    fn stmt_try(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } = &s.kind
        else {
            return;
        };
        let span = s.span;
        if !handlers.is_empty() {
            // Catching needs the exception state (try/finally does not).
            self.require_gil("catching an exception ('except')", span);
        }
        let body = self.block(body);
        let mut hs = Vec::new();
        for h in handlers {
            let ty = h.ty.as_ref().map(|e| {
                let t = self.expr(e);
                self.coerce_object(t)
            });
            let target = h.name.as_ref().and_then(|n| {
                let e = ast::Expr {
                    kind: ExprKind::Name(n.name.clone()),
                    span: n.span,
                };
                self.lvalue(&e)
            });
            let mut body = self.block(&h.body);
            // Python 3 unbinds `except ... as name` when the handler
            // ends (`name = None; del name`), so it cannot leak.
            if let Some(t @ (LValue::Local(_) | LValue::Global(_))) = &target {
                let none = TExpr::new(TExprKind::NoneConst, Type::object(), h.span);
                let end = self.line(h.span);
                body.push(TStmt {
                    kind: TStmtKind::Assign {
                        target: t.clone(),
                        value: none,
                    },
                    span: h.span,
                    line: end,
                });
                body.push(TStmt {
                    kind: TStmtKind::Del(t.clone()),
                    span: h.span,
                    line: end,
                });
            }
            hs.push(THandler {
                ty,
                target,
                body,
                line: self.line(h.span),
            });
        }
        let orelse = self.block(orelse);
        let finalbody = self.block(finalbody);
        self.push(
            out,
            TStmtKind::Try {
                body,
                handlers: hs,
                orelse,
                finalbody,
            },
            span,
        );
    }

    fn stmt_with_gil(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::WithGil {
            release,
            condition,
            body,
        } = &s.kind
        else {
            return;
        };
        let span = s.span;
        if condition.is_some() {
            self.err("conditional 'with nogil(...)' is not supported yet", span);
        }
        if *release && self.is_module {
            self.err("'with nogil' is only allowed inside a function", span);
            return;
        }
        if self.gil_known && *release == self.nogil {
            self.err(
                if *release {
                    "trying to release the GIL while it was previously released"
                } else {
                    "trying to acquire the GIL while it is already held"
                },
                span,
            );
        }
        let saved = (self.nogil, self.gil_known);
        self.nogil = *release;
        self.gil_known = true;
        let body = self.block_same_depth(body);
        (self.nogil, self.gil_known) = saved;
        self.push(
            out,
            TStmtKind::WithGil {
                release: *release,
                body,
            },
            span,
        );
    }

    fn stmt_func_def(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::FuncDef(f) = &s.kind else {
            return;
        };
        let span = s.span;
        if !self.is_module {
            if f.kind != ast::FuncKind::Def {
                self.err(
                    "C functions cannot be defined inside a function; move it to module level",
                    f.name.span,
                );
                return;
            }
            let value = self.make_closure(f, &f.name.name, f.name.span);
            let value = self.decorate(f, value);
            if let Some(target) = self.name_lvalue(&f.name.name, f.name.span) {
                self.push(out, TStmtKind::Assign { target, value }, span);
            }
            return;
        }
        match self.m.func_id_by_span(f.name.span) {
            Some(id) if f.kind != ast::FuncKind::Cdef => {
                self.push(
                    out,
                    TStmtKind::BindFunction {
                        func: id,
                        name: f.name.name.clone(),
                    },
                    span,
                );
                if f.kind == ast::FuncKind::Def
                    && f.decorators
                        .iter()
                        .any(|d| !is_directive_decorator(self.m, d))
                {
                    let name = f.name.name.clone();
                    let cur = TExpr::new(TExprKind::Global(name.clone()), Type::object(), span);
                    let value = self.decorate(f, cur);
                    self.push(
                        out,
                        TStmtKind::Assign {
                            target: LValue::Global(name),
                            value,
                        },
                        span,
                    );
                }
            }
            Some(_) => {}
            // A `def` under a module-level `if`/`try`/`for`: created
            // when that code runs, as Python does.
            None if f.kind == ast::FuncKind::Def => {
                let value = self.make_closure(f, &f.name.name, f.name.span);
                let value = self.decorate(f, value);
                if let Some(target) = self.name_lvalue(&f.name.name, f.name.span) {
                    self.push(out, TStmtKind::Assign { target, value }, span);
                }
            }
            None => self.err(
                "C functions must be defined at module level, outside any block",
                f.name.span,
            ),
        }
    }

    fn stmt_c_var_decl(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::CVarDecl(decl) = &s.kind else {
            return;
        };
        for v in &decl.vars {
            if let Some(val) = &v.value {
                let target = ast::Expr {
                    kind: ExprKind::Name(v.name.name.clone()),
                    span: v.name.span,
                };
                self.assign(std::slice::from_ref(&target), val, v.span, out);
            }
        }
    }

    fn stmt_import(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Import(aliases) = &s.kind else {
            return;
        };
        let span = s.span;
        for a in aliases {
            if a.name.parts[0].name == "cython" {
                continue;
            }
            let module = a.name.joined();
            let (bind, fromlist) = match &a.asname {
                Some(n) if a.name.parts.len() > 1 => (n.name.clone(), vec!["*".to_string()]),
                Some(n) => (n.name.clone(), vec![]),
                None => (a.name.parts[0].name.clone(), vec![]),
            };
            let value = TExpr::new(
                TExprKind::Import {
                    module,
                    level: 0,
                    fromlist,
                },
                Type::object(),
                a.span,
            );
            if let Some(target) = self.name_lvalue(&bind, a.span) {
                self.push(out, TStmtKind::Import { target, value }, span);
            }
        }
    }

    fn stmt_import_from(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::ImportFrom {
            module,
            level,
            names,
        } = &s.kind
        else {
            return;
        };
        let span = s.span;
        if let Some(m) = module {
            if m.parts[0].name == "cython" && *level == 0 {
                return;
            }
        }
        if names.is_empty() {
            self.err("'from ... import *' is not supported yet", span);
            return;
        }
        let modname = module.as_ref().map(|m| m.joined()).unwrap_or_default();
        let fromlist: Vec<String> = names.iter().map(|a| a.name.joined()).collect();
        for a in names {
            let name = a.name.joined();
            let bind = a
                .asname
                .as_ref()
                .map(|n| n.name.clone())
                .unwrap_or_else(|| name.clone());
            let imp = TExpr::new(
                TExprKind::Import {
                    module: modname.clone(),
                    level: *level,
                    fromlist: fromlist.clone(),
                },
                Type::object(),
                a.span,
            );
            let value = TExpr::new(
                TExprKind::ImportFrom {
                    module: Box::new(imp),
                    name,
                },
                Type::object(),
                a.span,
            );
            if let Some(target) = self.name_lvalue(&bind, a.span) {
                self.push(out, TStmtKind::Import { target, value }, span);
            }
        }
    }

    /// `obj.append(x)` as a statement: the list fast path.
    fn append_call(&mut self, e: &ast::Expr) -> Option<TExpr> {
        let ExprKind::Call { func, args } = &e.kind else {
            return None;
        };
        let ExprKind::Attribute { value, attr } = &func.kind else {
            return None;
        };
        if attr.name != "append" || args.len() != 1 || args[0].kind != ast::ArgKind::Positional {
            return None;
        }
        // Only for objects (a memoryview has no append).
        let obj = self.expr(value);
        if !obj.ty.is_object() {
            self.err(format!("'{}' has no attribute 'append'", obj.ty), attr.span);
            return Some(self.error_expr(e.span));
        }
        let obj = self.coerce_object(obj);
        let item = self.expr(&args[0].value);
        let item = self.coerce_object(item);
        Some(TExpr::new(
            TExprKind::Append {
                list: Box::new(obj),
                item: Box::new(item),
            },
            Type::Int(crate::types::IntKind::Int),
            e.span,
        ))
    }

    fn assign(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let first = &targets[0];
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &first.kind {
            if targets.len() == 1 {
                if let ExprKind::Tuple(values) | ExprKind::List(values) = &value.kind {
                    let plain =
                        |v: &[ast::Expr]| !v.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
                    if items.len() == values.len() && plain(items) && plain(values) {
                        self.parallel_assign(items, values, span, out);
                        return;
                    }
                }
                self.unpack(items, value, span, out);
                return;
            }
        }
        if targets.len() > 1 {
            self.chained_assign(targets, value, span, out);
            return;
        }
        // `a[:] = ...` of a whole C array is `a = ...`.
        let whole = match &first.kind {
            ExprKind::Subscript { value: base, index }
                if matches!(
                    &index.kind,
                    ExprKind::Slice {
                        lower: None,
                        upper: None,
                        step: None
                    }
                ) && targets.len() == 1 =>
            {
                let before = self.m.diags.len();
                let is_array = self.lvalue(base).is_some_and(|lv| {
                    matches!(self.lvalue_type(&lv).strip_const(), Type::Array(_, Some(_)))
                });
                self.m.diags.truncate(before);
                is_array.then_some(&**base)
            }
            _ => None,
        };
        let first = whole.unwrap_or(first);
        let Some(lv) = self.lvalue(first) else {
            let _ = self.expr(value);
            return;
        };
        let ty = self.lvalue_type(&lv);
        // An iterable fills a C array of its length, each item converted
        // (IndexError when the lengths differ, as in Cython).
        if let Type::Array(elem, Some(n)) = ty.strip_const() {
            let display = matches!(value.kind, ExprKind::List(_) | ExprKind::Tuple(_));
            let v = if display {
                None
            } else {
                Some(self.expr(value))
            };
            if let Some(v) = v.filter(|v| v.ty.is_object()) {
                let (LValue::Local(_) | LValue::CGlobal(_)) = lv else {
                    self.err(
                        "only a C array variable takes a sequence of values",
                        first.span,
                    );
                    return;
                };
                let elem = (**elem).clone();
                let n = *n;
                let array = self.expr(first);
                self.push(
                    out,
                    TStmtKind::ArrayFill {
                        array,
                        value: v,
                        elem,
                        len: n,
                    },
                    span,
                );
                return;
            }
        }
        // `cdef int[3] a = [1, 2, 3]`: a list or tuple literal fills a C
        // array element by element (Cython's array initialisation).
        if let (Type::Array(elem, Some(n)), ExprKind::List(items) | ExprKind::Tuple(items)) =
            (ty.strip_const(), &value.kind)
        {
            if targets.len() == 1 {
                let shape = ((**elem).clone(), *n);
                self.array_from_display(shape, items, first, value, span, out);
                return;
            }
        }
        let v = if let LValue::MvAll(sl) = &lv {
            self.whole_view_value(sl, value, &ty)
        } else {
            let v = self.expr_with_hint(value, &ty);
            self.coerce(v, &ty)
        };
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            span,
        );
    }

    /// `a[f()] = b[g()] = value`: the value once, then each target
    /// from left to right, as Python does.
    fn chained_assign(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let v = self.expr(value);
        let id = self.hidden_var(v.ty.clone(), value.span);
        self.store_hidden(id, v, span, out);
        for t in targets {
            let cur = self.tmp_local(id, t.span);
            if let ExprKind::Tuple(items) | ExprKind::List(items) = &t.kind {
                let o = self.coerce_object(cur);
                self.unpack_value(items, o, t.span, out);
                continue;
            }
            let Some(lv) = self.lvalue(t) else { continue };
            let ty = match &lv {
                LValue::MvAll(sl) if !matches!(cur.ty, Type::MemView(_)) => {
                    view_type(&sl.ty).map(|m| m.dtype).unwrap_or(Type::Void)
                }
                _ => self.lvalue_type(&lv),
            };
            let v = self.coerce(cur, &ty);
            self.push(
                out,
                TStmtKind::Assign {
                    target: lv,
                    value: v,
                },
                span,
            );
        }
    }

    /// `cdef int[3] a = [1, 2, 3]`: a list or tuple literal fills a C
    /// array element by element (Cython's array initialisation).
    fn array_from_display(
        &mut self,
        (elem, n): (Type, u64),
        items: &[ast::Expr],
        first: &ast::Expr,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        if items.len() as u64 != n {
            self.err(
                format!(
                    "assigning {} values to a C array of {n} elements",
                    items.len()
                ),
                value.span,
            );
            return;
        }
        let values: Vec<TExpr> = items
            .iter()
            .map(|it| {
                let v = self.expr_with_hint(it, &elem);
                self.coerce(v, &elem)
            })
            .collect();
        for (i, v) in values.into_iter().enumerate() {
            let Some(arr) = self.lvalue(first) else {
                return;
            };
            let (LValue::Local(_) | LValue::CGlobal(_)) = arr else {
                self.err("only a C array variable takes a list of values", first.span);
                return;
            };
            let ptr = self.expr(first);
            let index = TExpr::new(TExprKind::IntConst(i as i128), Type::ssize(), value.span);
            self.push(
                out,
                TStmtKind::Assign {
                    target: LValue::PtrIndex {
                        ptr: Box::new(ptr),
                        index: Box::new(index),
                    },
                    value: v,
                },
                span,
            );
        }
    }

    /// The value `v[:] = value` stores.
    fn whole_view_value(&mut self, sl: &TExpr, value: &ast::Expr, ty: &Type) -> TExpr {
        // Cython: a memoryview value is copied in; anything else (a C
        // value or a Python object) is converted to the dtype once and
        // broadcast to every element.
        let v = self.expr(value);
        let same_items = |a: &Type, b: &Type| match (view_type(a), view_type(b)) {
            (Some(a), Some(b)) => {
                a.dtype.strip_const() == b.dtype.strip_const() && a.ndim() == b.ndim()
            }
            _ => false,
        };
        if matches!(v.ty, Type::MemView(_)) && same_items(&v.ty, ty) {
            // Copied element by element: the source keeps its own
            // layout (strided into contiguous) and may be const.
            v
        } else if matches!(v.ty, Type::MemView(_)) {
            self.coerce(v, ty)
        } else {
            let dtype = view_type(&sl.ty).map(|m| m.dtype).unwrap_or(Type::Void);
            self.coerce(v, &dtype)
        }
    }

    /// `a, b = x, y`: the values into hidden locals of their own types
    /// (left to right), then each target from its value, as Python does
    /// but with no tuple, so that C values swap without the GIL.
    fn parallel_assign(
        &mut self,
        targets: &[ast::Expr],
        values: &[ast::Expr],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let mut reads = Vec::new();
        for v in values {
            let mut tv = self.expr(v);
            let storable = matches!(
                tv.ty.strip_const(),
                Type::Bint
                    | Type::Int(_)
                    | Type::Float(_)
                    | Type::Object(_)
                    | Type::Ptr(_)
                    | Type::Struct(_)
                    | Type::MemView(_)
            );
            if !storable {
                tv = self.coerce_object(tv);
            }
            let (_, name, read) = self.spill("item", tv, out);
            reads.push((name, read));
        }
        for (t, (_, read)) in targets.iter().zip(&reads) {
            self.assign(std::slice::from_ref(t), read, span, out);
        }
        for (name, _) in reads {
            self.names.remove(&name);
        }
    }

    fn unpack(&mut self, items: &[ast::Expr], value: &ast::Expr, span: Span, out: &mut Vec<TStmt>) {
        let v = self.expr(value);
        if self.is_ctuple_of(&v.ty, items) {
            self.unpack_ctuple(items, v, out);
            return;
        }
        let v = self.coerce_object(v);
        self.unpack_value(items, v, span, out);
    }

    /// `ty` is a C tuple that `items` (no starred target) unpack exactly.
    fn is_ctuple_of(&self, ty: &Type, items: &[ast::Expr]) -> bool {
        matches!(ty.strip_const(), Type::Struct(st) if st.tuple
            && st.fields().len() == items.len()
            && !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))))
    }

    /// `x, y = t` of a C tuple: the value once, then each field to its target.
    fn unpack_ctuple(&mut self, items: &[ast::Expr], v: TExpr, out: &mut Vec<TStmt>) {
        let Type::Struct(st) = v.ty.strip_const().clone() else {
            return;
        };
        let (id, name, _) = self.spill("ctuple", v, out);
        for (item, (field, fty)) in items.iter().zip(st.fields()) {
            let base = self.tmp_local(id, item.span);
            let f = TExpr::new(
                TExprKind::Field {
                    base: Box::new(base),
                    field: field.clone(),
                    through_ptr: false,
                },
                fty.clone(),
                item.span,
            );
            self.assign_value(item, f, out);
        }
        self.names.remove(&name);
    }

    /// Assign the object `v` to the target `t` (a name, item, attribute or
    /// a nested tuple/list of targets), as Python does.
    fn assign_value(&mut self, t: &ast::Expr, v: TExpr, out: &mut Vec<TStmt>) {
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &t.kind {
            if self.is_ctuple_of(&v.ty, items) {
                self.unpack_ctuple(items, v, out);
                return;
            }
            let v = self.coerce_object(v);
            self.unpack_value(items, v, t.span, out);
            return;
        }
        let Some(lv) = self.lvalue(t) else { return };
        let ty = self.lvalue_type(&lv);
        let v = self.coerce(v, &ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: lv,
                value: v,
            },
            t.span,
        );
    }

    /// A read of a compiler-made local that is always bound, with its type.
    pub(crate) fn tmp_local(&self, var: VarId, span: Span) -> TExpr {
        TExpr::new(
            TExprKind::Local {
                var,
                check_bound: false,
            },
            self.vars[var.0 as usize].ty.clone(),
            span,
        )
    }

    /// Unpack the object `v` into `items` (Python semantics: the whole
    /// value is unpacked first, then the targets are assigned left to
    /// right; nested targets are unpacked when their turn comes).
    pub(crate) fn unpack_value(
        &mut self,
        items: &[ast::Expr],
        v: TExpr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i.kind, ExprKind::Starred(_)))
            .map(|(n, _)| n)
            .collect();
        if stars.len() > 1 {
            self.err(
                "multiple starred expressions in assignment",
                items[stars[1]].span,
            );
            return;
        }
        if let Some(&star) = stars.first() {
            self.unpack_starred(items, star, v, span, out);
            return;
        }
        let nested = items
            .iter()
            .any(|i| matches!(i.kind, ExprKind::Tuple(_) | ExprKind::List(_)));
        let mut targets = Vec::new();
        let mut convs = Vec::new();
        let mut temps = Vec::new();
        for it in items {
            let lv = if nested {
                // Every item goes to a temp first, so that the targets are
                // assigned in order after the whole value was unpacked.
                let tmp = self.hidden_var(Type::object(), it.span);
                temps.push(tmp);
                LValue::Local(tmp)
            } else {
                let Some(lv) = self.lvalue(it) else { return };
                lv
            };
            let ty = self.lvalue_type(&lv);
            let item = TExpr::new(TExprKind::UnpackedItem, Type::object(), it.span);
            convs.push(self.coerce(item, &ty));
            targets.push(lv);
        }
        self.push(
            out,
            TStmtKind::Unpack {
                targets,
                value: v,
                items: convs,
            },
            span,
        );
        for (it, tmp) in items.iter().zip(temps) {
            let val = self.tmp_local(tmp, it.span);
            self.assign_value(it, val, out);
        }
    }

    /// `a, *rest, z = value`: the value becomes a list; ValueError as
    /// Python when it has fewer items than the unstarred targets.
    fn unpack_starred(
        &mut self,
        items: &[ast::Expr],
        star: usize,
        v: TExpr,
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        self.require_gil("unpacking", span);
        let list_ty = Type::Object(crate::types::ObjKind::Builtin("list"));
        let before = star;
        let after = items.len() - star - 1;
        let lst = self.hidden_var(list_ty.clone(), span);
        let call = call_builtin("list", vec![TArg::Positional(v)], span);
        let call = self.coerce(call, &list_ty);
        self.push(
            out,
            TStmtKind::Assign {
                target: LValue::Local(lst),
                value: call,
            },
            span,
        );
        let lst_expr = || {
            TExpr::new(
                TExprKind::Local {
                    var: lst,
                    check_bound: false,
                },
                list_ty.clone(),
                span,
            )
        };
        let need = (before + after) as i128;
        self.unpack_length_check(lst_expr(), need, span, out);
        // Every part is taken first, then assigned in order.
        let mut parts = Vec::new();
        for (n, it) in items.iter().enumerate() {
            let part = if n == star {
                let lower = (before > 0).then(|| {
                    let c = self.int_const(before as i128, &Type::ssize(), it.span);
                    Box::new(self.coerce_object(c))
                });
                let upper = (after > 0).then(|| {
                    let c = self.int_const(-(after as i128), &Type::ssize(), it.span);
                    Box::new(self.coerce_object(c))
                });
                TExpr::new(
                    TExprKind::PySlice {
                        obj: Box::new(lst_expr()),
                        lower,
                        upper,
                        step: None,
                    },
                    Type::object(),
                    it.span,
                )
            } else {
                let idx = if n < star {
                    n as i128
                } else {
                    n as i128 - items.len() as i128
                };
                TExpr::new(
                    TExprKind::PyGetItemInt {
                        obj: Box::new(lst_expr()),
                        index: Box::new(self.int_const(idx, &Type::ssize(), it.span)),
                        wraparound: true,
                        boundscheck: true,
                    },
                    Type::object(),
                    it.span,
                )
            };
            let tmp = self.hidden_var(Type::object(), it.span);
            self.push(
                out,
                TStmtKind::Assign {
                    target: LValue::Local(tmp),
                    value: part,
                },
                it.span,
            );
            parts.push(tmp);
        }
        for (it, tmp) in items.iter().zip(parts) {
            let t = match &it.kind {
                ExprKind::Starred(inner) => &**inner,
                _ => it,
            };
            let val = self.tmp_local(tmp, it.span);
            self.assign_value(t, val, out);
        }
    }

    /// Raise Python's ValueError when the list `lst` has fewer than `need`
    /// items.
    fn unpack_length_check(&mut self, lst: TExpr, need: i128, span: Span, out: &mut Vec<TStmt>) {
        let len = TExpr::new(
            TExprKind::BuiltinCall {
                which: crate::tir::Builtin::Len,
                args: vec![lst],
            },
            Type::ssize(),
            span,
        );
        let test = TExpr::new(
            TExprKind::CCompare {
                op: crate::tir::CmpOp::Lt,
                left: Box::new(len.clone()),
                right: Box::new(self.int_const(need, &Type::ssize(), span)),
            },
            Type::Bint,
            span,
        );
        let msg = self.need_more_message(len, span);
        let exc = call_builtin("ValueError", vec![TArg::Positional(msg)], span);
        let mut raise = Vec::new();
        self.push(
            &mut raise,
            TStmtKind::Raise {
                exc: Some(exc),
                cause: None,
            },
            span,
        );
        self.push(
            out,
            TStmtKind::If {
                test,
                body: raise,
                orelse: vec![],
            },
            span,
        );
    }

    /// "need more than N value(s) to unpack" for a list of length `len`.
    fn need_more_message(&mut self, len: TExpr, span: Span) -> TExpr {
        // Cython's wording: "need more than 1 value to unpack".
        let one = TExpr::new(
            TExprKind::CCompare {
                op: crate::tir::CmpOp::Eq,
                left: Box::new(len.clone()),
                right: Box::new(self.int_const(1, &Type::ssize(), span)),
            },
            Type::Bint,
            span,
        );
        let str_const = |s: &str| TExpr::new(TExprKind::StrConst(s.into()), Type::object(), span);
        let noun = TExpr::new(
            TExprKind::Cond {
                test: Box::new(one),
                body: Box::new(str_const(" value to unpack")),
                orelse: Box::new(str_const(" values to unpack")),
            },
            Type::object(),
            span,
        );
        let got = self.coerce_object(len);
        TExpr::new(
            TExprKind::FormatJoin(vec![
                TFormatPart::Literal("need more than ".into()),
                TFormatPart::Value {
                    value: got,
                    conversion: None,
                    spec: None,
                },
                TFormatPart::Value {
                    value: noun,
                    conversion: None,
                    spec: None,
                },
            ]),
            Type::object(),
            span,
        )
    }

    fn for_stmt(
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
        let mut bound_names = Vec::new();
        let mut bound_vars = Vec::new();
        let mut syn_args = Vec::new();
        for a in args {
            let v = self.expr(&a.value);
            let (id, name, read) = self.spill("bound", v, out);
            bound_names.push(name);
            bound_vars.push(id);
            syn_args.push(ast::Arg {
                kind: ast::ArgKind::Positional,
                value: read,
                span: a.span,
            });
        }
        let (k, name, counter) = self.hidden_name("range", Type::ssize(), target.span);
        // Inside the body the target is bound.
        let newly = match &lv {
            LValue::Local(v) => self.assigned.insert(*v).then_some(*v),
            _ => None,
        };
        let stmt = self.range_loop(RangeKind::Range, &counter, &syn_args, body, orelse, span);
        if let Some(v) = newly {
            self.assigned.remove(&v);
        }
        self.names.remove(&name);
        for n in &bound_names {
            self.names.remove(n);
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

    /// `n` names the Python builtin (no local, module global or cimport
    /// shadows it).
    pub(crate) fn is_builtin_name(&self, n: &str) -> bool {
        !self.is_local(n) && !self.m.py_globals.contains(n) && self.m.lookup_sym(n).is_none()
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

    fn intrinsic_of(&self, func: &ast::Expr) -> Option<Intrinsic> {
        let sym = match &func.kind {
            ExprKind::Name(n) if !self.is_local(n) => self.m.lookup_sym(n)?,
            ExprKind::Attribute { .. } => self.namespace_path(func)?,
            _ => return None,
        };
        match sym {
            Sym::Intrinsic(i) => Some(i),
            _ => None,
        }
    }

    /// Resolve `a.b.c` through cimported namespaces.
    pub fn namespace_path(&self, e: &ast::Expr) -> Option<Sym> {
        match &e.kind {
            ExprKind::Name(n) => {
                if self.is_local(n) {
                    return None;
                }
                self.m.lookup_sym(n)
            }
            ExprKind::Attribute { value, attr } => match self.namespace_path(value)? {
                Sym::Namespace(ns) => ns.lookup(&attr.name),
                _ => None,
            },
            _ => None,
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
        let fast = match &lv {
            LValue::Local(v) if parallel.is_none() => {
                crate::hoist::version(*v, &start, &stop, step_sign, &step, &tbody).map(Box::new)
            }
            _ => None,
        };
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
                fast,
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

    /// A `prange` loop's parallel part: the GIL and schedule checks, and
    /// the reductions its body makes.
    fn prange_parallel(
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
    fn check_num_threads(&mut self, e: &ast::Expr) {
        if self.m.const_int(e).is_some_and(|n| n < 0) {
            self.err(
                "argument to num_threads must be greater than or equal to 0",
                e.span,
            );
        }
    }

    /// `with parallel():` in nogil code (see [`TStmtKind::ParallelBlock`]).
    fn parallel_block(
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

    fn with_stmt(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let Some((first, rest)) = items.split_first() else {
            return;
        };
        // `with parallel(num_threads=n):` runs the block in a thread team.
        if let ExprKind::Call { func, args } = &first.context.kind {
            if let Some(Intrinsic::Parallel) = self.intrinsic_of(func) {
                if !rest.is_empty() || first.target.is_some() {
                    self.err(
                        "parallel() stands alone in its 'with' statement",
                        first.context.span,
                    );
                    return;
                }
                self.parallel_block(args, body, span, out);
                return;
            }
        }
        // `with cython.boundscheck(False):` changes directives for the block.
        if let ExprKind::Call { func, args } = &first.context.kind {
            if let Some(Intrinsic::Directive(name)) = self.intrinsic_of(func) {
                let saved = self.dirs;
                let mut dirs = self.dirs;
                set_directive(self.m, &mut dirs, name, args, first.context.span);
                self.dirs = dirs;
                if rest.is_empty() {
                    let b = self.block(body);
                    out.extend(b);
                } else {
                    self.with_stmt(rest, body, span, out);
                }
                self.dirs = saved;
                return;
            }
        }
        self.require_gil("a 'with' statement on a Python object", span);
        let ctx = self.expr(&first.context);
        let ctx = self.coerce_object(ctx);
        let target = first.target.as_ref().and_then(|t| self.lvalue(t));
        let mut inner = Vec::new();
        if rest.is_empty() {
            inner = self.block(body);
        } else {
            self.with_stmt(rest, body, span, &mut inner);
        }
        self.push(
            out,
            TStmtKind::With {
                context: ctx,
                target,
                body: inner,
            },
            span,
        );
    }

    // ---------------------------------------------------------------
    // places

    fn name_lvalue(&mut self, name: &str, span: Span) -> Option<LValue> {
        if let Some(&v) = self.names.get(name) {
            return Some(LValue::Local(v));
        }
        if let Some((cell, _)) = self.cells.get(name) {
            return Some(LValue::Cell {
                cell: *cell,
                name: name.to_string(),
            });
        }
        if let Some(&index) = self.free.get(name) {
            if self.nonlocal_decl.contains(name) {
                return Some(LValue::FreeCell {
                    index,
                    name: name.to_string(),
                });
            }
            self.err(
                format!("cannot assign to '{name}' of the enclosing function ('nonlocal' is not supported yet)"),
                span,
            );
            return None;
        }
        if let Some(Sym::CGlobal(id)) = self.m.lookup_sym(name) {
            return Some(LValue::CGlobal(id));
        }
        if self.is_module || self.globals_decl.contains(name) {
            if let Some(sym) = self.m.lookup_sym(name) {
                // `import numpy as np` beside `cimport numpy as np`: the
                // cimport is for compile time, the import binds the global.
                let runtime_ok = matches!(sym, Sym::CFunc(_) | Sym::Namespace(_))
                    && self.m.py_globals.contains(name);
                if !runtime_ok {
                    self.err(
                        format!("cannot assign to '{name}': it is a C declaration"),
                        span,
                    );
                    return None;
                }
            }
            return Some(LValue::Global(name.to_string()));
        }
        self.err(
            format!("internal: '{name}' was not declared as a local"),
            span,
        );
        None
    }

    pub fn lvalue(&mut self, e: &ast::Expr) -> Option<LValue> {
        match &e.kind {
            ExprKind::Name(n) => self.name_lvalue(n, e.span),
            ExprKind::Subscript { value, index } => {
                let base = self.expr(value);
                if let Some(mv) = view_type(&base.ty) {
                    if mv.readonly {
                        self.err("cannot assign to a const (read-only) memoryview", e.span);
                        return None;
                    }
                    return match self.view_index(base, index, e.span)? {
                        ViewIndex::Element(ix) => Some(LValue::MvElement(Box::new(ix))),
                        ViewIndex::Slice(sl) => Some(LValue::MvAll(Box::new(sl))),
                    };
                }
                if base.ty.is_pointer() {
                    let idx = self.expr(index);
                    if !idx.ty.is_int() && !idx.ty.is_object() {
                        self.err("pointer index must be a C integer", index.span);
                        return None;
                    }
                    let idx = if idx.ty.is_object() {
                        self.coerce(idx, &Type::ssize())
                    } else {
                        idx
                    };
                    return Some(LValue::PtrIndex {
                        ptr: Box::new(base),
                        index: Box::new(idx),
                    });
                }
                if base.ty.is_object() {
                    self.require_gil("item assignment", e.span);
                    let obj = self.coerce_object(base);
                    let idx = self.object_index(index);
                    if idx.ty.is_int() {
                        let idx = self.coerce(idx, &Type::ssize());
                        let c = self.dirs.checks;
                        return Some(LValue::PyItemInt {
                            obj: Box::new(obj),
                            index: Box::new(idx),
                            wraparound: c.wraparound,
                            boundscheck: c.boundscheck,
                        });
                    }
                    let idx = self.coerce_object(idx);
                    return Some(LValue::PyItem {
                        obj: Box::new(obj),
                        index: Box::new(idx),
                    });
                }
                self.err(format!("'{}' cannot be indexed", base.ty), value.span);
                None
            }
            ExprKind::Attribute { value, attr } => {
                let base = self.expr(value);
                if let Type::Struct(st) = base.ty.strip_const() {
                    let c_field = st.c_field(&attr.name).to_string();
                    let blv = self.lvalue(value)?;
                    return Some(LValue::Field {
                        base: Box::new(blv),
                        field: attr.name.clone(),
                        c_field,
                    });
                }
                // `p.x = v` through a struct pointer is `p[0].x = v`.
                if let Some(Type::Struct(st)) = base.ty.pointee().map(|t| t.strip_const()) {
                    let c_field = st.c_field(&attr.name).to_string();
                    let span = base.span;
                    let zero = TExpr::new(TExprKind::IntConst(0), Type::ssize(), span);
                    return Some(LValue::Field {
                        base: Box::new(LValue::PtrIndex {
                            ptr: Box::new(base),
                            index: Box::new(zero),
                        }),
                        field: attr.name.clone(),
                        c_field,
                    });
                }
                if base.ty.is_object() {
                    let obj = self.coerce_object(base);
                    return Some(LValue::PyAttr {
                        obj: Box::new(obj),
                        attr: attr.name.clone(),
                    });
                }
                self.err(
                    format!(
                        "cannot assign to attribute '{}' of '{}'",
                        attr.name, base.ty
                    ),
                    e.span,
                );
                None
            }
            ExprKind::Tuple(_) | ExprKind::List(_) => {
                self.err("a tuple target is not allowed here", e.span);
                None
            }
            _ => {
                self.err("cannot assign to this expression", e.span);
                None
            }
        }
    }

    pub fn lvalue_type(&self, lv: &LValue) -> Type {
        match lv {
            LValue::Local(v) => self.vars[v.0 as usize].ty.clone(),
            LValue::CGlobal(g) => self.m.cglobals[g.0 as usize].ty.clone(),
            LValue::Cell { name, .. } => self
                .cells
                .get(name)
                .map_or_else(Type::object, |(_, t)| t.clone()),
            LValue::FreeCell { .. } => Type::object(),
            LValue::Global(_)
            | LValue::PyItem { .. }
            | LValue::PyItemInt { .. }
            | LValue::PyAttr { .. } => Type::object(),
            LValue::MvElement(ix) => view_type(&ix.view.ty)
                .map(|m| m.dtype)
                .unwrap_or(Type::Void),
            LValue::MvAll(sl) => sl.ty.clone(),
            LValue::PtrIndex { ptr, .. } => ptr.ty.pointee().cloned().unwrap_or(Type::Void),
            LValue::Field { base, field, .. } => match self.lvalue_type(base).strip_const() {
                Type::Struct(s) => s
                    .fields()
                    .iter()
                    .find(|(n, _)| n == field)
                    .map(|(_, t)| t.clone())
                    .unwrap_or(Type::Void),
                _ => Type::Void,
            },
        }
    }

    /// In nogil code whose first GIL error is not reported yet: marks it
    /// reported, for the caller to report (one such error per block).
    pub fn take_nogil_report(&mut self) -> bool {
        let report = self.nogil && !self.nogil_reported;
        self.nogil_reported |= report;
        report
    }

    pub fn require_gil(&mut self, what: &str, span: Span) {
        if self.take_nogil_report() {
            self.m.diags.push(
                Diagnostic::error(format!("{what} requires the GIL"), span)
                    .with_label_message("not allowed inside 'with nogil:' or a nogil function")
                    .with_note("move it out of the nogil block, or wrap it in 'with gil:'"),
            );
        }
    }

    pub fn int_const(&self, v: i128, ty: &Type, span: Span) -> TExpr {
        TExpr::new(TExprKind::IntConst(v), ty.clone(), span)
    }

    /// `e` evaluated for a place of type `hint`: a tuple display meant for
    /// a C tuple builds the C tuple directly (no Python tuple, no GIL).
    pub fn expr_with_hint(&mut self, e: &ast::Expr, hint: &Type) -> TExpr {
        if let (ExprKind::Tuple(items), Type::Struct(st)) = (&e.kind, hint.strip_const()) {
            let plain = !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
            if st.tuple && plain && items.len() == st.fields().len() {
                let mut fields = Vec::new();
                for (item, (_, fty)) in items.iter().zip(st.fields()) {
                    let v = self.expr_with_hint(item, fty);
                    fields.push(self.coerce(v, fty));
                }
                return TExpr::new(
                    TExprKind::StructLit(fields),
                    hint.strip_const().clone(),
                    e.span,
                );
            }
        }
        self.expr(e)
    }
}

/// Record what a statement of the function's top block binds for good.
fn note_assigned(kind: &TStmtKind, assigned: &mut BTreeSet<VarId>) {
    match kind {
        TStmtKind::Assign {
            target: LValue::Local(v),
            ..
        }
        | TStmtKind::Import {
            target: LValue::Local(v),
            ..
        } => {
            assigned.insert(*v);
        }
        TStmtKind::Unpack { targets, .. } => {
            for t in targets {
                if let LValue::Local(v) = t {
                    assigned.insert(*v);
                }
            }
        }
        TStmtKind::Del(LValue::Local(v)) => {
            assigned.remove(v);
        }
        TStmtKind::WithGil { body, .. } | TStmtKind::ParallelBlock { body, .. } => {
            for s in body {
                note_assigned(&s.kind, assigned);
            }
        }
        _ => {}
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

/// A call of the builtin `name` (looked up in builtins at run time).
fn call_builtin(name: &str, args: Vec<TArg>, span: Span) -> TExpr {
    let func = TExpr::new(TExprKind::BuiltinName(name.into()), Type::object(), span);
    TExpr::new(
        TExprKind::PyCall {
            func: Box::new(func),
            args,
        },
        Type::object(),
        span,
    )
}

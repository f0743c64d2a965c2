//! Function bodies: the module body and each function analysed, directive
//! decorators, other decorators, nested `def`s and their closures' cells.

use super::{docstring, set_directive};
use crate::body_checker::BodyChecker;
use crate::directives::Directives;
use crate::module_checker::ModuleChecker;
use crate::scope::{Intrinsic, Sym};
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};

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
        first_line: 1,
        closure: None,
        trace: None,
    };
    init.trace = crate::trace::decide(&dirs, &init);
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
        first_line,
        closure: nested.map(|n| Closure {
            py_name: n.py_name,
            nfree: n.free.len(),
        }),
        trace: None,
    };
    func.trace = crate::trace::decide(&dirs, &func);
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

impl<'m, 'a> BodyChecker<'m, 'a> {
    /// `cpdef enum Mode: ...` binds `Mode` to `enum.IntEnum("Mode",
    /// [(name, value), ...], module=<this module>)`, as Cython exposes it.
    pub(super) fn cpdef_enum_class(
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

    pub(super) fn stmt_func_def(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
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
}

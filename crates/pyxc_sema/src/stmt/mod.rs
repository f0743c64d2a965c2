//! Statements: the block and statement dispatch, the short statements,
//! and helpers every statement file uses. Function entry, locals,
//! assignments, loops and the rest live in the files below.

mod assign;
mod function;
mod locals;
mod loops;
mod lvalue;
mod prange;
mod try_with;
mod unpack;

pub(crate) use function::analyze_module_body;

use crate::body_checker::BodyChecker;
use crate::directives::Directives;
use crate::module_checker::ModuleChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet};

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

    pub fn line(&self, span: Span) -> u32 {
        self.m.line_of(span)
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
            let bind = a.from_import_binds();
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

//! Locals: a body's declared locals, hidden temporaries (to evaluate a
//! value or target once), and what a name means at compile time.

use crate::body_checker::BodyChecker;
use crate::scope::{Intrinsic, Sym};
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};

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
    fn new_var(&mut self, name: &str, ty: Type, span: Span) -> VarId {
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var {
            name: name.to_string(),
            ty,
            param: None,
            span,
            hidden: false,
            written_through: false,
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
    pub(super) fn declare_locals(&mut self, body: &[ast::Stmt]) {
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

    /// A compiler-made local of type `ty` that rewritten source can name:
    /// its id and an [`ExprKind::Hidden`] naming it. No name is bound, so
    /// none can collide with the user's.
    pub(super) fn hidden_name(&mut self, label: &str, ty: Type, span: Span) -> (VarId, ast::Expr) {
        let id = self.hidden_var(ty, span);
        self.vars[id.0 as usize].name = format!("{label}{}", id.0);
        let read = ast::Expr {
            kind: ExprKind::Hidden(id.0),
            span,
        };
        (id, read)
    }

    /// `v` evaluated once into a new [`Self::hidden_name`] local (the
    /// assignment pushed to `out`).
    pub(super) fn spill(
        &mut self,
        label: &str,
        v: TExpr,
        out: &mut Vec<TStmt>,
    ) -> (VarId, ast::Expr) {
        let span = v.span;
        let (id, read) = self.hidden_name(label, v.ty.clone(), span);
        self.store_hidden(id, v, span, out);
        (id, read)
    }

    /// `id = v` for a compiler-made local, which is then certainly bound.
    pub(super) fn store_hidden(&mut self, id: VarId, v: TExpr, span: Span, out: &mut Vec<TStmt>) {
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
    /// writing it evaluates them once. Returns the rewritten target.
    pub(super) fn pin_target(&mut self, target: &ast::Expr, out: &mut Vec<TStmt>) -> ast::Expr {
        fn pure(e: &ast::Expr) -> bool {
            match &e.kind {
                ExprKind::Name(_)
                | ExprKind::Hidden(_)
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
        let pin = |cx: &mut Self, e: &ast::Expr, out: &mut Vec<TStmt>| -> ast::Expr {
            if pure(e) {
                return e.clone();
            }
            // A C struct or array is an lvalue to write through, not a
            // value to copy: left as written.
            let ty = cx.type_query(e);
            if ty.is_some_and(|t| matches!(t.strip_const(), Type::Struct(_) | Type::Array(..))) {
                return e.clone();
            }
            let v = cx.expr(e);
            cx.spill("pin", v, out).1
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
            _ => return target.clone(),
        };
        ast::Expr {
            kind,
            span: target.span,
        }
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

    /// `n` names the Python builtin (no local, module global or cimport
    /// shadows it).
    pub(crate) fn is_builtin_name(&self, n: &str) -> bool {
        !self.is_local(n) && !self.m.py_globals.contains(n) && self.m.lookup_sym(n).is_none()
    }

    pub(super) fn intrinsic_of(&self, func: &ast::Expr) -> Option<Intrinsic> {
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
}

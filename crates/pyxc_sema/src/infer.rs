//! Cython's safe type inference for untyped locals, as far as it changes
//! results: a local whose every assignment is a C floating-point or integer
//! value, with at least one floating-point one, is a C `double` (so
//! `s = 0; s += view[i]` returns `0.0` on an empty loop, as under Cython);
//! a local assigned only C pointers of one type is that pointer type. Every
//! other untyped local stays a Python object (Cython keeps integers that
//! might overflow as objects too).

use crate::body::FnCx;
use crate::tir::VarId;
use crate::types::{FloatKind, IntKind, Type};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet};

/// How one assignment sets a candidate.
enum Source<'a> {
    Value(&'a ast::Expr),
    Aug(ast::BinOp, &'a ast::Expr),
}

#[derive(Default)]
struct Scan<'a> {
    sources: BTreeMap<String, Vec<Source<'a>>>,
    /// Names bound some other way (loops, unpacking, with, except, import,
    /// del, annotations, walrus): never inferred.
    other: BTreeSet<String>,
}

impl<'a> Scan<'a> {
    fn names_in(&mut self, t: &ast::Expr) {
        match &t.kind {
            ExprKind::Name(n) => {
                self.other.insert(n.clone());
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.names_in(i))
            }
            ExprKind::Starred(i) => self.names_in(i),
            _ => {}
        }
    }

    fn stmts(&mut self, body: &'a [ast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a ast::Stmt) {
        match &s.kind {
            StmtKind::Assign { targets, value } => match &targets[..] {
                [ast::Expr {
                    kind: ExprKind::Name(n),
                    ..
                }] => self
                    .sources
                    .entry(n.clone())
                    .or_default()
                    .push(Source::Value(value)),
                _ => targets.iter().for_each(|t| self.names_in(t)),
            },
            StmtKind::AugAssign { target, op, value } => {
                if let ExprKind::Name(n) = &target.kind {
                    self.sources
                        .entry(n.clone())
                        .or_default()
                        .push(Source::Aug(*op, value));
                }
            }
            StmtKind::AnnAssign { target, .. } => self.names_in(target),
            StmtKind::Del(targets) => targets.iter().for_each(|t| self.names_in(t)),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                self.names_in(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.other.insert(n.name.clone());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    if let Some(t) = &it.target {
                        self.names_in(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::WithGil { body, .. } => self.stmts(body),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.other.insert(a.import_binds());
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.other.insert(a.from_import_binds());
                }
            }
            StmtKind::FuncDef(f) => {
                self.other.insert(f.name.name.clone());
            }
            _ => {}
        }
    }
}

fn has_closure(e: &ast::Expr) -> bool {
    // Trial analysis must not create functions.
    let mut found = false;
    fn walk(e: &ast::Expr, found: &mut bool) {
        if *found {
            return;
        }
        match &e.kind {
            ExprKind::Lambda { .. } | ExprKind::NamedExpr { .. } | ExprKind::Yield(_) => {
                *found = true
            }
            ExprKind::Attribute { value, .. }
            | ExprKind::UnaryOp { operand: value, .. }
            | ExprKind::Starred(value)
            | ExprKind::AddressOf(value)
            | ExprKind::Cast { operand: value, .. } => walk(value, found),
            ExprKind::Call { func, args } => {
                walk(func, found);
                args.iter().for_each(|a| walk(&a.value, found));
            }
            ExprKind::Subscript { value, index } => {
                walk(value, found);
                walk(index, found);
            }
            ExprKind::BinOp { left, right, .. } => {
                walk(left, found);
                walk(right, found);
            }
            ExprKind::BoolOp { values, .. }
            | ExprKind::Tuple(values)
            | ExprKind::List(values)
            | ExprKind::Set(values) => values.iter().for_each(|v| walk(v, found)),
            ExprKind::Compare { left, ops } => {
                walk(left, found);
                ops.iter().for_each(|(_, v)| walk(v, found));
            }
            ExprKind::IfExp { test, body, orelse } => {
                walk(test, found);
                walk(body, found);
                walk(orelse, found);
            }
            ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
                if let Some(k) = k {
                    walk(k, found);
                }
                walk(v, found);
            }),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::FString(_) => *found = true,
            _ => {}
        }
    }
    walk(e, &mut found);
    found
}

/// A C number a double can hold the way Cython spans types (a bint
/// beside a double stays an object under Cython).
fn is_c_number(t: &Type) -> bool {
    matches!(t.strip_const(), Type::Int(_) | Type::Float(_))
}

impl FnCx<'_, '_> {
    /// The trial types of a candidate's assignments.
    fn source_types(&mut self, name: &str, sources: &[Source]) -> Vec<Option<Type>> {
        let mut types = Vec::new();
        for s in sources {
            let t = match s {
                Source::Value(e) => self.trial_type(e),
                Source::Aug(op, e) => {
                    let synth = ast::Expr {
                        kind: ExprKind::BinOp {
                            left: Box::new(ast::Expr {
                                kind: ExprKind::Name(name.to_string()),
                                span: e.span,
                            }),
                            op: *op,
                            right: Box::new((*e).clone()),
                        },
                        span: e.span,
                    };
                    self.trial_type(&synth)
                }
            };
            types.push(t);
        }
        types
    }

    /// The type `e` has now, analysed and thrown away (None when it is not
    /// safe to analyse twice or has errors).
    fn trial_type(&mut self, e: &ast::Expr) -> Option<Type> {
        if has_closure(e) {
            return None;
        }
        let before = self.m.diags.len();
        let t = self.expr(e);
        let clean = !self.m.diags[before..].iter().any(|d| d.is_error());
        self.m.diags.truncate(before);
        clean.then_some(t.ty)
    }

    /// Gives the inferred C types to the untyped locals of `body` (after
    /// `declare_locals` and `make_cells`).
    pub(crate) fn infer_locals(&mut self, body: &[ast::Stmt]) {
        let mut scan = Scan::default();
        scan.stmts(body);
        let mut cands: Vec<(VarId, Vec<Source>)> = Vec::new();
        for (name, sources) in std::mem::take(&mut scan.sources) {
            if scan.other.contains(&name) || self.unbindable_name(&name) {
                continue;
            }
            let Some(&v) = self.names.get(&name) else {
                continue;
            };
            let var = &self.vars[v.0 as usize];
            if var.param.is_some() || var.ty != Type::object() {
                continue;
            }
            cands.push((v, sources));
        }
        if cands.is_empty() {
            return;
        }
        // Optimistic start: every candidate a double; demote until stable.
        let mut double: BTreeSet<VarId> = cands.iter().map(|(v, _)| *v).collect();
        let mut pointer: BTreeMap<VarId, Type> = BTreeMap::new();
        for _ in 0..8 {
            for (v, _) in &cands {
                self.vars[v.0 as usize].ty = match (double.contains(v), pointer.get(v)) {
                    (true, _) => Type::double(),
                    (false, Some(p)) => p.clone(),
                    _ => Type::object(),
                };
            }
            let mut changed = false;
            for (v, sources) in &cands {
                let name = self.vars[v.0 as usize].name.clone();
                // A float must come from the values themselves, not from the
                // candidate's own optimistic type (`n = 0; n += 1` is an int).
                let own =
                    std::mem::replace(&mut self.vars[v.0 as usize].ty, Type::Int(IntKind::Long));
                let float_free = self.source_types(&name, sources);
                self.vars[v.0 as usize].ty = own;
                let types = self.source_types(&name, sources);
                let all_numeric = types.iter().all(|t| t.as_ref().is_some_and(is_c_number));
                let any_float = float_free.iter().any(|t| {
                    matches!(
                        t.as_ref().map(|t| t.strip_const().clone()),
                        Some(Type::Float(_))
                    )
                });
                let is_double = all_numeric && any_float;
                if double.contains(v) && !is_double {
                    double.remove(v);
                    changed = true;
                }
                let ptr = match types.first() {
                    Some(Some(t @ Type::Ptr(_))) if types.iter().all(|x| x.as_ref() == Some(t)) => {
                        Some(t.clone())
                    }
                    _ => None,
                };
                if !double.contains(v) && pointer.get(v) != ptr.as_ref() {
                    match ptr {
                        Some(p) => pointer.insert(*v, p),
                        None => pointer.remove(v),
                    };
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for (v, _) in &cands {
            self.vars[v.0 as usize].ty = match (double.contains(v), pointer.get(v)) {
                (true, _) => Type::Float(FloatKind::Double),
                (false, Some(p)) => p.clone(),
                _ => Type::object(),
            };
        }
    }
}

//! Closures: which names a lambda or a nested `def` takes from the
//! function around it (Python's free variables), read off the AST before
//! the enclosing body is analysed, so that every use of a captured local,
//! earlier ones included, goes through its cell.

use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::BTreeSet;

/// Names read and bound in one scope.
#[derive(Default)]
struct Scope {
    loads: BTreeSet<String>,
    /// Of `loads`, the names an inner function reads (its free names).
    inner_loads: BTreeSet<String>,
    bound: BTreeSet<String>,
    /// `nonlocal` names: free even where this scope assigns them.
    nonlocal: BTreeSet<String>,
}

/// The free names of `lambda params: body`.
pub fn lambda_free(params: &[ast::Param], body: &ast::Expr) -> BTreeSet<String> {
    let mut sc = Scope::default();
    expr(body, &mut sc);
    sc.bound.extend(param_names(params));
    own_free(sc)
}

/// The free names of a nested `def`.
pub fn def_free(f: &ast::FuncDef) -> BTreeSet<String> {
    let mut sc = Scope::default();
    stmts(&f.body, &mut sc);
    sc.bound.extend(param_names(&f.params));
    own_free(sc)
}

fn own_free(sc: Scope) -> BTreeSet<String> {
    let mut free: BTreeSet<String> = sc
        .loads
        .into_iter()
        .filter(|n| !sc.bound.contains(n) || sc.nonlocal.contains(n))
        .collect();
    free.extend(sc.nonlocal);
    free
}

/// The names that lambdas and `def`s directly inside `body` take from the
/// scope `body` belongs to (their own inner closures' needs included).
pub fn captured_by_inner(body: &[ast::Stmt]) -> BTreeSet<String> {
    let mut sc = Scope::default();
    stmts(body, &mut sc);
    sc.inner_loads
}

fn param_names(params: &[ast::Param]) -> impl Iterator<Item = String> + '_ {
    params
        .iter()
        .filter_map(|p| p.name.as_ref().map(|n| n.name.clone()))
}

fn inner_loads(free: BTreeSet<String>, sc: &mut Scope) {
    for n in free {
        sc.loads.insert(n.clone());
        sc.inner_loads.insert(n);
    }
}

fn bind_target(t: &ast::Expr, sc: &mut Scope) {
    match &t.kind {
        ExprKind::Name(n) => {
            sc.bound.insert(n.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| bind_target(i, sc));
        }
        ExprKind::Starred(inner) => bind_target(inner, sc),
        // `a.b = ...` / `a[i] = ...` read `a`.
        _ => expr(t, sc),
    }
}

fn stmts(body: &[ast::Stmt], sc: &mut Scope) {
    for s in body {
        stmt(s, sc);
    }
}

fn stmt(s: &ast::Stmt, sc: &mut Scope) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e, sc),
        StmtKind::Assign { targets, value } => {
            expr(value, sc);
            targets.iter().for_each(|t| bind_target(t, sc));
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(value, sc);
            expr(target, sc);
            bind_target(target, sc);
        }
        StmtKind::AnnAssign { target, value, .. } => {
            if let Some(v) = value {
                expr(v, sc);
            }
            bind_target(target, sc);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| expr(e, sc));
        }
        // A global is never free; a nonlocal always is.
        StmtKind::Global(names) => {
            for n in names {
                sc.bound.insert(n.name.clone());
            }
        }
        StmtKind::Nonlocal(names) => {
            for n in names {
                sc.nonlocal.insert(n.name.clone());
            }
        }
        StmtKind::Del(targets) => targets.iter().for_each(|t| bind_target(t, sc)),
        StmtKind::Assert { test, msg } => {
            expr(test, sc);
            if let Some(m) = msg {
                expr(m, sc);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test, sc);
            stmts(body, sc);
            stmts(orelse, sc);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            expr(iter, sc);
            bind_target(target, sc);
            stmts(body, sc);
            stmts(orelse, sc);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, sc);
            for h in handlers {
                if let Some(t) = &h.ty {
                    expr(t, sc);
                }
                if let Some(n) = &h.name {
                    sc.bound.insert(n.name.clone());
                }
                stmts(&h.body, sc);
            }
            stmts(orelse, sc);
            stmts(finalbody, sc);
        }
        StmtKind::With { items, body } => {
            for it in items {
                expr(&it.context, sc);
                if let Some(t) = &it.target {
                    bind_target(t, sc);
                }
            }
            stmts(body, sc);
        }
        StmtKind::WithGil {
            condition, body, ..
        } => {
            if let Some(c) = condition {
                expr(c, sc);
            }
            stmts(body, sc);
        }
        StmtKind::FuncDef(f) => {
            for p in &f.params {
                if let Some(d) = &p.default {
                    expr(d, sc);
                }
            }
            f.decorators.iter().for_each(|d| expr(d, sc));
            sc.bound.insert(f.name.name.clone());
            inner_loads(def_free(f), sc);
        }
        StmtKind::CVarDecl(d) => {
            for v in &d.vars {
                if let Some(init) = &v.value {
                    expr(init, sc);
                }
                sc.bound.insert(v.name.name.clone());
            }
        }
        StmtKind::Import(aliases) => {
            for a in aliases {
                sc.bound.insert(a.import_binds());
            }
        }
        StmtKind::ImportFrom { names, .. } => {
            for a in names {
                let n = a.from_import_binds();
                sc.bound.insert(n);
            }
        }
        StmtKind::ClassDef { name, .. } => {
            sc.bound.insert(name.name.clone());
        }
        _ => {}
    }
}

fn comprehension(gens: &[ast::Comprehension], elts: &[&ast::Expr], sc: &mut Scope) {
    // The comprehension's targets are its own; its reads are the scope's.
    let mut inner = Scope::default();
    for g in gens {
        expr(&g.iter, sc);
        bind_target(&g.target, &mut inner);
        g.ifs.iter().for_each(|e| expr(e, &mut inner));
    }
    elts.iter().for_each(|e| expr(e, &mut inner));
    for n in inner.loads {
        if !inner.bound.contains(&n) {
            sc.loads.insert(n);
        }
    }
    for n in inner.inner_loads {
        if !inner.bound.contains(&n) {
            sc.inner_loads.insert(n);
        }
    }
}

fn expr(e: &ast::Expr, sc: &mut Scope) {
    let mut go = |x: &ast::Expr| expr(x, sc);
    match &e.kind {
        ExprKind::Name(n) => {
            sc.loads.insert(n.clone());
        }
        ExprKind::Lambda { params, body } => {
            for p in params {
                if let Some(d) = &p.default {
                    expr(d, sc);
                }
            }
            inner_loads(lambda_free(params, body), sc);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => comprehension(generators, &[elt], sc),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comprehension(generators, &[key, value], sc),
        ExprKind::NamedExpr { target, value } => {
            expr(value, sc);
            sc.bound.insert(target.name.clone());
        }
        ExprKind::FString(parts) => fstring(parts, sc),
        ExprKind::Attribute { value, .. } => go(value),
        ExprKind::Call { func, args } => {
            go(func);
            args.iter().for_each(|a| expr(&a.value, sc));
        }
        ExprKind::Subscript { value, index } => {
            go(value);
            go(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, sc);
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            go(left);
            go(right);
        }
        ExprKind::UnaryOp { operand, .. }
        | ExprKind::Starred(operand)
        | ExprKind::AddressOf(operand)
        | ExprKind::Cast { operand, .. } => go(operand),
        ExprKind::BoolOp { values, .. }
        | ExprKind::Tuple(values)
        | ExprKind::List(values)
        | ExprKind::Set(values) => values.iter().for_each(go),
        ExprKind::Compare { left, ops } => {
            go(left);
            ops.iter().for_each(|(_, x)| expr(x, sc));
        }
        ExprKind::IfExp { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    expr(k, sc);
                }
                expr(v, sc);
            }
        }
        ExprKind::SizeOf(arg) => {
            if let ast::SizeOfArg::Expr(x) = &**arg {
                go(x);
            }
        }
        ExprKind::Yield(Some(x)) => go(x),
        ExprKind::ForFrom { .. } => e.for_each_child(&mut |c| expr(c, sc)),
        _ => {}
    }
}

fn fstring(parts: &[ast::FStringPart], sc: &mut Scope) {
    for p in parts {
        if let ast::FStringPart::Value { value, spec, .. } = p {
            expr(value, sc);
            fstring(spec, sc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyxc_diagnostics::SourceMap;

    fn body_of(src: &str) -> Vec<ast::Stmt> {
        let mut map = SourceMap::new();
        let file = map.add("t.pyx", src.to_string());
        let (m, diags) = pyxc_syntax::parse_module(src, file);
        assert!(diags.is_empty(), "{diags:?}");
        match &m.body[0].kind {
            StmtKind::FuncDef(f) => f.body.clone(),
            _ => panic!("not a function"),
        }
    }

    fn names(s: &BTreeSet<String>) -> Vec<&str> {
        s.iter().map(String::as_str).collect()
    }

    #[test]
    fn lambda_reads_enclosing_locals_not_its_params() {
        let b = body_of("def f(k, xs):\n    g = lambda x, y=k: x * k + y\n    return sorted(xs, key=lambda v: -v)\n");
        assert_eq!(names(&captured_by_inner(&b)), ["k"]);
    }

    #[test]
    fn nested_def_locals_and_comprehension_targets_are_not_free() {
        let b = body_of(
            "def f(a, b):\n    def g(x):\n        t = x + a\n        return [i * t for i in range(b)]\n    return g\n",
        );
        assert_eq!(names(&captured_by_inner(&b)), ["a", "b", "range"]);
    }

    #[test]
    fn inner_closures_pass_their_needs_through() {
        let b = body_of("def f(n):\n    def g():\n        return lambda: n\n    return g\n");
        assert_eq!(names(&captured_by_inner(&b)), ["n"]);
    }
}

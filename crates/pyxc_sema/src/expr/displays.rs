//! Tuple, list, set and dict displays (starred items included) and
//! comprehensions and generator expressions.

use super::obj;
use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ExprKind};

impl BodyChecker<'_, '_> {
    /// `(*a, b)`, `[*a]`, `{*a}`: a display with starred parts.
    pub(super) fn starred_display(&mut self, e: &ast::Expr, items: &[ast::Expr]) -> TExpr {
        let span = e.span;
        let (kind, ty) = match &e.kind {
            ExprKind::Tuple(_) => (DisplayKind::Tuple, "tuple"),
            ExprKind::List(_) => (DisplayKind::List, "list"),
            _ => (DisplayKind::Set, "set"),
        };
        self.require_gil("building a display", span);
        let parts = items
            .iter()
            .map(|i| match &i.kind {
                ExprKind::Starred(inner) => {
                    let t = self.expr(inner);
                    DisplayPart::Star(self.coerce_object(t))
                }
                _ => {
                    let t = self.expr(i);
                    DisplayPart::Item(self.coerce_object(t))
                }
            })
            .collect();
        self.texpr(TExprKind::Display { kind, parts }, obj(ty), span)
    }

    /// `{**a, k: v}`: a dict display with `**` parts.
    pub(super) fn double_star_dict(
        &mut self,
        pairs: &[(Option<ast::Expr>, ast::Expr)],
        span: Span,
    ) -> TExpr {
        self.require_gil("building a dict", span);
        let mut parts = Vec::new();
        for (k, v) in pairs {
            // Key before value, as Python evaluates them.
            let kt = k.as_ref().map(|k| {
                let kt = self.expr(k);
                self.coerce_object(kt)
            });
            let vt = self.expr(v);
            let vt = self.coerce_object(vt);
            parts.push(match kt {
                None => DisplayPart::DoubleStar(vt),
                Some(kt) => DisplayPart::Pair(kt, vt),
            });
        }
        self.texpr(
            TExprKind::Display {
                kind: DisplayKind::Dict,
                parts,
            },
            obj("dict"),
            span,
        )
    }

    pub(super) fn expr_tuple(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeTuple(v), obj("tuple"), span)
    }

    pub(super) fn expr_list(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeList(v), obj("list"), span)
    }

    pub(super) fn expr_set(&mut self, items: &[ast::Expr], span: Span) -> TExpr {
        let v = self.object_items(items);
        self.texpr(TExprKind::MakeSet(v), obj("set"), span)
    }

    pub(super) fn expr_dict_comp(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::DictComp {
            key,
            value,
            generators,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        self.comp(CompKind::Dict, key, Some(value), generators, e.span)
    }

    pub(super) fn expr_dict(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Dict(pairs) = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let mut out = Vec::new();
        for (k, v) in pairs {
            let Some(k) = k else {
                self.err("'**' inside a dict display is not supported yet", v.span);
                continue;
            };
            let k = self.expr(k);
            let k = self.coerce_object(k);
            let v = self.expr(v);
            let v = self.coerce_object(v);
            out.push((k, v));
        }
        self.texpr(TExprKind::MakeDict(out), obj("dict"), span)
    }

    pub(super) fn expr_generator_exp(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::GeneratorExp { .. } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        self.m.diags.push(
            Diagnostic::error(
                "a generator expression is only supported as the only argument of a call",
                span,
            )
            .with_label_message("generator objects are not supported yet")
            .with_note("write it as a list comprehension [...], or pass it directly, as in sum(x for x in xs)"),
        );
        self.error_expr(span)
    }

    fn object_items(&mut self, items: &[ast::Expr]) -> Vec<TExpr> {
        items
            .iter()
            .filter_map(|i| {
                if let ExprKind::Starred(_) = i.kind {
                    self.err("starred items in displays are not supported yet", i.span);
                    return None;
                }
                let t = self.expr(i);
                Some(self.coerce_object(t))
            })
            .collect()
    }

    /// A comprehension of any kind (see [`CompKind`]).
    pub fn comp(
        &mut self,
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        span: Span,
    ) -> TExpr {
        self.require_gil("a comprehension", span);
        let saved = self.names.clone();
        let saved_cells = self.cells.clone();
        // Loop variables a lambda in the comprehension reads live in cells.
        let mut captured = std::collections::BTreeSet::new();
        for e in std::iter::once(elt).chain(value) {
            lambda_captures(e, &mut captured);
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                lambda_captures(&g.iter, &mut captured);
            }
            g.ifs.iter().for_each(|c| lambda_captures(c, &mut captured));
        }
        let mut cells = Vec::new();
        let mut gens = Vec::new();
        for g in generators {
            let iter = self.expr(&g.iter);
            let iter = self.coerce_object(iter);
            let mut unpack = Vec::new();
            let target = match &g.target.kind {
                // Read by a lambda in the comprehension: kept in a cell.
                ExprKind::Name(n) if captured.contains(n) => {
                    let cell = self.hidden_var(Type::object(), g.target.span);
                    // Each comprehension's cell is its own variable: two
                    // comprehensions over `x` in one function need two.
                    self.vars[cell.0 as usize].name = format!("cell.{n}_comp{}", cell.0);
                    self.assigned.insert(cell);
                    self.names.remove(n);
                    self.cells.insert(n.clone(), (cell, Type::object()));
                    cells.push(cell);
                    Some(LValue::Cell {
                        cell,
                        name: n.clone(),
                    })
                }
                // Comprehension variables do not leak (Python 3 scoping).
                ExprKind::Name(n) => Some(LValue::Local(self.hidden_comp_var(n, g.target.span))),
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    let mut names = Vec::new();
                    target_names(&g.target, &mut names).then(|| {
                        for (n, sp) in names {
                            self.hidden_comp_var(&n, sp);
                        }
                        let tmp = self.hidden_var(Type::object(), g.target.span);
                        let val = self.tmp_local(tmp, g.target.span);
                        self.unpack_value(items, val, g.target.span, &mut unpack);
                        LValue::Local(tmp)
                    })
                }
                _ => None,
            };
            let Some(target) = target else {
                self.err(
                    "comprehension targets other than names and tuples of names are not supported yet",
                    g.target.span,
                );
                self.names = saved;
                self.cells = saved_cells;
                return self.error_expr(span);
            };
            let item = TExpr::new(TExprKind::IterItem, Type::object(), g.target.span);
            let ifs = g.ifs.iter().map(|c| self.condition(c)).collect();
            gens.push(TGenerator {
                target,
                iter,
                item,
                unpack,
                ifs,
            });
        }
        let e = match kind {
            CompKind::Any | CompKind::All => self.condition(elt),
            _ => {
                let e = self.expr(elt);
                self.coerce_object(e)
            }
        };
        let value = value.map(|v| {
            let v = self.expr(v);
            Box::new(self.coerce_object(v))
        });
        self.names = saved;
        self.cells = saved_cells;
        let ty = match kind {
            CompKind::List => obj("list"),
            CompKind::Set => obj("set"),
            CompKind::Dict => obj("dict"),
            CompKind::Any | CompKind::All => Type::Bint,
        };
        self.texpr(
            TExprKind::Comp {
                kind,
                elt: Box::new(e),
                value,
                generators: gens,
                cells,
            },
            ty,
            span,
        )
    }

    fn hidden_comp_var(&mut self, name: &str, span: Span) -> VarId {
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var {
            name: format!("{name}_comp{}", id.0),
            ty: Type::object(),
            param: None,
            span,
            hidden: false,
            written_through: false,
        });
        self.names.insert(name.to_string(), id);
        id
    }
}

/// The names a comprehension target binds; false when it has anything
/// else than names, tuples/lists of them and one starred name.
fn target_names(t: &ast::Expr, out: &mut Vec<(String, Span)>) -> bool {
    match &t.kind {
        ExprKind::Name(n) => {
            out.push((n.clone(), t.span));
            true
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().all(|i| target_names(i, out))
        }
        _ => false,
    }
}

/// The names the lambdas in `e` read from outside themselves.
fn lambda_captures(e: &ast::Expr, out: &mut std::collections::BTreeSet<String>) {
    if let ExprKind::Lambda { params, body } = &e.kind {
        out.extend(crate::closure::lambda_free(params, body));
    }
    e.for_each_child(&mut |c| lambda_captures(c, out));
}

//! Assignment targets: what a name, attribute, subscript or dereference
//! assigns to (`LValue`), and its type.

use crate::body_checker::{BodyChecker, ViewIndex};
use crate::scope::Sym;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ExprKind};

impl<'m, 'a> BodyChecker<'m, 'a> {
    // ---------------------------------------------------------------
    // places
    pub(super) fn name_lvalue(&mut self, name: &str, span: Span) -> Option<LValue> {
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

    /// The C type of a place written as C names, struct fields and pointer
    /// or array items (`a`, `s.rows`, `p[0].v`), read off the declarations
    /// without analysing anything; None for any other expression.
    pub(crate) fn place_type(&self, e: &ast::Expr) -> Option<Type> {
        match &e.kind {
            ExprKind::Hidden(id) => Some(self.vars[*id as usize].ty.clone()),
            ExprKind::Name(n) => {
                if let Some(v) = self.names.get(n) {
                    return Some(self.vars[v.0 as usize].ty.clone());
                }
                if self.is_local(n) {
                    return None;
                }
                match self.m.lookup_sym(n)? {
                    Sym::CGlobal(id) => Some(self.m.cglobals[id.0 as usize].ty.clone()),
                    Sym::ExternVar { ty, .. } => Some(ty),
                    _ => None,
                }
            }
            ExprKind::Attribute { value, attr } => {
                let base = self.place_type(value)?;
                let st = match base.strip_const() {
                    Type::Struct(st) => st.clone(),
                    Type::Ptr(p) => match p.strip_const() {
                        Type::Struct(st) => st.clone(),
                        _ => return None,
                    },
                    _ => return None,
                };
                let (_, t) = st.fields().iter().find(|(n, _)| *n == attr.name)?;
                Some(t.clone())
            }
            ExprKind::Subscript { value, index }
                if !matches!(index.kind, ExprKind::Slice { .. } | ExprKind::Tuple(_)) =>
            {
                Some(self.place_type(value)?.pointee()?.clone())
            }
            _ => None,
        }
    }

    /// `field` of a struct reached through `base` cannot be written: the
    /// struct (or what a pointer points to) is const, or the field is.
    fn const_struct_field(&self, base: &Type, field: &str) -> bool {
        let target = match base.strip_const() {
            Type::Ptr(p) => p.as_ref(),
            _ => base,
        };
        let Type::Struct(st) = target.strip_const() else {
            return false;
        };
        matches!(target, Type::Const(_))
            || st
                .fields()
                .iter()
                .any(|(n, t)| n == field && matches!(t, Type::Const(_)))
    }

    pub fn lvalue(&mut self, e: &ast::Expr) -> Option<LValue> {
        match &e.kind {
            ExprKind::Name(n) => self.name_lvalue(n, e.span),
            ExprKind::Hidden(id) => Some(LValue::Local(VarId(*id))),
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
                    if matches!(base.ty.pointee(), Some(Type::Const(_))) {
                        self.err("Assignment to const dereference", e.span);
                        return None;
                    }
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
                if self.const_struct_field(&base.ty, &attr.name) {
                    self.err(
                        format!("Assignment to const attribute '{}'", attr.name),
                        e.span,
                    );
                    return None;
                }
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
}

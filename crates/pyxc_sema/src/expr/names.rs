//! A name read: a local, cell, global, C function, enum member, builtin
//! or compile-time name.

use crate::body_checker::BodyChecker;
use crate::scope::Sym;
use crate::tir::*;
use crate::types::{IntKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    pub(super) fn name(&mut self, n: &str, span: Span) -> TExpr {
        if let Some((cell, ty)) = self.cells.get(n) {
            let (cell, ty) = (*cell, ty.clone());
            self.require_gil("reading a variable shared with a closure", span);
            let get = TExprKind::CellGet {
                cell,
                name: n.to_string(),
            };
            if !ty.is_object() {
                // A boxed C number.
                let boxed = self.texpr(get, Type::object(), span);
                return self.coerce(boxed, &ty);
            }
            return self.texpr(get, ty, span);
        }
        if self.poisoned.contains(n) && !self.names.contains_key(n) {
            return self.error_expr(span);
        }
        if let Some(&index) = self.free.get(n) {
            self.require_gil("reading a variable of the enclosing function", span);
            return self.texpr(
                TExprKind::FreeVar {
                    index,
                    name: n.to_string(),
                },
                Type::object(),
                span,
            );
        }
        if let Some(&v) = self.names.get(n) {
            let var = &self.vars[v.0 as usize];
            let ty = var.ty.clone();
            let check_bound = var.param.is_none()
                && !self.assigned.contains(&v)
                && (ty.is_object()
                    || (matches!(ty, Type::MemView(_)) && self.dirs.checks.initializedcheck));
            return self.texpr(
                TExprKind::Local {
                    var: v,
                    check_bound,
                },
                ty,
                span,
            );
        }
        if n == "NULL" {
            return self.texpr(TExprKind::NullConst, Type::Null, span);
        }
        match self.m.lookup_sym(n) {
            Some(Sym::CGlobal(id)) => {
                let ty = self.m.cglobals[id.0 as usize].ty.clone();
                return self.texpr(TExprKind::CGlobal(id), ty, span);
            }
            Some(Sym::ExternVar { c_name, ty }) => {
                return self.texpr(TExprKind::CName(c_name), ty, span)
            }
            Some(Sym::EnumValue(v)) => {
                return self.texpr(TExprKind::EnumConst(v), Type::Int(IntKind::Int), span)
            }
            Some(Sym::CFunc(id)) => {
                let sig = &self.m.sigs[id.0 as usize];
                if sig.kind == FuncKind::Cdef {
                    return self.texpr(
                        TExprKind::CFuncRef(CFuncTarget::Module(id)),
                        Type::Func(Rc::new(crate::types::FuncType {
                            ret: sig.ret.clone(),
                            params: sig.params.iter().map(|p| p.ty.clone()).collect(),
                            varargs: false,
                            nogil: sig.nogil,
                            error: sig.error.clone(),
                        })),
                        span,
                    );
                }
            }
            Some(Sym::ExternFunc { c_name, ty }) => {
                return self.texpr(
                    TExprKind::CFuncRef(CFuncTarget::Extern {
                        c_name,
                        ty: ty.clone(),
                    }),
                    Type::Func(ty),
                    span,
                )
            }
            // A `cpdef enum`: the type at compile time, a class at run time.
            Some(Sym::Type(_)) if self.m.py_globals.contains(n) => {}
            Some(Sym::Type(t)) => {
                self.err(format!("'{n}' is a type ('{t}'), not a value"), span);
                return self.error_expr(span);
            }
            Some(Sym::Namespace(ns)) if !self.m.py_globals.contains(n) => {
                self.m.diags.push(
                    Diagnostic::error(
                        format!("'{n}' is a cimported module, only usable at compile time"),
                        span,
                    )
                    .with_label_message(format!("add 'import {}' to use it at run time", ns.name)),
                );
                return self.error_expr(span);
            }
            Some(Sym::Namespace(_)) => {}
            Some(Sym::Intrinsic(_)) => {
                self.err(format!("'{n}' can only be called"), span);
                return self.error_expr(span);
            }
            None => {}
        }
        // The module's own attributes (set by the import system) are
        // module globals, not the `builtins` module's.
        const MODULE_ATTRS: &[&str] = &[
            "__name__",
            "__doc__",
            "__file__",
            "__spec__",
            "__loader__",
            "__package__",
        ];
        if self.m.py_globals.contains(n) || MODULE_ATTRS.contains(&n) {
            return self.texpr(TExprKind::Global(n.to_string()), Type::object(), span);
        }
        if crate::scope::BUILTIN_NAMES.contains(&n) {
            return self.texpr(TExprKind::BuiltinName(n.to_string()), Type::object(), span);
        }
        self.m.diags.push(
            Diagnostic::error(format!("undeclared name not builtin: {n}"), span)
                .with_label_message("not defined in this module or the builtins"),
        );
        self.error_expr(span)
    }
}

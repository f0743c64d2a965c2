//! Names: locals, globals, cells and free variables, closures and
//! function objects, imports, and C lvalues and their addresses.

use super::simplify_deref;
use crate::consts::Const;
use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// The current unpacked item (a new reference).
    pub(super) fn unpacked_item(&mut self, span: pyxc_diagnostics::Span) -> R<Val> {
        match &self.unpacked {
            Some(t) => Ok(Val::owned(t.clone())),
            None => Err(ice("UnpackedItem outside an unpacking", span)),
        }
    }

    /// The current loop's item (a new reference).
    pub(super) fn iter_item(&mut self, span: pyxc_diagnostics::Span) -> R<Val> {
        match self.iter_items.last() {
            Some(t) => Ok(Val::owned(t.clone())),
            None => Err(ice("IterItem outside a loop", span)),
        }
    }

    pub(super) fn write_global(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Global(name) = &e.kind else {
            return Err(ice("write_global of another node", e.span));
        };
        let k = self.md.consts.str(name);
        self.require("pyxc_get_global");
        Ok(self.call_obj(format!("pyxc_get_global({}, {k})", naming::MODULE_DICT)))
    }

    pub(super) fn write_import(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Import {
            module,
            level,
            fromlist,
        } = &e.kind
        else {
            return Err(ice("write_import of another node", e.span));
        };
        let k = self.md.consts.str(module);
        let fl = if fromlist.is_empty() {
            "NULL".to_string()
        } else {
            self.md.consts.get(Const::StrTuple(fromlist.clone()))
        };
        Ok(self.call_obj(format!(
            "PyImport_ImportModuleLevelObject({k}, {}, NULL, {fl}, {level})",
            naming::MODULE_DICT
        )))
    }

    pub(super) fn write_let(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Let { var, value } = &e.kind else {
            return Err(ice("write_let of another node", e.span));
        };
        let v = self.expr(value)?;
        self.assign(&LValue::Local(*var), v, &value.ty, e.span)?;
        self.local(*var, false)
    }

    pub(super) fn write_cell_get(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CellGet { cell, name } = &e.kind else {
            return Err(ice("write_cell_get of another node", e.span));
        };
        let c = naming::local(&self.var(*cell)?.name);
        let n = c_string(name.as_bytes());
        self.require("pyxc_raise_unbound_local");
        Ok(self.cell_value(&c, &format!("pyxc_raise_unbound_local({n});")))
    }

    pub(super) fn write_address_of(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::AddressOf(lv) = &e.kind else {
            return Err(ice("write_address_of of another node", e.span));
        };
        let code = self.lvalue_c(lv, e.span)?;
        Ok(Val::c(
            format!("&{}", paren(&(code, prec::ATOM), prec::UNARY)),
            prec::UNARY,
        ))
    }

    pub(super) fn write_import_from(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::ImportFrom { module, name } = &e.kind else {
            return Err(ice("write_import_from of another node", e.span));
        };
        let o = self.obj(module)?;
        let k = self.md.consts.str(name);
        self.require("pyxc_cg_import_from");
        let r = self.call_obj(format!("pyxc_cg_import_from({}, {k})", o.code()));
        self.release(&o);
        Ok(r)
    }

    pub(super) fn write_c_global(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CGlobal(id) = &e.kind else {
            return Err(ice("write_c_global of another node", e.span));
        };
        let v = self
            .md
            .m
            .cglobals
            .get(id.0 as usize)
            .ok_or_else(|| ice("unknown C global", e.span))?;
        let name = naming::cglobal(&v.name);
        Ok(match v.ty.strip_const() {
            Type::Object(_) | Type::Buffer(_) => {
                let q = self.md.consts.str(&v.name);
                self.require("pyxc_raise_name_error");
                self.check(
                    &format!("!{name}"),
                    Some(&format!("pyxc_raise_name_error({q});")),
                );
                Val::borrowed(name)
            }
            Type::MemView(_) => Val::Slice {
                code: name,
                owned: false,
            },
            _ => Val::atom(name),
        })
    }

    pub(super) fn write_new_cell(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::NewCell(init) = &e.kind else {
            return Err(ice("write_new_cell of another node", e.span));
        };
        let v = match init {
            Some(x) => Some(self.obj(x)?),
            None => None,
        };
        let arg = v
            .as_ref()
            .map_or("NULL".to_string(), |v| v.code().to_string());
        let t = self.call_obj(format!("PyCell_New({arg})"));
        if let Some(v) = &v {
            self.release(v);
        }
        Ok(t)
    }

    pub(super) fn write_free_var(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::FreeVar { index, name } = &e.kind else {
            return Err(ice("write_free_var of another node", e.span));
        };
        let c = format!("PyTuple_GET_ITEM({}, {index})", naming::CLOSURE);
        let msg = c_string(
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                .as_bytes(),
        );
        Ok(self.cell_value(&c, &format!("PyErr_SetString(PyExc_NameError, {msg});")))
    }

    pub(super) fn write_make_function(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeFunction { func, closure } = &e.kind else {
            return Err(ice("write_make_function of another node", e.span));
        };
        let idx = self
            .md
            .method_index(*func)
            .ok_or_else(|| ice("closure without a wrapper", e.span))?;
        let t = match closure {
            Some(t) => Some(self.obj(t)?),
            None => None,
        };
        let f = self.function_object(idx, t.as_ref().map_or("NULL", |t| t.code()));
        if let Some(t) = &t {
            self.release(t);
        }
        Ok(f)
    }

    /// The value in cell `cell` (a new reference), raising with `raise`
    /// when the cell is empty.
    fn cell_value(&mut self, cell: &str, raise: &str) -> Val {
        let t = self.obj_temp();
        self.w.line(format!("{t} = PyCell_GET({cell});"));
        self.check(&format!("!{t}"), Some(raise));
        self.w.line(format!("Py_INCREF({t});"));
        Val::owned(t)
    }

    /// A new function object for method-table entry `idx`, whose C
    /// functions receive `closure` (a tuple or NULL) as `self`.
    pub fn function_object(&mut self, idx: usize, closure: &str) -> Val {
        let modname = self.md.consts.str(&self.md.m.name);
        let m = self.md.m;
        let sig = naming::sig(&m.functions[self.md.methods[idx].0 as usize].name);
        if self.f.kind != FuncKind::ModuleInit {
            self.md.bodies_name_table = true;
        }
        self.require("pyxc_function_new");
        self.call_obj(format!(
            "pyxc_function_new(&{}[{idx}], &{sig}, {closure}, {modname}, {})",
            naming::METHODS,
            naming::MODULE_DICT
        ))
    }

    pub(super) fn local(&mut self, var: VarId, check_bound: bool) -> R<Val> {
        let v = self.var(var)?;
        let name = naming::local(&v.name);
        match v.ty.strip_const() {
            Type::Object(_) | Type::Buffer(_) => {
                if check_bound {
                    let n = c_string(v.name.as_bytes());
                    self.require("pyxc_raise_unbound_local");
                    self.check(
                        &format!("!{name}"),
                        Some(&format!("pyxc_raise_unbound_local({n});")),
                    );
                }
                Ok(Val::borrowed(name))
            }
            Type::MemView(_) => {
                if check_bound {
                    let n = c_string(v.name.as_bytes());
                    self.require("pyxc_raise_unbound_view");
                    self.check(
                        &format!("!{name}.mv"),
                        Some(&format!("pyxc_raise_unbound_view({n});")),
                    );
                }
                Ok(Val::Slice {
                    code: name,
                    owned: false,
                })
            }
            _ => Ok(Val::atom(name)),
        }
    }

    pub fn cfunc_name(&self, t: &CFuncTarget, span: pyxc_diagnostics::Span) -> R<String> {
        match t {
            CFuncTarget::Module(id) => {
                let f = self
                    .md
                    .m
                    .functions
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown function", span))?;
                Ok(naming::native(&f.name))
            }
            CFuncTarget::Extern { c_name, .. } => Ok(c_name.clone()),
        }
    }

    /// A C lvalue expression (`v_x`, `p[i]`, `s.f`, a view element).
    pub fn lvalue_c(&mut self, lv: &LValue, span: pyxc_diagnostics::Span) -> R<String> {
        match lv {
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                Err(ice("a cell is not a C lvalue", span))
            }
            LValue::Local(id) => {
                let v = self.var(*id)?;
                Ok(naming::local(&v.name))
            }
            LValue::CGlobal(id) => {
                let v = self
                    .md
                    .m
                    .cglobals
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown C global", span))?;
                Ok(naming::cglobal(&v.name))
            }
            LValue::PtrIndex { ptr, index } => {
                let p = self.c_val(ptr)?;
                let i = self.c_val(index)?;
                Ok(format!("{}[{}]", paren(&p, prec::ATOM), i.0))
            }
            LValue::Field { base, c_field, .. } => {
                let b = self.lvalue_c(base, span)?;
                Ok(format!("{b}.{c_field}"))
            }
            LValue::MvElement(ix) => {
                let (ptr, rel) = self.mv_element_ptr(ix)?;
                if let Some(v) = rel {
                    self.release(&v);
                    return Err(ice("element of a temporary view as an lvalue", span));
                }
                Ok(simplify_deref(&format!("*{}", paren(&(ptr, prec::UNARY), prec::UNARY))).0)
            }
            _ => Err(ice("not a C lvalue", span)),
        }
    }
}

/// The closure tuple's item `index` (borrowed).
pub(super) fn free_cell(index: usize) -> Val {
    Val::borrowed(format!("PyTuple_GET_ITEM({}, {index})", naming::CLOSURE))
}

//! Item, slice and attribute access on objects, bytes, C strings, pointers
//! and structs.

use crate::fn_writer::{code_of, paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::R;
use pyxc_tir::tir::*;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_py_get_item_int(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyGetItemInt {
            obj,
            index,
            wraparound,
            boundscheck,
        } = &e.kind
        else {
            return Err(ice("write_py_get_item_int of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.c_val(index)?;
        self.require("pyxc_getitem_int");
        let r = self.call_obj(format!(
            "pyxc_getitem_int({}, {}, {}, {})",
            o.code(),
            i.0,
            *wraparound as u8,
            *boundscheck as u8
        ));
        self.release(&o);
        Ok(r)
    }

    pub(super) fn write_bytes_item(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BytesItem {
            obj,
            index,
            wraparound,
            boundscheck,
        } = &e.kind
        else {
            return Err(ice("write_bytes_item of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.c_val(index)?;
        let t = self.c_temp_named("int");
        self.require("pyxc_cg_bytes_at");
        self.w.line(format!(
            "{t} = pyxc_cg_bytes_at({}, {}, {}, {});",
            o.code(),
            i.0,
            *wraparound as u8,
            *boundscheck as u8
        ));
        self.check(&format!("{t} < 0"), None);
        self.release(&o);
        Ok(Val::c(format!("(unsigned char){t}"), prec::UNARY))
    }

    pub(super) fn write_py_slice(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PySlice {
            obj,
            lower,
            upper,
            step,
        } = &e.kind
        else {
            return Err(ice("write_py_slice of another node", e.span));
        };
        let o = self.obj(obj)?;
        let s = self.slice_object(lower, upper, step)?;
        let r = self.call_obj(format!("PyObject_GetItem({}, {})", o.code(), s.code()));
        self.release(&s);
        self.release(&o);
        Ok(r)
    }

    pub(super) fn write_field(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Field {
            base,
            field,
            through_ptr,
        } = &e.kind
        else {
            return Err(ice("write_field of another node", e.span));
        };
        let b = self.c_val(base)?;
        let op = if *through_ptr { "->" } else { "." };
        Ok(Val::atom(format!("{}{op}{field}", paren(&b, prec::ATOM))))
    }

    pub(super) fn write_py_attr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyAttr { obj, attr } = &e.kind else {
            return Err(ice("write_py_attr of another node", e.span));
        };
        let o = self.obj(obj)?;
        let k = self.md.consts.str(attr);
        let r = self.call_obj(format!("PyObject_GetAttr({}, {k})", o.code()));
        self.release(&o);
        Ok(r)
    }

    pub(super) fn write_ptr_index(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PtrIndex { ptr, index } = &e.kind else {
            return Err(ice("write_ptr_index of another node", e.span));
        };
        let p = self.c_val(ptr)?;
        let i = self.c_val(index)?;
        Ok(Val::atom(format!("{}[{}]", paren(&p, prec::ATOM), i.0)))
    }

    pub(super) fn write_c_str_slice(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CStrSlice { ptr, start, stop } = &e.kind else {
            return Err(ice("write_c_str_slice of another node", e.span));
        };
        let p = self.c_val(ptr)?;
        let p = self.simple(p, &ptr.ty);
        let a = self.c_val(start)?;
        let a = self.simple(a, &start.ty);
        let b = match stop {
            Some(s) => self.c_val(s)?.0,
            None => format!("(Py_ssize_t)strlen((const char *){p})"),
        };
        self.require("pyxc_cg_bytes_slice");
        Ok(self.call_obj(format!("pyxc_cg_bytes_slice((const char *){p}, {a}, {b})")))
    }

    pub(super) fn write_py_get_item(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyGetItem { obj, index } = &e.kind else {
            return Err(ice("write_py_get_item of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.obj(index)?;
        self.require("pyxc_getitem");
        let r = self.call_obj(format!("pyxc_getitem({}, {})", o.code(), i.code()));
        self.release(&o);
        self.release(&i);
        Ok(r)
    }

    /// A Python slice object `lower:upper:step` (absent parts NULL, i.e. None).
    pub(super) fn slice_object(
        &mut self,
        lower: &Option<Box<TExpr>>,
        upper: &Option<Box<TExpr>>,
        step: &Option<Box<TExpr>>,
    ) -> R<Val> {
        let mut parts = vec![];
        for p in [lower, upper, step] {
            parts.push(match p {
                Some(x) => Some(self.obj(x)?),
                None => None,
            });
        }
        let codes: Vec<String> = parts
            .iter()
            .map(|p| p.as_ref().map(code_of).unwrap_or_else(|| "NULL".into()))
            .collect();
        let s = self.call_obj(format!("PySlice_New({})", codes.join(", ")));
        for p in parts.iter().flatten() {
            self.release(p);
        }
        Ok(s)
    }
}

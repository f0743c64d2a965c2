//! Displays: list, tuple, set and dict displays, starred parts included.

use crate::fn_writer::{FnWriter, Val};
use crate::helpers::ice;
use crate::R;
use pyxc_tir::tir::*;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// `[a, b]` or `(a, b)` (no starred part): a new list or tuple of
    /// the items, filled in order.
    pub(super) fn make_seq(&mut self, list: bool, items: &[TExpr]) -> R<Val> {
        let mut vals = vec![];
        for it in items {
            vals.push(self.obj(it)?);
        }
        let (new, set) = if list {
            ("PyList_New", "PyList_SET_ITEM")
        } else {
            ("PyTuple_New", "PyTuple_SET_ITEM")
        };
        let r = self.call_obj(format!("{new}({})", vals.len()));
        for (i, v) in vals.iter().enumerate() {
            let c = self.new_ref(v);
            self.w.line(format!("{set}({}, {i}, {c});", r.code()));
            self.forget(v);
        }
        Ok(r)
    }

    pub(super) fn write_make_set(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeSet(items) = &e.kind else {
            return Err(ice("write_make_set of another node", e.span));
        };
        let r = self.call_obj("PySet_New(NULL)".into());
        for it in items {
            let v = self.obj(it)?;
            self.check_neg(&format!("PySet_Add({}, {})", r.code(), v.code()));
            self.release(&v);
        }
        Ok(r)
    }

    pub(super) fn write_make_dict(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeDict(items) = &e.kind else {
            return Err(ice("write_make_dict of another node", e.span));
        };
        let r = self.call_obj("PyDict_New()".into());
        for (k, v) in items {
            let kv = self.obj(k)?;
            let vv = self.obj(v)?;
            self.check_neg(&format!(
                "PyDict_SetItem({}, {}, {})",
                r.code(),
                kv.code(),
                vv.code()
            ));
            self.release(&kv);
            self.release(&vv);
        }
        Ok(r)
    }

    /// A display with starred parts: built up in order, a list turned into
    /// a tuple at the end for `(*a, b)`.
    pub(super) fn display(&mut self, kind: DisplayKind, parts: &[DisplayPart]) -> R<Val> {
        let new = match kind {
            DisplayKind::List | DisplayKind::Tuple => "PyList_New(0)",
            DisplayKind::Set => "PySet_New(NULL)",
            DisplayKind::Dict => "PyDict_New()",
        };
        let acc = self.call_obj(new.to_string());
        let a = acc.code().to_string();
        for p in parts {
            match p {
                DisplayPart::Item(x) => {
                    let v = self.obj(x)?;
                    let add = if kind == DisplayKind::Set {
                        "PySet_Add"
                    } else {
                        "PyList_Append"
                    };
                    self.check_neg(&format!("{add}({a}, {})", v.code()));
                    self.release(&v);
                }
                DisplayPart::Star(x) => {
                    let v = self.obj(x)?;
                    self.require("pyxc_cg_extend");
                    self.check_neg(&format!("pyxc_cg_extend({a}, {})", v.code()));
                    self.release(&v);
                }
                DisplayPart::Pair(k, x) => {
                    let kv = self.obj(k)?;
                    let v = self.obj(x)?;
                    self.check_neg(&format!("PyDict_SetItem({a}, {}, {})", kv.code(), v.code()));
                    self.release(&kv);
                    self.release(&v);
                }
                DisplayPart::DoubleStar(x) => {
                    let v = self.obj(x)?;
                    self.require("pyxc_cg_dict_merge");
                    self.check_neg(&format!("pyxc_cg_dict_merge({a}, {})", v.code()));
                    self.release(&v);
                }
            }
        }
        if kind == DisplayKind::Tuple {
            let t = self.call_obj(format!("PyList_AsTuple({a})"));
            self.release(&acc);
            return Ok(t);
        }
        Ok(acc)
    }
}

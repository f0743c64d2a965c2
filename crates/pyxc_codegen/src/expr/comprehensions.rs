//! Comprehensions and the list appends they are built from.

use crate::fn_writer::{FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_tir::tir::*;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_comp(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Comp {
            kind,
            elt,
            value,
            generators,
            cells,
        } = &e.kind
        else {
            return Err(ice("write_comp of another node", e.span));
        };
        for c in cells {
            let v = self.var(*c)?;
            let name = naming::local(&v.name);
            self.w
                .line(format!("Py_XSETREF({name}, PyCell_New(NULL));"));
            self.check_null(&name);
        }
        self.comp(*kind, elt, value.as_deref(), generators, e.span)
    }

    pub(super) fn write_append(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Append { list, item } = &e.kind else {
            return Err(ice("write_append of another node", e.span));
        };
        let l = self.obj(list)?;
        let i = self.obj(item)?;
        let t = self.c_temp_named("int");
        self.w
            .line(format!("{t} = pyxc_append({}, {});", l.code(), i.code()));
        self.check(&format!("{t} < 0"), None);
        self.release(&l);
        self.release(&i);
        Ok(Val::atom(t))
    }
}

//! Comprehensions (list, set and dict, inlined `any`/`all`): their loops
//! over the generators, and the list appends they are built from.

use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
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

    /// A comprehension: `[...]`, `{...}`, `{k: v ...}`, or an inlined
    /// `any(...)`/`all(...)` that stops at the first deciding item.
    pub fn comp(
        &mut self,
        kind: CompKind,
        elt: &TExpr,
        value: Option<&TExpr>,
        generators: &[TGenerator],
        span: Span,
    ) -> R<Val> {
        let (r, acc) = match kind {
            CompKind::List => (Some(self.call_obj("PyList_New(0)".into())), None),
            CompKind::Set => (Some(self.call_obj("PySet_New(NULL)".into())), None),
            CompKind::Dict => (Some(self.call_obj("PyDict_New()".into())), None),
            CompKind::Any | CompKind::All => {
                let t = self.c_temp_named("int");
                let init = if kind == CompKind::Any { 0 } else { 1 };
                self.w.line(format!("{t} = {init};"));
                (None, Some(t))
            }
        };
        let sink = match (&r, &acc) {
            (Some(r), _) => r.code().to_string(),
            (None, Some(t)) => t.clone(),
            _ => return Err(ice("comprehension without a result", span)),
        };
        self.comp_level(kind, elt, value, generators, &sink, span)?;
        match (r, acc) {
            (Some(r), _) => Ok(r),
            (None, Some(t)) => Ok(Val::C {
                code: t,
                prec: prec::ATOM,
            }),
            _ => Err(ice("comprehension without a result", span)),
        }
    }

    fn comp_level(
        &mut self,
        kind: CompKind,
        elt: &TExpr,
        value: Option<&TExpr>,
        gens: &[TGenerator],
        sink: &str,
        span: Span,
    ) -> R<()> {
        let Some((g, rest)) = gens.split_first() else {
            match kind {
                CompKind::List | CompKind::Set => {
                    let v = self.obj(elt)?;
                    let add = if kind == CompKind::List {
                        "PyList_Append"
                    } else {
                        "PySet_Add"
                    };
                    self.check_neg(&format!("{add}({sink}, {})", v.code()));
                    self.release(&v);
                }
                CompKind::Dict => {
                    let value =
                        value.ok_or_else(|| ice("dict comprehension without a value", span))?;
                    let k = self.obj(elt)?;
                    let v = self.obj(value)?;
                    self.check_neg(&format!(
                        "PyDict_SetItem({sink}, {}, {})",
                        k.code(),
                        v.code()
                    ));
                    self.release(&k);
                    self.release(&v);
                }
                CompKind::Any | CompKind::All => {
                    let t = self.c_val(elt)?;
                    let t = paren(&t, prec::UNARY);
                    if kind == CompKind::Any {
                        self.w.open(format!("if ({t})"));
                        self.w.line(format!("{sink} = 1;"));
                    } else {
                        self.w.open(format!("if (!{t})"));
                        self.w.line(format!("{sink} = 0;"));
                    }
                    self.w.line("break;");
                    self.w.close();
                }
            }
            return Ok(());
        };
        let sink = sink.to_string();
        self.for_iter_with(&g.target, &g.iter, &g.item, &[], span, &mut |cx| {
            cx.stmts(&g.unpack)?;
            let mut opened = 0;
            for cond in &g.ifs {
                let t = cx.c_val(cond)?;
                cx.w.open(format!("if ({})", t.0));
                opened += 1;
            }
            cx.comp_level(kind, elt, value, rest, &sink, span)?;
            for _ in 0..opened {
                cx.w.close();
            }
            if !rest.is_empty() {
                match kind {
                    CompKind::Any => cx.w.line(format!("if ({sink}) break;")),
                    CompKind::All => cx.w.line(format!("if (!{sink}) break;")),
                    _ => {}
                }
            }
            Ok(())
        })
    }

    pub(super) fn write_append(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Append { list, item } = &e.kind else {
            return Err(ice("write_append of another node", e.span));
        };
        let l = self.obj(list)?;
        let i = self.obj(item)?;
        let t = self.c_temp_named("int");
        self.require("pyxc_append");
        self.w
            .line(format!("{t} = pyxc_append({}, {});", l.code(), i.code()));
        self.check(&format!("{t} < 0"), None);
        self.release(&l);
        self.release(&i);
        Ok(Val::atom(t))
    }
}

//! Comparisons: C comparisons and chains, Python rich comparisons.

use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_c_compare(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CCompare { op, left, right } = &e.kind else {
            return Err(ice("write_c_compare of another node", e.span));
        };
        let a = self.c_val(left)?;
        let b = self.c_val(right)?;
        Ok(c_compare(*op, &a, &b))
    }

    pub(super) fn c_chain(
        &mut self,
        operands: &[TExpr],
        links: &[ChainLink],
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        if operands.len() != links.len() + 1 || links.is_empty() {
            return Err(ice("malformed comparison chain", span));
        }
        let r = self.c_temp_named("int");
        let first = self.c_val(&operands[0])?;
        let mut prev = self.simple(first, &operands[0].ty);
        let mut opened = 0;
        for (i, link) in links.iter().enumerate() {
            let next = self.c_val(&operands[i + 1])?;
            let next = if i + 1 < links.len() {
                self.simple(next, &operands[i + 1].ty)
            } else {
                paren(&next, prec::ATOM)
            };
            let side = |code: &str, cast: &Option<Type>| match cast {
                Some(ty) => (format!("({}){code}", cast_type(ty)), prec::UNARY),
                None => (code.to_string(), prec::ATOM),
            };
            let cmp = c_compare(
                link.op,
                &side(&prev, &link.left_cast),
                &side(&next, &link.right_cast),
            );
            self.w.line(format!("{r} = {};", cmp.code()));
            if i + 1 < links.len() {
                self.w.open(format!("if ({r})"));
                opened += 1;
            }
            prev = next;
        }
        for _ in 0..opened {
            self.w.close();
        }
        Ok(Val::atom(r))
    }

    pub(super) fn py_compare(
        &mut self,
        op: PyCmpOp,
        left: &TExpr,
        right: &TExpr,
        as_bool: bool,
    ) -> R<Val> {
        let a = self.obj(left)?;
        let b = self.obj(right)?;
        let rich = |op: PyCmpOp| match op {
            PyCmpOp::Eq => Some("Py_EQ"),
            PyCmpOp::Ne => Some("Py_NE"),
            PyCmpOp::Lt => Some("Py_LT"),
            PyCmpOp::Le => Some("Py_LE"),
            PyCmpOp::Gt => Some("Py_GT"),
            PyCmpOp::Ge => Some("Py_GE"),
            _ => None,
        };
        let result = if let Some(r) = rich(op) {
            let o = self.call_obj(format!(
                "PyObject_RichCompare({}, {}, {r})",
                a.code(),
                b.code()
            ));
            if as_bool {
                let t = self.c_temp_named("int");
                self.require("pyxc_is_true");
                self.w.line(format!("{t} = pyxc_is_true({});", o.code()));
                self.release(&o);
                self.check(&format!("{t} < 0"), None);
                Val::atom(t)
            } else {
                o
            }
        } else {
            let t = self.c_temp_named("int");
            match op {
                PyCmpOp::In | PyCmpOp::NotIn => {
                    self.w.line(format!(
                        "{t} = PySequence_Contains({}, {});",
                        b.code(),
                        a.code()
                    ));
                    self.check(&format!("{t} < 0"), None);
                }
                _ => self.w.line(format!("{t} = {} == {};", a.code(), b.code())),
            }
            let neg = matches!(op, PyCmpOp::NotIn | PyCmpOp::IsNot);
            let c = if neg { format!("!{t}") } else { t.clone() };
            if as_bool {
                Val::c(c, if neg { prec::UNARY } else { prec::ATOM })
            } else {
                let o = self.obj_temp();
                self.w.line(format!("{o} = {c} ? Py_True : Py_False;"));
                self.w.line(format!("Py_INCREF({o});"));
                Val::owned(o)
            }
        };
        self.release(&a);
        self.release(&b);
        Ok(result)
    }
}

fn c_compare(op: CmpOp, a: &(String, u8), b: &(String, u8)) -> Val {
    let (sym, p) = match op {
        CmpOp::Eq => ("==", prec::EQ),
        CmpOp::Ne => ("!=", prec::EQ),
        CmpOp::Lt => ("<", prec::REL),
        CmpOp::Le => ("<=", prec::REL),
        CmpOp::Gt => (">", prec::REL),
        CmpOp::Ge => (">=", prec::REL),
    };
    Val::c(
        format!("{} {sym} {}", paren(a, prec::SHIFT), paren(b, prec::SHIFT)),
        p,
    )
}

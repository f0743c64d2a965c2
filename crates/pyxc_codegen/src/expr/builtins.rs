//! Builtin functions Cython turns into C (`len`, `abs`, `min`, ...).

use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{FloatKind, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn builtin_call(&mut self, e: &TExpr, which: Builtin, args: &[TExpr]) -> R<Val> {
        match which {
            Builtin::Globals => Ok(Val::borrowed(naming::MODULE_DICT)),
            Builtin::FitsSsize => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("FitsSsize without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&Type::Bint);
                let unused = self.c_temp(&index_type());
                self.require("pyxc_small_index");
                self.w
                    .line(format!("{t} = pyxc_small_index({}, &{unused});", o.code()));
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::FloatOf => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("float() without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&Type::double());
                self.require("pyxc_cg_float_call");
                self.w
                    .line(format!("{t} = pyxc_cg_float_call({});", o.code()));
                let occurred = self.err_occurred();
                self.check(&format!("{t} == -1.0 && {occurred}"), None);
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::CStrLen => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("len() without argument", e.span))?;
                let v = self.c_val(a)?;
                Ok(Val::c(
                    format!(
                        "(Py_ssize_t)strlen((const char *){})",
                        paren(&v, prec::UNARY)
                    ),
                    prec::UNARY,
                ))
            }
            Builtin::Len => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("len() without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&index_type());
                self.require("pyxc_len");
                self.w.line(format!("{t} = pyxc_len({});", o.code()));
                self.check(&format!("{t} < 0"), None);
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::AbsC => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("abs() without argument", e.span))?;
                let v = self.c_val(a)?;
                if let Some(fk) = e.ty.float_kind() {
                    let f = match fk {
                        FloatKind::Float => "fabsf",
                        FloatKind::Double => "fabs",
                        FloatKind::LongDouble => "fabsl",
                    };
                    return Ok(Val::atom(format!("{f}({})", v.0)));
                }
                let x = self.simple(v, &e.ty);
                Ok(Val::c(format!("{x} < 0 ? -{x} : {x}"), prec::COND))
            }
            Builtin::MinC | Builtin::MaxC => {
                if args.is_empty() {
                    return Err(ice("min/max without arguments", e.span));
                }
                let r = self.c_temp(&e.ty);
                let first = self.c_val(&args[0])?;
                self.w.line(format!("{r} = {};", first.0));
                let cmp = if which == Builtin::MinC { "<" } else { ">" };
                for a in &args[1..] {
                    let v = self.c_val(a)?;
                    let x = self.simple(v, &e.ty);
                    self.w.line(format!("if ({x} {cmp} {r}) {r} = {x};"));
                }
                Ok(Val::atom(r))
            }
        }
    }
}

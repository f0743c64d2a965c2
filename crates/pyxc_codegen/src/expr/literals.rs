//! Constants and literals: numbers, bytes, bools, struct literals, and
//! f-strings joined from their formatted parts.

use crate::consts::Const;
use crate::emit::c_string;
use crate::fn_writer::{code_of, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::type_spelling::{cast_type, float_literal, int_literal};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_bytes_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BytesConst(b) = &e.kind else {
            return Err(ice("write_bytes_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(self.md.consts.get(Const::Bytes(b.clone()))))
        } else {
            Ok(Val::atom(c_string(b)))
        }
    }

    pub(super) fn write_bool_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BoolConst(b) = &e.kind else {
            return Err(ice("write_bool_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(if *b { "Py_True" } else { "Py_False" }))
        } else {
            Ok(Val::atom(if *b { "1" } else { "0" }))
        }
    }

    pub(super) fn write_float_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::FloatConst(f) = &e.kind else {
            return Err(ice("write_float_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(self.md.consts.get(Const::Float(*f))))
        } else {
            let lit = float_literal(*f);
            let p = if lit.starts_with('-') || lit.starts_with('(') {
                prec::UNARY
            } else {
                prec::ATOM
            };
            Ok(Val::c(lit, p))
        }
    }

    pub(super) fn write_struct_lit(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::StructLit(values) = &e.kind else {
            return Err(ice("write_struct_lit of another node", e.span));
        };
        let ty = &e.ty;
        let Type::Struct(st) = ty.strip_const() else {
            return Err(ice("struct literal of a non-struct", e.span));
        };
        // Each value in a temp unless trivial: C leaves the order of
        // initializers unspecified, Python's is left to right.
        let mut inits = Vec::new();
        for ((name, fty), v) in st.fields().iter().zip(values) {
            let c = self.c_val(v)?;
            let c = self.simple(c, fty);
            inits.push(format!(".{} = {c}", st.c_field(name)));
        }
        Ok(Val::atom(format!(
            "(({}){{{}}})",
            cast_type(ty),
            inits.join(", ")
        )))
    }

    pub(super) fn int_const(&mut self, v: i128, ty: &Type) -> Val {
        if ty.is_object() {
            return Val::borrowed(self.md.consts.get(Const::Int(v.to_string())));
        }
        if matches!(ty.strip_const(), Type::Bint) {
            return Val::atom(if v != 0 { "1" } else { "0" });
        }
        if ty.is_float() {
            let lit = float_literal(v as f64);
            return Val::c(lit.clone(), if v < 0 { prec::UNARY } else { prec::ATOM });
        }
        let lit = int_literal(v, ty.arith_int_kind());
        let p = if lit.starts_with('-') {
            prec::UNARY
        } else {
            prec::ATOM
        };
        Val::c(lit, p)
    }

    pub(super) fn format_join(&mut self, parts: &[TFormatPart]) -> R<Val> {
        let tuple = self.call_obj(format!("PyTuple_New({})", parts.len()));
        for (i, p) in parts.iter().enumerate() {
            let piece = match p {
                TFormatPart::Literal(s) => Val::borrowed(self.md.consts.str(s)),
                TFormatPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.obj(value)?;
                    let v = match conversion {
                        Some(c) => {
                            let f = match c {
                                'r' => "PyObject_Repr",
                                'a' => "PyObject_ASCII",
                                _ => "PyObject_Str",
                            };
                            let r = self.call_obj(format!("{f}({})", v.code()));
                            self.release(&v);
                            r
                        }
                        None => v,
                    };
                    let s = match spec {
                        Some(s) => Some(self.obj(s)?),
                        None => None,
                    };
                    let sc = s.as_ref().map(code_of).unwrap_or_else(|| "NULL".into());
                    let r = self.call_obj(format!("PyObject_Format({}, {sc})", v.code()));
                    self.release(&v);
                    if let Some(s) = &s {
                        self.release(s);
                    }
                    r
                }
            };
            let c = self.new_ref(&piece);
            self.w
                .line(format!("PyTuple_SET_ITEM({}, {i}, {c});", tuple.code()));
            self.forget(&piece);
        }
        let empty = self.md.consts.str("");
        let r = self.call_obj(format!("PyUnicode_Join({empty}, {})", tuple.code()));
        self.release(&tuple);
        Ok(r)
    }
}

//! Coercions between types: casts, truth values, type tests of objects.

use super::truth_c;
use crate::consts::Const;
use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ObjKind, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn coerce(&mut self, e: &TExpr, kind: &Coercion, operand: &TExpr) -> R<Val> {
        let to = e.ty.strip_const();
        let from = operand.ty.strip_const();
        match kind {
            Coercion::ToObject => {
                // Constants become module constants.
                match &operand.kind {
                    TExprKind::IntConst(v) if from.is_int() => {
                        return Ok(Val::borrowed(self.md.consts.get(Const::Int(v.to_string()))))
                    }
                    TExprKind::FloatConst(f) => {
                        return Ok(Val::borrowed(self.md.consts.get(Const::Float(*f))))
                    }
                    TExprKind::BoolConst(b) => {
                        return Ok(Val::borrowed(if *b { "Py_True" } else { "Py_False" }));
                    }
                    _ => {}
                }
                match from {
                    Type::MemView(mv) => {
                        let v = self.view(operand)?;
                        self.view_object(v, mv, e.span)
                    }
                    Type::Object(_) | Type::Buffer(_) => self.obj(operand),
                    _ => {
                        let v = self.c_val(operand)?;
                        // A struct's value is read once per field.
                        let code = if matches!(from, Type::Struct(_)) {
                            self.simple(v, from)
                        } else {
                            v.0
                        };
                        self.c_to_object(&code, from, e.span)
                    }
                }
            }
            Coercion::FromObject => {
                if let Type::MemView(mv) = to {
                    let o = self.obj(operand)?;
                    let t = self.slice_temp();
                    let call = self.acquire_call(o.code(), &t, mv, true)?;
                    self.check_neg(&call);
                    self.release(&o);
                    return Ok(Val::Slice {
                        code: t,
                        owned: true,
                    });
                }
                if to.is_object() {
                    // To a typed object (numpy buffer): a type test.
                    let o = self.obj(operand)?;
                    self.type_test(&o, to, e.span)?;
                    return Ok(o);
                }
                let o = self.obj(operand)?;
                if let Type::Ptr(_) = to {
                    if matches!(o, Val::Obj { owned: true, .. }) {
                        self.release(&o);
                        return Err(ice("char * from a temporary Python object", e.span));
                    }
                }
                let t = self.convert_object_code(o.code(), to, e.span);
                self.release(&o);
                Ok(Val::atom(t?))
            }
            Coercion::CCast => {
                if let Type::MemView(_) = to {
                    return self.view(operand);
                }
                if to.is_object() {
                    return self.obj(operand);
                }
                let v = self.c_val(operand)?;
                if from == to {
                    return Ok(Val::C {
                        code: v.0,
                        prec: v.1,
                    });
                }
                if matches!(to, Type::Bint) && !from.is_int() {
                    return Ok(Val::c(format!("{} != 0", paren(&v, prec::SHIFT)), prec::EQ));
                }
                Ok(Val::c(
                    format!("({}){}", cast_type(to), paren(&v, prec::UNARY)),
                    prec::UNARY,
                ))
            }
            Coercion::ObjCheck => {
                let o = self.obj(operand)?;
                self.type_test(&o, to, e.span)?;
                Ok(o)
            }
            Coercion::ObjCheckNotNone => {
                let o = self.obj(operand)?;
                let name = match to {
                    Type::Object(ObjKind::Builtin(n)) => n.to_string(),
                    Type::Object(ObjKind::Extension(n)) => {
                        n.rsplit('.').next().unwrap_or(n).to_string()
                    }
                    t => t.to_string(),
                };
                let msg = c_string(format!("Expected {name}, got NoneType").as_bytes());
                self.check(
                    &format!("{} == Py_None", o.code()),
                    Some(&format!("PyErr_SetString(PyExc_TypeError, {msg});")),
                );
                self.type_test(&o, to, e.span)?;
                Ok(o)
            }
            Coercion::ObjUnchecked => self.obj(operand),
            Coercion::Truth => {
                if !from.is_object() {
                    let v = self.c_val(operand)?;
                    return Ok(Val::c(truth_c(&v), prec::EQ));
                }
                let o = self.obj(operand)?;
                let t = self.c_temp_named("int");
                self.require("pyxc_is_true");
                self.w.line(format!("{t} = pyxc_is_true({});", o.code()));
                self.release(&o);
                self.check(&format!("{t} < 0"), None);
                Ok(Val::atom(t))
            }
            Coercion::ViewCheck => {
                let v = self.view(operand)?;
                if let Type::MemView(mv) = to {
                    let ax = self.md.axes(&mv.axes);
                    self.require("pyxc_slice_check_layout");
                    self.check_neg(&format!(
                        "pyxc_slice_check_layout(&{}, {}, {ax})",
                        v.code(),
                        mv.ndim()
                    ));
                }
                Ok(v)
            }
        }
    }

    /// A runtime type test of an object against a typed object type
    /// (None passes).
    pub fn type_test(&mut self, o: &Val, to: &Type, span: pyxc_diagnostics::Span) -> R<()> {
        let (tobj, exact) = match to {
            Type::Object(ObjKind::Any) => return Ok(()),
            Type::Object(ObjKind::Builtin(n)) => (
                builtin_type_object(n)
                    .ok_or_else(|| ice(format!("unknown builtin type {n}"), span))?
                    .to_string(),
                1,
            ),
            Type::Object(ObjKind::Extension(n)) => (self.md.ext_type(n), 0),
            Type::Buffer(b) => match &b.obj {
                ObjKind::Any => return Ok(()),
                ObjKind::Builtin(n) => (
                    builtin_type_object(n)
                        .ok_or_else(|| ice(format!("unknown builtin type {n}"), span))?
                        .to_string(),
                    1,
                ),
                ObjKind::Extension(n) => (self.md.ext_type(n), 0),
            },
            _ => return Err(ice(format!("type test against {to}"), span)),
        };
        self.require("pyxc_cg_type_test");
        self.check_neg(&format!("pyxc_cg_type_test({}, {tobj}, {exact})", o.code()));
        Ok(())
    }
}

/// The C type object of a builtin type name, with `exact` for builtins.
pub fn builtin_type_object(name: &str) -> Option<&'static str> {
    Some(match name {
        "list" => "&PyList_Type",
        "tuple" => "&PyTuple_Type",
        "dict" => "&PyDict_Type",
        "set" => "&PySet_Type",
        "frozenset" => "&PyFrozenSet_Type",
        "str" => "&PyUnicode_Type",
        "bytes" => "&PyBytes_Type",
        "bytearray" => "&PyByteArray_Type",
        "int" => "&PyLong_Type",
        "float" => "&PyFloat_Type",
        "bool" => "&PyBool_Type",
        "slice" => "&PySlice_Type",
        "type" => "&PyType_Type",
        "complex" => "&PyComplex_Type",
        "object" => "&PyBaseObject_Type",
        _ => return None,
    })
}

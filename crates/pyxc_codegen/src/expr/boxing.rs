//! Boxing and unboxing: C values (numbers, structs, C tuples, arrays, views)
//! to Python objects and back, raising as Cython does.

use crate::emit::c_string;
use crate::fn_writer::{FnWriter, Val};
use crate::helpers::ice;
use crate::module_writer::ModuleWriter;
use crate::type_spelling::{self, cast_type};
use crate::R;
use pyxc_tir::types::{FloatKind, IntKind, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    /// Convert the object `src` (borrowed) to C type `to` in a fresh temp,
    /// raising as Cython does; returns the temp.
    pub fn convert_object_code(
        &mut self,
        src: &str,
        to: &Type,
        span: pyxc_diagnostics::Span,
    ) -> R<String> {
        let t = self.c_temp(to);
        if let Some(fk) = to.float_kind() {
            let cast = if fk == FloatKind::Double {
                String::new()
            } else {
                format!("({})", cast_type(to))
            };
            self.require("pyxc_as_double");
            self.w.line(format!("{t} = {cast}pyxc_as_double({src});"));
            let occurred = self.err_occurred();
            self.check(&format!("{t} == -1 && {occurred}"), None);
        } else if matches!(to, Type::Bint) {
            self.require("pyxc_is_true");
            self.w.line(format!("{t} = pyxc_is_true({src});"));
            self.check(&format!("{t} < 0"), None);
        } else if let Some(k) = to.arith_int_kind() {
            let ct = cast_type(to);
            // Messages name a header's typedef as Cython does (`uint32_t`).
            let msg_name = match to.strip_const() {
                Type::Opaque { c_name, .. } => c_string(c_name.as_bytes()),
                _ => c_string(k.c_name().as_bytes()),
            };
            let call = match k {
                IntKind::Ucs4 => {
                    self.require("pyxc_as_ucs4");
                    format!("pyxc_as_ucs4({src})")
                }
                // Cython converts to Py_ssize_t with `__index__` (a float
                // raises TypeError), to the other integers with `__int__`.
                IntKind::SsizeT => {
                    self.require("pyxc_as_ssize_t");
                    format!("pyxc_as_ssize_t({src})")
                }
                IntKind::LongLong | IntKind::Int64 | IntKind::Long | IntKind::IntPtr => {
                    self.require("pyxc_as_longlong");
                    format!("({ct})pyxc_as_longlong({src})")
                }
                IntKind::ULongLong if !matches!(to.strip_const(), Type::Opaque { .. }) => {
                    self.require("pyxc_as_ulonglong");
                    format!("({ct})pyxc_as_ulonglong({src})")
                }
                IntKind::ULongLong
                | IntKind::UInt64
                | IntKind::ULong
                | IntKind::SizeT
                | IntKind::UIntPtr => {
                    self.require("pyxc_as_unsigned");
                    format!("({ct})pyxc_as_unsigned({src}, ULLONG_MAX, {msg_name})")
                }
                k if k.signed() || k == IntKind::Char => {
                    let (min, max) = type_spelling::int_limits(k);
                    self.require("pyxc_as_signed");
                    format!("({ct})pyxc_as_signed({src}, {min}, {max}, {msg_name})")
                }
                k => {
                    let (_, max) = type_spelling::int_limits(k);
                    self.require("pyxc_as_unsigned");
                    format!("({ct})pyxc_as_unsigned({src}, {max}, {msg_name})")
                }
            };
            self.w.line(format!("{t} = {call};"));
            let occurred = self.err_occurred();
            self.check(&format!("{t} == ({ct})-1 && {occurred}"), None);
        } else if let Type::Struct(st) = to {
            if st.tuple {
                self.ctuple_from_object(src, &t, st, span)?;
            } else {
                self.struct_from_object(src, &t, st, span)?;
            }
        } else if let Type::Ptr(p) = to {
            if !matches!(
                p.strip_const(),
                Type::Int(IntKind::Char | IntKind::UChar | IntKind::SChar)
            ) {
                return Err(ice(format!("no conversion of an object to {to}"), span));
            }
            let cast = crate::type_spelling::cast_type(to);
            self.require("pyxc_as_charptr");
            self.w
                .line(format!("{t} = ({cast})pyxc_as_charptr({src});"));
            self.check(&format!("!{t}"), None);
        } else {
            return Err(ice(format!("no conversion of an object to {to}"), span));
        }
        Ok(t)
    }

    /// A C struct value (`code`, evaluable repeatedly) as a new dict
    /// `{field: value}` in declaration order, as Cython converts structs.
    fn struct_to_dict(
        &mut self,
        code: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        if st.tuple {
            return self.ctuple_to_tuple(code, st, span);
        }
        let d = self.call_obj("PyDict_New()".to_string());
        for (name, fty) in st.fields() {
            let field = format!("{code}.{}", st.c_field(name));
            let item = self.c_to_object(&field, fty, span)?;
            let key = self.md.consts.str(name);
            self.check_neg(&format!(
                "PyDict_SetItem({}, {key}, {})",
                d.code(),
                item.code()
            ));
            self.release(&item);
        }
        Ok(d)
    }

    /// A C value (`code`, evaluable repeatedly) of a number, struct or
    /// fixed-size array type as a new object: structs become dicts (C
    /// tuples tuples), arrays lists (char arrays bytes), as Cython converts.
    pub(crate) fn c_to_object(
        &mut self,
        code: &str,
        ty: &Type,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        match ty.strip_const() {
            Type::Struct(st) => self.struct_to_dict(code, st, span),
            Type::Array(elem, Some(n)) if !is_char(elem) => {
                let list = self.call_obj(format!("PyList_New({n})"));
                let i = self.c_temp_named("Py_ssize_t");
                self.w.open(format!("for ({i} = 0; {i} < {n}; {i}++)"));
                let item = self.c_to_object(&format!("{code}[{i}]"), elem, span)?;
                // PyList_SET_ITEM steals the new reference.
                self.w.line(format!(
                    "PyList_SET_ITEM({}, {i}, {});",
                    list.code(),
                    item.code()
                ));
                self.forget(&item);
                self.w.close();
                Ok(list)
            }
            t => {
                let call = to_object_call(self.md, t, code).ok_or_else(|| {
                    ice(format!("no conversion of {ty} to a Python object"), span)
                })?;
                Ok(self.call_obj(call))
            }
        }
    }

    /// A memoryview value as a new object (a `_memoryviewslice`), `v`
    /// released.
    pub(crate) fn view_object(
        &mut self,
        v: Val,
        mv: &pyxc_tir::types::MemViewType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        let dt = self.md.view_dtype(mv, span)?;
        self.require("pyxc_slice_to_object");
        let r = self.call_obj(format!(
            "pyxc_slice_to_object(&{}, {}, &{dt})",
            v.code(),
            mv.ndim()
        ));
        self.release(&v);
        Ok(r)
    }

    /// A C tuple value (`code`, evaluable repeatedly) as a new Python tuple.
    fn ctuple_to_tuple(
        &mut self,
        code: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        let t = self.call_obj(format!("PyTuple_New({})", st.fields().len()));
        for (i, (name, fty)) in st.fields().iter().enumerate() {
            let field = format!("{code}.{name}");
            let item = self.c_to_object(&field, fty, span)?;
            // PyTuple_SET_ITEM steals the new reference.
            self.w.line(format!(
                "PyTuple_SET_ITEM({}, {i}, {});",
                t.code(),
                item.code()
            ));
            self.forget(&item);
        }
        Ok(t)
    }

    /// Fill the C tuple temp `t` from the sequence `src` (borrowed) as
    /// Cython does: TypeError "Expected a sequence of size 2, got int" (or
    /// "..., got size 3"), then each item converted to its field's type.
    fn ctuple_from_object(
        &mut self,
        src: &str,
        t: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<()> {
        let n = st.fields().len();
        self.check(
            &format!("!PySequence_Check({src}) || PyDict_Check({src})"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a sequence of size {n}, got %.200s\", Py_TYPE({src})->tp_name);"
            )),
        );
        let size = self.c_temp_named("Py_ssize_t");
        self.w.line(format!("{size} = PySequence_Size({src});"));
        self.check(&format!("{size} < 0"), None);
        self.check(
            &format!("{size} != {n}"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a sequence of size {n}, got size %zd\", {size});"
            )),
        );
        for (i, (name, fty)) in st.fields().iter().enumerate() {
            let item = self.obj_temp();
            self.w
                .line(format!("{item} = PySequence_GetItem({src}, {i});"));
            self.check_null(&item);
            let v = self.convert_object_code(&item, fty.strip_const(), span)?;
            self.w.line(format!("{t}.{} = {v};", st.c_field(name)));
            self.release(&Val::owned(item));
        }
        Ok(())
    }

    /// Fill the struct temp `t` from the mapping `src` (borrowed) as Cython
    /// does: TypeError "Expected a mapping, got int" for a non-mapping,
    /// ValueError "No value specified for struct attribute 'x'" for a
    /// missing key, each value converted to its field's type.
    fn struct_from_object(
        &mut self,
        src: &str,
        t: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<()> {
        self.check(
            &format!("!PyMapping_Check({src})"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a mapping, got %.200s\", Py_TYPE({src})->tp_name);"
            )),
        );
        for (name, fty) in st.fields() {
            let key = self.md.consts.str(name);
            let item = self.obj_temp();
            self.w
                .line(format!("{item} = PyObject_GetItem({src}, {key});"));
            let msg =
                c_string(format!("No value specified for struct attribute '{name}'").as_bytes());
            self.check(
                &format!("!{item}"),
                Some(&format!(
                    "if (PyErr_ExceptionMatches(PyExc_KeyError)) {{ PyErr_Clear(); PyErr_SetString(PyExc_ValueError, {msg}); }}"
                )),
            );
            let v = self.convert_object_code(&item, fty.strip_const(), span)?;
            self.w.line(format!("{t}.{} = {v};", st.c_field(name)));
            self.release(&Val::owned(item));
        }
        Ok(())
    }
}

/// The C API call making a Python object of a C value.
pub fn to_object_call(md: &mut ModuleWriter, from: &Type, code: &str) -> Option<String> {
    Some(match from.strip_const() {
        Type::Bint => format!("PyBool_FromLong({code})"),
        Type::Int(k) => match k {
            IntKind::Ucs4 => format!("PyUnicode_FromOrdinal((int){code})"),
            IntKind::SsizeT => format!("PyLong_FromSsize_t({code})"),
            IntKind::SizeT => format!("PyLong_FromSize_t({code})"),
            IntKind::PtrdiffT => format!("PyLong_FromSsize_t({code})"),
            k if k.signed() || *k == IntKind::Char => {
                if k.size() <= 4 {
                    format!("PyLong_FromLong({code})")
                } else {
                    format!("PyLong_FromLongLong({code})")
                }
            }
            k => {
                if k.size() <= 4 {
                    format!("PyLong_FromUnsignedLong({code})")
                } else {
                    format!("PyLong_FromUnsignedLongLong({code})")
                }
            }
        },
        Type::Float(FloatKind::LongDouble) => format!("PyFloat_FromDouble((double){code})"),
        Type::Float(_) => format!("PyFloat_FromDouble({code})"),
        Type::Opaque {
            approx: Some(a), ..
        } => to_object_call(md, a, code)?,
        Type::Ptr(p) if matches!(p.strip_const(), Type::Int(IntKind::Char)) => {
            md.require("pyxc_cg_bytes_from_cstr");
            format!("pyxc_cg_bytes_from_cstr({code})")
        }
        Type::Array(p, _) if matches!(p.strip_const(), Type::Int(IntKind::Char)) => {
            md.require("pyxc_cg_bytes_from_cstr");
            format!("pyxc_cg_bytes_from_cstr({code})")
        }
        _ => return None,
    })
}

/// A `char` (any signedness) element: such arrays convert to bytes.
fn is_char(t: &Type) -> bool {
    matches!(
        t.strip_const(),
        Type::Int(IntKind::Char | IntKind::SChar | IntKind::UChar)
    )
}

//! C spellings of pyxc types: declarators, casts, limits, constants.

use pyxc_tir::types::{Axis, ErrorReturn, ErrorValue, IntKind, MemViewType, Type};

/// `T name` with C declarator syntax (pointers, arrays, function pointers).
/// With an empty name, the abstract type (for casts).
pub fn declare(ty: &Type, name: &str) -> String {
    fn join(base: &str, decl: &str) -> String {
        if decl.is_empty() {
            base.to_string()
        } else {
            format!("{base} {decl}")
        }
    }
    match ty {
        Type::Void => join("void", name),
        Type::Bint => join("int", name),
        Type::Int(k) => join(k.c_name(), name),
        Type::Float(k) => join(k.c_name(), name),
        Type::Object(_) | Type::Buffer(_) => join("PyObject", &format!("*{name}")),
        Type::MemView(_) => join("pyxc_slice", name),
        Type::Struct(s) => join(&crate::naming::struct_name(s), name),
        Type::Opaque { c_name, .. } => join(c_name, name),
        Type::Null => join("void", &format!("*{name}")),
        Type::Ptr(t) => {
            let inner = format!("*{name}");
            match &**t {
                Type::Array(..) | Type::Func(_) => declare(t, &format!("({inner})")),
                _ => declare(t, &inner),
            }
        }
        Type::Const(t) => match &**t {
            Type::Ptr(p) => {
                let inner = format!("*const {name}");
                match &**p {
                    Type::Array(..) | Type::Func(_) => declare(p, &format!("({inner})")),
                    _ => declare(p, inner.trim_end()),
                }
            }
            other => format!("const {}", declare(other, name)),
        },
        Type::Array(t, n) => {
            let dim = n.map(|n| n.to_string()).unwrap_or_default();
            declare(t, &format!("{name}[{dim}]"))
        }
        Type::Func(ft) => {
            let mut params: Vec<String> = ft.params.iter().map(|p| declare(p, "")).collect();
            if ft.varargs {
                params.push("...".into());
            }
            if params.is_empty() {
                params.push("void".into());
            }
            declare(&ft.ret, &format!("{name}({})", params.join(", ")))
        }
    }
}

/// The C type as a prefix, for casts and for `T name` declarations:
/// `double`. A function pointer's abstract declarator cannot precede a name
/// (`double (*)(int) f`), so it is wrapped in `__typeof__` (GCC, Clang).
pub fn cast_type(ty: &Type) -> String {
    let d = declare(ty, "");
    let fn_ptr = |t: &Type| matches!(t, Type::Ptr(p) if matches!(**p, Type::Func(_)));
    let wrapped = fn_ptr(ty) || matches!(ty, Type::Const(t) if fn_ptr(t));
    if wrapped {
        format!("__typeof__({d})")
    } else {
        d
    }
}

/// `INT_MIN`/`INT_MAX`-style limits of a C integer, as C expressions.
pub fn int_limits(k: IntKind) -> (&'static str, &'static str) {
    use IntKind::*;
    match k {
        Char => ("CHAR_MIN", "CHAR_MAX"),
        SChar => ("SCHAR_MIN", "SCHAR_MAX"),
        UChar => ("0", "UCHAR_MAX"),
        Short => ("SHRT_MIN", "SHRT_MAX"),
        UShort => ("0", "USHRT_MAX"),
        Int => ("INT_MIN", "INT_MAX"),
        UInt => ("0", "UINT_MAX"),
        Long => ("LONG_MIN", "LONG_MAX"),
        ULong => ("0", "ULONG_MAX"),
        LongLong => ("LLONG_MIN", "LLONG_MAX"),
        ULongLong => ("0", "ULLONG_MAX"),
        SsizeT => ("PY_SSIZE_T_MIN", "PY_SSIZE_T_MAX"),
        SizeT => ("0", "SIZE_MAX"),
        PtrdiffT => ("PTRDIFF_MIN", "PTRDIFF_MAX"),
        Int8 => ("INT8_MIN", "INT8_MAX"),
        Int16 => ("INT16_MIN", "INT16_MAX"),
        Int32 => ("INT32_MIN", "INT32_MAX"),
        Int64 => ("INT64_MIN", "INT64_MAX"),
        UInt8 => ("0", "UINT8_MAX"),
        UInt16 => ("0", "UINT16_MAX"),
        UInt32 => ("0", "UINT32_MAX"),
        UInt64 => ("0", "UINT64_MAX"),
        IntPtr => ("INTPTR_MIN", "INTPTR_MAX"),
        UIntPtr => ("0", "UINTPTR_MAX"),
        Ucs4 => ("0", "0x10FFFF"),
    }
}

/// An integer constant of type `k`, with the suffix C needs for its value.
pub fn int_literal(v: i128, k: Option<IntKind>) -> String {
    let unsigned = k.map(|k| !k.signed()).unwrap_or(false);
    // A negative value of an unsigned type: C's conversion, spelled out
    // (no sign-compare warning, the same value).
    if let (Some(k), true, true) = (k, unsigned, v < 0) {
        return format!("(({}){})", k.c_name(), int_literal(v, None));
    }
    if v > i32::MIN as i128 && v <= i32::MAX as i128 {
        if unsigned && v >= 0 {
            return format!("{v}U");
        }
        return v.to_string();
    }
    if v == i64::MIN as i128 {
        return "(-9223372036854775807LL - 1)".into();
    }
    if v >= i64::MIN as i128 && v <= i64::MAX as i128 {
        if unsigned && v >= 0 {
            return format!("{v}ULL");
        }
        return format!("{v}LL");
    }
    if v >= 0 && v <= u64::MAX as i128 {
        return format!("{v}ULL");
    }
    // Out of any C range: sema should not produce this; wrap as C would.
    format!("{}ULL", v as u64)
}

/// The constant of an `except VALUE` clause, in C.
pub fn error_value(v: &ErrorValue) -> String {
    match v {
        ErrorValue::Int(i) => i.to_string(),
        ErrorValue::Float(f) => float_literal(*f),
        ErrorValue::Null => "NULL".into(),
    }
}

/// The C test that `value`, a call's result, signals an exception
/// (`occurred` tests the error indicator); None when it cannot.
pub fn error_test(error: &ErrorReturn, value: &str, occurred: &str) -> Option<String> {
    match error {
        ErrorReturn::None => None,
        ErrorReturn::Value(v) => Some(format!("{value} == {}", error_value(v))),
        ErrorReturn::ValueCheck(v) => Some(format!("{value} == {} && {occurred}", error_value(v))),
        ErrorReturn::Always => Some(occurred.to_string()),
        ErrorReturn::Null => Some(format!("!{value}")),
    }
}

/// A floating constant as C reads it back exactly.
pub fn float_literal(v: f64) -> String {
    if v.is_nan() {
        "Py_NAN".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "Py_HUGE_VAL".into()
        } else {
            "(-Py_HUGE_VAL)".into()
        }
    } else {
        let s = format!("{v:?}");
        if s.contains('.') || s.contains('e') || s.contains("inf") {
            s
        } else {
            format!("{s}.0")
        }
    }
}

/// `(name, kind, c type)` of a memoryview element type for `pyxc_dtype`.
pub fn dtype_info(ty: &Type) -> Option<(String, char)> {
    match ty.strip_const() {
        Type::Int(k) => {
            let kind = if *k == IntKind::Char {
                'c'
            } else if k.signed() {
                'i'
            } else {
                'u'
            };
            Some((k.c_name().to_string(), kind))
        }
        Type::Float(k) => Some((k.c_name().to_string(), 'f')),
        Type::Bint => Some(("bint".into(), 'b')),
        Type::Opaque {
            c_name,
            approx: Some(a),
        } => {
            let (_, kind) = dtype_info(a)?;
            Some((c_name.to_string(), kind))
        }
        _ => None,
    }
}

/// Axis layout code: one letter per axis.
pub fn axes_code(axes: &[Axis]) -> String {
    axes.iter()
        .map(|a| match a {
            Axis::Strided => 'S',
            Axis::Contig => 'C',
        })
        .collect()
}

/// The C element type of a view.
pub fn elem_type(mv: &MemViewType) -> String {
    cast_type(mv.dtype.strip_const())
}

//! One sentence per expression node that needs the interpreter.
//!
//! The match names every node kind (no `_` arm), so a new kind does not
//! compile until it says whether it talks to Python.

use crate::source::Source;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ObjKind, Type};

/// `(weight, kind, text)` of a node, or None when it is plain C.
pub type Said = Option<(u32, &'static str, String)>;

pub fn describe(src: &Source, m: &TModule, x: &TExpr) -> Said {
    let code = || src.snippet(x.span);
    let py = |w: u32, text: String| Some((w, "python-op", text));
    match &x.kind {
        TExprKind::IntConst(_)
        | TExprKind::FloatConst(_)
        | TExprKind::BigIntConst(_)
        | TExprKind::ImagConst(_)
        | TExprKind::StrConst(_)
        | TExprKind::BytesConst(_)
        | TExprKind::CStrConst(_)
        | TExprKind::BoolConst(_)
        | TExprKind::NoneConst
        | TExprKind::NullConst
        | TExprKind::CName(_)
        | TExprKind::EnumConst(_)
        | TExprKind::ThreadId
        | TExprKind::Local { .. }
        | TExprKind::CGlobal(_)
        | TExprKind::CFuncRef(_)
        | TExprKind::Let { .. }
        | TExprKind::CUnary { .. }
        | TExprKind::CCompare { .. }
        | TExprKind::Effects { .. }
        | TExprKind::CChain { .. }
        | TExprKind::CLogical { .. }
        | TExprKind::Cond { .. }
        | TExprKind::AddressOf(_)
        | TExprKind::SizeOf(_)
        | TExprKind::UnpackedItem
        | TExprKind::IterItem
        | TExprKind::MvShape { .. }
        | TExprKind::MvShapeAt { .. }
        | TExprKind::MvStride { .. }
        | TExprKind::MvIsContig { .. }
        | TExprKind::BufferData(_)
        | TExprKind::MvElementAddr(_)
        | TExprKind::PtrIndex { .. }
        | TExprKind::StructLit(_)
        | TExprKind::Field { .. } => None,
        TExprKind::Global(name) => py(
            2,
            format!("`{name}` is a module global: looked up in the module's dictionary"),
        ),
        TExprKind::BuiltinName(name) => py(1, format!("reads the builtin `{name}`")),
        TExprKind::CStrSlice { .. } => py(2, format!("`{}` makes a Python bytes object", code())),
        TExprKind::NewCell(_) | TExprKind::CellGet { .. } | TExprKind::FreeVar { .. } => Some((
            1,
            "closure",
            format!("`{}` lives in a closure cell (a Python object)", code()),
        )),
        TExprKind::FreeCell(_) => None,
        TExprKind::MakeFunction { .. } => py(2, "creates a Python function object".into()),
        TExprKind::CBinary { zero_check, .. } if *zero_check => Some((
            1,
            "check",
            format!(
                "`{}` tests for a zero divisor and raises ZeroDivisionError \
                 (`cdivision(True)` removes the test)",
                code()
            ),
        )),
        TExprKind::CBinary { .. } => None,
        TExprKind::FloatChain(_) => py(
            1,
            format!(
                "`{}` mixes C doubles and Python objects: computed in C when every object \
                 is a float, else by the number protocol",
                code()
            ),
        ),
        TExprKind::SoftComplexPow { .. } => py(
            2,
            format!("`{}` is boxed as a Python float (or complex)", code()),
        ),
        TExprKind::PyBinary { op, right, .. } => py(
            3,
            if *op == PyBinOp::Pow && is_python_int_two(right) {
                format!(
                    "`{}`: `** 2` on a Python object calls the generic power",
                    code()
                )
            } else {
                format!(
                    "`{}`: `{}` on Python objects goes through the generic number protocol",
                    code(),
                    py_op_text(*op)
                )
            },
        ),
        TExprKind::PyUnary { .. } => py(
            2,
            format!("`{}`: unary operator on a Python object", code()),
        ),
        TExprKind::PyCompare { .. } | TExprKind::PyCompareBool { .. } => {
            py(3, format!("`{}` compares Python objects", code()))
        }
        TExprKind::PyLogical { .. } => {
            py(1, format!("`{}` tests the truth of Python objects", code()))
        }
        TExprKind::PyAttr { attr, .. } => py(
            3,
            format!("`{}` looks up the attribute `.{attr}` at run time", code()),
        ),
        TExprKind::PyCall { func, .. } => py(4, call_text(src, func, &code())),
        TExprKind::PyMethodCall { name, obj, .. } => py(
            4,
            format!(
                "`{}` calls the method `.{name}()` of a Python {}",
                code(),
                object_noun(&obj.ty)
            ),
        ),
        TExprKind::PyGetItem { obj, .. } => py(
            3,
            format!(
                "`{}` indexes a Python {}: generic item lookup, the item is a Python object",
                code(),
                object_noun(&obj.ty)
            ),
        ),
        TExprKind::PyGetItemInt { obj, .. } => py(
            2,
            format!(
                "`{}` indexes a Python {} by a C integer: the item is a Python object",
                code(),
                object_noun(&obj.ty)
            ),
        ),
        TExprKind::BytesItem { .. } => Some((
            1,
            "check",
            format!(
                "`{}` reads a byte of a Python bytes object (checked)",
                code()
            ),
        )),
        TExprKind::PySlice { obj, .. } => py(
            3,
            format!("`{}` slices a Python {}", code(), object_noun(&obj.ty)),
        ),
        TExprKind::MakeSlice { .. } => py(1, "makes a Python slice object".into()),
        TExprKind::Display { kind, .. } => {
            py(2, format!("builds a Python {}", display_noun(*kind)))
        }
        TExprKind::MakeList(_) => py(2, "builds a Python list".into()),
        TExprKind::MakeTuple(_) => py(2, "builds a Python tuple".into()),
        TExprKind::MakeSet(_) => py(2, "builds a Python set".into()),
        TExprKind::MakeDict(_) => py(2, "builds a Python dict".into()),
        TExprKind::Comp { kind, .. } => py(
            3,
            format!("builds a Python {} by a comprehension", comp_noun(*kind)),
        ),
        TExprKind::Import { module, .. } => py(3, format!("imports `{module}` at run time")),
        TExprKind::ImportFrom { name, .. } => {
            py(2, format!("reads `{name}` from an imported module"))
        }
        TExprKind::Append { .. } => py(2, format!("`{}` appends to a Python list", code())),
        TExprKind::FormatJoin(_) => py(3, "formats an f-string into a Python str".into()),
        TExprKind::Coerce { kind, operand } => coerce_text(src, kind, operand, &x.ty),
        TExprKind::CCall { func, .. } => ccall_text(m, func, &code()),
        TExprKind::CCallPtr { error, .. } => error_check(error, &code()),
        TExprKind::BuiltinCall { which, args } => builtin_text(*which, args, &code()),
        TExprKind::MvElement(ix) => bounds_of(ix, src),
        TExprKind::MvSlice { .. } => Some((
            1,
            "memoryview",
            format!(
                "`{}` makes a new memoryview slice (reference counted)",
                code()
            ),
        )),
        TExprKind::MvShapeList { .. } => {
            py(2, format!("`{}` builds a Python list of 8 ints", code()))
        }
        TExprKind::MvAttr { .. } => py(
            2,
            format!("`{}` is read through the Python memoryview object", code()),
        ),
        TExprKind::MvCopy { .. } => py(
            3,
            format!("`{}` allocates a copy (a new Python array)", code()),
        ),
        TExprKind::MvFromPtr { .. } => py(
            3,
            format!("`{}` makes a Python array object over C memory", code()),
        ),
        TExprKind::MvTranspose { .. } => Some((
            1,
            "memoryview",
            format!(
                "`{}` makes a transposed memoryview (reference counted)",
                code()
            ),
        )),
    }
}

fn display_noun(k: DisplayKind) -> &'static str {
    match k {
        DisplayKind::List => "list",
        DisplayKind::Tuple => "tuple",
        DisplayKind::Set => "set",
        DisplayKind::Dict => "dict",
    }
}

fn comp_noun(k: CompKind) -> &'static str {
    match k {
        CompKind::List => "list",
        CompKind::Set => "set",
        CompKind::Dict => "dict",
        _ => "result",
    }
}

fn call_text(src: &Source, func: &TExpr, code: &str) -> String {
    match &func.kind {
        TExprKind::Global(name) | TExprKind::BuiltinName(name) => {
            format!("`{code}` calls the Python object `{name}`: arguments boxed into a Python call")
        }
        _ => format!(
            "`{code}` calls `{}`, a Python object: arguments boxed into a Python call",
            src.snippet(func.span)
        ),
    }
}

fn coerce_text(src: &Source, kind: &Coercion, operand: &TExpr, to: &Type) -> Said {
    let what = src.snippet(operand.span);
    let literal = matches!(
        operand.kind,
        TExprKind::IntConst(_) | TExprKind::FloatConst(_) | TExprKind::BoolConst(_)
    );
    let text = match kind {
        Coercion::ToObject if literal => return None,
        // A compiler-made local (a `range()` counter) has the span of the
        // user's text it stands for, so `what` names what the user wrote.
        Coercion::ToObject => format!(
            "`{what}` (C `{}`) is boxed into a Python object",
            operand.ty
        ),
        Coercion::FromObject => match to {
            Type::MemView(_) | Type::Buffer(_) => {
                format!("`{what}` is acquired as a buffer of type `{to}`")
            }
            _ => format!("`{what}` is converted from a Python object to C `{to}`"),
        },
        Coercion::ObjCheck | Coercion::ObjCheckNotNone => {
            format!("`{what}` is type-checked as `{to}`")
        }
        Coercion::Truth => format!("`{what}`: truth test of a Python object"),
        Coercion::CCast | Coercion::ObjUnchecked | Coercion::ViewCheck => return None,
    };
    Some((2, "boxing", text))
}

fn ccall_text(m: &TModule, func: &CFuncTarget, code: &str) -> Said {
    let error = match func {
        CFuncTarget::Module(id) => &m.functions[id.0 as usize].error,
        CFuncTarget::Extern { .. } => return None,
    };
    error_check(error, code)
}

/// Only `PyErr_Occurred()` after every call needs the interpreter; a
/// compare with the error value is plain C.
fn error_check(error: &pyxc_tir::types::ErrorReturn, code: &str) -> Said {
    use pyxc_tir::types::ErrorReturn;
    match error {
        ErrorReturn::Always => Some((
            1,
            "exception-check",
            format!(
                "`{code}` may raise: `PyErr_Occurred()` is called after every call \
                 (declare `noexcept` or an `except` value)"
            ),
        )),
        ErrorReturn::ValueCheck(_) => Some((
            1,
            "check",
            format!(
                "`{code}` may raise: `PyErr_Occurred()` is tested when it returns its \
                 error value (declare `noexcept` or an `except` value it never returns)"
            ),
        )),
        ErrorReturn::None | ErrorReturn::Value(_) | ErrorReturn::Null => None,
    }
}

fn builtin_text(which: Builtin, args: &[TExpr], code: &str) -> Said {
    let on_object = args.first().is_some_and(|a| a.ty.is_object());
    match which {
        Builtin::Len if on_object => Some((
            1,
            "python-op",
            format!("`{code}`: `len()` of a Python object"),
        )),
        Builtin::FloatOf if on_object => Some((
            2,
            "python-op",
            format!("`{code}`: `float()` of a Python object"),
        )),
        Builtin::FitsSsize => Some((
            1,
            "python-op",
            "the `range()` bound is a Python object: tested at run time for a C loop".into(),
        )),
        Builtin::Globals => Some((
            1,
            "python-op",
            "`globals()` returns the module's dict".into(),
        )),
        Builtin::Len
        | Builtin::FloatOf
        | Builtin::CStrLen
        | Builtin::AbsC
        | Builtin::MinC
        | Builtin::MaxC => None,
    }
}

pub fn bounds_of(ix: &MvIndex, src: &Source) -> Said {
    let indices: Vec<String> = ix.indices.iter().map(|i| src.snippet(i.span)).collect();
    let code = format!("{}[{}]", src.snippet(ix.view.span), indices.join(", "));
    if ix.checks.boundscheck {
        return Some((
            1,
            "check",
            format!(
                "`{code}`: bounds check kept, the index is not proven in range \
                 (raises IndexError; `boundscheck(False)` removes it)"
            ),
        ));
    }
    if ix.checks.wraparound {
        return Some((
            0,
            "note",
            format!("`{code}`: negative indices are wrapped (`wraparound(False)` removes it)"),
        ));
    }
    None
}

/// How an object's type reads in a sentence.
pub(crate) fn object_noun(t: &Type) -> String {
    match t {
        Type::Object(ObjKind::Builtin(name)) => format!("`{name}`"),
        Type::Object(ObjKind::Extension(name)) => format!("`{name}`"),
        _ => "object".into(),
    }
}

/// The operator as written in source.
pub(crate) fn py_op_text(op: PyBinOp) -> &'static str {
    match op {
        PyBinOp::Add => "+",
        PyBinOp::Sub => "-",
        PyBinOp::Mul => "*",
        PyBinOp::TrueDiv => "/",
        PyBinOp::FloorDiv => "//",
        PyBinOp::Mod => "%",
        PyBinOp::Pow => "**",
        PyBinOp::LShift => "<<",
        PyBinOp::RShift => ">>",
        PyBinOp::And => "&",
        PyBinOp::Or => "|",
        PyBinOp::Xor => "^",
        PyBinOp::MatMul => "@",
    }
}

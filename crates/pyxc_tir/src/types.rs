//! The types sema gives every expression.

use std::fmt;
use std::rc::Rc;

/// C integer types, by rank. `Char` is `char` (signedness as the platform),
/// `SChar`/`UChar` explicit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntKind {
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    SsizeT,
    SizeT,
    /// `ptrdiff_t`, the type of `p - q`: signed, and ranked above
    /// `size_t` in Cython's conversions.
    PtrdiffT,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    IntPtr,
    UIntPtr,
    /// `Py_UCS4`: an unsigned 32-bit code point that converts to and from
    /// a one-character `str` (arithmetic on it gives plain integers).
    Ucs4,
}

impl IntKind {
    /// The C spelling.
    pub fn c_name(self) -> &'static str {
        use IntKind::*;
        match self {
            Char => "char",
            SChar => "signed char",
            UChar => "unsigned char",
            Short => "short",
            UShort => "unsigned short",
            Int => "int",
            UInt => "unsigned int",
            Long => "long",
            ULong => "unsigned long",
            LongLong => "long long",
            ULongLong => "unsigned long long",
            SsizeT => "Py_ssize_t",
            SizeT => "size_t",
            PtrdiffT => "ptrdiff_t",
            Int8 => "int8_t",
            Int16 => "int16_t",
            Int32 => "int32_t",
            Int64 => "int64_t",
            UInt8 => "uint8_t",
            UInt16 => "uint16_t",
            UInt32 => "uint32_t",
            UInt64 => "uint64_t",
            IntPtr => "intptr_t",
            UIntPtr => "uintptr_t",
            Ucs4 => "Py_UCS4",
        }
    }
    pub fn signed(self) -> bool {
        use IntKind::*;
        !matches!(
            self,
            UChar
                | UShort
                | UInt
                | ULong
                | ULongLong
                | SizeT
                | UInt8
                | UInt16
                | UInt32
                | UInt64
                | UIntPtr
                | Ucs4
        )
    }
    /// Size in bytes on the LP64 targets pyxc builds for.
    pub fn size(self) -> u32 {
        use IntKind::*;
        match self {
            Char | SChar | UChar | Int8 | UInt8 => 1,
            Short | UShort | Int16 | UInt16 => 2,
            Int | UInt | Int32 | UInt32 | Ucs4 => 4,
            Long | ULong | LongLong | ULongLong | SsizeT | SizeT | PtrdiffT | Int64 | UInt64
            | IntPtr | UIntPtr => 8,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FloatKind {
    Float,
    Double,
    LongDouble,
}

impl FloatKind {
    pub fn c_name(self) -> &'static str {
        match self {
            FloatKind::Float => "float",
            FloatKind::Double => "double",
            FloatKind::LongDouble => "long double",
        }
    }
}

/// What is statically known of a Python object's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjKind {
    /// Any object.
    Any,
    /// Exactly a builtin type (`list`, `tuple`, `dict`, `set`, `str`,
    /// `bytes`, `int`, `float`, `bool`, `bytearray`, `slice`, `type`,
    /// `complex`): Cython requires the exact type (or None) for these.
    Builtin(&'static str),
    /// An instance of an extension type known by its dotted Python name,
    /// checked with isinstance (`numpy.ndarray`).
    Extension(Rc<str>),
}

/// Layout of one memoryview axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// `:` any stride.
    Strided,
    /// `::1` unit stride.
    Contig,
}

#[derive(Clone, Debug)]
pub struct MemViewType {
    pub dtype: Type,
    pub axes: Vec<Axis>,
    /// `const double[:]`: read-only buffers are accepted, writes rejected.
    pub readonly: bool,
    /// The ctypedef the element type was written as (`DTYPE_t`,
    /// `float64_t`), which buffer errors name as Cython does. Not part of
    /// the type: `DTYPE_t[:]` and `double[:]` are the same type.
    pub dtype_name: Option<Rc<str>>,
    /// Buffer option `cast=True`: any buffer of the element's item size.
    pub cast: bool,
}

impl PartialEq for MemViewType {
    fn eq(&self, other: &Self) -> bool {
        self.dtype == other.dtype && self.axes == other.axes && self.readonly == other.readonly
    }
}
impl Eq for MemViewType {}
impl std::hash::Hash for MemViewType {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.dtype.hash(state);
        self.axes.hash(state);
        self.readonly.hash(state);
    }
}

impl MemViewType {
    pub fn ndim(&self) -> usize {
        self.axes.len()
    }
}

/// Old-style buffer type `cnp.ndarray[cnp.float64_t, ndim=1]`: a Python
/// object of `obj` type plus a buffer acquired over it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BufferType {
    pub obj: ObjKind,
    pub dtype: Type,
    /// Name of the dtype as written, for error messages (`float64_t`).
    pub dtype_name: String,
    pub ndim: usize,
    /// `mode='c'` / `'fortran'` / default strided.
    pub axes: Vec<Axis>,
    /// `cast=True`: any buffer whose item size matches is accepted.
    pub cast: bool,
}

/// How a C function signals an exception to its caller.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorReturn {
    /// It cannot raise (`noexcept`, or a `nogil` extern).
    None,
    /// Returns this C value only on error (`except -1`).
    Value(ErrorValue),
    /// Returns this value on error, but it may also be a valid result:
    /// callers test `PyErr_Occurred()` too (`except? -1`).
    ValueCheck(ErrorValue),
    /// Callers always test `PyErr_Occurred()` (`except *`, or void).
    Always,
    /// Object-returning functions return NULL on error.
    Null,
}

/// The constant of an `except VALUE` clause.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ErrorValue {
    Int(i128),
    Float(f64),
    Null,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub ret: Type,
    pub params: Vec<Type>,
    pub varargs: bool,
    pub nogil: bool,
    pub error: ErrorReturn,
}

/// A struct or union declared in an extern block or `.pyx`.
#[derive(Clone)]
pub struct StructType {
    /// How the header names a struct declared in an extern block (`struct
    /// point`, `point_t`); None for the structs and C tuples pyxc defines
    /// itself (codegen's naming module names those).
    pub extern_name: Option<String>,
    /// The name in `.pyx` code; a C tuple's is its element types,
    /// `(int, double)`.
    pub name: String,
    /// Set once the declaration's body is resolved: fields may name the
    /// struct itself (`Node *next`) or a struct declared later.
    pub body: std::cell::OnceCell<Vec<(String, Type)>>,
    pub union: bool,
    /// A C tuple `(int, double)`: fields `f0`, `f1`, ...; it converts to
    /// and from a Python tuple (a struct converts to a dict).
    pub tuple: bool,
    /// Fields the header names otherwise (`int alias "real_name"`): the
    /// name in `.pyx` code, and the C name.
    pub c_fields: std::cell::OnceCell<Vec<(String, String)>>,
}

/// One C type per name: compared by name, never by fields (fields can
/// refer back to the struct, so comparing them could recurse forever).
impl PartialEq for StructType {
    fn eq(&self, other: &Self) -> bool {
        self.extern_name == other.extern_name
            && self.name == other.name
            && self.union == other.union
            && self.tuple == other.tuple
    }
}

impl fmt::Debug for StructType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.extern_name {
            Some(c) => write!(f, "StructType({} \"{c}\")", self.name),
            None => write!(f, "StructType({})", self.name),
        }
    }
}

impl StructType {
    /// The fields (none while only forward-declared).
    pub fn fields(&self) -> &[(String, Type)] {
        self.body.get().map_or(&[], |v| v.as_slice())
    }

    /// How C code names field `name`.
    pub fn c_field<'s>(&'s self, name: &'s str) -> &'s str {
        self.c_fields
            .get()
            .and_then(|v| v.iter().find(|(n, _)| n == name))
            .map_or(name, |(_, c)| c.as_str())
    }

    /// The C tuple of these element types (named after them, so equal
    /// tuples are one C struct).
    pub fn ctuple(items: Vec<Type>) -> StructType {
        let names: Vec<String> = items.iter().map(Type::to_string).collect();
        StructType {
            extern_name: None,
            name: format!("({})", names.join(", ")),
            body: std::cell::OnceCell::from(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, t)| (format!("f{i}"), t))
                    .collect::<Vec<_>>(),
            ),
            union: false,
            tuple: true,
            c_fields: std::cell::OnceCell::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    Void,
    Bint,
    Int(IntKind),
    Float(FloatKind),
    Object(ObjKind),
    Ptr(Rc<Type>),
    Const(Rc<Type>),
    Array(Rc<Type>, Option<u64>),
    MemView(Rc<MemViewType>),
    Buffer(Rc<BufferType>),
    Struct(Rc<StructType>),
    /// A C type known only by name from a header (`FILE`, an opaque handle,
    /// an extern typedef of unknown size); `approx` is what sema treats it as
    /// for arithmetic and conversions.
    Opaque {
        c_name: Rc<str>,
        approx: Option<Rc<Type>>,
    },
    Func(Rc<FuncType>),
    /// The type of `NULL` before it meets a pointer.
    Null,
}

impl Eq for Type {}
impl std::hash::Hash for Type {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
    }
}
impl Eq for FuncType {}
impl Eq for StructType {}

impl Type {
    pub fn object() -> Type {
        Type::Object(ObjKind::Any)
    }
    pub fn double() -> Type {
        Type::Float(FloatKind::Double)
    }
    pub fn ssize() -> Type {
        Type::Int(IntKind::SsizeT)
    }
    pub fn is_object(&self) -> bool {
        matches!(self, Type::Object(_) | Type::Buffer(_))
    }
    pub fn is_int(&self) -> bool {
        match self.strip_const() {
            Type::Int(_) => true,
            Type::Opaque {
                approx: Some(t), ..
            } => t.is_int(),
            _ => false,
        }
    }
    pub fn is_float(&self) -> bool {
        match self.strip_const() {
            Type::Float(_) => true,
            Type::Opaque {
                approx: Some(t), ..
            } => t.is_float(),
            _ => false,
        }
    }
    /// C arithmetic types (ints, floats, bint).
    pub fn is_numeric(&self) -> bool {
        self.is_int() || self.is_float() || matches!(self.strip_const(), Type::Bint)
    }
    pub fn is_pointer(&self) -> bool {
        matches!(
            self.strip_const(),
            Type::Ptr(_) | Type::Array(..) | Type::Null
        )
    }
    pub fn strip_const(&self) -> &Type {
        match self {
            Type::Const(t) => t.strip_const(),
            t => t,
        }
    }
    /// The pointee of a pointer or array.
    pub fn pointee(&self) -> Option<&Type> {
        match self.strip_const() {
            Type::Ptr(t) | Type::Array(t, _) => Some(t),
            _ => None,
        }
    }
}

impl fmt::Display for Type {
    /// The type as a Cython user writes it, for messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Void => write!(f, "void"),
            Type::Bint => write!(f, "bint"),
            Type::Int(k) => write!(f, "{}", k.c_name()),
            Type::Float(k) => write!(f, "{}", k.c_name()),
            Type::Object(ObjKind::Any) => write!(f, "object"),
            Type::Object(ObjKind::Builtin(n)) => write!(f, "{n} object"),
            Type::Object(ObjKind::Extension(n)) => write!(f, "{n} object"),
            Type::Ptr(t) => write!(f, "{t} *"),
            Type::Const(t) => write!(f, "const {t}"),
            Type::Array(t, Some(n)) => write!(f, "{t}[{n}]"),
            Type::Array(t, None) => write!(f, "{t}[]"),
            Type::MemView(m) => {
                if m.readonly {
                    write!(f, "const ")?;
                }
                write!(f, "{}[", m.dtype)?;
                for (i, a) in m.axes.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", if *a == Axis::Contig { "::1" } else { ":" })?;
                }
                write!(f, "]")
            }
            Type::Buffer(b) => write!(f, "ndarray[{}, ndim={}]", b.dtype_name, b.ndim),
            Type::Struct(s) => write!(f, "{}", s.name),
            Type::Opaque { c_name, .. } => write!(f, "{c_name}"),
            Type::Func(ft) => {
                write!(f, "{} (", ft.ret)?;
                for (i, p) in ft.params.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{p}")?;
                }
                write!(f, ")")
            }
            Type::Null => write!(f, "NULL"),
        }
    }
}

/// The integer kind an arithmetic type behaves as (through `const` and
/// extern typedefs).
pub fn int_kind_of(t: &Type) -> Option<IntKind> {
    match t.strip_const() {
        Type::Int(k) => Some(*k),
        Type::Opaque {
            approx: Some(a), ..
        } => int_kind_of(a),
        _ => None,
    }
}

impl Type {
    /// The integer kind C arithmetic on a value of this type uses: an
    /// integer's own, and `int` for a `bint` (which Cython's typing does
    /// not count as an integer type: see [`int_kind_of`]).
    pub fn arith_int_kind(&self) -> Option<IntKind> {
        match self.strip_const() {
            Type::Bint => Some(IntKind::Int),
            t => int_kind_of(t),
        }
    }

    /// The floating kind of a C floating type (or a header typedef of one).
    pub fn float_kind(&self) -> Option<FloatKind> {
        match self.strip_const() {
            Type::Float(k) => Some(*k),
            Type::Opaque {
                approx: Some(a), ..
            } => a.float_kind(),
            _ => None,
        }
    }
}

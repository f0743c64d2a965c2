//! What a name can mean at compile time.

use crate::tir::{CGlobalId, FuncId};
use crate::types::{FuncType, Type};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Compile-time features of the `cython` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `cython.boundscheck` and friends: a directive name.
    Directive(&'static str),
    /// `cython.parallel.prange`.
    Prange,
    /// `cython.parallel.parallel`.
    Parallel,
    /// `cython.parallel.threadid`.
    ThreadId,
    /// `numpy.import_array()` / `cnp.import_array()`: nothing to do in pyxc.
    ImportArray,
    /// `cython.typeof(expr)`: the name of the expression's type, a str
    /// known at compile time (the expression is not evaluated).
    TypeOf,
    /// `cython.sizeof`, `cython.cast`, `cython.address`, types like `cython.double`.
    Sizeof,
    Cast,
    Address,
}

/// A compile-time binding.
#[derive(Clone, Debug)]
pub enum Sym {
    /// A C type name (`ctypedef`, struct, builtin C types of a namespace).
    Type(Type),
    /// A `cdef`/`cpdef` function of this module.
    CFunc(FuncId),
    /// A C function declared in an extern block.
    ExternFunc {
        c_name: String,
        ty: Rc<FuncType>,
    },
    /// A C variable or macro constant declared in an extern block.
    ExternVar {
        c_name: String,
        ty: Type,
    },
    /// A value of the module's own `cdef enum` (an int).
    EnumValue(i128),
    /// A module-level `cdef` variable.
    CGlobal(CGlobalId),
    /// A cimported module (`cnp`, `libc.math`).
    Namespace(Rc<Namespace>),
    Intrinsic(Intrinsic),
}

/// The names a `.pxd` (or the `cython` module) provides.
#[derive(Clone, Debug, Default)]
pub struct Namespace {
    /// Dotted module name (`libc.math`).
    pub name: String,
    pub syms: BTreeMap<String, Sym>,
    /// Headers its extern blocks include (`<math.h>`).
    pub includes: Vec<String>,
    /// Submodules reachable as attributes (`libc` -> `math`).
    pub children: BTreeMap<String, Rc<Namespace>>,
}

impl Namespace {
    pub fn lookup(&self, name: &str) -> Option<Sym> {
        if let Some(s) = self.syms.get(name) {
            return Some(s.clone());
        }
        self.children.get(name).map(|c| Sym::Namespace(c.clone()))
    }
}

/// Python builtins a name can resolve to.
pub const BUILTIN_NAMES: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
    "__name__",
    "__file__",
    "__doc__",
    "BaseException",
    "Exception",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "FloatingPointError",
    "ImportError",
    "IndexError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NameError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "RecursionError",
    "ReferenceError",
    "RuntimeError",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "SystemExit",
    "TypeError",
    "UnboundLocalError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "ValueError",
    "ZeroDivisionError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "RuntimeWarning",
    "FileNotFoundError",
    "PermissionError",
    "TimeoutError",
    "NotImplemented",
    "Ellipsis",
    "IOError",
    "GeneratorExit",
    "StopAsyncIteration",
    "ModuleNotFoundError",
    "IsADirectoryError",
    "memoryview",
    "staticmethod",
    "classmethod",
    "property",
];

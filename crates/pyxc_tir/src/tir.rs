//! The typed tree: what sema decided, for codegen to print.
//!
//! **Invariants** (codegen relies on them and never re-decides):
//! - every [`TExpr`] has its final type; operands already have the types
//!   the operation needs (every implicit conversion is a [`Coerce`] node);
//! - an expression of object type evaluates to a NEW reference (codegen may
//!   borrow where it can prove that is equivalent, e.g. reading a local);
//! - each node says how it fails: see [`TExprKind`] docs; C arithmetic nodes
//!   carry the checks the directives asked for, nothing more;
//! - every name is resolved to a [`VarId`], a global name, a builtin or a C
//!   function.

use crate::types::{IntKind, MemViewType, Type};
use pyxc_diagnostics::Span;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Index into [`TFunction::vars`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);

/// Index into [`TModule::functions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index into [`TModule::cglobals`] (module-level `cdef` variables).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CGlobalId(pub u32);

/// The directives in force at a node (after all sources merged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Checks {
    pub boundscheck: bool,
    pub wraparound: bool,
    pub cdivision: bool,
    pub nonecheck: bool,
    pub initializedcheck: bool,
}

impl Default for Checks {
    fn default() -> Self {
        Checks {
            boundscheck: true,
            wraparound: true,
            cdivision: false,
            nonecheck: false,
            initializedcheck: true,
        }
    }
}

#[derive(Clone, Debug)]
pub struct TModule {
    /// The module's import name (file stem).
    pub name: String,
    /// Path of the `.pyx` as given, for tracebacks.
    pub filename: String,
    pub doc: Option<String>,
    pub functions: Vec<TFunction>,
    /// Module-level `cdef` variables (C globals).
    pub cglobals: Vec<Var>,
    /// The module body (imports, assignments, `def` bindings in source
    /// order) as the body of a function run at module exec. Its `Def`
    /// bindings are [`TStmtKind::BindFunction`].
    pub init: TFunction,
    /// `#include`s that extern blocks asked for, in first-seen order
    /// (`"math.h"` kept with quotes or angle brackets as codegen prints it),
    /// and the verbatim C code of extern blocks after its block's include
    /// (an entry starting with a newline).
    pub includes: Vec<String>,
    /// C files to compile and link with the module (`# distutils: sources`).
    pub extra_sources: Vec<String>,
    /// Structs and unions declared in the module (not in extern blocks), in
    /// declaration order (a field's struct type comes before its user):
    /// codegen writes their C definitions.
    pub structs: Vec<Rc<crate::types::StructType>>,
    /// The module uses OpenMP (`prange`).
    pub uses_openmp: bool,
    /// The module cimports numpy (the driver adds numpy's include folder).
    pub uses_numpy: bool,
    /// The module cimports numpy and its verbatim C uses NumPy's C API
    /// (`PyArray_*`, `NPY_*`, ...): the module includes NumPy's headers and
    /// imports the C API at module exec, as Cython does for every module
    /// that cimports numpy.
    pub numpy_c_api: bool,
    /// The checks the module's directives (command line, then header
    /// comments) set before any decorator: what the annotation reports.
    pub checks: Checks,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    Def,
    Cdef,
    Cpdef,
    /// The module body.
    ModuleInit,
}

#[derive(Clone, Debug)]
pub struct Var {
    pub name: String,
    pub ty: Type,
    /// A parameter (its position in `params`), else a local.
    pub param: Option<usize>,
    pub span: Span,
    /// A local the compiler made (a spilled bound, a pinned target, an
    /// unpacking temporary), not a name the user wrote.
    pub hidden: bool,
    /// A numpy buffer variable whose elements its function writes (set by
    /// sema's buffer-writes pass): its buffer is acquired writable. One only
    /// read accepts a read-only array, as under Cython.
    pub written_through: bool,
}

#[derive(Clone, Debug)]
pub struct TParam {
    pub var: VarId,
    pub kind: ParamKind,
    /// The parameter's default, if it has one.
    pub default: Option<ParamDefault>,
    /// What a Python caller's `None` does.
    pub none: NoneArg,
    /// Annotated `x: int` (type `int` object): Cython converts any number
    /// with `int()` (`3.0` becomes 3) and rejects other objects with
    /// TypeError "Argument 'x' has incorrect type (expected int, got str)".
    pub int_from_number: bool,
    /// Positional-only (before a `/`): keywords never match it.
    pub pos_only: bool,
}

/// A parameter's default value.
#[derive(Clone, Debug)]
pub enum ParamDefault {
    /// A C constant of the parameter's type, written wherever the argument
    /// is missing.
    Constant(TExpr),
    /// Evaluated once, when the `def` statement runs, into the object the
    /// function keeps (every object or view default, and a C default that
    /// is not a constant: `def f(double s=SCALE)` sees SCALE as it was at
    /// `def`); a call missing the argument converts that object as it
    /// would an argument.
    Stored(TExpr),
    /// A closure's default: evaluated by the code that creates the
    /// closure, kept in its tuple.
    InClosure,
}

/// What passing `None` to a `def` parameter does (decided by sema from the
/// type, `not None`, and annotation typing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoneArg {
    /// Accepted: a typed object parameter holds None, a memoryview is the
    /// None view (Cython's default for typed arguments).
    Accepted,
    /// Refused by the conversion itself: a type test's "Argument 'x' has
    /// incorrect type", a C number's TypeError, a view's buffer error.
    Refused,
    /// `not None` on an `object` or memoryview parameter: TypeError
    /// "Argument 'x' must not be None" before any conversion.
    NotNone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    Normal,
    KeywordOnly,
    VarArgs,
    KwArgs,
}

/// How a `cdef` function reports exceptions (Cython 3 defaults applied).
pub use crate::types::ErrorReturn;

#[derive(Clone, Debug)]
pub struct TFunction {
    pub name: String,
    pub kind: FuncKind,
    pub params: Vec<TParam>,
    pub ret: Type,
    pub error: ErrorReturn,
    /// Declared `nogil` (callable without the GIL).
    pub nogil: bool,
    /// Declared `with gil`: acquires the GIL on entry.
    pub with_gil: bool,
    pub inline: bool,
    pub doc: Option<String>,
    /// Parameters first (in order), then locals.
    pub vars: Vec<Var>,
    pub body: Vec<TStmt>,
    pub span: Span,
    /// Line of the `def` for the traceback of argument errors.
    pub line: u32,
    /// The first line of its code object, as Python's `co_firstlineno`:
    /// the first decorator's line, else the `def` line.
    pub first_line: u32,
    /// A lambda or a `def` nested in a function: created at run time with
    /// its closure (see [`Closure`]); `None` for module-level functions.
    pub closure: Option<Closure>,
    /// What the function reports to profilers and trace functions
    /// (`profile=True`, `linetrace=True`); `None`: nothing, no trace code.
    pub trace: Option<Trace>,
}

/// The trace decisions of one function, made by sema from its directives.
/// A traced function has a code object of its own (the `.pyx` file, the
/// `def` line, its name) and runs in a frame made for it on entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// Calls and returns reach `sys.setprofile` functions (`cProfile`):
    /// `profile=True`, or `linetrace=True` (which implies it, as in Cython).
    pub profile: bool,
    /// Calls, returns and line events reach `sys.settrace` functions.
    pub linetrace: bool,
    /// The `.pyx` lines whose statements report a line event: every
    /// statement line of the body that runs with the GIL (code in
    /// `with nogil:` and `prange` blocks reports nothing).
    pub lines: std::collections::BTreeSet<u32>,
}

/// A function created at run time inside another one (a lambda or a nested
/// `def`). Its function object carries one tuple: the cells of the
/// enclosing variables it reads ([`TExprKind::FreeVar`] index into it),
/// then the values of its object defaults, evaluated when it was created.
#[derive(Clone, Debug)]
pub struct Closure {
    /// The name Python sees (`<lambda>`, or the `def`'s name).
    pub py_name: String,
    /// Number of cells at the front of the tuple.
    pub nfree: usize,
}

/// How a `prange` loop runs in parallel (its body is nogil code).
#[derive(Clone, Debug)]
pub struct Parallel {
    /// `num_threads=` (a C int), evaluated once before the loop.
    pub num_threads: Option<TExpr>,
    /// `schedule=`.
    pub schedule: Option<Schedule>,
    /// `chunksize=` (a C int).
    pub chunksize: Option<TExpr>,
    /// Variables updated with an in-place operator, and the operator that
    /// combines the threads' partial results.
    pub reductions: Vec<(VarId, ReduceOp)>,
}

/// `prange(..., schedule=...)`: how OpenMP hands out iterations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    Static,
    Dynamic,
    Guided,
    Runtime,
}

impl Schedule {
    /// The schedule of `schedule='name'`, as Cython spells it.
    pub fn named(name: &str) -> Option<Schedule> {
        Some(match name {
            "static" => Schedule::Static,
            "dynamic" => Schedule::Dynamic,
            "guided" => Schedule::Guided,
            "runtime" => Schedule::Runtime,
            _ => return None,
        })
    }

    /// The name as `schedule=` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Schedule::Static => "static",
            Schedule::Dynamic => "dynamic",
            Schedule::Guided => "guided",
            Schedule::Runtime => "runtime",
        }
    }
}

/// How a reduction combines the threads' partial results (`x -= e` sums
/// them, as OpenMP's `-` reduction does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Add,
    Mul,
    BitAnd,
    BitOr,
    BitXor,
}

impl ReduceOp {
    /// The operator that combines partial results, as both Python and
    /// OpenMP's `reduction(op:x)` write it.
    pub fn symbol(self) -> &'static str {
        match self {
            ReduceOp::Add => "+",
            ReduceOp::Mul => "*",
            ReduceOp::BitAnd => "&",
            ReduceOp::BitOr => "|",
            ReduceOp::BitXor => "^",
        }
    }
}

/// A memoryview attribute computed from the slice (see
/// [`TExprKind::MvAttr`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MvAttrKind {
    Size,
    Nbytes,
    Ndim,
    Itemsize,
}

impl MvAttrKind {
    pub fn name(self) -> &'static str {
        match self {
            MvAttrKind::Size => "size",
            MvAttrKind::Nbytes => "nbytes",
            MvAttrKind::Ndim => "ndim",
            MvAttrKind::Itemsize => "itemsize",
        }
    }
}

#[derive(Clone, Debug)]
pub struct TStmt {
    pub kind: TStmtKind,
    pub span: Span,
    /// 1-based `.pyx` line, for the `/* file.pyx:12 */` marker and tracebacks.
    pub line: u32,
}

#[derive(Clone, Debug)]
pub enum TStmtKind {
    /// `a = iterable` / `a[:] = iterable` of a C array `a` of `len`
    /// elements: each item converted to `elem`; IndexError "not enough
    /// values found during array assignment, expected 3, got 2" / "too
    /// many values ...".
    ArrayFill {
        array: TExpr,
        value: TExpr,
        elem: Type,
        len: u64,
    },
    /// Evaluate and discard (an object result is released).
    Expr(TExpr),
    /// `target = value`; `value` already has the target's type.
    Assign {
        target: LValue,
        value: TExpr,
    },
    /// Tuple unpacking `a, b = value`: value is an object, unpacked into
    /// exactly `targets.len()` items (ValueError as Python otherwise); each
    /// item is converted by `coerce[i]` (a Coerce expression whose operand is
    /// [`TExprKind::UnpackedItem`]).
    Unpack {
        targets: Vec<LValue>,
        value: TExpr,
        items: Vec<TExpr>,
    },
    If {
        test: TExpr,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    While {
        test: TExpr,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    /// `for var in range(start, stop, step)` as a C loop: `var` is a C
    /// integer variable; start/stop/step have `counter_ty` (wide enough for
    /// all three); the step's sign is `step_sign` when known at compile time
    /// (else tested at run time). ValueError "range() arg 3 must not be zero"
    /// for a zero run-time step. As in Cython, the target holds the last
    /// value after the loop, and is unchanged if the loop ran zero times.
    ForRange {
        var: LValue,
        counter_ty: Type,
        start: TExpr,
        stop: TExpr,
        step: TExpr,
        step_sign: Option<i8>,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
        /// Loop versioning (see `hoist.rs`): when `fast.guard` holds
        /// (evaluated once, after start and stop), run `fast.body`, the same
        /// body with the element checks it proves unnecessary turned off.
        fast: Option<Box<FastLoop>>,
        /// A legacy `for ... from` loop (`Some(inclusive)`: the stop test is
        /// `<=`/`>=`): the target is the C loop variable itself and keeps
        /// C's final value; `step` is signed and never zero-checked.
        legacy: Option<bool>,
        /// A `prange` loop: its iterations are shared among OpenMP threads.
        parallel: Option<Box<Parallel>>,
    },
    /// `for target in iter` over any iterable: `iter` an object; each item
    /// (a new reference, [`TExprKind::IterItem`]) is converted by `item`
    /// and assigned to `target`.
    ForIter {
        target: LValue,
        iter: TExpr,
        item: TExpr,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    Break,
    Continue,
    Pass,
    /// `value` already has the function's return type.
    Return(Option<TExpr>),
    /// `raise` (re-raise when both None), `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<TExpr>,
        cause: Option<TExpr>,
    },
    Try {
        body: Vec<TStmt>,
        handlers: Vec<THandler>,
        orelse: Vec<TStmt>,
        finalbody: Vec<TStmt>,
    },
    /// `with nogil:` (release) / `with gil:` (acquire).
    WithGil {
        release: bool,
        body: Vec<TStmt>,
    },
    /// `with parallel():` (nogil): the block runs in each of a team of
    /// OpenMP threads; the variables it assigns are the threads' own, and
    /// a `prange` in it shares its iterations among them.
    ParallelBlock {
        num_threads: Option<TExpr>,
        body: Vec<TStmt>,
    },
    /// `with ctx as target:` (Python context manager protocol).
    With {
        context: TExpr,
        target: Option<LValue>,
        body: Vec<TStmt>,
    },
    /// `assert test, msg` (skipped when Python runs with -O).
    Assert {
        test: TExpr,
        msg: Option<TExpr>,
    },
    /// `del target`.
    Del(LValue),
    /// At module exec: create the Python function object for `def`/`cpdef`
    /// `func` and bind it as module global `name`.
    BindFunction {
        func: FuncId,
        name: String,
    },
    /// `import a.b as c` / `from m import x`: bind `name` in the module
    /// globals (or a local) to `value` (an import expression).
    Import {
        target: LValue,
        value: TExpr,
    },
}

/// The checked-free version of a `ForRange` body and the test that selects it.
#[derive(Clone, Debug)]
pub struct FastLoop {
    /// A pure bint expression of loop invariants.
    pub guard: TExpr,
    pub body: Vec<TStmt>,
}

#[derive(Clone, Debug)]
pub struct THandler {
    /// Exception class(es) to match (object), None for a bare `except:`.
    pub ty: Option<TExpr>,
    pub target: Option<LValue>,
    pub body: Vec<TStmt>,
    pub line: u32,
}

/// An assignable place.
#[derive(Clone, Debug)]
pub enum LValue {
    Local(VarId),
    CGlobal(CGlobalId),
    /// A module-level Python name (module dict).
    Global(String),
    /// `view[i, j]` element of a memoryview or numpy buffer.
    MvElement(Box<MvIndex>),
    /// `view[:] = ...` / `view[...] = ...` / `m[0, :] = ...` (the TExpr is
    /// the sliced view): the assigned value is either a memoryview of the
    /// same type (copied in element-wise) or a value of the dtype (Cython's
    /// scalar broadcast, also for Python objects: converted once).
    MvAll(Box<TExpr>),
    /// `p[i]` through a C pointer (`i` a C integer).
    PtrIndex {
        ptr: Box<TExpr>,
        index: Box<TExpr>,
    },
    /// `s.field` of a C struct lvalue; `c_field` is how C names it (the
    /// header's name for a renamed extern field).
    Field {
        base: Box<LValue>,
        field: String,
        c_field: String,
    },
    /// `obj[index]` on a Python object.
    PyItem {
        obj: Box<TExpr>,
        index: Box<TExpr>,
    },
    /// `obj[i]` with a C integer index, list/tuple fast path.
    PyItemInt {
        obj: Box<TExpr>,
        index: Box<TExpr>,
        wraparound: bool,
        boundscheck: bool,
    },
    /// `obj.attr = ...`.
    PyAttr {
        obj: Box<TExpr>,
        attr: String,
    },
    /// A local that a lambda or nested function reads: the variable lives
    /// in the cell held by the hidden local `cell` (`PyCell_Set`).
    Cell {
        cell: VarId,
        name: String,
    },
    /// A `nonlocal` variable of an enclosing function, in a closure: its
    /// cell is item `index` of the closure tuple.
    FreeCell {
        index: usize,
        name: String,
    },
}

/// Indexing a memoryview or numpy buffer with one C index per axis.
#[derive(Clone, Debug)]
pub struct MvIndex {
    /// The view (memoryview or buffer type), usually a Local.
    pub view: TExpr,
    /// One `Py_ssize_t` index per axis.
    pub indices: Vec<TExpr>,
    pub checks: Checks,
}

#[derive(Clone, Debug)]
pub struct TExpr {
    pub kind: TExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CBinOp {
    Add,
    Sub,
    Mul,
    /// `/` on floats (true division); on ints only with cdivision (C `/`).
    Div,
    /// Python `//` on C numbers: floor for ints (C `/` with cdivision),
    /// `floor(a/b)` for floats.
    FloorDiv,
    /// Python `%` (sign of divisor; C `%` / `fmod` with cdivision).
    Mod,
    /// `**`: `pow()` on doubles; integer power by squaring on ints.
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A node of a [`TExprKind::FloatChain`]; its leaves, left to right, are
/// evaluated once each, in Python's order.
#[derive(Clone, Debug)]
pub enum ChainNode {
    /// A C double (a Python float in the generic path).
    CDouble(TExpr),
    /// An object operand.
    Leaf(TExpr),
    /// `base ** two` of an object base and the Python int 2.
    Square { base: TExpr, two: TExpr },
    /// `left op right`, `op` one of `+ - *`; `inplace` for `+=`-style
    /// operations (the generic path calls the in-place slot).
    Bin {
        op: PyBinOp,
        inplace: bool,
        left: Box<ChainNode>,
        right: Box<ChainNode>,
    },
}

impl ChainNode {
    /// The leaf expressions, in evaluation order.
    pub fn leaves<'a>(&'a self, out: &mut Vec<&'a TExpr>) {
        match self {
            ChainNode::CDouble(x) | ChainNode::Leaf(x) => out.push(x),
            ChainNode::Square { base, two } => {
                out.push(base);
                out.push(two);
            }
            ChainNode::Bin { left, right, .. } => {
                left.leaves(out);
                right.leaves(out);
            }
        }
    }

    /// The leaf expressions, mutably, in evaluation order.
    pub fn leaves_mut<'a>(&'a mut self, out: &mut Vec<&'a mut TExpr>) {
        match self {
            ChainNode::CDouble(x) | ChainNode::Leaf(x) => out.push(x),
            ChainNode::Square { base, two } => {
                out.push(base);
                out.push(two);
            }
            ChainNode::Bin { left, right, .. } => {
                left.leaves_mut(out);
                right.leaves_mut(out);
            }
        }
    }
}

/// One comparison of a [`TExprKind::CChain`]: its operator and the C type
/// each side is cast to first, where the pair compares in a type other than
/// the operand's own (Cython compares each pair of a chain in that pair's
/// type).
#[derive(Clone, Debug, PartialEq)]
pub struct ChainLink {
    pub op: CmpOp,
    pub left_cast: Option<Type>,
    pub right_cast: Option<Type>,
}

/// Python operators (`PyNumber_*`, rich comparison, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyBinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyCmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// What a [`TExprKind::Coerce`] does.
#[derive(Clone, Debug, PartialEq)]
pub enum Coercion {
    /// C value to a new Python object (`PyLong_From*`, `PyFloat_FromDouble`,
    /// bool, a memoryview to its Python object, `char*` to bytes, a struct
    /// to a dict).
    ToObject,
    /// Python object to a C value, raising as Cython does (OverflowError,
    /// TypeError); memoryview acquisition from an object.
    FromObject,
    /// C value to another C type (C conversion rules; `(T)x`).
    CCast,
    /// Object to a narrower object type: runtime check (TypeError
    /// "Expected list, got tuple"; None passes).
    ObjCheck,
    /// `<list?>x`: like ObjCheck, but None is refused too (TypeError
    /// "Expected list, got NoneType").
    ObjCheckNotNone,
    /// Object to a narrower object type with no check (`<list>x`).
    ObjUnchecked,
    /// Truth value of an object (-> bint).
    Truth,
    /// A memoryview to another memoryview type (layout checked).
    ViewCheck,
}

/// Builtins with a C implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `len(obj)` -> Py_ssize_t.
    Len,
    /// `len(char_array)`: strlen of the C string it holds -> Py_ssize_t.
    CStrLen,
    /// `float(obj)` -> double, with Python's float() conversion.
    FloatOf,
    /// `abs(c_number)` in C.
    AbsC,
    /// `min`/`max` of C numbers (two or more args, evaluated once each).
    MinC,
    MaxC,
    /// `globals()`: the module's dict (the caller's frame is not ours).
    Globals,
    /// An exact int that fits a `Py_ssize_t` (bint; never fails; the
    /// runtime's `pyxc_small_index`): picks the C loop of a `range()` with
    /// object bounds.
    FitsSsize,
}

#[derive(Clone, Debug)]
pub enum TExprKind {
    // ---- constants (never fail) ----
    /// C integer constant, printed in C with a suffix as needed for `ty`.
    IntConst(i128),
    /// C floating constant, as Python would `repr` it.
    FloatConst(f64),
    /// A Python int object too large for a C type (decimal digits).
    BigIntConst(String),
    /// An imaginary literal `2.5j`: a Python complex object (its imaginary
    /// part).
    ImagConst(f64),
    /// A Python str object (interned module constant).
    StrConst(String),
    BytesConst(Vec<u8>),
    /// A C string literal (`char *` / `const char *`).
    CStrConst(Vec<u8>),
    BoolConst(bool),
    NoneConst,
    /// C `NULL`.
    NullConst,
    /// A C enum or macro constant named in a header (`M_PI`).
    CName(String),
    /// A value of the module's own `cdef enum`: an int, but not a literal
    /// (it compares as an int, not as Cython's unsuffixed literal).
    EnumConst(i128),
    /// `cython.parallel.threadid()`: the OpenMP thread number (0 outside
    /// a parallel region), a C int.
    ThreadId,

    // ---- variables ----
    /// A local or parameter. Reading an unbound object local raises
    /// UnboundLocalError; reading an unbound memoryview raises as
    /// `initializedcheck` says (`check_bound`).
    Local {
        var: VarId,
        check_bound: bool,
    },
    CGlobal(CGlobalId),
    /// A module global looked up at run time (module dict, then builtins;
    /// NameError). New reference.
    Global(String),
    /// A builtin name (`len`, `ValueError`, ...) fetched from builtins.
    BuiltinName(String),
    /// A C function used as a value (its address).
    CFuncRef(CFuncTarget),
    /// Evaluate `value`, store it in the compiler-made local `var`, and
    /// give its value (a chained comparison's middle operand, evaluated
    /// once and read again by the next comparison).
    Let {
        var: VarId,
        value: Box<TExpr>,
    },
    /// `p[start:stop]` of a `char *` / `char[]` (Py_ssize_t bounds; `stop`
    /// None: up to the NUL): a new bytes object.
    CStrSlice {
        ptr: Box<TExpr>,
        start: Box<TExpr>,
        stop: Option<Box<TExpr>>,
    },
    /// A new cell (`PyCell_New`) holding `init` (an object) or nothing.
    NewCell(Option<Box<TExpr>>),
    /// The value in the cell held by the hidden local `cell`
    /// (UnboundLocalError when empty).
    CellGet {
        cell: VarId,
        name: String,
    },
    /// In a closure: the value of enclosing variable `index` (NameError
    /// "cannot access free variable ..." when it is not bound yet).
    FreeVar {
        index: usize,
        name: String,
    },
    /// In a closure: the cell of enclosing variable `index` itself, passed
    /// on to a closure created inside this one.
    FreeCell(usize),
    /// Create the function object of closure `func`. Its `closure` tuple
    /// (a MakeTuple; None when empty) holds the cells, in the callee's
    /// free-variable order, then the callee's defaults in parameter order.
    MakeFunction {
        func: FuncId,
        closure: Option<Box<TExpr>>,
    },

    // ---- C operations: cannot fail unless said ----
    /// `left op right` in C, both operands of `ty` (comparisons: see
    /// CCompare). With `zero_check`, a zero divisor raises
    /// ZeroDivisionError (and `INT_MIN // -1` OverflowError); with
    /// `python_semantics`, `//` and `%` floor as Python does. Pointer
    /// arithmetic is a CBinary too: `p + n` / `p - n` (left the pointer,
    /// `ty` the pointer type) and `p - q` (both pointers to the same type,
    /// `ty` ptrdiff_t).
    CBinary {
        op: CBinOp,
        left: Box<TExpr>,
        right: Box<TExpr>,
        zero_check: bool,
        python_semantics: bool,
    },
    CUnary {
        op: UnOp,
        operand: Box<TExpr>,
    },
    /// Comparison of two C values of the same type -> bint.
    CCompare {
        op: CmpOp,
        left: Box<TExpr>,
        right: Box<TExpr>,
    },
    /// `<double>(chain)` of a Python `+ - *` chain over doubles and
    /// objects, computed in C doubles when every object leaf allows it
    /// (sema's `float_chain` pass; see [`ChainNode`]). Fails as the
    /// number protocol and the conversion to double do.
    FloatChain(Box<ChainNode>),
    /// Cython's "soft complex" power, `base ** exponent` on C doubles
    /// wanted as a Python object: a float, or a complex where the real
    /// power has none (`(-8.0) ** (1/3)`). New reference.
    SoftComplexPow {
        base: Box<TExpr>,
        exponent: Box<TExpr>,
    },
    /// Evaluate `discarded` for their effects only, then `value` (a
    /// comparison the operands' ranges decide still evaluates them).
    Effects {
        discarded: Vec<TExpr>,
        value: Box<TExpr>,
    },
    /// Chained comparison `a < b < c` on C values: each middle operand
    /// evaluated once; `links[i]` compares `operands[i]` with
    /// `operands[i + 1]`.
    CChain {
        operands: Vec<TExpr>,
        links: Vec<ChainLink>,
    },
    /// `a and b` / `a or b` on bint operands -> bint (short-circuit).
    CLogical {
        and: bool,
        left: Box<TExpr>,
        right: Box<TExpr>,
    },
    /// `body if test else orelse` (any type; test a bint).
    Cond {
        test: Box<TExpr>,
        body: Box<TExpr>,
        orelse: Box<TExpr>,
    },
    /// `&lvalue`.
    AddressOf(Box<LValue>),
    /// `sizeof(T)` -> size_t.
    SizeOf(Type),

    // ---- Python operations: fail with NULL/-1 as the C API does ----
    PyBinary {
        op: PyBinOp,
        left: Box<TExpr>,
        right: Box<TExpr>,
        inplace: bool,
    },
    PyUnary {
        op: UnOp,
        operand: Box<TExpr>,
    },
    /// Rich comparison (or `in`/`is`) -> object (`bool` result of `PyObject_RichCompare`).
    PyCompare {
        op: PyCmpOp,
        left: Box<TExpr>,
        right: Box<TExpr>,
    },
    /// Same, but the result used as a C truth value -> bint.
    PyCompareBool {
        op: PyCmpOp,
        left: Box<TExpr>,
        right: Box<TExpr>,
    },
    /// `a and b` / `a or b` on objects: returns one of the operands.
    PyLogical {
        and: bool,
        left: Box<TExpr>,
        right: Box<TExpr>,
    },
    PyAttr {
        obj: Box<TExpr>,
        attr: String,
    },
    PyCall {
        func: Box<TExpr>,
        args: Vec<TArg>,
    },
    /// `obj.name(args)` without creating a bound method.
    PyMethodCall {
        obj: Box<TExpr>,
        name: String,
        args: Vec<TExpr>,
    },
    PyGetItem {
        obj: Box<TExpr>,
        index: Box<TExpr>,
    },
    /// `obj[i]` with a C index (list/tuple fast paths) -> object.
    PyGetItemInt {
        obj: Box<TExpr>,
        index: Box<TExpr>,
        wraparound: bool,
        boundscheck: bool,
    },
    /// `b[i]` of a `bytes` with a C index -> the byte itself, an
    /// `unsigned char`, as under Cython (IndexError out of range; TypeError
    /// for None).
    BytesItem {
        obj: Box<TExpr>,
        index: Box<TExpr>,
        wraparound: bool,
        boundscheck: bool,
    },
    /// `obj[a:b:c]` (absent parts None).
    PySlice {
        obj: Box<TExpr>,
        lower: Option<Box<TExpr>>,
        upper: Option<Box<TExpr>>,
        step: Option<Box<TExpr>>,
    },
    /// A slice object `slice(lower, upper, step)` (parts are objects,
    /// absent ones None), as the index of `obj[a:b] = v` / `del obj[a:b]`.
    MakeSlice {
        lower: Option<Box<TExpr>>,
        upper: Option<Box<TExpr>>,
        step: Option<Box<TExpr>>,
    },
    /// A list, tuple, set or dict display with starred parts (`[*a, x]`,
    /// `{**d, k: v}`), built in order.
    Display {
        kind: DisplayKind,
        parts: Vec<DisplayPart>,
    },
    MakeList(Vec<TExpr>),
    MakeTuple(Vec<TExpr>),
    MakeSet(Vec<TExpr>),
    MakeDict(Vec<(TExpr, TExpr)>),
    /// A comprehension `[elt for target in iter if cond]` (one or more
    /// generators; the loop variables are hidden function locals, so they
    /// do not leak, as in Python 3). See [`CompKind`] for what is built.
    Comp {
        kind: CompKind,
        /// The item (an object), the key of a dict comprehension, or the
        /// tested value (a bint) of `any`/`all`.
        elt: Box<TExpr>,
        /// The value of a dict comprehension (an object).
        value: Option<Box<TExpr>>,
        generators: Vec<TGenerator>,
        /// Hidden locals given a new empty cell each time the comprehension
        /// starts: the loop variables a lambda in it reads live there
        /// (`LValue::Cell` targets), so its lambdas share one binding, as
        /// in Python.
        cells: Vec<VarId>,
    },
    /// `import a.b` (top package returned) / the module `a.b` itself
    /// (`from a import b`: then `PyAttr` on it).
    Import {
        module: String,
        level: u32,
        fromlist: Vec<String>,
    },
    /// `from m import name`: `name` of module `module` (an Import), or the
    /// submodule `m.name`; ImportError "cannot import name" otherwise.
    ImportFrom {
        module: Box<TExpr>,
        name: String,
    },
    /// `list.append(x)` and similar known methods -> C int (-1 on error);
    /// only used when the result is discarded.
    Append {
        list: Box<TExpr>,
        item: Box<TExpr>,
    },
    /// f-string: pieces formatted and joined.
    FormatJoin(Vec<TFormatPart>),

    // ---- conversions ----
    Coerce {
        kind: Coercion,
        operand: Box<TExpr>,
    },
    /// An item taken from the object being unpacked or iterated: only
    /// appears as the operand of `Unpack::items` / `ForIter::item`.
    UnpackedItem,
    IterItem,

    // ---- calls of C functions ----
    /// Call of a `cdef`/`cpdef` function of this module or a C function from
    /// an extern block; args already coerced to the parameter types. Fails
    /// as the callee's [`ErrorReturn`] says.
    CCall {
        func: CFuncTarget,
        args: Vec<TExpr>,
    },
    /// Call through a C function pointer value.
    CCallPtr {
        func: Box<TExpr>,
        args: Vec<TExpr>,
        error: ErrorReturn,
    },
    BuiltinCall {
        which: Builtin,
        args: Vec<TExpr>,
    },

    // ---- memoryviews and buffers ----
    /// Element read `view[i, j]` (ty = dtype).
    MvElement(Box<MvIndex>),
    /// `view[a:b, i, ::2]`: a new view (ty = the result memoryview type).
    MvSlice {
        view: Box<TExpr>,
        axes: Vec<MvAxisIndex>,
        checks: Checks,
    },
    /// `view.shape[axis]` / `view.strides[axis]` (Py_ssize_t).
    /// With `nonecheck`, a view holding None raises AttributeError
    /// "Cannot access 'shape' attribute of None memoryview slice" (likewise
    /// for MvStride and MvShapeList).
    MvShape {
        view: Box<TExpr>,
        axis: usize,
        nonecheck: bool,
    },
    /// `view.shape[k]` / `view.strides[k]` with a run-time `k` (Py_ssize_t):
    /// an entry of the 8-entry C arrays, unused ones 0 (as in Cython, not
    /// bounds-checked).
    MvShapeAt {
        view: Box<TExpr>,
        index: Box<TExpr>,
        strides: bool,
        nonecheck: bool,
    },
    MvStride {
        view: Box<TExpr>,
        axis: usize,
        nonecheck: bool,
    },
    /// `view.shape` / `view.strides` used whole as a Python object: as in
    /// Cython (a `Py_ssize_t[8]` converted), a list of 8 ints, the axes
    /// past `ndim` 0.
    MvShapeList {
        view: Box<TExpr>,
        strides: bool,
        nonecheck: bool,
    },
    /// `view.size`, `.nbytes`, `.ndim` or `.itemsize` (Py_ssize_t). Cython
    /// reads these through the Python object, so a view holding None raises
    /// AttributeError "'NoneType' object has no attribute 'size'" whatever
    /// the directives.
    MvAttr {
        view: Box<TExpr>,
        attr: MvAttrKind,
    },
    /// `view.copy()` (C-contiguous) / `.copy_fortran()`; with `nonecheck`
    /// a None view raises "Cannot access 'copy' attribute of None
    /// memoryview slice".
    MvCopy {
        view: Box<TExpr>,
        fortran: bool,
        nonecheck: bool,
    },
    /// `view.is_c_contig()` / `.is_f_contig()` (bint).
    MvIsContig {
        view: Box<TExpr>,
        fortran: bool,
    },
    /// `arr.data` of a numpy buffer (`cnp.ndarray[...]`): the start of
    /// its acquired buffer as a `char *` (NULL while it holds None).
    BufferData(Box<TExpr>),
    /// `<double[:n, :m]>ptr`: a view of the memory `ptr` points at, with
    /// the given extents (Py_ssize_t), C-contiguous or Fortran-contiguous.
    MvFromPtr {
        ptr: Box<TExpr>,
        shape: Vec<TExpr>,
        fortran: bool,
    },
    /// `view.T`; with `nonecheck` a None view raises "Cannot transpose None
    /// memoryview slice".
    MvTranspose {
        view: Box<TExpr>,
        nonecheck: bool,
    },
    /// `&view[i, j]` (pointer to dtype).
    MvElementAddr(Box<MvIndex>),

    // ---- pointers and structs ----
    /// `p[i]` read.
    PtrIndex {
        ptr: Box<TExpr>,
        index: Box<TExpr>,
    },
    /// `Point(1.0, 2.0)`: a struct value (`ty` the struct), one value per
    /// field in declaration order, each of the field's type.
    StructLit(Vec<TExpr>),
    /// `s.field` / `p.field` (auto-deref) of a struct; `field` is the C
    /// name (the header's name for a renamed extern field).
    Field {
        base: Box<TExpr>,
        field: String,
        through_ptr: bool,
    },
}

/// What a C call targets.
#[derive(Clone, Debug, PartialEq)]
pub enum CFuncTarget {
    /// A cdef/cpdef function of this module (its native C body).
    Module(FuncId),
    /// A C function declared in an extern block, called by its C name.
    Extern {
        c_name: String,
        ty: Rc<crate::types::FuncType>,
    },
}

#[derive(Clone, Debug)]
pub enum TArg {
    Positional(TExpr),
    Keyword(String, TExpr),
    Star(TExpr),
    DoubleStar(TExpr),
}

#[derive(Clone, Debug)]
pub struct TGenerator {
    pub target: LValue,
    pub iter: TExpr,
    /// Conversion of each item (operand [`TExprKind::IterItem`]).
    pub item: TExpr,
    /// Statements run after `target` is assigned, before the `ifs`: the
    /// unpacking of a tuple target (`for i, x in ...`) into the names.
    pub unpack: Vec<TStmt>,
    pub ifs: Vec<TExpr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplayKind {
    List,
    Tuple,
    Set,
    Dict,
}

/// One part of a [`TExprKind::Display`] (all objects).
#[derive(Clone, Debug)]
pub enum DisplayPart {
    Item(TExpr),
    /// `*iterable`: every item.
    Star(TExpr),
    Pair(TExpr, TExpr),
    /// `**mapping`: every key and value.
    DoubleStar(TExpr),
}

/// What a [`TExprKind::Comp`] builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    /// A list (`[...]`; also a generator expression passed as the only
    /// argument of a call other than `any`/`all`, which then receives the
    /// list: the callee consumes it whole, so the result is the same).
    List,
    /// A set `{elt for ...}`.
    Set,
    /// A dict `{elt: value for ...}` (key evaluated before value).
    Dict,
    /// `any(elt for ...)` -> bint: stops at the first true `elt`, as
    /// Python's generator would (Cython inlines it the same way).
    Any,
    /// `all(elt for ...)` -> bint: stops at the first false `elt`.
    All,
}

#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum TFormatPart {
    Literal(String),
    /// `value` an object; `conversion` 'r'/'s'/'a'; spec an object (a str).
    Value {
        value: TExpr,
        conversion: Option<char>,
        spec: Option<TExpr>,
    },
}

/// One axis of a memoryview index expression.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum MvAxisIndex {
    /// An integer index: this axis disappears (Py_ssize_t).
    Index(TExpr),
    /// `start:stop:step` (Py_ssize_t parts, absent ones None).
    Slice {
        start: Option<TExpr>,
        stop: Option<TExpr>,
        step: Option<TExpr>,
    },
}

impl TExpr {
    pub fn new(kind: TExprKind, ty: Type, span: Span) -> TExpr {
        TExpr { kind, ty, span }
    }
}

/// The memoryview type of a view or buffer expression, if it is one.
/// The Python int 2 (a constant, or a converted C constant): `x ** 2` of
/// an object squares it (`pyxc_cg_pow2`, the float chain's `Square`).
pub fn is_python_int_two(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::IntConst(2) => true,
        TExprKind::Coerce {
            kind: Coercion::ToObject,
            operand,
        } => matches!(operand.kind, TExprKind::IntConst(2)) && operand.ty.is_int(),
        _ => false,
    }
}

pub fn view_type(t: &Type) -> Option<MemViewType> {
    match t {
        Type::MemView(m) => Some((**m).clone()),
        Type::Buffer(b) => Some(MemViewType {
            dtype: b.dtype.clone(),
            axes: b.axes.clone(),
            readonly: false,
            dtype_name: (!b.dtype_name.is_empty()).then(|| b.dtype_name.as_str().into()),
            cast: b.cast,
        }),
        _ => None,
    }
}

/// `Py_ssize_t`, the type of every index after coercion.
pub fn index_type() -> Type {
    Type::Int(IntKind::SsizeT)
}

/// Every local the statements may change (address-taken locals included).
pub fn assigned_locals(body: &[TStmt], out: &mut BTreeSet<VarId>) {
    fn lv(l: &LValue, out: &mut BTreeSet<VarId>) {
        if let LValue::Local(v) = l {
            out.insert(*v);
        }
    }
    for s in body {
        match &s.kind {
            TStmtKind::Assign { target, value } => {
                lv(target, out);
                addr_taken(value, out);
            }
            TStmtKind::Unpack { targets, .. } => targets.iter().for_each(|t| lv(t, out)),
            TStmtKind::Import { target, .. } | TStmtKind::Del(target) => lv(target, out),
            TStmtKind::If { test, body, orelse } | TStmtKind::While { test, body, orelse } => {
                addr_taken(test, out);
                assigned_locals(body, out);
                assigned_locals(orelse, out);
            }
            TStmtKind::ForRange {
                var, body, orelse, ..
            } => {
                lv(var, out);
                assigned_locals(body, out);
                assigned_locals(orelse, out);
            }
            TStmtKind::ForIter {
                target,
                body,
                orelse,
                ..
            } => {
                lv(target, out);
                assigned_locals(body, out);
                assigned_locals(orelse, out);
            }
            TStmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                assigned_locals(body, out);
                for h in handlers {
                    if let Some(t) = &h.target {
                        lv(t, out);
                    }
                    assigned_locals(&h.body, out);
                }
                assigned_locals(orelse, out);
                assigned_locals(finalbody, out);
            }
            TStmtKind::WithGil { body, .. } | TStmtKind::ParallelBlock { body, .. } => {
                assigned_locals(body, out)
            }
            TStmtKind::With { target, body, .. } => {
                if let Some(t) = target {
                    lv(t, out);
                }
                assigned_locals(body, out);
            }
            TStmtKind::Expr(e) | TStmtKind::Return(Some(e)) => addr_taken(e, out),
            _ => {}
        }
    }
}

/// Locals whose address is taken in `e` (a pointer may change them).
fn addr_taken(e: &TExpr, out: &mut BTreeSet<VarId>) {
    visit_expr(e, &mut |x| match &x.kind {
        TExprKind::AddressOf(l) => {
            if let LValue::Local(v) = &**l {
                out.insert(*v);
            }
        }
        TExprKind::Let { var, .. } => {
            out.insert(*var);
        }
        // Comprehension targets are locals of the function.
        TExprKind::Comp {
            generators, cells, ..
        } => {
            out.extend(cells.iter().copied());
            for g in generators {
                if let LValue::Local(v) = &g.target {
                    out.insert(*v);
                }
                assigned_locals(&g.unpack, out);
            }
        }
        _ => {}
    });
}

/// Pre-order walk over an expression and every expression inside it.
pub fn visit_expr(e: &TExpr, f: &mut dyn FnMut(&TExpr)) {
    f(e);
    let mut go = |x: &TExpr| visit_expr(x, f);
    match &e.kind {
        TExprKind::CBinary { left, right, .. }
        | TExprKind::CCompare { left, right, .. }
        | TExprKind::CLogical { left, right, .. }
        | TExprKind::PyBinary { left, right, .. }
        | TExprKind::PyCompare { left, right, .. }
        | TExprKind::PyCompareBool { left, right, .. }
        | TExprKind::PyLogical { left, right, .. } => {
            go(left);
            go(right);
        }
        TExprKind::CUnary { operand, .. }
        | TExprKind::PyUnary { operand, .. }
        | TExprKind::Coerce { operand, .. } => go(operand),
        TExprKind::Effects { discarded, value } => {
            discarded.iter().for_each(&mut go);
            go(value);
        }
        TExprKind::SoftComplexPow { base, exponent } => {
            go(base);
            go(exponent);
        }
        TExprKind::FloatChain(chain) => {
            let mut leaves = vec![];
            chain.leaves(&mut leaves);
            leaves.into_iter().for_each(go);
        }
        TExprKind::CChain {
            operands: items, ..
        }
        | TExprKind::MakeList(items)
        | TExprKind::MakeTuple(items)
        | TExprKind::MakeSet(items)
        | TExprKind::CCall { args: items, .. }
        | TExprKind::BuiltinCall { args: items, .. } => items.iter().for_each(go),
        TExprKind::MakeDict(pairs) => pairs.iter().for_each(|(k, v)| {
            go(k);
            go(v);
        }),
        TExprKind::Cond { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        TExprKind::PyAttr { obj, .. } => go(obj),
        TExprKind::PyCall { func, args } => {
            go(func);
            for a in args {
                match a {
                    TArg::Positional(x)
                    | TArg::Keyword(_, x)
                    | TArg::Star(x)
                    | TArg::DoubleStar(x) => go(x),
                }
            }
        }
        TExprKind::PyMethodCall { obj, args, .. } => {
            go(obj);
            args.iter().for_each(go);
        }
        TExprKind::CCallPtr { func, args, .. } => {
            go(func);
            args.iter().for_each(go);
        }
        TExprKind::PyGetItem { obj, index }
        | TExprKind::PyGetItemInt { obj, index, .. }
        | TExprKind::BytesItem { obj, index, .. } => {
            go(obj);
            go(index);
        }
        TExprKind::Append { list, item } => {
            go(list);
            go(item);
        }
        TExprKind::Comp {
            elt,
            value,
            generators,
            ..
        } => {
            for g in generators {
                go(&g.iter);
                g.ifs.iter().for_each(&mut go);
            }
            go(elt);
            if let Some(v) = value {
                go(v);
            }
        }
        TExprKind::MvElement(ix) | TExprKind::MvElementAddr(ix) => {
            go(&ix.view);
            ix.indices.iter().for_each(go);
        }
        TExprKind::MvShapeAt { view, index, .. } => {
            go(view);
            go(index);
        }
        TExprKind::MvFromPtr { ptr, shape, .. } => {
            go(ptr);
            shape.iter().for_each(go);
        }
        TExprKind::MvShape { view, .. }
        | TExprKind::MvAttr { view, .. }
        | TExprKind::MvStride { view, .. }
        | TExprKind::MvCopy { view, .. }
        | TExprKind::MvIsContig { view, .. }
        | TExprKind::BufferData(view)
        | TExprKind::MvTranspose { view, .. } => go(view),
        TExprKind::PtrIndex { ptr, index } => {
            go(ptr);
            go(index);
        }
        TExprKind::Field { base, .. } => go(base),
        TExprKind::NewCell(Some(x)) | TExprKind::Let { value: x, .. } => go(x),
        TExprKind::Display { parts, .. } => {
            for p in parts {
                match p {
                    DisplayPart::Item(x) | DisplayPart::Star(x) | DisplayPart::DoubleStar(x) => {
                        go(x)
                    }
                    DisplayPart::Pair(k, v) => {
                        go(k);
                        go(v);
                    }
                }
            }
        }
        TExprKind::CStrSlice { ptr, start, stop } => {
            go(ptr);
            go(start);
            if let Some(s) = stop {
                go(s);
            }
        }
        TExprKind::ImportFrom { module, .. } => go(module),
        TExprKind::MakeFunction {
            closure: Some(t), ..
        } => go(t),
        _ => {}
    }
}

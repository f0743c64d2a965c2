//! The syntax tree of a `.pyx` / `.pxd` file, as the parser builds it.
//!
//! It records what was written, with a byte span on every node; it knows
//! nothing of types or C. Names of C types are kept as written
//! (`TypeExpr`), and sema decides what they mean.

use pyxc_diagnostics::Span;

/// A name with the span it was written at.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A whole file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// `# cython: name=value, ...` and `# distutils: name = value` header
    /// comments, in source order (only those before the first statement
    /// have effect; `before_code` tells which).
    pub header_comments: Vec<HeaderComment>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum HeaderKind {
    Cython,
    Distutils,
}

/// One `name=value` pair from a `# cython:` or `# distutils:` comment.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderComment {
    pub kind: HeaderKind,
    pub name: String,
    /// The value text, trimmed (`False`, `3`, `a.c b.c`).
    pub value: String,
    /// Span of `name=value` inside the comment.
    pub span: Span,
    /// True when the comment precedes the first statement of the file.
    pub before_code: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 3` (PEP 526 annotation).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Del(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `elif` is an `If` alone in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `with a as b, c:`. `with nogil:` / `with gil:` are [`StmtKind::WithGil`].
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `with nogil:` (`release = true`) or `with gil:`; an optional
    /// condition `with nogil(flag):`.
    WithGil {
        release: bool,
        condition: Option<Expr>,
        body: Vec<Stmt>,
    },
    FuncDef(Box<FuncDef>),
    /// `cdef int a, *b = NULL` (also each line of a `cdef:` block).
    CVarDecl(CVarDecl),
    /// `cdef extern from "h.h" [nogil]:` with its declarations.
    Extern(ExternBlock),
    /// `ctypedef TYPE NAME`.
    CTypedef {
        ty: TypeExpr,
        name: Ident,
        /// The C name written after it in an extern block
        /// (`ctypedef unsigned long long u64 "uint64_t"`).
        c_name: Option<String>,
    },
    /// `DEF NAME = value`: a compile-time constant (module level).
    DefConst {
        name: Ident,
        value: Expr,
    },
    /// `cdef struct S:` / `ctypedef struct S:` / `cdef union`.
    CStruct(StructDecl),
    /// `cdef enum E:` / `cdef enum: A, B` / `ctypedef enum E:`.
    CEnum(EnumDecl),
    /// `import a.b as c, d`.
    Import(Vec<ImportAlias>),
    /// `from ..a import b as c` (`level` counts the dots; `names` empty means `*`).
    ImportFrom {
        module: Option<DottedName>,
        level: u32,
        names: Vec<ImportAlias>,
    },
    /// `cimport numpy as cnp`.
    CImport(Vec<ImportAlias>),
    /// `from libc.math cimport sin, cos as c`.
    CImportFrom {
        module: DottedName,
        level: u32,
        names: Vec<ImportAlias>,
    },
    /// A Python `class` statement (parsed; sema rejects it for now).
    ClassDef {
        name: Ident,
        bases: Vec<Arg>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct DottedName {
    pub parts: Vec<Ident>,
    pub span: Span,
}

impl DottedName {
    pub fn joined(&self) -> String {
        self.parts
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(".")
    }
}

/// `a.b as c` in an import list.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportAlias {
    pub name: DottedName,
    pub asname: Option<Ident>,
    pub span: Span,
}

impl ImportAlias {
    /// The name `import a.b` binds (`a`, or the `as` name).
    pub fn import_binds(&self) -> String {
        match &self.asname {
            Some(n) => n.name.clone(),
            None => self.name.parts[0].name.clone(),
        }
    }

    /// The name `from m import a` binds (`a`, or the `as` name).
    pub fn from_import_binds(&self) -> String {
        self.asname
            .as_ref()
            .map(|n| n.name.clone())
            .unwrap_or_else(|| self.name.joined())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub ty: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    Def,
    Cdef,
    Cpdef,
}

/// Cython's exception clause of a `cdef`/`cpdef` function or extern
/// declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum ExceptSpec {
    /// Nothing written: Cython 3's default applies.
    Default,
    /// `noexcept`.
    NoExcept,
    /// `except VALUE` (`check: false`) or `except? VALUE` (`check: true`).
    Value { value: Box<Expr>, check: bool },
    /// `except *`.
    Star,
    /// `except +` (C++; parsed so the error can say so).
    Plus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDef {
    pub kind: FuncKind,
    pub name: Ident,
    pub params: Vec<Param>,
    /// C return type of a `cdef`/`cpdef` function (`None` means `object`).
    pub ret: Option<TypeExpr>,
    /// `-> annotation` of a `def`.
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// `nogil` after the signature.
    pub nogil: bool,
    /// `with gil` after the signature.
    pub with_gil: bool,
    pub except: ExceptSpec,
    pub inline: bool,
    /// `cdef public` / `cdef api` and the like, as written.
    pub modifiers: Vec<Ident>,
    /// The signature alone (`def` through the colon), for messages.
    pub sig_span: Span,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Ordinary (positional or keyword).
    Normal,
    /// After a bare `*` or `*args`.
    KeywordOnly,
    /// `*args`.
    VarArgs,
    /// `**kwargs`.
    KwArgs,
}

/// One parameter. In `def f(double[::1] x, y=3)` the first has `ty` set.
/// A lone word (`double` in `double sin(double)`, `x` in `def f(x)`) is
/// always `name` with `ty: None`: the parser cannot tell a type from a name,
/// so sema reinterprets it as a type where the context requires one. A
/// type with no name (`double *`) has `name: None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Option<TypeExpr>,
    /// `x: annotation` (PEP 484 style).
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub kind: ParamKind,
    /// `not None` after the parameter.
    pub not_none: bool,
    /// `or None` after the parameter.
    pub or_none: bool,
    /// Before a `/`: positional-only.
    pub pos_only: bool,
    pub span: Span,
}

/// A C type as written, before sema resolves names.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// A (possibly dotted, possibly multi-word) name: `double`, `cnp.float64_t`,
    /// `unsigned long long` (multi-word C names arrive as one part with spaces).
    Name(Vec<Ident>),
    Pointer(Box<TypeExpr>),
    Const(Box<TypeExpr>),
    /// `double[:, ::1]`: one entry per axis.
    MemoryView {
        base: Box<TypeExpr>,
        axes: Vec<AxisSpec>,
    },
    /// `cnp.ndarray[cnp.float64_t, ndim=1]`: the old buffer syntax
    /// (also `object[double]`).
    Buffer {
        base: Box<TypeExpr>,
        args: Vec<Arg>,
    },
    /// `double x[10]` / `int a[3][4]` (size written in the declarator).
    Array {
        base: Box<TypeExpr>,
        size: Option<Box<Expr>>,
    },
    /// `(int, double)`: a C tuple.
    Tuple(Vec<TypeExpr>),
    /// `double (*f)(double, int)`: a function pointer declarator.
    Function {
        ret: Box<TypeExpr>,
        params: Vec<Param>,
        nogil: bool,
        except: Box<ExceptSpec>,
    },
}

/// One axis of a memoryview type: `:`, `::1`, `::view.generic`, ...
#[derive(Clone, Debug, PartialEq)]
pub struct AxisSpec {
    /// `start` and `stop` of the slice written (must be absent for a
    /// memoryview; kept so sema can report them).
    pub start: Option<Expr>,
    pub stop: Option<Expr>,
    /// The step: `None` for `:`, `Some(1)` for `::1`.
    pub step: Option<Expr>,
    pub span: Span,
}

/// `cdef int a, *b = NULL, c[3]`: one base type, several declarators, each
/// with its own full type already applied (pointer/array wrap the base).
#[derive(Clone, Debug, PartialEq)]
pub struct CVarDecl {
    pub visibility: Vec<Ident>,
    pub vars: Vec<CVar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CVar {
    pub name: Ident,
    pub ty: TypeExpr,
    pub value: Option<Expr>,
    pub span: Span,
    /// A struct field's C name, written after it in an extern block
    /// (`int alias "real_name"`).
    pub c_name: Option<String>,
}

/// `cdef extern from "header.h" nogil:` (header `None` for `from *`).
#[derive(Clone, Debug, PartialEq)]
pub struct ExternBlock {
    pub header: Option<String>,
    pub header_span: Span,
    pub nogil: bool,
    pub items: Vec<ExternItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExternItem {
    /// `double sin(double x) nogil` (body empty).
    Func(Box<FuncDef>),
    Var(CVar),
    Typedef {
        ty: TypeExpr,
        name: Ident,
    },
    Struct(StructDecl),
    Enum(EnumDecl),
    /// `pass`.
    Pass,
    /// A string literal: C code the module's C gets verbatim, after the
    /// block's `#include` (`cdef extern from *: """static int f()..."""`).
    Verbatim(String),
    /// A function or variable declared under a Python name with the C name
    /// string after it (`double c_sin "sin"(double x)`).
    Renamed {
        item: Box<ExternItem>,
        c_name: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StructKind {
    Struct,
    Union,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructDecl {
    pub kind: StructKind,
    pub name: Ident,
    /// Declared with `ctypedef struct`.
    pub typedef: bool,
    /// `None` for a forward declaration without a body.
    pub fields: Option<Vec<CVar>>,
    pub span: Span,
    /// The C name written after the name in an extern block
    /// (`ctypedef struct Rec "rec_t":`).
    pub c_name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    pub name: Option<Ident>,
    pub typedef: bool,
    /// `cpdef enum` exposes the names to Python.
    pub cpdef: bool,
    pub values: Vec<(Ident, Option<Expr>)>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Stmt {
    /// Calls `f` on each block of statements nested directly in this one
    /// (the bodies of `if`, loops, `try` and `with`; not of nested
    /// functions), with `true` for a loop's own body, where `break` and
    /// `continue` stay.
    pub fn for_each_block<'a>(&'a self, f: &mut dyn FnMut(&'a [Stmt], bool)) {
        match &self.kind {
            StmtKind::If { body, orelse, .. } => {
                f(body, false);
                f(orelse, false);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                f(body, true);
                f(orelse, false);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                f(body, false);
                for h in handlers {
                    f(&h.body, false);
                }
                f(orelse, false);
                f(finalbody, false);
            }
            StmtKind::With { body, .. } | StmtKind::WithGil { body, .. } => f(body, false),
            _ => {}
        }
    }

    /// Calls `f` on the statement's own expressions (not those of nested
    /// statement bodies or nested function definitions).
    pub fn for_each_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match &self.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => f(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(&mut *f);
                f(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                f(target);
                f(value);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                f(target);
                value.iter().for_each(f);
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(f),
            StmtKind::Del(targets) => targets.iter().for_each(f),
            StmtKind::Assert { test, msg } => {
                f(test);
                msg.iter().for_each(f);
            }
            StmtKind::If { test, .. } | StmtKind::While { test, .. } => f(test),
            StmtKind::For { target, iter, .. } => {
                f(target);
                f(iter);
            }
            StmtKind::Try { handlers, .. } => {
                handlers.iter().filter_map(|h| h.ty.as_ref()).for_each(f)
            }
            StmtKind::With { items, .. } => {
                for it in items {
                    f(&it.context);
                    it.target.iter().for_each(&mut *f);
                }
            }
            StmtKind::WithGil { condition, .. } => condition.iter().for_each(f),
            StmtKind::CVarDecl(d) => d.vars.iter().filter_map(|v| v.value.as_ref()).for_each(f),
            StmtKind::DefConst { value, .. } => f(value),
            _ => {}
        }
    }
}

/// The names `:=` binds in `e` (not inside lambdas, which have their own
/// scope), with their spans.
pub fn walrus_targets(e: &Expr, out: &mut Vec<(String, Span)>) {
    match &e.kind {
        ExprKind::NamedExpr { target, value } => {
            out.push((target.name.clone(), target.span));
            walrus_targets(value, out);
        }
        ExprKind::Lambda { .. } => {}
        _ => e.for_each_child(&mut |c| walrus_targets(c, out)),
    }
}

impl Expr {
    /// Calls `f` on every direct sub-expression, in source order (lambda
    /// defaults and body, comprehension parts, f-string fields included).
    pub fn for_each_child<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        fn fstring<'a>(parts: &'a [FStringPart], f: &mut dyn FnMut(&'a Expr)) {
            for p in parts {
                if let FStringPart::Value { value, spec, .. } = p {
                    f(value);
                    fstring(spec, f);
                }
            }
        }
        fn gens<'a>(gens: &'a [Comprehension], f: &mut dyn FnMut(&'a Expr)) {
            for g in gens {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        match &self.kind {
            ExprKind::Name(_)
            | ExprKind::Int { .. }
            | ExprKind::Float { .. }
            | ExprKind::Str { .. }
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Hidden(_)
            | ExprKind::Yield(None) => {}
            ExprKind::FString(parts) => fstring(parts, f),
            ExprKind::Attribute { value, .. }
            | ExprKind::UnaryOp { operand: value, .. }
            | ExprKind::Starred(value)
            | ExprKind::AddressOf(value)
            | ExprKind::Cast { operand: value, .. }
            | ExprKind::NamedExpr { value, .. }
            | ExprKind::Yield(Some(value)) => f(value),
            ExprKind::Call { func, args } => {
                f(func);
                args.iter().for_each(|a| f(&a.value));
            }
            ExprKind::Subscript { value, index } => {
                f(value);
                f(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step]
                    .into_iter()
                    .flatten()
                    .for_each(|e| f(e));
            }
            ExprKind::BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            ExprKind::BoolOp { values, .. }
            | ExprKind::Tuple(values)
            | ExprKind::List(values)
            | ExprKind::Set(values) => values.iter().for_each(f),
            ExprKind::Compare { left, ops } => {
                f(left);
                ops.iter().for_each(|(_, v)| f(v));
            }
            ExprKind::IfExp { test, body, orelse } => {
                f(test);
                f(body);
                f(orelse);
            }
            ExprKind::Lambda { params, body } => {
                params
                    .iter()
                    .filter_map(|p| p.default.as_ref())
                    .for_each(&mut *f);
                f(body);
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        f(k);
                    }
                    f(v);
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                gens(generators, f);
                f(elt);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                gens(generators, f);
                f(key);
                f(value);
            }
            ExprKind::SizeOf(arg) => {
                if let SizeOfArg::Expr(e) = &**arg {
                    f(e);
                }
            }
            ExprKind::ForFrom {
                start, stop, step, ..
            } => {
                f(start);
                f(stop);
                step.iter().for_each(|s| f(s));
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    /// An integer literal, digits only, underscores removed, in its base
    /// (`0x1F` becomes `radix: 16, digits: "1F"`); C suffixes (`10L`,
    /// `10U`) are kept in `suffix`.
    Int {
        digits: String,
        radix: u32,
        suffix: String,
    },
    /// A float literal as written (underscores removed); `imaginary` for `1j`.
    Float {
        text: String,
        imaginary: bool,
    },
    /// A string literal, escapes decoded, adjacent literals joined.
    /// `bytes` for `b''`; `c''` char literals set `c_char`.
    Str {
        value: String,
        bytes: bool,
        c_char: bool,
    },
    /// Bytes that are not valid UTF-8 (`b'\xff'`).
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),
    True,
    False,
    None,
    Ellipsis,
    /// Never parsed: a value sema's desugarings already analysed and stored
    /// in the compiler-made local with this index (`for` bounds, the pinned
    /// object of `a[i] += x`), so rewritten source can name it without
    /// inventing a name.
    Hidden(u32),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `value[index]`; several indices arrive as one `Tuple`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `a:b:c` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` (one node per operator kind in a row).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`.
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Vec<Param>,
        body: Box<Expr>,
    },
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// Key `None` stands for `**mapping`.
    Dict(Vec<(Option<Expr>, Expr)>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Starred(Box<Expr>),
    /// `x := value`.
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    /// `<double>x` (`checked` for `<T?>x`).
    Cast {
        ty: TypeExpr,
        operand: Box<Expr>,
        checked: bool,
    },
    /// `&x`.
    AddressOf(Box<Expr>),
    /// `sizeof(T)` or `sizeof(expr)`: a lone name is kept as an expression;
    /// sema decides whether it names a type.
    SizeOf(Box<SizeOfArg>),
    /// `await x` / `yield x`: parsed so the error can be precise.
    Yield(Option<Box<Expr>>),
    /// The bounds of a legacy `for i from a <= i < b by s` loop: only ever
    /// the `iter` of that loop's `For`. `start_op` sits between `start` and
    /// the target, `stop_op` between the target and `stop`.
    ForFrom {
        start: Box<Expr>,
        start_op: CmpOp,
        stop_op: CmpOp,
        stop: Box<Expr>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum SizeOfArg {
    Type(TypeExpr),
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Value {
        value: Expr,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec after `:` (itself may hold replacement fields).
        spec: Vec<FStringPart>,
        /// `f"{x=}"` self-documenting text.
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A call argument: positional, `name=value`, `*value`, `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub kind: ArgKind,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArgKind {
    Positional,
    Keyword(Ident),
    Star,
    DoubleStar,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Invert,
    Neg,
    Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

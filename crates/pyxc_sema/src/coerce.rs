//! Cython's implicit conversions, each made an explicit [`Coercion`] node.

use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::{Axis, FloatKind, IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};

/// The usual arithmetic conversions of C (rank, then signedness), with
/// `bint` ranked as `int`.
pub fn promote(a: &Type, b: &Type) -> Type {
    let a = approx(a);
    let b = approx(b);
    match (&a, &b) {
        (Type::Float(x), Type::Float(y)) => Type::Float((*x).max(*y)),
        (Type::Float(_), _) => a.clone(),
        (_, Type::Float(_)) => b.clone(),
        (Type::Int(x), Type::Int(y)) => Type::Int(promote_int(*x, *y)),
        (Type::Int(_), _) => a.clone(),
        (_, Type::Int(_)) => b.clone(),
        (Type::Bint, Type::Bint) => Type::Bint,
        _ => a.clone(),
    }
}

/// The C type two numbers are compared in, as Cython compares them: C's
/// usual conversions (an `int` meets an `unsigned int` as unsigned), except
/// that an unsuffixed integer literal counts as a `long`, so `-1 < u` is
/// true for an `unsigned int u`.
pub fn compare_type(a: &TExpr, b: &TExpr) -> Type {
    let literal_long = |e: &TExpr| {
        if matches!(e.kind, TExprKind::IntConst(_)) && e.ty == Type::Int(IntKind::Int) {
            Type::Int(IntKind::Long)
        } else {
            e.ty.strip_const().clone()
        }
    };
    let unsigned_int = |t: &Type| matches!(t, Type::Int(IntKind::UInt | IntKind::UInt32));
    let (ta, tb) = (a.ty.strip_const(), b.ty.strip_const());
    if unsigned_int(tb) || unsigned_int(ta) {
        promote(&literal_long(a), &literal_long(b))
    } else {
        promote(ta, tb)
    }
}

fn approx(t: &Type) -> Type {
    match t.strip_const() {
        Type::Opaque {
            approx: Some(a), ..
        } => approx(a),
        t => t.clone(),
    }
}

fn promote_int(x: IntKind, y: IntKind) -> IntKind {
    // Arithmetic on a Py_UCS4 gives a number, not a character.
    let plain = |k: IntKind| {
        if k == IntKind::Ucs4 {
            IntKind::UInt32
        } else {
            k
        }
    };
    let (x, y) = (plain(x), plain(y));
    if x == y && x.size() >= 4 {
        return x;
    }
    let rank = |k: IntKind| -> (u32, bool) {
        // Cython's ranks: char < short < int < long < Py_ssize_t = size_t
        // < ptrdiff_t < long long (int64_t is a long, uint64_t an unsigned
        // long long, as libc.stdint declares them); at equal rank unsigned
        // wins, as in C.
        use IntKind::*;
        let r = match k {
            Char | SChar | UChar | Int8 | UInt8 => 0,
            Short | UShort | Int16 | UInt16 => 4,
            Int | UInt | Int32 | UInt32 | Ucs4 => 8,
            Long | ULong | Int64 => 12,
            SsizeT | SizeT | IntPtr | UIntPtr => 14,
            PtrdiffT => 15,
            LongLong | ULongLong | UInt64 => 16,
        };
        (r, !k.signed())
    };
    let (rx, ry) = (rank(x), rank(y));
    let pick = if rx > ry {
        x
    } else if ry > rx {
        y
    } else if x.size() >= y.size() {
        x
    } else {
        y
    };
    // Integer promotion: anything narrower than int becomes int.
    if pick.size() < 4 {
        IntKind::Int
    } else {
        pick
    }
}

impl BodyChecker<'_, '_> {
    /// Convert `e` to type `to`, or report why it cannot be.
    /// `e` as C number type `to` through a plain C cast node (kept
    /// visible, not folded into a constant).
    pub(crate) fn c_cast(&mut self, e: TExpr, to: &Type) -> TExpr {
        if &e.ty == to {
            return e;
        }
        let span = e.span;
        TExpr::new(
            TExprKind::Coerce {
                kind: Coercion::CCast,
                operand: Box::new(e),
            },
            to.clone(),
            span,
        )
    }

    pub fn coerce(&mut self, e: TExpr, to: &Type) -> TExpr {
        let from = e.ty.clone();
        if &from == to {
            return e;
        }
        let span = e.span;
        // A conditional expression of mixed C numbers becoming an object:
        // each branch converts from its own type, as in Cython.
        if matches!(e.kind, TExprKind::Cond { .. })
            && matches!(to.strip_const(), Type::Object(_))
            && from.is_numeric()
        {
            return self.coerce_branches(e, to);
        }
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        if let Some(c) = self.adapt_constant(&e, to) {
            return c;
        }
        if self.nogil && (from.is_object() != to.is_object()) {
            self.require_gil("converting between C and Python values", span);
        }
        match (&from, to) {
            // Cython refuses to narrow a C float to an integer implicitly.
            (f, t) if f.is_float() && t.is_int() => self.refuse_float_to_int(e, to),
            // C numbers among themselves.
            (f, t) if f.is_numeric() && t.is_numeric() => {
                // A C integer stored in a bint keeps its value, as Cython
                // stores it (`cdef bint b = 2; b + 1` is 3); a float becomes
                // its truth value.
                if *t.strip_const() == Type::Bint && !f.strip_const().eq(&Type::Bint) && !f.is_int()
                {
                    let c = self.as_condition(e);
                    return c;
                }
                node(Coercion::CCast, e)
            }
            (Type::Null, t) if t.is_pointer() => node(Coercion::CCast, e),
            // A C function where a pointer to it is wanted (C's decay).
            (Type::Func(a), t) if matches!(t.pointee().map(|p| p.strip_const()), Some(Type::Func(b)) if same_signature(a, b)) => {
                node(Coercion::CCast, e)
            }
            (f, t) if f.is_pointer() && t.is_pointer() => self.coerce_pointer(e, to),
            // C to Python.
            (f, Type::Object(k)) if !f.is_object() => self.coerce_c_to_object(e, to, k),
            // Python to C.
            (Type::Object(k), t) if t.is_numeric() => self.coerce_object_to_number(e, to, k),
            // `cdef const char *p = b`: a pointer into the bytes object's
            // own buffer, valid while the object lives (Cython semantics), so
            // the object must be held by a variable, not a temporary.
            // An unprefixed string literal adapts to a `char *` context
            // (`printf("%d\n", n)`), as in Cython.
            (Type::Object(_), Type::Ptr(p))
                if matches!(p.strip_const(), Type::Int(IntKind::Char))
                    && matches!(&e.kind, TExprKind::StrConst(s) if s.is_ascii()) =>
            {
                let TExprKind::StrConst(s) = &e.kind else {
                    return e;
                };
                TExpr::new(
                    TExprKind::CStrConst(s.as_bytes().to_vec()),
                    to.clone(),
                    span,
                )
            }
            (Type::Object(k), Type::Ptr(p))
                if matches!(
                    p.strip_const(),
                    Type::Int(IntKind::Char | IntKind::UChar | IntKind::SChar)
                ) =>
            {
                self.coerce_object_to_cstr(e, to, k)
            }
            (Type::Object(k), Type::MemView(_)) | (Type::Object(k), Type::Buffer(_)) => {
                if let ObjKind::Builtin(b) = k {
                    if !["bytes", "bytearray"].contains(b) {
                        self.m.diags.push(
                            Diagnostic::error(
                                format!("cannot assign type '{from}' to '{to}'"),
                                span,
                            )
                            .with_label_message(format!(
                                "a Python {b} does not support the buffer protocol"
                            )),
                        );
                        return self.error_expr(span);
                    }
                }
                node(Coercion::FromObject, e)
            }
            (Type::Buffer(_), Type::MemView(_)) => node(Coercion::FromObject, e),
            // A struct from a mapping of its fields, a C tuple from a
            // sequence of its size (checked at run time, as Cython).
            (Type::Object(_), Type::Struct(st)) if !st.union => node(Coercion::FromObject, e),
            (Type::Buffer(b), Type::Object(k)) => {
                let as_obj = TExpr::new(
                    TExprKind::Coerce {
                        kind: Coercion::ObjUnchecked,
                        operand: Box::new(e),
                    },
                    Type::Object(b.obj.clone()),
                    span,
                );
                if *k == ObjKind::Any || *k == b.obj {
                    as_obj
                } else {
                    node(Coercion::ObjCheck, as_obj)
                }
            }
            (Type::Buffer(_), Type::Buffer(_)) => {
                let o = self.coerce_object(e);
                node(Coercion::FromObject, o)
            }
            (Type::Object(fk), Type::Object(tk)) => match (fk, tk) {
                (_, ObjKind::Any) => TExpr {
                    ty: to.clone(),
                    ..e
                },
                (ObjKind::Any, _) => node(Coercion::ObjCheck, e),
                (ObjKind::Builtin("bool"), ObjKind::Builtin("int")) => TExpr {
                    ty: to.clone(),
                    ..e
                },
                _ => {
                    self.m.diags.push(
                        Diagnostic::error(format!("cannot assign type '{from}' to '{to}'"), span)
                            .with_label_message("incompatible Python types"),
                    );
                    self.error_expr(span)
                }
            },
            (Type::MemView(a), Type::MemView(b)) => self.coerce_view_to_view(e, to, a, b),
            (Type::Null, Type::MemView(_)) => {
                self.err("NULL cannot be assigned to a memoryview (use None)", span);
                self.error_expr(span)
            }
            _ => {
                let mut d =
                    Diagnostic::error(format!("cannot assign type '{from}' to '{to}'"), span)
                        .with_label_message(format!("this is '{from}'"));
                if from.is_float() && to.is_pointer() {
                    d = d.with_note("a C number is not a pointer; take an address with &x");
                }
                self.m.diags.push(d);
                self.error_expr(span)
            }
        }
    }

    /// Cython refuses to narrow a C float to an integer implicitly: an
    /// error, with the cast the tree keeps so analysis goes on.
    fn refuse_float_to_int(&mut self, e: TExpr, to: &Type) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        let (f, t) = (&from, to);
        self.m.diags.push(
            Diagnostic::error(format!("Cannot assign type '{f}' to '{t}'"), span)
                .with_label_message(format!(
                    "a C float does not become an integer implicitly: write <{t}>(...) to truncate"
                )),
        );
        node(Coercion::CCast, e)
    }

    /// A pointer to another pointer type: allowed when only `const` differs,
    /// either side is `void *`, or two function pointers share a signature.
    fn coerce_pointer(&mut self, e: TExpr, to: &Type) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        let (f, t) = (&from, to);
        let (fp, tp) = (f.pointee().cloned(), t.pointee().cloned());
        let ok = match (&fp, &tp) {
            (Some(Type::Func(a)), Some(Type::Func(b))) => same_signature(a, b),
            (Some(a), Some(b)) => {
                same_but_const(a, b)
                    || matches!(b.strip_const(), Type::Void)
                    || matches!(a.strip_const(), Type::Void)
            }
            _ => false,
        };
        if !ok {
            self.m.diags.push(
                Diagnostic::error(format!("cannot assign type '{f}' to '{t}'"), span)
                    .with_label_message("incompatible pointer types; use a cast <T*> if intended"),
            );
        }
        node(Coercion::CCast, e)
    }

    /// A C value boxed into a Python object, checked against a builtin
    /// target type (at compile time when the C type decides, else at run time).
    fn coerce_c_to_object(&mut self, e: TExpr, to: &Type, k: &ObjKind) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let f = &from;
        let ok = f.is_numeric()
            || matches!(f, Type::MemView(_))
            || matches!(
                f.pointee().map(|p| p.strip_const()),
                Some(Type::Int(IntKind::Char | IntKind::UChar))
            )
            || matches!(f, Type::Struct(_))
            || matches!(f.strip_const(), Type::Array(e, Some(_)) if convertible_elem(e));
        if !ok {
            self.m.diags.push(
                Diagnostic::error(format!("cannot convert '{f}' to a Python object"), span)
                    .with_label_message("no Python equivalent of this C type"),
            );
            return self.error_expr(span);
        }
        let as_obj = to_object(e, span);
        match k {
            ObjKind::Any => as_obj,
            _ => {
                // e.g. a double assigned to a `list` variable: checked at run time as Cython does.
                let natural = natural_obj(f);
                if let (Some(n), ObjKind::Builtin(b)) = (natural, k) {
                    if n != *b {
                        self.m.diags.push(
                            Diagnostic::error(format!("cannot assign type '{f}' to '{to}'"), span)
                                .with_label_message(format!("this gives a Python {n}")),
                        );
                    }
                }
                TExpr::new(
                    TExprKind::Coerce {
                        kind: Coercion::ObjCheck,
                        operand: Box::new(as_obj),
                    },
                    to.clone(),
                    span,
                )
            }
        }
    }

    /// A Python object unboxed to a C number: refused for builtins that do
    /// not convert (a `double` from a float chain is rewritten later by the
    /// exact-float pass, `float_chain.rs`).
    fn coerce_object_to_number(&mut self, e: TExpr, to: &Type, k: &ObjKind) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        if let ObjKind::Builtin(b) = k {
            if !["int", "float", "bool", "complex"].contains(b)
                || (*b == "complex" && !to.is_float())
            {
                self.m.diags.push(
                    Diagnostic::error(format!("cannot assign type '{from}' to '{to}'"), span)
                        .with_label_message(format!("a Python {b} cannot convert to a C number")),
                );
                return self.error_expr(span);
            }
        }
        node(Coercion::FromObject, e)
    }

    /// A `char *` into a bytes object's own buffer: only from bytes or
    /// bytearray, and only from an object a variable holds.
    fn coerce_object_to_cstr(&mut self, e: TExpr, to: &Type, k: &ObjKind) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        if !matches!(k, ObjKind::Any | ObjKind::Builtin("bytes" | "bytearray")) {
            self.m.diags.push(
                Diagnostic::error(format!("cannot assign type '{from}' to '{to}'"), span)
                    .with_label_message("only a bytes or bytearray object converts to a 'char *'"),
            );
            return self.error_expr(span);
        }
        if !self.temp_cstr_ok && !matches!(e.kind, TExprKind::Local { .. } | TExprKind::CGlobal(_))
        {
            self.m.diags.push(
                Diagnostic::error("obtaining a 'char *' from a temporary Python value", span)
                    .with_label_message("the pointer would outlive the object")
                    .with_note("assign the bytes object to a variable first"),
            );
            return self.error_expr(span);
        }
        node(Coercion::FromObject, e)
    }

    /// One memoryview to another: same element type and dimensions, not
    /// losing read-only; a contiguity the source lacks is checked at run time.
    fn coerce_view_to_view(
        &mut self,
        e: TExpr,
        to: &Type,
        a: &MemViewType,
        b: &MemViewType,
    ) -> TExpr {
        let (from, span) = (e.ty.clone(), e.span);
        let node = |kind: Coercion, e: TExpr| coerce_node(kind, e, to, span);
        if a.dtype.strip_const() != b.dtype.strip_const() || a.axes.len() != b.axes.len() {
            self.m.diags.push(
                Diagnostic::error(format!("cannot assign memoryview '{from}' to '{to}'"), span)
                    .with_label_message("element type and number of dimensions must match"),
            );
            return self.error_expr(span);
        }
        if a.readonly && !b.readonly {
            self.m.diags.push(
                Diagnostic::error(
                    format!("cannot assign read-only memoryview '{from}' to '{to}'"),
                    span,
                )
                .with_label_message("declare the target const"),
            );
            return self.error_expr(span);
        }
        let needs_check = a
            .axes
            .iter()
            .zip(&b.axes)
            .any(|(x, y)| *y == Axis::Contig && *x != Axis::Contig);
        if needs_check {
            node(Coercion::ViewCheck, e)
        } else {
            TExpr {
                ty: to.clone(),
                ..e
            }
        }
    }
}

/// `e` converted to `to` by a `Coerce` node of `kind`.
fn coerce_node(kind: Coercion, e: TExpr, to: &Type, span: Span) -> TExpr {
    TExpr::new(
        TExprKind::Coerce {
            kind,
            operand: Box::new(e),
        },
        to.clone(),
        span,
    )
}

/// The Python type a C value converts to.
fn natural_obj(t: &Type) -> Option<&'static str> {
    match t.strip_const() {
        Type::Bint => Some("bool"),
        Type::Int(_) => Some("int"),
        Type::Float(FloatKind::Float | FloatKind::Double | FloatKind::LongDouble) => Some("float"),
        Type::Ptr(_) => Some("bytes"),
        Type::Struct(_) => Some("dict"),
        Type::Array(..) => Some("list"),
        _ => None,
    }
}

/// An array element type that converts to Python (arrays become lists).
fn convertible_elem(t: &Type) -> bool {
    match t.strip_const() {
        Type::Int(_) | Type::Float(_) | Type::Bint | Type::Struct(_) => true,
        Type::Array(e, Some(_)) => convertible_elem(e),
        _ => false,
    }
}

/// Two C function types one can stand for the other: the same result and
/// parameters (`nogil` and the exception specification are not compared).
pub fn same_signature(a: &crate::types::FuncType, b: &crate::types::FuncType) -> bool {
    a.ret == b.ret && a.params == b.params && a.varargs == b.varargs
}

/// A C value as a new Python object. A C power on doubles whose exponent
/// is floating is Cython's soft complex: a complex when the real power has
/// none, so it is its own node rather than a double boxed.
fn to_object(e: TExpr, span: Span) -> TExpr {
    let kind = match e.kind {
        TExprKind::CBinary {
            op: CBinOp::Pow,
            left,
            right,
            ..
        } if e.ty.is_float() && soft_exponent(&right) => TExprKind::SoftComplexPow {
            base: left,
            exponent: right,
        },
        kind => TExprKind::Coerce {
            kind: Coercion::ToObject,
            operand: Box::new(TExpr { kind, ..e }),
        },
    };
    TExpr::new(kind, Type::object(), span)
}

/// An exponent that makes a C power "soft complex" under Cython: a C
/// floating value, except a literal with an integral value (`x ** 2.0`).
fn soft_exponent(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::FloatConst(f) => f.fract() != 0.0 || !f.is_finite(),
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => soft_exponent(operand),
        _ => e.ty.strip_const().is_float(),
    }
}

impl BodyChecker<'_, '_> {
    /// A `def` parameter's default `v`, for a parameter of type `ty`: a C
    /// constant where the argument is missing, or the object the function
    /// keeps from `def` time (a view parameter keeps the object its view
    /// is acquired from at each call; a C value is boxed).
    pub(crate) fn param_default(&mut self, v: TExpr, ty: &Type) -> ParamDefault {
        let holds_object = matches!(
            ty.strip_const(),
            Type::Object(_) | Type::Buffer(_) | Type::MemView(_)
        );
        let d = self.coerce(v, ty);
        if !holds_object && is_c_constant(&d) {
            return ParamDefault::Constant(d);
        }
        let kept = match d.kind {
            TExprKind::Coerce {
                kind: Coercion::FromObject,
                operand,
            } if matches!(ty.strip_const(), Type::MemView(_)) => *operand,
            kind => TExpr { kind, ..d },
        };
        if kept.ty.is_object() || matches!(kept.ty.strip_const(), Type::Buffer(_)) {
            ParamDefault::Stored(kept)
        } else {
            ParamDefault::Stored(self.coerce_object(kept))
        }
    }
}

/// A C expression with the same value wherever it is written.
fn is_c_constant(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::IntConst(_)
        | TExprKind::FloatConst(_)
        | TExprKind::BoolConst(_)
        | TExprKind::NullConst
        | TExprKind::CName(_)
        | TExprKind::EnumConst(_)
        | TExprKind::CStrConst(_)
        | TExprKind::SizeOf(_) => true,
        TExprKind::CUnary { operand, .. } => is_c_constant(operand),
        TExprKind::CBinary { left, right, .. } => is_c_constant(left) && is_c_constant(right),
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => is_c_constant(operand),
        _ => false,
    }
}

/// The same type up to `const`, also on the elements of arrays (a pointer
/// to `double[3]` rows passes as one to `const double[3]` rows).
fn same_but_const(a: &Type, b: &Type) -> bool {
    match (a.strip_const(), b.strip_const()) {
        (Type::Array(x, n), Type::Array(y, m)) => n == m && same_but_const(x, y),
        (x, y) => x == y,
    }
}

impl BodyChecker<'_, '_> {
    /// `cond ? a : b` of C numbers as an object: each branch converts from
    /// its own type (as Cython types it), not from the promoted one.
    fn coerce_branches(&mut self, e: TExpr, to: &Type) -> TExpr {
        let span = e.span;
        let TExprKind::Cond { test, body, orelse } = e.kind else {
            unreachable!()
        };
        let own = |x: Box<TExpr>| match x.kind {
            TExprKind::Coerce {
                kind: Coercion::CCast,
                operand,
            } if operand.ty.is_numeric() => *operand,
            _ => *x,
        };
        let body = self.coerce(own(body), to);
        let orelse = self.coerce(own(orelse), to);
        TExpr::new(
            TExprKind::Cond {
                test,
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            to.clone(),
            span,
        )
    }

    /// A constant adapted to a C target directly (a literal of the
    /// target's type), or an `int ** int` assigned to a C integer computed
    /// as an integer power; None when `e` is not such a case.
    fn adapt_constant(&mut self, e: &TExpr, to: &Type) -> Option<TExpr> {
        let (from, span) = (e.ty.clone(), e.span);
        match (&e.kind, to.strip_const()) {
            // A Python int literal is still a C literal for a C target it
            // fits (`cdef uint64_t h = 18446744073709551615`).
            (
                TExprKind::BigIntConst(d),
                t @ (Type::Int(_) | Type::Float(_) | Type::Opaque { .. }),
            ) if to.is_numeric() => {
                if t.is_float() {
                    if let Ok(f) = d.parse::<f64>() {
                        return Some(TExpr::new(TExprKind::FloatConst(f), to.clone(), span));
                    }
                } else if let (Ok(v), Some(k)) = (d.parse::<i128>(), crate::types::int_kind_of(to))
                {
                    if crate::fold::fits(v, k) {
                        return Some(TExpr::new(TExprKind::IntConst(v), to.clone(), span));
                    }
                }
            }
            // `int ** int` (a double, see `c_binop`) assigned straight to a
            // C integer is an integer power, as in Cython.
            (
                TExprKind::CBinary {
                    op: CBinOp::Pow,
                    left,
                    right,
                    ..
                },
                _,
            ) if to.is_int() && from.is_float() => {
                let int_operand = |x: &TExpr| match &x.kind {
                    TExprKind::Coerce {
                        kind: Coercion::CCast,
                        operand,
                    } if operand.ty.is_int() || operand.ty == Type::Bint => {
                        Some((**operand).clone())
                    }
                    _ => None,
                };
                if let (Some(a), Some(b)) = (int_operand(left), int_operand(right)) {
                    let mut ty = promote(&a.ty, &b.ty);
                    if ty == Type::Bint {
                        ty = Type::Int(IntKind::Int);
                    }
                    let a = self.coerce(a, &ty);
                    let b = self.coerce(b, &ty);
                    let p = TExpr::new(
                        TExprKind::CBinary {
                            op: CBinOp::Pow,
                            left: Box::new(a),
                            right: Box::new(b),
                            zero_check: false,
                            python_semantics: false,
                        },
                        ty,
                        span,
                    );
                    return Some(self.coerce(p, to));
                }
            }
            (TExprKind::IntConst(v), Type::Int(_) | Type::Float(_) | Type::Bint)
                if from.is_numeric() =>
            {
                let v = *v;
                return Some(if to.is_float() {
                    TExpr::new(TExprKind::FloatConst(v as f64), to.clone(), span)
                } else {
                    TExpr::new(TExprKind::IntConst(v), to.clone(), span)
                });
            }
            (TExprKind::FloatConst(v), Type::Float(_)) => {
                return Some(TExpr::new(TExprKind::FloatConst(*v), to.clone(), span))
            }
            (TExprKind::BytesConst(b), Type::Ptr(inner))
                if matches!(
                    inner.strip_const(),
                    Type::Int(IntKind::Char | IntKind::UChar | IntKind::SChar)
                ) =>
            {
                return Some(TExpr::new(
                    TExprKind::CStrConst(b.clone()),
                    to.clone(),
                    span,
                ))
            }
            // `cdef char c = b'A'`: a one-byte bytes literal is a C char.
            (
                TExprKind::BytesConst(b),
                Type::Int(k @ (IntKind::Char | IntKind::UChar | IntKind::SChar)),
            ) if b.len() == 1 => {
                let v = if *k == IntKind::UChar {
                    b[0] as i128
                } else {
                    b[0] as i8 as i128
                };
                return Some(TExpr::new(TExprKind::IntConst(v), to.clone(), span));
            }
            (TExprKind::NullConst, Type::Ptr(_)) => {
                return Some(TExpr::new(TExprKind::NullConst, to.clone(), span))
            }
            _ => {}
        }
        None
    }
}

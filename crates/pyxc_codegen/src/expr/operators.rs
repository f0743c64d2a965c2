//! Arithmetic and logic: C and Python binary and unary operators, checked
//! division, powers, `and`/`or`, conditional expressions.

use super::{indent_more, truth_c};
use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::module_writer::ModuleWriter;
use crate::type_spelling::{self, cast_type};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{FloatKind, IntKind, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_soft_complex_pow(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::SoftComplexPow { base, exponent } = &e.kind else {
            return Err(ice("write_soft_complex_pow of another node", e.span));
        };
        let a = self.c_val(base)?;
        let b = self.c_val(exponent)?;
        self.require("pyxc_cg_soft_pow");
        Ok(self.call_obj(format!("pyxc_cg_soft_pow({}, {})", a.0, b.0)))
    }

    pub(super) fn write_c_unary(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CUnary { op, operand } = &e.kind else {
            return Err(ice("write_c_unary of another node", e.span));
        };
        let a = self.c_val(operand)?;
        let (sym, p) = match op {
            UnOp::Neg => ("-", prec::UNARY),
            UnOp::Pos => ("+", prec::UNARY),
            UnOp::Invert => ("~", prec::UNARY),
            UnOp::Not => ("!", prec::UNARY),
        };
        let inner = paren(&a, prec::UNARY);
        // `- -x` must not become `--x`.
        let sep = if inner.starts_with(sym) { " " } else { "" };
        Ok(Val::c(format!("{sym}{sep}{inner}"), p))
    }

    pub(super) fn write_effects(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Effects { discarded, value } = &e.kind else {
            return Err(ice("write_effects of another node", e.span));
        };
        let mut parts = vec![];
        for d in discarded {
            parts.push(format!("(void)({})", self.c_val(d)?.0));
        }
        parts.push(self.c_val(value)?.0);
        Ok(Val::atom(format!("({})", parts.join(", "))))
    }

    pub(super) fn c_binary(
        &mut self,
        e: &TExpr,
        op: CBinOp,
        left: &TExpr,
        right: &TExpr,
        zero_check: bool,
        python_semantics: bool,
    ) -> R<Val> {
        let ty = e.ty.strip_const().clone();
        let a = self.c_val(left)?;
        let b = self.c_val(right)?;
        match op {
            CBinOp::Add | CBinOp::Sub | CBinOp::Mul => Ok(plain_binary(&a, &b, op)),
            CBinOp::LShift | CBinOp::RShift | CBinOp::BitAnd | CBinOp::BitOr | CBinOp::BitXor => {
                Ok(plain_binary(&a, &b, op))
            }
            CBinOp::Div | CBinOp::FloorDiv | CBinOp::Mod => {
                let (a, b) = if zero_check {
                    self.check_division(op, a, b, &ty)
                } else {
                    (a, (paren(&b, prec::ATOM), prec::ATOM))
                };
                if let Some(fk) = ty.float_kind() {
                    return Ok(float_division(
                        self.md,
                        op,
                        &a,
                        &b,
                        &ty,
                        fk,
                        python_semantics,
                    ));
                }
                let k = ty
                    .arith_int_kind()
                    .ok_or_else(|| ice(format!("division on {ty}"), e.span))?;
                Ok(int_division(self.md, op, &a, &b, &ty, k, python_semantics))
            }
            CBinOp::Pow => self.c_power(e, a, b, right, &ty),
        }
    }

    /// The checks before a checked division: ZeroDivisionError for a zero
    /// divisor, OverflowError for MIN // -1. Returns the operands, the
    /// divisor (and a checked dividend) made simple so they are evaluated once.
    fn check_division(
        &mut self,
        op: CBinOp,
        a: (String, u8),
        b: (String, u8),
        ty: &Type,
    ) -> ((String, u8), (String, u8)) {
        let bs = self.simple(b, ty);
        let b = (bs.clone(), prec::ATOM);
        let mut a = a;
        let msg = if ty.float_kind().is_some() {
            match op {
                CBinOp::Mod => "float divmod()",
                _ => "float division",
            }
        } else {
            "integer division or modulo by zero"
        };
        self.require("pyxc_raise_zero_division");
        self.check(
            &format!("{bs} == 0"),
            Some(&format!(
                "pyxc_raise_zero_division({});",
                c_string(msg.as_bytes())
            )),
        );
        // MIN // -1 overflows: OverflowError, as Cython raises for
        // 8-byte types (for `int` Cython's C traps with SIGFPE;
        // smaller types are promoted to int and cannot overflow).
        if let Some(k) = ty.arith_int_kind() {
            if k.signed() && k.size() >= 4 && op != CBinOp::Mod {
                let as_ = self.simple(a, ty);
                let (min, _) = type_spelling::int_limits(k);
                self.check(
                    &format!("{bs} == -1 && {as_} == {min}"),
                    Some("PyErr_SetString(PyExc_OverflowError, \"value too large to perform division\");"),
                );
                a = (as_, prec::ATOM);
            }
        }
        (a, b)
    }

    /// `a ** b` on C numbers: `x * x` for a constant 2, else the C library's
    /// pow or the runtime's integer power.
    fn c_power(
        &mut self,
        e: &TExpr,
        a: (String, u8),
        b: (String, u8),
        right: &TExpr,
        ty: &Type,
    ) -> R<Val> {
        if let Some(fk) = ty.float_kind() {
            // `x ** 2` with an integral constant 2 is `x * x`.
            if is_const_two(right) {
                let x = self.simple(a, ty);
                return Ok(Val::c(format!("{x} * {x}"), prec::MUL));
            }
            let f = match fk {
                FloatKind::Float => "powf",
                FloatKind::Double => "pow",
                FloatKind::LongDouble => "powl",
            };
            return Ok(Val::atom(format!("{f}({}, {})", a.0, b.0)));
        }
        let k = ty
            .arith_int_kind()
            .ok_or_else(|| ice(format!("power on {ty}"), e.span))?;
        if is_const_two(right) {
            let x = self.simple(a, ty);
            return Ok(Val::c(format!("{x} * {x}"), prec::MUL));
        }
        let helper = if k.signed() {
            "pyxc_cg_ipow"
        } else {
            "pyxc_cg_upow"
        };
        self.require(helper);
        Ok(Val::c(
            format!("({}){helper}({}, {})", cast_type(ty), a.0, b.0),
            prec::UNARY,
        ))
    }

    pub(super) fn c_logical(&mut self, and: bool, left: &TExpr, right: &TExpr) -> R<Val> {
        let a = self.c_val(left)?;
        let saved = self.w.take();
        let b = self.c_val(right)?;
        let b_stmts = self.w.take();
        self.w.raw(&saved);
        if b_stmts.is_empty() {
            let sym = if and { "&&" } else { "||" };
            let p = if and { prec::LAND } else { prec::LOR };
            return Ok(Val::c(
                format!(
                    "{} {sym} {}",
                    paren(&a, prec::UNARY),
                    paren(&b, prec::UNARY)
                ),
                p,
            ));
        }
        let r = self.c_temp_named("int");
        self.w.line(format!("{r} = {};", truth_c(&a)));
        self.w
            .open(format!("if ({}{r})", if and { "" } else { "!" }));
        self.w.raw(&indent_more(&b_stmts));
        self.w.line(format!("{r} = {};", truth_c(&b)));
        self.w.close();
        Ok(Val::atom(r))
    }

    pub(super) fn cond(&mut self, e: &TExpr, test: &TExpr, body: &TExpr, orelse: &TExpr) -> R<Val> {
        let t = self.c_val(test)?;
        if e.ty.is_object() || matches!(e.ty.strip_const(), Type::MemView(_)) {
            let is_obj = e.ty.is_object();
            let r = if is_obj {
                self.obj_temp()
            } else {
                self.slice_temp()
            };
            self.w.open(format!("if ({})", t.0));
            for (i, branch) in [body, orelse].into_iter().enumerate() {
                if i == 1 {
                    self.w.else_();
                }
                let v = if is_obj {
                    self.obj(branch)?
                } else {
                    self.view(branch)?
                };
                if is_obj {
                    let c = self.new_ref(&v);
                    self.w.line(format!("{r} = {c};"));
                } else {
                    self.w.line(format!("{r} = {};", v.code()));
                    if !matches!(v, Val::Slice { owned: true, .. }) {
                        self.w.line(format!("Py_XINCREF((PyObject *){r}.mv);"));
                    }
                }
                self.forget(&v);
            }
            self.w.close();
            return Ok(if is_obj {
                Val::owned(r)
            } else {
                Val::Slice {
                    code: r,
                    owned: true,
                }
            });
        }
        let saved = self.w.take();
        let a = self.c_val(body)?;
        let a_stmts = self.w.take();
        let b = self.c_val(orelse)?;
        let b_stmts = self.w.take();
        self.w.raw(&saved);
        if a_stmts.is_empty() && b_stmts.is_empty() {
            return Ok(Val::c(
                format!(
                    "{} ? {} : {}",
                    paren(&t, prec::UNARY),
                    paren(&a, prec::UNARY),
                    paren(&b, prec::UNARY)
                ),
                prec::COND,
            ));
        }
        let r = self.c_temp(&e.ty);
        self.w.open(format!("if ({})", t.0));
        self.w.raw(&indent_more(&a_stmts));
        self.w.line(format!("{r} = {};", a.0));
        self.w.else_();
        self.w.raw(&indent_more(&b_stmts));
        self.w.line(format!("{r} = {};", b.0));
        self.w.close();
        Ok(Val::atom(r))
    }

    pub(super) fn py_binary(
        &mut self,
        op: PyBinOp,
        left: &TExpr,
        right: &TExpr,
        inplace: bool,
    ) -> R<Val> {
        let a = self.obj(left)?;
        let b = self.obj(right)?;
        let name = match op {
            PyBinOp::Add => "Add",
            PyBinOp::Sub => "Subtract",
            PyBinOp::Mul => "Multiply",
            PyBinOp::MatMul => "MatrixMultiply",
            PyBinOp::TrueDiv => "TrueDivide",
            PyBinOp::FloorDiv => "FloorDivide",
            PyBinOp::Mod => "Remainder",
            PyBinOp::Pow => "Power",
            PyBinOp::LShift => "Lshift",
            PyBinOp::RShift => "Rshift",
            PyBinOp::And => "And",
            PyBinOp::Or => "Or",
            PyBinOp::Xor => "Xor",
        };
        let func = if inplace {
            format!("PyNumber_InPlace{name}")
        } else {
            format!("PyNumber_{name}")
        };
        let extra = if op == PyBinOp::Pow { ", Py_None" } else { "" };
        let fast = match op {
            PyBinOp::Add => Some('+'),
            PyBinOp::Sub => Some('-'),
            PyBinOp::Mul => Some('*'),
            PyBinOp::TrueDiv => Some('/'),
            _ => None,
        };
        let call = if let Some(c) = fast {
            self.require("pyxc_cg_arith");
            format!(
                "pyxc_cg_arith({}, {}, '{c}', {})",
                a.code(),
                b.code(),
                inplace as u8
            )
        } else if op == PyBinOp::Pow && is_python_int_two(right) {
            self.require("pyxc_cg_pow2");
            format!("pyxc_cg_pow2({}, {})", a.code(), b.code())
        } else {
            format!("{func}({}, {}{extra})", a.code(), b.code())
        };
        let r = self.call_obj(call);
        self.release(&a);
        self.release(&b);
        Ok(r)
    }

    pub(super) fn py_unary(&mut self, e: &TExpr, op: UnOp, operand: &TExpr) -> R<Val> {
        let a = self.obj(operand)?;
        let r = match op {
            UnOp::Neg => self.call_obj(format!("PyNumber_Negative({})", a.code())),
            UnOp::Pos => self.call_obj(format!("PyNumber_Positive({})", a.code())),
            UnOp::Invert => self.call_obj(format!("PyNumber_Invert({})", a.code())),
            UnOp::Not => {
                let t = self.c_temp_named("int");
                self.require("pyxc_is_true");
                self.w.line(format!("{t} = pyxc_is_true({});", a.code()));
                self.check(&format!("{t} < 0"), None);
                if e.ty.is_object() {
                    self.call_obj(format!("PyBool_FromLong(!{t})"))
                } else {
                    Val::c(format!("!{t}"), prec::UNARY)
                }
            }
        };
        self.release(&a);
        Ok(r)
    }

    pub(super) fn py_logical(&mut self, and: bool, left: &TExpr, right: &TExpr) -> R<Val> {
        let a = self.obj(left)?;
        let r = self.obj_temp();
        let c = self.new_ref(&a);
        self.w.line(format!("{r} = {c};"));
        self.forget(&a);
        let t = self.c_temp_named("int");
        self.require("pyxc_is_true");
        self.w.line(format!("{t} = pyxc_is_true({r});"));
        self.check(&format!("{t} < 0"), None);
        self.w
            .open(format!("if ({}{t})", if and { "" } else { "!" }));
        self.w.line(format!("Py_CLEAR({r});"));
        let b = self.obj(right)?;
        let c = self.new_ref(&b);
        self.w.line(format!("{r} = {c};"));
        self.forget(&b);
        self.w.close();
        Ok(Val::owned(r))
    }
}

/// `x ** 2` where 2 is an integral constant (possibly cast).
fn is_const_two(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::IntConst(2) => true,
        TExprKind::FloatConst(f) => *f == 2.0,
        TExprKind::Coerce {
            kind: Coercion::CCast,
            operand,
        } => matches!(operand.kind, TExprKind::IntConst(2)),
        _ => false,
    }
}

/// The C operator of a binary operation and its precedence.
fn c_operator(op: CBinOp) -> (&'static str, u8) {
    match op {
        CBinOp::Add => ("+", prec::ADD),
        CBinOp::Sub => ("-", prec::ADD),
        CBinOp::Mul => ("*", prec::MUL),
        CBinOp::Div | CBinOp::FloorDiv => ("/", prec::MUL),
        CBinOp::Mod => ("%", prec::MUL),
        CBinOp::LShift => ("<<", prec::SHIFT),
        CBinOp::RShift => (">>", prec::SHIFT),
        CBinOp::BitAnd => ("&", prec::BITAND),
        CBinOp::BitOr => ("|", prec::BITOR),
        CBinOp::BitXor => ("^", prec::XOR),
        CBinOp::Pow => ("**", prec::ATOM),
    }
}

/// `a OP b` with C's own operator.
fn plain_binary(a: &(String, u8), b: &(String, u8), op: CBinOp) -> Val {
    let (sym, p) = c_operator(op);
    // Bitwise and shift operands are parenthesized unless atomic, so
    // -Wparentheses has nothing to say.
    let need_l = if p <= prec::SHIFT { prec::UNARY } else { p };
    let need_r = if p <= prec::SHIFT { prec::UNARY } else { p + 1 };
    Val::c(
        format!("{} {sym} {}", paren(a, need_l), paren(b, need_r)),
        p,
    )
}

/// `/`, `//` or `%` on floats: C's division, floor of it, and fmod (or
/// the runtime's Python-signed modulo).
fn float_division(
    md: &mut ModuleWriter,
    op: CBinOp,
    a: &(String, u8),
    b: &(String, u8),
    ty: &Type,
    fk: FloatKind,
    python_semantics: bool,
) -> Val {
    let sfx = match fk {
        FloatKind::Float => "f",
        FloatKind::Double => "",
        FloatKind::LongDouble => "l",
    };
    match op {
        CBinOp::Div => plain_binary(a, b, CBinOp::Div),
        CBinOp::FloorDiv => {
            let q = plain_binary(a, b, CBinOp::Div);
            Val::atom(format!("floor{sfx}({})", q.code()))
        }
        _ => {
            if python_semantics {
                md.require("pyxc_mod_double");
                if fk != FloatKind::Double {
                    Val::atom(format!(
                        "({})pyxc_mod_double({}, {})",
                        cast_type(ty),
                        a.0,
                        b.0
                    ))
                } else {
                    Val::atom(format!("pyxc_mod_double({}, {})", a.0, b.0))
                }
            } else {
                Val::atom(format!("fmod{sfx}({}, {})", a.0, b.0))
            }
        }
    }
}

/// `/`, `//` or `%` on integers: C's operators, or the runtime's helpers
/// that round toward negative infinity as Python does for signed operands.
fn int_division(
    md: &mut ModuleWriter,
    op: CBinOp,
    a: &(String, u8),
    b: &(String, u8),
    ty: &Type,
    k: IntKind,
    python_semantics: bool,
) -> Val {
    if !python_semantics || !k.signed() || op == CBinOp::Div {
        let cop = if op == CBinOp::Mod {
            CBinOp::Mod
        } else {
            CBinOp::Div
        };
        return plain_binary(a, b, cop);
    }
    let helper = if op == CBinOp::FloorDiv {
        "pyxc_floordiv_ll"
    } else {
        "pyxc_mod_ll"
    };
    md.require(helper);
    let call = format!("{helper}({}, {})", a.0, b.0);
    if k.size() >= 8 && matches!(k, IntKind::LongLong) {
        Val::atom(call)
    } else {
        Val::c(format!("({}){call}", cast_type(ty)), prec::UNARY)
    }
}

//! Constant folding of integer literals with Python's semantics, as
//! Cython's `ConstantFolding` transform does.
//!
//! Cython types an integer literal as a C `long` when it lies in
//! `[-2**31, 2**31)` and as a Python int otherwise, and folds an operator
//! whose operands are both integer literals into a new literal computed with
//! Python's arithmetic (unbounded ints, floor division, Python's `%` sign);
//! the result is again a C literal only if both operands were C literals and
//! it fits in 32 bits. Float results (`/`, a negative power) are not folded:
//! they are computed at run time, as in Cython.
//!
//! pyxc folds in `i128`. A result beyond `i128` is not folded: the operation
//! is done at run time on Python ints, which gives the same value.

use crate::tir::{CmpOp, Coercion, TExpr, TExprKind};
use crate::types::{IntKind, Type};
use pyxc_syntax::ast::BinOp;

/// An integer literal's value and whether it is typed as a Python int.
pub fn int_literal(e: &TExpr) -> Option<(i128, bool)> {
    match &e.kind {
        TExprKind::IntConst(v) if e.ty.is_int() || e.ty == Type::Bint => Some((*v, false)),
        TExprKind::BoolConst(b) => Some((*b as i128, false)),
        TExprKind::BigIntConst(s) => s.parse::<i128>().ok().map(|v| (v, true)),
        _ => None,
    }
}

/// Whether `e` is an integer literal (of any size).
pub fn is_int_literal(e: &TExpr) -> bool {
    int_literal(e).is_some() || matches!(e.kind, TExprKind::BigIntConst(_))
}

/// What folding `l op r` gave.
pub enum Folded {
    /// The value and whether it must stay a Python int.
    Value(i128, bool),
    /// Both operands are integer literals but the exact result is beyond
    /// what pyxc folds: compute it on Python ints at run time.
    TooBig,
    /// Not foldable (not both integer literals, a float result, a division
    /// by zero or a negative shift, which raise at run time).
    No,
}

pub fn fold_int_binop(l: &TExpr, op: BinOp, r: &TExpr) -> Folded {
    if !(is_int_literal(l) && is_int_literal(r)) {
        return Folded::No;
    }
    let (Some((a, ao)), Some((b, bo))) = (int_literal(l), int_literal(r)) else {
        // An operand beyond i128: only a zero divisor or a negative
        // exponent/shift could make this not an exact int operation.
        return match (op, int_literal(r)) {
            (BinOp::Div | BinOp::MatMult, _) => Folded::No,
            (BinOp::FloorDiv | BinOp::Mod, Some((0, _))) => Folded::No,
            (BinOp::Pow | BinOp::LShift | BinOp::RShift, Some((v, _))) if v < 0 => Folded::No,
            (BinOp::Pow | BinOp::LShift | BinOp::RShift, None) => Folded::No,
            _ => Folded::TooBig,
        };
    };
    let v = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mult => a.checked_mul(b),
        BinOp::FloorDiv | BinOp::Mod => {
            if b == 0 {
                return Folded::No;
            }
            floor_divmod(a, b).map(|(q, m)| if op == BinOp::FloorDiv { q } else { m })
        }
        BinOp::Pow => {
            if b < 0 {
                return Folded::No;
            }
            match a {
                0 | 1 => Some(if b == 0 { 1 } else { a }),
                -1 => Some(if b % 2 == 0 { 1 } else { -1 }),
                _ => u32::try_from(b).ok().and_then(|e| a.checked_pow(e)),
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return Folded::No;
            }
            if a == 0 {
                Some(0)
            } else if b >= 127 {
                None
            } else {
                let s = a << b;
                (s >> b == a).then_some(s)
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Folded::No;
            }
            Some(if b >= 127 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Div | BinOp::MatMult => return Folded::No,
    };
    match v {
        Some(v) => Folded::Value(v, ao || bo || i32::try_from(v).is_err()),
        None => Folded::TooBig,
    }
}

/// Python's `divmod` on ints: the quotient rounded toward minus infinity
/// and the remainder with the divisor's sign.
fn floor_divmod(a: i128, b: i128) -> Option<(i128, i128)> {
    let q = a.checked_div(b)?;
    let m = a.checked_rem(b)?;
    if m != 0 && ((m < 0) != (b < 0)) {
        Some((q - 1, m + b))
    } else {
        Some((q, m))
    }
}

/// Whether `v` fits C integer type `k`.
pub fn fits(v: i128, k: IntKind) -> bool {
    let bits = k.size() * 8;
    if k.signed() {
        let lim = 1i128 << (bits - 1);
        (-lim..lim).contains(&v)
    } else {
        (0..(1i128 << bits)).contains(&v)
    }
}

/// The result of `left op right` when the operands' types alone decide it:
/// an unsigned value (maybe widened) against a negative constant, or
/// against 0 with `>=` / `<`.
pub fn fixed_compare(op: CmpOp, left: &TExpr, right: &TExpr) -> Option<bool> {
    fn source(e: &TExpr) -> &TExpr {
        match &e.kind {
            TExprKind::Coerce {
                kind: Coercion::CCast,
                operand,
            } => source(operand),
            _ => e,
        }
    }
    let unsigned = |e: &TExpr| matches!(source(e).ty.strip_const(), Type::Int(k) if !k.signed());
    let constant = |e: &TExpr| match source(e).kind {
        TExprKind::IntConst(c) => Some(c),
        _ => None,
    };
    // As `x op c` with x unsigned.
    let (op, c) = if unsigned(left) {
        (op, constant(right)?)
    } else if unsigned(right) {
        let flipped = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            o => o,
        };
        (flipped, constant(left)?)
    } else {
        return None;
    };
    // Only when the comparison is made in a type wide enough to keep the
    // constant negative: in the unsigned type itself C wraps it.
    let cmp_ty = if unsigned(left) { &right.ty } else { &left.ty };
    if c < 0 && !matches!(cmp_ty.strip_const(), Type::Int(k) if k.signed()) {
        return None;
    }
    match (c.signum(), op) {
        (-1, CmpOp::Gt | CmpOp::Ge | CmpOp::Ne) => Some(true),
        (-1, CmpOp::Lt | CmpOp::Le | CmpOp::Eq) => Some(false),
        (0, CmpOp::Ge) => Some(true),
        (0, CmpOp::Lt) => Some(false),
        _ => None,
    }
}

/// `left op right` on C numbers; a comparison that the operands' ranges
/// decide (an unsigned value against a negative constant, `u >= 0`) is its
/// value, with the operands still evaluated: gcc warns about such
/// comparisons (-Wtype-limits), and the corpus C stays warning-free.
pub fn compare(op: CmpOp, left: TExpr, right: TExpr, span: pyxc_diagnostics::Span) -> TExpr {
    if let Some(v) = fixed_compare(op, &left, &right) {
        let value = TExpr::new(TExprKind::BoolConst(v), Type::Bint, span);
        return TExpr::new(
            TExprKind::Effects {
                discarded: vec![left, right],
                value: Box::new(value),
            },
            Type::Bint,
            span,
        );
    }
    TExpr::new(
        TExprKind::CCompare {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        Type::Bint,
        span,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyxc_diagnostics::Span;

    fn lit(v: i128) -> TExpr {
        match i32::try_from(v) {
            Ok(_) => TExpr::new(
                TExprKind::IntConst(v),
                Type::Int(IntKind::Int),
                Span::default(),
            ),
            Err(_) => TExpr::new(
                TExprKind::BigIntConst(v.to_string()),
                Type::object(),
                Span::default(),
            ),
        }
    }

    fn fold(a: i128, op: BinOp, b: i128) -> Option<(i128, bool)> {
        match fold_int_binop(&lit(a), op, &lit(b)) {
            Folded::Value(v, o) => Some((v, o)),
            _ => None,
        }
    }

    #[test]
    fn python_floor_semantics() {
        assert_eq!(fold(7, BinOp::FloorDiv, -2), Some((-4, false)));
        assert_eq!(fold(-7, BinOp::FloorDiv, 2), Some((-4, false)));
        assert_eq!(fold(7, BinOp::Mod, -3), Some((-2, false)));
        assert_eq!(fold(-7, BinOp::Mod, 3), Some((2, false)));
        assert_eq!(fold(6, BinOp::Mod, -3), Some((0, false)));
        assert_eq!(fold(-17, BinOp::RShift, 2), Some((-5, false)));
    }

    #[test]
    fn big_results_are_python_ints() {
        assert_eq!(fold(2, BinOp::Pow, 64), Some((1 << 64, true)));
        assert_eq!(fold(10, BinOp::Pow, 9), Some((1_000_000_000, false)));
        assert_eq!(fold(2, BinOp::Pow, 31), Some((1 << 31, true)));
        assert_eq!(
            fold(3_000_000_000, BinOp::Sub, 2_999_999_999),
            Some((1, true))
        );
        assert!(matches!(
            fold_int_binop(&lit(2), BinOp::Pow, &lit(1000)),
            Folded::TooBig
        ));
    }

    #[test]
    fn float_results_and_errors_are_not_folded() {
        assert_eq!(fold(2, BinOp::Pow, -1), None);
        assert_eq!(fold(1, BinOp::Div, 3), None);
        assert_eq!(fold(1, BinOp::FloorDiv, 0), None);
        assert_eq!(fold(1, BinOp::LShift, -1), None);
    }

    #[test]
    fn fits_c_types() {
        assert!(fits(255, IntKind::UChar));
        assert!(!fits(256, IntKind::UChar));
        assert!(!fits(-1, IntKind::UInt64));
        assert!(fits(u64::MAX as i128, IntKind::UInt64));
        assert!(fits(i64::MIN as i128, IntKind::Int64));
        assert!(!fits(i64::MIN as i128 - 1, IntKind::Int64));
    }
}

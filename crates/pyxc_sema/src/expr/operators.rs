//! Binary and unary operators: done in C on C operands (with Cython's
//! promotions and division rules), by the number protocol otherwise.

use super::obj;
use crate::body_checker::BodyChecker;
use crate::coerce::promote;
use crate::tir::*;
use crate::types::{FloatKind, IntKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self};

impl BodyChecker<'_, '_> {
    // ---------------------------------------------------------------
    // operators
    pub fn binop(
        &mut self,
        l: TExpr,
        op: ast::BinOp,
        r: TExpr,
        span: Span,
        inplace: bool,
    ) -> TExpr {
        use ast::BinOp as B;
        // A Py_UCS4 in arithmetic is its one-character str (Cython: `c + 1`
        // is a TypeError, `c + "x"` concatenates).
        let ucs4 = |t: &Type| matches!(t.strip_const(), Type::Int(IntKind::Ucs4));
        let (l, r) = if ucs4(&l.ty) || ucs4(&r.ty) {
            (self.coerce_object(l), self.coerce_object(r))
        } else {
            (l, r)
        };
        // Pointer arithmetic: `n + p` is `p + n`.
        let (l, r) = if op == B::Add && l.ty.is_int() && r.ty.is_pointer() {
            (r, l)
        } else {
            (l, r)
        };
        // `p - q`: the distance in elements (a `ptrdiff_t`) between
        // pointers to the same type (const aside).
        if op == B::Sub && l.ty.is_pointer() && r.ty.is_pointer() {
            let lp = l.ty.pointee().map(|t| t.strip_const().clone());
            let rp = r.ty.pointee().map(|t| t.strip_const().clone());
            if lp.is_some() && lp == rp {
                return self.texpr(
                    TExprKind::CBinary {
                        op: CBinOp::Sub,
                        left: Box::new(l),
                        right: Box::new(r),
                        zero_check: false,
                        python_semantics: false,
                    },
                    Type::Int(IntKind::PtrdiffT),
                    span,
                );
            }
        }
        if l.ty.is_pointer() && r.ty.is_int() && matches!(op, B::Add | B::Sub) {
            let ty = match l.ty.strip_const() {
                Type::Array(t, _) => Type::Ptr(t.clone()),
                t => t.clone(),
            };
            let cop = if op == B::Add {
                CBinOp::Add
            } else {
                CBinOp::Sub
            };
            return self.texpr(
                TExprKind::CBinary {
                    op: cop,
                    left: Box::new(l),
                    right: Box::new(r),
                    zero_check: false,
                    python_semantics: false,
                },
                ty,
                span,
            );
        }
        // Integer literals fold with Python's semantics (Cython's
        // ConstantFolding); a result too big for pyxc to fold is computed
        // on Python ints.
        match crate::fold::fold_int_binop(&l, op, &r) {
            crate::fold::Folded::Value(v, true) => {
                return self.texpr(TExprKind::BigIntConst(v.to_string()), obj("int"), span)
            }
            crate::fold::Folded::Value(v, false) => {
                return self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Int), span)
            }
            crate::fold::Folded::TooBig => {
                return self.py_binop(l, op, r, span, inplace);
            }
            crate::fold::Folded::No => {}
        }
        let c_numeric = |t: &Type| t.is_numeric();
        if c_numeric(&l.ty) && c_numeric(&r.ty) {
            return self.c_binop(l, op, r, span);
        }
        if l.ty.is_object() || r.ty.is_object() {
            return self.py_binop(l, op, r, span, inplace);
        }
        self.m.diags.push(
            Diagnostic::error(
                format!(
                    "invalid operand types for '{}': '{}' and '{}'",
                    binop_str(op),
                    l.ty,
                    r.ty
                ),
                span,
            )
            .with_label_message("no such C operation"),
        );
        self.error_expr(span)
    }

    /// `l op r` as a Python operation on objects.
    fn py_binop(&mut self, l: TExpr, op: ast::BinOp, r: TExpr, span: Span, inplace: bool) -> TExpr {
        use ast::BinOp as B;
        self.require_gil("a Python operation", span);
        let l = self.coerce_object(l);
        let r = self.coerce_object(r);
        let pop = match op {
            B::Add => PyBinOp::Add,
            B::Sub => PyBinOp::Sub,
            B::Mult => PyBinOp::Mul,
            B::MatMult => PyBinOp::MatMul,
            B::Div => PyBinOp::TrueDiv,
            B::FloorDiv => PyBinOp::FloorDiv,
            B::Mod => PyBinOp::Mod,
            B::Pow => PyBinOp::Pow,
            B::LShift => PyBinOp::LShift,
            B::RShift => PyBinOp::RShift,
            B::BitOr => PyBinOp::Or,
            B::BitXor => PyBinOp::Xor,
            B::BitAnd => PyBinOp::And,
        };
        self.texpr(
            TExprKind::PyBinary {
                op: pop,
                left: Box::new(l),
                right: Box::new(r),
                inplace,
            },
            Type::object(),
            span,
        )
    }

    fn c_binop(&mut self, l: TExpr, op: ast::BinOp, r: TExpr, span: Span) -> TExpr {
        use ast::BinOp as B;
        let cdiv = self.dirs.checks.cdivision;
        let both_int = l.ty.is_int() || l.ty == Type::Bint;
        let both_int = both_int && (r.ty.is_int() || r.ty == Type::Bint);
        let mut ty = promote(&l.ty, &r.ty);
        // `a & b`, `a | b`, `a ^ b` of two bints stay bint (a Python bool).
        let bitwise = matches!(op, B::BitAnd | B::BitOr | B::BitXor);
        if ty == Type::Bint && !(bitwise && l.ty == Type::Bint && r.ty == Type::Bint) {
            ty = Type::Int(IntKind::Int);
        }
        let (cop, zero_check, pysem) = match op {
            B::Add => (CBinOp::Add, false, false),
            B::Sub => (CBinOp::Sub, false, false),
            B::Mult => (CBinOp::Mul, false, false),
            B::Div => {
                if both_int && !cdiv {
                    // Python 3 true division of two C ints gives a double.
                    ty = Type::double();
                }
                (CBinOp::Div, !cdiv, false)
            }
            B::FloorDiv => (CBinOp::FloorDiv, !cdiv, !cdiv),
            B::Mod => (CBinOp::Mod, !cdiv, !cdiv),
            B::Pow => {
                // Cython 3 (`cpow` off): `int ** int` is a double unless the
                // exponent is a non-negative constant or unsigned (2 ** -1 is
                // 0.5); assigned straight to a C integer it is an integer
                // power again (see `coerce`).
                let widen = both_int
                    && match crate::fold::int_literal(&r) {
                        Some((v, _)) => v < 0,
                        None => {
                            r.ty == Type::Bint
                                || crate::types::int_kind_of(&r.ty).is_some_and(|k| k.signed())
                        }
                    };
                if !both_int || widen {
                    ty = match ty {
                        Type::Float(FloatKind::LongDouble) => ty,
                        _ => Type::double(),
                    };
                }
                if widen {
                    // Explicit casts, so that `coerce` can see the operands
                    // were integers.
                    let cast = |e: TExpr| {
                        let sp = e.span;
                        TExpr::new(
                            TExprKind::Coerce {
                                kind: Coercion::CCast,
                                operand: Box::new(e),
                            },
                            Type::double(),
                            sp,
                        )
                    };
                    return self.texpr(
                        TExprKind::CBinary {
                            op: CBinOp::Pow,
                            left: Box::new(cast(l)),
                            right: Box::new(cast(r)),
                            zero_check: false,
                            python_semantics: false,
                        },
                        ty,
                        span,
                    );
                }
                (CBinOp::Pow, false, false)
            }
            B::LShift | B::RShift | B::BitAnd | B::BitOr | B::BitXor => {
                if !both_int {
                    self.err(
                        format!(
                            "'{}' needs integer operands, got '{}' and '{}'",
                            binop_str(op),
                            l.ty,
                            r.ty
                        ),
                        span,
                    );
                    return self.error_expr(span);
                }
                let c = match op {
                    B::LShift => CBinOp::LShift,
                    B::RShift => CBinOp::RShift,
                    B::BitAnd => CBinOp::BitAnd,
                    B::BitOr => CBinOp::BitOr,
                    _ => CBinOp::BitXor,
                };
                (c, false, false)
            }
            B::MatMult => {
                self.err("'@' is not defined for C numbers", span);
                return self.error_expr(span);
            }
        };
        let l = self.coerce(l, &ty);
        let r = self.coerce(r, &ty);
        self.texpr(
            TExprKind::CBinary {
                op: cop,
                left: Box::new(l),
                right: Box::new(r),
                zero_check,
                python_semantics: pysem,
            },
            ty,
            span,
        )
    }

    pub(super) fn unary(&mut self, op: ast::UnaryOp, v: TExpr, span: Span) -> TExpr {
        use ast::UnaryOp as U;
        match op {
            U::Not => {
                let c = self.as_condition(v);
                self.texpr(
                    TExprKind::CUnary {
                        op: UnOp::Not,
                        operand: Box::new(c),
                    },
                    Type::Bint,
                    span,
                )
            }
            _ if v.ty.is_numeric() => {
                // Constant folding keeps `-1` a literal (exception values, bounds).
                if let (U::Neg, TExprKind::IntConst(c)) = (op, &v.kind) {
                    return self.texpr(TExprKind::IntConst(-c), v.ty.clone(), span);
                }
                if let (U::Neg, TExprKind::FloatConst(c)) = (op, &v.kind) {
                    return self.texpr(TExprKind::FloatConst(-c), v.ty.clone(), span);
                }
                let uop = match op {
                    U::Neg => UnOp::Neg,
                    U::Pos => UnOp::Pos,
                    _ => UnOp::Invert,
                };
                if uop == UnOp::Invert && !v.ty.is_int() && *v.ty.strip_const() != Type::Bint {
                    self.err(
                        format!("'~' needs an integer operand, got '{}'", v.ty),
                        span,
                    );
                    return self.error_expr(span);
                }
                let mut ty = v.ty.strip_const().clone();
                if ty == Type::Bint {
                    ty = Type::Int(IntKind::Int);
                }
                // C's integer promotion: `-a` of a uint8_t is an int.
                if ty.is_int() {
                    ty = crate::coerce::promote(&ty, &ty);
                }
                let v = self.coerce(v, &ty);
                self.texpr(
                    TExprKind::CUnary {
                        op: uop,
                        operand: Box::new(v),
                    },
                    ty,
                    span,
                )
            }
            _ if v.ty.is_object() => {
                // `-9223372036854775808`: the literal stays a literal.
                if let (U::Neg, TExprKind::BigIntConst(d)) = (op, &v.kind) {
                    let neg = match d.strip_prefix('-') {
                        Some(pos) => pos.to_string(),
                        None => format!("-{d}"),
                    };
                    return self.texpr(TExprKind::BigIntConst(neg), v.ty.clone(), span);
                }
                let uop = match op {
                    U::Neg => UnOp::Neg,
                    U::Pos => UnOp::Pos,
                    _ => UnOp::Invert,
                };
                let v = self.coerce_object(v);
                self.texpr(
                    TExprKind::PyUnary {
                        op: uop,
                        operand: Box::new(v),
                    },
                    Type::object(),
                    span,
                )
            }
            _ => {
                self.err(
                    format!("bad operand type for unary operator: '{}'", v.ty),
                    span,
                );
                self.error_expr(span)
            }
        }
    }
}

pub fn binop_str(op: ast::BinOp) -> &'static str {
    use ast::BinOp as B;
    match op {
        B::Add => "+",
        B::Sub => "-",
        B::Mult => "*",
        B::MatMult => "@",
        B::Div => "/",
        B::FloorDiv => "//",
        B::Mod => "%",
        B::Pow => "**",
        B::LShift => "<<",
        B::RShift => ">>",
        B::BitOr => "|",
        B::BitXor => "^",
        B::BitAnd => "&",
    }
}

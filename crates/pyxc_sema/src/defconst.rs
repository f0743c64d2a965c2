//! Cython's legacy `DEF NAME = value` compile-time constants: the value is
//! folded when it is declared (from literals and earlier DEFs) and every
//! later read of the name is that literal, as if written in its place.

use crate::module_checker::ModuleChecker;
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, BinOp, ExprKind, UnaryOp};

/// A folded DEF value.
#[derive(Clone, Debug, PartialEq)]
enum Val {
    Int(i128),
    Float(f64),
    Str(String),
    Bool(bool),
}

impl Val {
    fn num(&self) -> Option<f64> {
        match self {
            Val::Int(v) => Some(*v as f64),
            Val::Float(f) => Some(*f),
            Val::Bool(b) => Some(*b as i32 as f64),
            Val::Str(_) => None,
        }
    }
    fn int(&self) -> Option<i128> {
        match self {
            Val::Int(v) => Some(*v),
            Val::Bool(b) => Some(*b as i128),
            _ => None,
        }
    }

    /// The literal expression that stands for the value.
    fn to_expr(&self, span: Span) -> ast::Expr {
        let lit = |kind| ast::Expr { kind, span };
        match self {
            Val::Int(v) => {
                let e = lit(ExprKind::Int {
                    digits: v.unsigned_abs().to_string(),
                    radix: 10,
                    suffix: String::new(),
                });
                if *v < 0 {
                    lit(ExprKind::UnaryOp {
                        op: UnaryOp::Neg,
                        operand: Box::new(e),
                    })
                } else {
                    e
                }
            }
            Val::Float(f) => {
                let e = lit(ExprKind::Float {
                    text: format!("{:?}", f.abs()),
                    imaginary: false,
                });
                if f.is_sign_negative() {
                    lit(ExprKind::UnaryOp {
                        op: UnaryOp::Neg,
                        operand: Box::new(e),
                    })
                } else {
                    e
                }
            }
            Val::Str(s) => lit(ExprKind::Str {
                value: s.clone(),
                bytes: false,
                c_char: false,
            }),
            Val::Bool(true) => lit(ExprKind::True),
            Val::Bool(false) => lit(ExprKind::False),
        }
    }
}

impl ModuleChecker<'_> {
    /// Declares `DEF name = value`, reporting a value that is not constant.
    pub(crate) fn declare_def_const(&mut self, name: &ast::Ident, value: &ast::Expr) {
        match self.fold_def(value) {
            Ok(v) => {
                self.def_consts
                    .insert(name.name.clone(), v.to_expr(value.span));
            }
            Err(at) => {
                self.diags.push(
                    Diagnostic::error("a DEF value must be a compile-time constant", at)
                        .with_label_message(
                            "only literals, earlier DEF names and arithmetic on them can be folded",
                        ),
                );
                // Declared anyway, so that its uses are not reported too.
                self.def_consts
                    .insert(name.name.clone(), Val::Int(0).to_expr(value.span));
            }
        }
    }

    /// The literal a DEF name stands for (`span`: where it is read).
    pub fn def_const(&self, name: &str, span: Span) -> Option<ast::Expr> {
        let mut e = self.def_consts.get(name)?.clone();
        fn respan(e: &mut ast::Expr, span: Span) {
            e.span = span;
            if let ExprKind::UnaryOp { operand, .. } = &mut e.kind {
                respan(operand, span);
            }
        }
        respan(&mut e, span);
        Some(e)
    }

    fn fold_def(&self, e: &ast::Expr) -> Result<Val, Span> {
        let bad = Err(e.span);
        Ok(match &e.kind {
            ExprKind::Int { digits, radix, .. } => {
                Val::Int(i128::from_str_radix(digits, *radix).map_err(|_| e.span)?)
            }
            ExprKind::Float {
                text,
                imaginary: false,
            } => Val::Float(text.parse().map_err(|_| e.span)?),
            ExprKind::Str {
                value,
                bytes: false,
                c_char: false,
            } => Val::Str(value.clone()),
            ExprKind::True => Val::Bool(true),
            ExprKind::False => Val::Bool(false),
            ExprKind::Name(n) => match self.def_consts.get(n) {
                Some(lit) => self.fold_def(lit)?,
                None => return bad,
            },
            ExprKind::UnaryOp { op, operand } => {
                let v = self.fold_def(operand)?;
                match (op, &v) {
                    (UnaryOp::Neg, Val::Int(i)) => Val::Int(-i),
                    (UnaryOp::Neg, Val::Float(f)) => Val::Float(-f),
                    (UnaryOp::Pos, Val::Int(_) | Val::Float(_)) => v,
                    (UnaryOp::Invert, Val::Int(i)) => Val::Int(!i),
                    (UnaryOp::Not, _) => Val::Bool(match &v {
                        Val::Int(i) => *i == 0,
                        Val::Float(f) => *f == 0.0,
                        Val::Str(s) => s.is_empty(),
                        Val::Bool(b) => !b,
                    }),
                    _ => return bad,
                }
            }
            ExprKind::BinOp { left, op, right } => {
                let (a, b) = (self.fold_def(left)?, self.fold_def(right)?);
                fold_binop(&a, *op, &b).ok_or(e.span)?
            }
            _ => return bad,
        })
    }
}

fn fold_binop(a: &Val, op: BinOp, b: &Val) -> Option<Val> {
    if let (Val::Str(x), BinOp::Add, Val::Str(y)) = (a, op, b) {
        return Some(Val::Str(format!("{x}{y}")));
    }
    if let (Some(x), Some(y)) = (a.int(), b.int()) {
        let v = match op {
            BinOp::Add => x.checked_add(y)?,
            BinOp::Sub => x.checked_sub(y)?,
            BinOp::Mult => x.checked_mul(y)?,
            // Python's floor division and modulo (sign of the divisor).
            BinOp::FloorDiv if y != 0 => x / y - i128::from(x % y != 0 && (x < 0) != (y < 0)),
            BinOp::Mod if y != 0 => {
                let r = x % y;
                if r != 0 && (r < 0) != (y < 0) {
                    r + y
                } else {
                    r
                }
            }
            BinOp::Pow if (0..128).contains(&y) => x.checked_pow(y as u32)?,
            BinOp::LShift if (0..127).contains(&y) => x.checked_shl(y as u32)?,
            BinOp::RShift if y >= 0 => x >> y.min(127),
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::Div if y != 0 => return Some(Val::Float(x as f64 / y as f64)),
            _ => return None,
        };
        return Some(Val::Int(v));
    }
    let (x, y) = (a.num()?, b.num()?);
    Some(Val::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        BinOp::Pow => x.powf(y),
        _ => return None,
    }))
}

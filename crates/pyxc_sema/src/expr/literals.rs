//! Literals: integers (with C suffixes), floats, strings, f-strings, `...`,
//! and struct literals `S(a=1)` / `{'a': 1}`.

use super::obj;
use crate::body_checker::BodyChecker;
use crate::tir::*;
use crate::types::{IntKind, Type};
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ArgKind, ExprKind};
use std::rc::Rc;

impl BodyChecker<'_, '_> {
    pub(super) fn expr_int(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Int {
            digits,
            radix,
            suffix,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        match i128::from_str_radix(digits, *radix) {
            Ok(v) if !suffix.is_empty() => self.suffixed_int(v, suffix, span),
            // As Cython: a literal in [-2**31, 2**31) is a C integer,
            // any other a Python int (that a C target still takes as a
            // C literal, see `coerce`).
            Ok(v) if i32::try_from(v).is_ok() => {
                self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Int), span)
            }
            Ok(v) => self.texpr(TExprKind::BigIntConst(v.to_string()), obj("int"), span),
            Err(_) => {
                // Beyond i128: keep the decimal digits for a Python int.
                let text = if *radix == 10 {
                    digits.clone()
                } else {
                    format!("0{}{}", radix_prefix(*radix), digits)
                };
                self.texpr(TExprKind::BigIntConst(text), obj("int"), span)
            }
        }
    }

    /// A C literal by its suffix (`10U`, `1LL`).
    fn suffixed_int(&mut self, v: i128, suffix: &str, span: Span) -> TExpr {
        let s = suffix.to_ascii_uppercase();
        let unsigned = s.contains('U');
        let kind = match (s.matches('L').count(), unsigned) {
            (0, false) => IntKind::Int,
            (0, true) => IntKind::UInt,
            (1, false) => IntKind::Long,
            (1, true) => IntKind::ULong,
            (_, false) => IntKind::LongLong,
            (_, true) => IntKind::ULongLong,
        };
        self.texpr(TExprKind::IntConst(v), Type::Int(kind), span)
    }

    pub(super) fn expr_ellipsis(&mut self, span: Span) -> TExpr {
        self.texpr(
            TExprKind::BuiltinName("Ellipsis".into()),
            Type::object(),
            span,
        )
    }

    pub(super) fn expr_float(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Float { text, imaginary } = &e.kind else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        let v: f64 = text.parse().unwrap_or(f64::INFINITY);
        if *imaginary {
            return self.texpr(TExprKind::ImagConst(v), obj("complex"), span);
        }
        self.texpr(TExprKind::FloatConst(v), Type::double(), span)
    }

    pub(super) fn expr_str(&mut self, e: &ast::Expr) -> TExpr {
        let ExprKind::Str {
            value,
            bytes,
            c_char,
        } = &e.kind
        else {
            return self.error_expr(e.span);
        };
        let span = e.span;
        if *c_char {
            let b = value.as_bytes();
            if b.len() != 1 {
                self.err("a c'' literal must hold exactly one character", span);
            }
            let v = b.first().copied().unwrap_or(0) as i128;
            return self.texpr(TExprKind::IntConst(v), Type::Int(IntKind::Char), span);
        }
        if *bytes {
            self.texpr(
                TExprKind::BytesConst(value.as_bytes().to_vec()),
                obj("bytes"),
                span,
            )
        } else {
            self.texpr(TExprKind::StrConst(value.clone()), obj("str"), span)
        }
    }

    pub(super) fn fstring(&mut self, parts: &[ast::FStringPart], span: Span) -> TExpr {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => out.push(TFormatPart::Literal(s.clone())),
                ast::FStringPart::Value {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        out.push(TFormatPart::Literal(d.clone()));
                    }
                    let v = self.expr(value);
                    let v = self.coerce_object(v);
                    let spec = if spec.is_empty() {
                        None
                    } else {
                        Some(self.fstring(spec, span))
                    };
                    let conversion = conversion.or(if debug_text.is_some() && spec.is_none() {
                        Some('r')
                    } else {
                        None
                    });
                    out.push(TFormatPart::Value {
                        value: v,
                        conversion,
                        spec,
                    });
                }
            }
        }
        self.texpr(TExprKind::FormatJoin(out), obj("str"), span)
    }

    /// `Point(1.0, 2.0)` / `Point(x=1.0, y=2.0)`: a struct value, every
    /// field given exactly once (positional in declaration order, then by
    /// keyword).
    pub(super) fn struct_literal(
        &mut self,
        st: Rc<crate::types::StructType>,
        args: &[ast::Arg],
        span: Span,
    ) -> TExpr {
        let mut given: Vec<Option<TExpr>> = vec![None; st.fields().len()];
        let mut ok = true;
        let mut pos = 0;
        for a in args {
            let slot = match &a.kind {
                ArgKind::Positional => {
                    pos += 1;
                    if pos > st.fields().len() {
                        self.err(
                            format!(
                                "too many values for struct '{}' ({} fields)",
                                st.name,
                                st.fields().len()
                            ),
                            a.span,
                        );
                        ok = false;
                        continue;
                    }
                    pos - 1
                }
                ArgKind::Keyword(k) => match st.fields().iter().position(|(n, _)| *n == k.name) {
                    Some(i) => i,
                    None => {
                        self.err(
                            format!("struct '{}' has no field '{}'", st.name, k.name),
                            k.span,
                        );
                        ok = false;
                        continue;
                    }
                },
                _ => {
                    self.err("*args and **kwargs cannot build a struct", a.span);
                    ok = false;
                    continue;
                }
            };
            let fty = st.fields()[slot].1.clone();
            let v = self.expr_with_hint(&a.value, &fty);
            let v = self.coerce(v, &fty);
            if given[slot].is_some() {
                self.err(
                    format!("field '{}' given twice", st.fields()[slot].0),
                    a.span,
                );
                ok = false;
            }
            given[slot] = Some(v);
        }
        let mut fields = Vec::new();
        for (i, g) in given.into_iter().enumerate() {
            match g {
                Some(v) => fields.push(v),
                None if ok => {
                    self.err(
                        format!(
                            "no value given for field '{}' of struct '{}'",
                            st.fields()[i].0,
                            st.name
                        ),
                        span,
                    );
                    ok = false;
                }
                None => {}
            }
        }
        if !ok {
            // Typed as the struct so that its use reports nothing more (an
            // error stops the module before codegen).
            return TExpr::new(TExprKind::NoneConst, Type::Struct(st), span);
        }
        self.texpr(TExprKind::StructLit(fields), Type::Struct(st), span)
    }
}

fn radix_prefix(r: u32) -> &'static str {
    match r {
        16 => "x",
        8 => "o",
        2 => "b",
        _ => "",
    }
}

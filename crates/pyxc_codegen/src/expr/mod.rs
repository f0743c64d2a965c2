//! Expressions: one method per TIR operation. Each returns a [`Val`]; any
//! statements it needs (calls that can fail, temps) are written first.
//! This file holds the dispatch on the node kind, the evaluation of an
//! operand as a C value, object or view, and small shared helpers.

mod boxing;
mod builtins;
mod calls;
mod casts;
mod chains;
mod compare;
mod comprehensions;
mod displays;
mod literals;
mod names;
mod operators;
mod subscript;
mod views;

use crate::consts::Const;
use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

pub use boxing::to_object_call;
pub use calls::bound_call;
pub use casts::builtin_type_object;

impl<'m, 'a> FnWriter<'m, 'a> {
    pub fn expr(&mut self, e: &TExpr) -> R<Val> {
        use TExprKind as K;
        let ty = &e.ty;
        match &e.kind {
            K::IntConst(v) => Ok(self.int_const(*v, ty)),
            K::FloatConst(..) => self.write_float_const(e),
            K::BigIntConst(d) => Ok(Val::borrowed(self.md.consts.get(Const::Int(d.clone())))),
            K::ImagConst(f) => Ok(Val::borrowed(self.md.consts.get(Const::Imag(*f)))),
            K::StrConst(s) => Ok(Val::borrowed(self.md.consts.str(s))),
            K::BytesConst(..) => self.write_bytes_const(e),
            K::CStrConst(b) => Ok(Val::atom(c_string(b))),
            K::BoolConst(..) => self.write_bool_const(e),
            K::NoneConst => Ok(Val::borrowed("Py_None")),
            K::NullConst => Ok(Val::atom("NULL")),
            K::CName(n) => Ok(Val::atom(n.clone())),
            K::EnumConst(v) if *v < 0 => Ok(Val::atom(format!("({v})"))),
            K::EnumConst(v) => Ok(Val::atom(v.to_string())),
            K::ThreadId => {
                self.require("pyxc_cg_threadid");
                Ok(Val::atom("pyxc_cg_threadid()"))
            }
            K::Local { var, check_bound } => self.local(*var, *check_bound),
            K::CGlobal(..) => self.write_c_global(e),
            K::Global(..) => self.write_global(e),
            K::BuiltinName(name) => Ok(Val::borrowed(self.md.builtin(name))),
            K::CFuncRef(t) => Ok(Val::atom(self.cfunc_name(t, e.span)?)),
            K::CStrSlice { .. } => self.write_c_str_slice(e),
            K::Display { kind, parts } => self.display(*kind, parts),
            K::Let { .. } => self.write_let(e),
            K::NewCell(..) => self.write_new_cell(e),
            K::CellGet { .. } => self.write_cell_get(e),
            K::FreeVar { .. } => self.write_free_var(e),
            K::FreeCell(index) => Ok(names::free_cell(*index)),
            K::MakeFunction { .. } => self.write_make_function(e),
            K::CBinary {
                op,
                left,
                right,
                zero_check,
                python_semantics,
            } => self.c_binary(e, *op, left, right, *zero_check, *python_semantics),
            K::CUnary { .. } => self.write_c_unary(e),
            K::CCompare { .. } => self.write_c_compare(e),
            K::FloatChain(chain) => self.float_chain(chain),
            K::SoftComplexPow { .. } => self.write_soft_complex_pow(e),
            K::Effects { .. } => self.write_effects(e),
            K::CChain { operands, links } => self.c_chain(operands, links, e.span),
            K::CLogical { and, left, right } => self.c_logical(*and, left, right),
            K::Cond { test, body, orelse } => self.cond(e, test, body, orelse),
            K::AddressOf(..) => self.write_address_of(e),
            K::SizeOf(t) => Ok(Val::atom(format!("sizeof({})", cast_type(t)))),
            K::PyBinary {
                op,
                left,
                right,
                inplace,
            } => self.py_binary(*op, left, right, *inplace),
            K::PyUnary { op, operand } => self.py_unary(e, *op, operand),
            K::PyCompare { op, left, right } => self.py_compare(*op, left, right, false),
            K::PyCompareBool { op, left, right } => self.py_compare(*op, left, right, true),
            K::PyLogical { and, left, right } => self.py_logical(*and, left, right),
            K::PyAttr { .. } => self.write_py_attr(e),
            K::ImportFrom { .. } => self.write_import_from(e),
            K::PyCall { func, args } => self.py_call(func, args),
            K::PyMethodCall { .. } => self.write_py_method_call(e),
            K::PyGetItem { .. } => self.write_py_get_item(e),
            K::PyGetItemInt { .. } => self.write_py_get_item_int(e),
            K::BytesItem { .. } => self.write_bytes_item(e),
            K::MakeSlice { lower, upper, step } => self.slice_object(lower, upper, step),
            K::PySlice { .. } => self.write_py_slice(e),
            K::MakeList(items) => self.make_seq(true, items),
            K::MakeTuple(items) => self.make_seq(false, items),
            K::MakeSet(..) => self.write_make_set(e),
            K::MakeDict(..) => self.write_make_dict(e),
            K::Comp { .. } => self.write_comp(e),
            K::Import { .. } => self.write_import(e),
            K::Append { .. } => self.write_append(e),
            K::FormatJoin(parts) => self.format_join(parts),
            K::Coerce { kind, operand } => self.coerce(e, kind, operand),
            K::UnpackedItem => self.unpacked_item(e.span),
            K::IterItem => self.iter_item(e.span),
            K::CCall { func, args } => self.c_call(e, func, args),
            K::CCallPtr { .. } => self.write_c_call_ptr(e),
            K::BuiltinCall { which, args } => self.builtin_call(e, *which, args),
            K::MvElement(..) => self.write_mv_element(e),
            K::MvElementAddr(..) => self.write_mv_element_addr(e),
            K::MvSlice { view, axes, checks } => self.mv_slice(e, view, axes, checks),
            K::MvShape {
                view,
                axis,
                nonecheck,
            } => self.mv_dim(view, *axis, *nonecheck, "shape"),
            K::MvStride {
                view,
                axis,
                nonecheck,
            } => self.mv_dim(view, *axis, *nonecheck, "strides"),
            K::MvShapeAt { .. } => self.write_mv_shape_at(e),
            K::MvShapeList { .. } => self.write_mv_shape_list(e),
            K::MvAttr { .. } => self.write_mv_attr(e),
            K::MvCopy { .. } => self.write_mv_copy(e),
            K::BufferData(..) => self.write_buffer_data(e),
            K::MvIsContig { .. } => self.write_mv_is_contig(e),
            K::MvFromPtr { .. } => self.write_mv_from_ptr(e),
            K::MvTranspose { .. } => self.write_mv_transpose(e),
            K::PtrIndex { .. } => self.write_ptr_index(e),
            K::StructLit(..) => self.write_struct_lit(e),
            K::Field { .. } => self.write_field(e),
        }
    }

    /// Evaluate a C-typed expression.
    pub fn c_val(&mut self, e: &TExpr) -> R<(String, u8)> {
        match self.expr(e)? {
            Val::C { code, prec } => Ok((code, prec)),
            v => {
                self.release(&v);
                Err(ice(
                    format!("expected a C value, got an object or view ({})", e.ty),
                    e.span,
                ))
            }
        }
    }

    /// Evaluate an object-typed expression.
    pub fn obj(&mut self, e: &TExpr) -> R<Val> {
        match self.expr(e)? {
            v @ Val::Obj { .. } => Ok(v),
            v => {
                self.release(&v);
                Err(ice(format!("expected an object, got {}", e.ty), e.span))
            }
        }
    }

    /// Make a C value usable twice (an identifier or a fresh temp).
    pub fn simple(&mut self, v: (String, u8), ty: &Type) -> String {
        if is_simple(&v.0) {
            v.0
        } else {
            let t = self.c_temp(ty);
            self.w.line(format!("{t} = {};", v.0));
            t
        }
    }
}

/// A C expression that can be evaluated twice at no cost and with no
/// effect (an identifier or a literal).
pub fn is_simple(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// The C truth value of a C value.
pub fn truth_c(v: &(String, u8)) -> String {
    format!("{} != 0", paren(v, prec::SHIFT))
}

/// `*&x` → `x` and `*(T *)(p)` stays; returns code and precedence.
fn simplify_deref(code: &str) -> (String, u8) {
    if let Some(rest) = code.strip_prefix("*&") {
        return (rest.to_string(), prec::ATOM);
    }
    // `*(&((double *)d)[i])` → `((double *)d)[i]`
    if let Some(inner) = code.strip_prefix("*(&").and_then(|r| r.strip_suffix(')')) {
        return (inner.to_string(), prec::ATOM);
    }
    (code.to_string(), prec::UNARY)
}

/// Re-indent captured statements one level deeper.
pub fn indent_more(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

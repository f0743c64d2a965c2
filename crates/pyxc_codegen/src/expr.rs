//! Expressions: one method per TIR operation. Each returns a [`Val`]; any
//! statements it needs (calls that can fail, temps) are written first.

use crate::consts::Const;
use crate::emit::c_string;
use crate::fn_writer::{code_of, paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::type_spelling::{self, cast_type, float_literal, int_literal};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ErrorReturn, FloatKind, IntKind, ObjKind, Type};

/// The C type object of a builtin type name, with `exact` for builtins.
pub fn builtin_type_object(name: &str) -> Option<&'static str> {
    Some(match name {
        "list" => "&PyList_Type",
        "tuple" => "&PyTuple_Type",
        "dict" => "&PyDict_Type",
        "set" => "&PySet_Type",
        "frozenset" => "&PyFrozenSet_Type",
        "str" => "&PyUnicode_Type",
        "bytes" => "&PyBytes_Type",
        "bytearray" => "&PyByteArray_Type",
        "int" => "&PyLong_Type",
        "float" => "&PyFloat_Type",
        "bool" => "&PyBool_Type",
        "slice" => "&PySlice_Type",
        "type" => "&PyType_Type",
        "complex" => "&PyComplex_Type",
        "object" => "&PyBaseObject_Type",
        _ => return None,
    })
}

/// A C expression that can be evaluated twice at no cost and with no
/// effect (an identifier or a literal).
pub fn is_simple(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

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
            K::ThreadId => Ok(Val::atom("pyxc_cg_threadid()")),
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
            K::FreeCell(index) => Ok(Val::borrowed(format!(
                "PyTuple_GET_ITEM({}, {index})",
                naming::CLOSURE
            ))),
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
            K::MakeList(items) | K::MakeTuple(items) => {
                let list = matches!(e.kind, K::MakeList(_));
                let mut vals = vec![];
                for it in items {
                    vals.push(self.obj(it)?);
                }
                let (new, set) = if list {
                    ("PyList_New", "PyList_SET_ITEM")
                } else {
                    ("PyTuple_New", "PyTuple_SET_ITEM")
                };
                let r = self.call_obj(format!("{new}({})", vals.len()));
                for (i, v) in vals.iter().enumerate() {
                    let c = self.new_ref(v);
                    self.w.line(format!("{set}({}, {i}, {c});", r.code()));
                    self.forget(v);
                }
                Ok(r)
            }
            K::MakeSet(..) => self.write_make_set(e),
            K::MakeDict(..) => self.write_make_dict(e),
            K::Comp { .. } => self.write_comp(e),
            K::Import { .. } => self.write_import(e),
            K::Append { .. } => self.write_append(e),
            K::FormatJoin(parts) => self.format_join(parts),
            K::Coerce { kind, operand } => self.coerce(e, kind, operand),
            K::UnpackedItem => match &self.unpacked {
                Some(t) => Ok(Val::owned(t.clone())),
                None => Err(ice("UnpackedItem outside an unpacking", e.span)),
            },
            K::IterItem => match self.iter_items.last() {
                Some(t) => Ok(Val::owned(t.clone())),
                None => Err(ice("IterItem outside a loop", e.span)),
            },
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
            }
            | K::MvStride {
                view,
                axis,
                nonecheck,
            } => {
                let what = if matches!(e.kind, K::MvShape { .. }) {
                    "shape"
                } else {
                    "strides"
                };
                let v = self.view(view)?;
                self.none_attr_check(v.code(), *nonecheck, what);
                let code = format!("{}.{what}[{axis}]", v.code());
                if matches!(v, Val::Slice { owned: true, .. }) {
                    let t = self.c_temp(&index_type());
                    self.w.line(format!("{t} = {code};"));
                    self.release(&v);
                    return Ok(Val::atom(t));
                }
                Ok(Val::atom(code))
            }
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

    fn write_global(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Global(name) = &e.kind else {
            return Err(ice("write_global of another node", e.span));
        };
        let k = self.md.consts.str(name);
        Ok(self.call_obj(format!("pyxc_get_global({}, {k})", naming::MODULE_DICT)))
    }

    fn write_py_get_item_int(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyGetItemInt {
            obj,
            index,
            wraparound,
            boundscheck,
        } = &e.kind
        else {
            return Err(ice("write_py_get_item_int of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.c_val(index)?;
        let r = self.call_obj(format!(
            "pyxc_getitem_int({}, {}, {}, {})",
            o.code(),
            i.0,
            *wraparound as u8,
            *boundscheck as u8
        ));
        self.release(&o);
        Ok(r)
    }

    fn write_bytes_item(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BytesItem {
            obj,
            index,
            wraparound,
            boundscheck,
        } = &e.kind
        else {
            return Err(ice("write_bytes_item of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.c_val(index)?;
        let t = self.c_temp_named("int");
        self.w.line(format!(
            "{t} = pyxc_cg_bytes_at({}, {}, {}, {});",
            o.code(),
            i.0,
            *wraparound as u8,
            *boundscheck as u8
        ));
        self.check(&format!("{t} < 0"), None);
        self.release(&o);
        Ok(Val::c(format!("(unsigned char){t}"), prec::UNARY))
    }

    fn write_py_slice(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PySlice {
            obj,
            lower,
            upper,
            step,
        } = &e.kind
        else {
            return Err(ice("write_py_slice of another node", e.span));
        };
        let o = self.obj(obj)?;
        let s = self.slice_object(lower, upper, step)?;
        let r = self.call_obj(format!("PyObject_GetItem({}, {})", o.code(), s.code()));
        self.release(&s);
        self.release(&o);
        Ok(r)
    }

    fn write_comp(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Comp {
            kind,
            elt,
            value,
            generators,
            cells,
        } = &e.kind
        else {
            return Err(ice("write_comp of another node", e.span));
        };
        for c in cells {
            let v = self.var(*c)?;
            let name = naming::local(&v.name);
            self.w
                .line(format!("Py_XSETREF({name}, PyCell_New(NULL));"));
            self.check_null(&name);
        }
        self.comp(*kind, elt, value.as_deref(), generators, e.span)
    }

    fn write_import(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Import {
            module,
            level,
            fromlist,
        } = &e.kind
        else {
            return Err(ice("write_import of another node", e.span));
        };
        let k = self.md.consts.str(module);
        let fl = if fromlist.is_empty() {
            "NULL".to_string()
        } else {
            self.md.consts.get(Const::StrTuple(fromlist.clone()))
        };
        Ok(self.call_obj(format!(
            "PyImport_ImportModuleLevelObject({k}, {}, NULL, {fl}, {level})",
            naming::MODULE_DICT
        )))
    }

    fn write_mv_shape_at(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvShapeAt {
            view,
            index,
            strides,
            nonecheck,
        } = &e.kind
        else {
            return Err(ice("write_mv_shape_at of another node", e.span));
        };
        let what = if *strides { "strides" } else { "shape" };
        let ndim = view_type(&view.ty).map_or(0, |m| m.ndim());
        let v = self.view(view)?;
        self.none_attr_check(v.code(), *nonecheck, what);
        let k = self.c_val(index)?;
        // Entries past the view's dimensions read 0, as Cython's
        // 8-entry arrays do (and never out of the array).
        let t = self.c_temp(&index_type());
        self.w.line(format!(
            "{t} = (size_t){} < {ndim} ? {}.{what}[{}] : 0;",
            paren(&k, prec::UNARY),
            v.code(),
            k.0
        ));
        self.release(&v);
        Ok(Val::atom(t))
    }

    fn write_mv_shape_list(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvShapeList {
            view,
            strides,
            nonecheck,
        } = &e.kind
        else {
            return Err(ice("write_mv_shape_list of another node", e.span));
        };
        let what = if *strides { "strides" } else { "shape" };
        let mv = view_type(&view.ty).ok_or_else(|| ice("shape of a non-view", e.span))?;
        let v = self.view(view)?;
        self.none_attr_check(v.code(), *nonecheck, what);
        let n = mv.ndim();
        let r = self.call_obj("PyList_New(PYXC_MAX_DIMS)".to_string());
        for i in 0..8 {
            let item = if i < n {
                format!("{}.{what}[{i}]", v.code())
            } else {
                "0".to_string()
            };
            let t = self.call_obj(format!("PyLong_FromSsize_t({item})"));
            self.w
                .line(format!("PyList_SET_ITEM({}, {i}, {});", r.code(), t.code()));
            self.forget(&t);
        }
        self.release(&v);
        Ok(r)
    }

    fn write_mv_copy(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvCopy {
            view,
            fortran,
            nonecheck,
        } = &e.kind
        else {
            return Err(ice("write_mv_copy of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("copy of a non-view", e.span))?;
        let v = self.view(view)?;
        let name = if *fortran { "copy_fortran" } else { "copy" };
        self.none_attr_check(v.code(), *nonecheck, name);
        let dt = self.md.view_dtype(&mv, e.span)?;
        let t = self.slice_temp();
        self.check_neg(&format!(
            "pyxc_slice_copy(&{}, &{t}, {}, &{dt}, {})",
            v.code(),
            mv.ndim(),
            *fortran as u8
        ));
        self.release(&v);
        Ok(Val::Slice {
            code: t,
            owned: true,
        })
    }

    fn write_mv_from_ptr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvFromPtr {
            ptr,
            shape,
            fortran,
        } = &e.kind
        else {
            return Err(ice("write_mv_from_ptr of another node", e.span));
        };
        let mv = view_type(&e.ty).ok_or_else(|| ice("a pointer view of no view type", e.span))?;
        let p = self.c_val(ptr)?;
        let p = self.simple(p, &ptr.ty);
        let mut dims = vec![];
        for s in shape {
            let v = self.c_val(s)?;
            dims.push(v.0);
        }
        let dt = self.md.view_dtype(&mv, e.span)?;
        let t = self.slice_temp();
        self.w.open("");
        self.w.line(format!(
            "const Py_ssize_t pyxc_shape[{}] = {{{}}};",
            dims.len(),
            dims.join(", ")
        ));
        self.check_neg(&format!(
            "pyxc_slice_from_ptr((void *){p}, {}, pyxc_shape, {}, &{dt}, &{t})",
            dims.len(),
            *fortran as u8
        ));
        self.w.close();
        Ok(Val::Slice {
            code: t,
            owned: true,
        })
    }

    fn write_field(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Field {
            base,
            field,
            through_ptr,
        } = &e.kind
        else {
            return Err(ice("write_field of another node", e.span));
        };
        let b = self.c_val(base)?;
        let op = if *through_ptr { "->" } else { "." };
        Ok(Val::atom(format!("{}{op}{field}", paren(&b, prec::ATOM))))
    }

    fn write_bytes_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BytesConst(b) = &e.kind else {
            return Err(ice("write_bytes_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(self.md.consts.get(Const::Bytes(b.clone()))))
        } else {
            Ok(Val::atom(c_string(b)))
        }
    }

    fn write_bool_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BoolConst(b) = &e.kind else {
            return Err(ice("write_bool_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(if *b { "Py_True" } else { "Py_False" }))
        } else {
            Ok(Val::atom(if *b { "1" } else { "0" }))
        }
    }

    fn write_let(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Let { var, value } = &e.kind else {
            return Err(ice("write_let of another node", e.span));
        };
        let v = self.expr(value)?;
        self.assign(&LValue::Local(*var), v, &value.ty, e.span)?;
        self.local(*var, false)
    }

    fn write_cell_get(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CellGet { cell, name } = &e.kind else {
            return Err(ice("write_cell_get of another node", e.span));
        };
        let c = naming::local(&self.var(*cell)?.name);
        let n = c_string(name.as_bytes());
        Ok(self.cell_value(&c, &format!("pyxc_raise_unbound_local({n});")))
    }

    fn write_c_compare(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CCompare { op, left, right } = &e.kind else {
            return Err(ice("write_c_compare of another node", e.span));
        };
        let a = self.c_val(left)?;
        let b = self.c_val(right)?;
        Ok(c_compare(*op, &a, &b))
    }

    fn write_soft_complex_pow(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::SoftComplexPow { base, exponent } = &e.kind else {
            return Err(ice("write_soft_complex_pow of another node", e.span));
        };
        let a = self.c_val(base)?;
        let b = self.c_val(exponent)?;
        Ok(self.call_obj(format!("pyxc_cg_soft_pow({}, {})", a.0, b.0)))
    }

    fn write_address_of(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::AddressOf(lv) = &e.kind else {
            return Err(ice("write_address_of of another node", e.span));
        };
        let code = self.lvalue_c(lv, e.span)?;
        Ok(Val::c(
            format!("&{}", paren(&(code, prec::ATOM), prec::UNARY)),
            prec::UNARY,
        ))
    }

    fn write_py_attr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyAttr { obj, attr } = &e.kind else {
            return Err(ice("write_py_attr of another node", e.span));
        };
        let o = self.obj(obj)?;
        let k = self.md.consts.str(attr);
        let r = self.call_obj(format!("PyObject_GetAttr({}, {k})", o.code()));
        self.release(&o);
        Ok(r)
    }

    fn write_import_from(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::ImportFrom { module, name } = &e.kind else {
            return Err(ice("write_import_from of another node", e.span));
        };
        let o = self.obj(module)?;
        let k = self.md.consts.str(name);
        let r = self.call_obj(format!("pyxc_cg_import_from({}, {k})", o.code()));
        self.release(&o);
        Ok(r)
    }

    fn write_buffer_data(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BufferData(view) = &e.kind else {
            return Err(ice("write_buffer_data of another node", e.span));
        };
        let v = self.view(view)?;
        let code = format!("((char *){}.data)", v.code());
        self.release(&v);
        Ok(Val::atom(code))
    }

    fn write_ptr_index(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PtrIndex { ptr, index } = &e.kind else {
            return Err(ice("write_ptr_index of another node", e.span));
        };
        let p = self.c_val(ptr)?;
        let i = self.c_val(index)?;
        Ok(Val::atom(format!("{}[{}]", paren(&p, prec::ATOM), i.0)))
    }

    fn write_float_const(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::FloatConst(f) = &e.kind else {
            return Err(ice("write_float_const of another node", e.span));
        };
        let ty = &e.ty;
        if ty.is_object() {
            Ok(Val::borrowed(self.md.consts.get(Const::Float(*f))))
        } else {
            let lit = float_literal(*f);
            let p = if lit.starts_with('-') || lit.starts_with('(') {
                prec::UNARY
            } else {
                prec::ATOM
            };
            Ok(Val::c(lit, p))
        }
    }

    fn write_c_global(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CGlobal(id) = &e.kind else {
            return Err(ice("write_c_global of another node", e.span));
        };
        let v = self
            .md
            .m
            .cglobals
            .get(id.0 as usize)
            .ok_or_else(|| ice("unknown C global", e.span))?;
        let name = naming::cglobal(&v.name);
        Ok(match v.ty.strip_const() {
            Type::Object(_) | Type::Buffer(_) => {
                let q = self.md.consts.str(&v.name);
                self.check(
                    &format!("!{name}"),
                    Some(&format!("pyxc_raise_name_error({q});")),
                );
                Val::borrowed(name)
            }
            Type::MemView(_) => Val::Slice {
                code: name,
                owned: false,
            },
            _ => Val::atom(name),
        })
    }

    fn write_c_str_slice(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CStrSlice { ptr, start, stop } = &e.kind else {
            return Err(ice("write_c_str_slice of another node", e.span));
        };
        let p = self.c_val(ptr)?;
        let p = self.simple(p, &ptr.ty);
        let a = self.c_val(start)?;
        let a = self.simple(a, &start.ty);
        let b = match stop {
            Some(s) => self.c_val(s)?.0,
            None => format!("(Py_ssize_t)strlen((const char *){p})"),
        };
        Ok(self.call_obj(format!("pyxc_cg_bytes_slice((const char *){p}, {a}, {b})")))
    }

    fn write_new_cell(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::NewCell(init) = &e.kind else {
            return Err(ice("write_new_cell of another node", e.span));
        };
        let v = match init {
            Some(x) => Some(self.obj(x)?),
            None => None,
        };
        let arg = v
            .as_ref()
            .map_or("NULL".to_string(), |v| v.code().to_string());
        let t = self.call_obj(format!("PyCell_New({arg})"));
        if let Some(v) = &v {
            self.release(v);
        }
        Ok(t)
    }

    fn write_free_var(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::FreeVar { index, name } = &e.kind else {
            return Err(ice("write_free_var of another node", e.span));
        };
        let c = format!("PyTuple_GET_ITEM({}, {index})", naming::CLOSURE);
        let msg = c_string(
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                .as_bytes(),
        );
        Ok(self.cell_value(&c, &format!("PyErr_SetString(PyExc_NameError, {msg});")))
    }

    fn write_make_function(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeFunction { func, closure } = &e.kind else {
            return Err(ice("write_make_function of another node", e.span));
        };
        let idx = self
            .md
            .method_index(*func)
            .ok_or_else(|| ice("closure without a wrapper", e.span))?;
        let t = match closure {
            Some(t) => Some(self.obj(t)?),
            None => None,
        };
        let f = self.function_object(idx, t.as_ref().map_or("NULL", |t| t.code()));
        if let Some(t) = &t {
            self.release(t);
        }
        Ok(f)
    }

    fn write_c_unary(&mut self, e: &TExpr) -> R<Val> {
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

    fn write_effects(&mut self, e: &TExpr) -> R<Val> {
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

    fn write_py_method_call(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyMethodCall { obj, name, args } = &e.kind else {
            return Err(ice("write_py_method_call of another node", e.span));
        };
        let o = self.obj(obj)?;
        let mut vals = vec![];
        for a in args {
            vals.push(self.obj(a)?);
        }
        let k = self.md.consts.str(name);
        let t = self.obj_temp();
        if vals.is_empty() {
            self.w.line(format!(
                "{t} = pyxc_call_method({}, {k}, NULL, 0);",
                o.code()
            ));
        } else {
            let codes: Vec<String> = vals.iter().map(code_of).collect();
            self.w.open("");
            self.w.line(format!(
                "PyObject *pyxc_args[{}] = {{{}}};",
                codes.len(),
                codes.join(", ")
            ));
            self.w.line(format!(
                "{t} = pyxc_call_method({}, {k}, pyxc_args, {});",
                o.code(),
                codes.len()
            ));
            self.w.close();
        }
        self.check_null(&t);
        self.release(&o);
        for v in &vals {
            self.release(v);
        }
        Ok(Val::owned(t))
    }

    fn write_py_get_item(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::PyGetItem { obj, index } = &e.kind else {
            return Err(ice("write_py_get_item of another node", e.span));
        };
        let o = self.obj(obj)?;
        let i = self.obj(index)?;
        let r = self.call_obj(format!("pyxc_getitem({}, {})", o.code(), i.code()));
        self.release(&o);
        self.release(&i);
        Ok(r)
    }

    fn write_make_set(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeSet(items) = &e.kind else {
            return Err(ice("write_make_set of another node", e.span));
        };
        let r = self.call_obj("PySet_New(NULL)".into());
        for it in items {
            let v = self.obj(it)?;
            self.check_neg(&format!("PySet_Add({}, {})", r.code(), v.code()));
            self.release(&v);
        }
        Ok(r)
    }

    fn write_make_dict(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MakeDict(items) = &e.kind else {
            return Err(ice("write_make_dict of another node", e.span));
        };
        let r = self.call_obj("PyDict_New()".into());
        for (k, v) in items {
            let kv = self.obj(k)?;
            let vv = self.obj(v)?;
            self.check_neg(&format!(
                "PyDict_SetItem({}, {}, {})",
                r.code(),
                kv.code(),
                vv.code()
            ));
            self.release(&kv);
            self.release(&vv);
        }
        Ok(r)
    }

    fn write_append(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::Append { list, item } = &e.kind else {
            return Err(ice("write_append of another node", e.span));
        };
        let l = self.obj(list)?;
        let i = self.obj(item)?;
        let t = self.c_temp_named("int");
        self.w
            .line(format!("{t} = pyxc_append({}, {});", l.code(), i.code()));
        self.check(&format!("{t} < 0"), None);
        self.release(&l);
        self.release(&i);
        Ok(Val::atom(t))
    }

    fn write_c_call_ptr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::CCallPtr { func, args, error } = &e.kind else {
            return Err(ice("write_c_call_ptr of another node", e.span));
        };
        let f = self.c_val(func)?;
        let (codes, rel) = self.call_args(args)?;
        let call = format!("({})({})", f.0, codes.join(", "));
        let r = self.call_result(&call, &e.ty, error, e.span)?;
        for v in &rel {
            self.release(v);
        }
        Ok(r)
    }

    fn write_mv_element(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvElement(ix) = &e.kind else {
            return Err(ice("write_mv_element of another node", e.span));
        };
        let (ptr, rel) = self.mv_element_ptr(ix)?;
        let p = (ptr, prec::UNARY);
        let code = format!("*{}", paren(&p, prec::UNARY));
        let code = simplify_deref(&code);
        if let Some(v) = rel {
            let t = self.c_temp(&e.ty);
            self.w.line(format!("{t} = {};", code.0));
            self.release(&v);
            return Ok(Val::atom(t));
        }
        Ok(Val::c(code.0, code.1))
    }

    fn write_mv_element_addr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvElementAddr(ix) = &e.kind else {
            return Err(ice("write_mv_element_addr of another node", e.span));
        };
        let (ptr, rel) = self.mv_element_ptr(ix)?;
        if let Some(v) = rel {
            // The address outlives the temporary view: keep the
            // view alive by not releasing it is not possible;
            // sema should only take addresses of named views.
            self.release(&v);
            return Err(ice("address of an element of a temporary view", e.span));
        }
        Ok(Val::c(ptr, prec::UNARY))
    }

    fn write_mv_attr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvAttr { view, attr } = &e.kind else {
            return Err(ice("write_mv_attr of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("attribute of a non-view", e.span))?;
        let v = self.view(view)?;
        self.check(
            &format!("(PyObject *){}.mv == Py_None", v.code()),
            Some(&format!(
                "pyxc_raise_none_view_pyattr({});",
                c_string(attr.name().as_bytes())
            )),
        );
        let size = || {
            (0..mv.ndim())
                .map(|i| format!("{}.shape[{i}]", v.code()))
                .collect::<Vec<_>>()
                .join(" * ")
        };
        let item = format!("(Py_ssize_t)sizeof({})", cast_type(mv.dtype.strip_const()));
        let code = match attr {
            MvAttrKind::Size => size(),
            MvAttrKind::Nbytes => format!("{} * {item}", size()),
            MvAttrKind::Ndim => mv.ndim().to_string(),
            MvAttrKind::Itemsize => item,
        };
        let t = self.c_temp(&index_type());
        self.w.line(format!("{t} = {code};"));
        self.release(&v);
        Ok(Val::atom(t))
    }

    fn write_mv_is_contig(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvIsContig { view, fortran } = &e.kind else {
            return Err(ice("write_mv_is_contig of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("is_c_contig of a non-view", e.span))?;
        let v = self.view(view)?;
        let elem = crate::type_spelling::elem_type(&mv);
        let t = self.c_temp(&Type::Bint);
        self.w.line(format!(
            "{t} = pyxc_cg_is_contig(&{}, {}, sizeof({elem}), {});",
            v.code(),
            mv.ndim(),
            *fortran as u8
        ));
        self.release(&v);
        Ok(Val::atom(t))
    }

    fn write_mv_transpose(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvTranspose { view, nonecheck } = &e.kind else {
            return Err(ice("write_mv_transpose of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("transpose of a non-view", e.span))?;
        let v = self.view(view)?;
        if *nonecheck {
            self.check(
                &format!("(PyObject *){}.mv == Py_None", v.code()),
                Some("PyErr_SetString(PyExc_AttributeError, \"Cannot transpose None memoryview slice\");"),
            );
        }
        let n = mv.ndim();
        let t = self.slice_temp();
        self.w.line(format!("{t}.mv = {}.mv;", v.code()));
        self.w.line(format!("{t}.data = {}.data;", v.code()));
        for i in 0..n {
            let j = n - 1 - i;
            self.w
                .line(format!("{t}.shape[{i}] = {}.shape[{j}];", v.code()));
            self.w
                .line(format!("{t}.strides[{i}] = {}.strides[{j}];", v.code()));
        }
        if matches!(v, Val::Slice { owned: true, .. }) {
            self.forget(&v);
        } else {
            self.w.line(format!("Py_XINCREF((PyObject *){t}.mv);"));
        }
        Ok(Val::Slice {
            code: t,
            owned: true,
        })
    }

    fn write_struct_lit(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::StructLit(values) = &e.kind else {
            return Err(ice("write_struct_lit of another node", e.span));
        };
        let ty = &e.ty;
        let Type::Struct(st) = ty.strip_const() else {
            return Err(ice("struct literal of a non-struct", e.span));
        };
        // Each value in a temp unless trivial: C leaves the order of
        // initializers unspecified, Python's is left to right.
        let mut inits = Vec::new();
        for ((name, fty), v) in st.fields().iter().zip(values) {
            let c = self.c_val(v)?;
            let c = self.simple(c, fty);
            inits.push(format!(".{} = {c}", st.c_field(name)));
        }
        Ok(Val::atom(format!(
            "(({}){{{}}})",
            cast_type(ty),
            inits.join(", ")
        )))
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

    /// Evaluate a memoryview (or numpy buffer) expression as a slice.
    pub fn view(&mut self, e: &TExpr) -> R<Val> {
        if let (Type::Buffer(b), TExprKind::Local { var, check_bound }) =
            (e.ty.strip_const(), &e.kind)
        {
            let v = self.var(*var)?;
            let s = naming::buffer_slice(&v.name);
            let _ = b;
            if *check_bound {
                let n = c_string(v.name.as_bytes());
                self.check(
                    &format!("!{s}.mv"),
                    Some(&format!("pyxc_raise_unbound_view({n});")),
                );
            }
            return Ok(Val::Slice {
                code: s,
                owned: false,
            });
        }
        if let Type::Buffer(_) = e.ty.strip_const() {
            // A buffer-typed expression that is not a variable: acquire.
            let o = self.obj(e)?;
            let mv = pyxc_tir::tir::view_type(e.ty.strip_const())
                .ok_or_else(|| ice("a buffer without a view type", e.span))?;
            let t = self.slice_temp();
            let call = self.acquire_call(o.code(), &t, &mv, true)?;
            self.check_neg(&call);
            self.release(&o);
            return Ok(Val::Slice {
                code: t,
                owned: true,
            });
        }
        match self.expr(e)? {
            v @ Val::Slice { .. } => Ok(v),
            v => {
                self.release(&v);
                Err(ice(format!("expected a memoryview, got {}", e.ty), e.span))
            }
        }
    }

    fn int_const(&mut self, v: i128, ty: &Type) -> Val {
        if ty.is_object() {
            return Val::borrowed(self.md.consts.get(Const::Int(v.to_string())));
        }
        if matches!(ty.strip_const(), Type::Bint) {
            return Val::atom(if v != 0 { "1" } else { "0" });
        }
        if ty.is_float() {
            let lit = float_literal(v as f64);
            return Val::c(lit.clone(), if v < 0 { prec::UNARY } else { prec::ATOM });
        }
        let lit = int_literal(v, ty.arith_int_kind());
        let p = if lit.starts_with('-') {
            prec::UNARY
        } else {
            prec::ATOM
        };
        Val::c(lit, p)
    }

    /// A display with starred parts: built up in order, a list turned into
    /// a tuple at the end for `(*a, b)`.
    fn display(&mut self, kind: DisplayKind, parts: &[DisplayPart]) -> R<Val> {
        let new = match kind {
            DisplayKind::List | DisplayKind::Tuple => "PyList_New(0)",
            DisplayKind::Set => "PySet_New(NULL)",
            DisplayKind::Dict => "PyDict_New()",
        };
        let acc = self.call_obj(new.to_string());
        let a = acc.code().to_string();
        for p in parts {
            match p {
                DisplayPart::Item(x) => {
                    let v = self.obj(x)?;
                    let add = if kind == DisplayKind::Set {
                        "PySet_Add"
                    } else {
                        "PyList_Append"
                    };
                    self.check_neg(&format!("{add}({a}, {})", v.code()));
                    self.release(&v);
                }
                DisplayPart::Star(x) => {
                    let v = self.obj(x)?;
                    self.check_neg(&format!("pyxc_cg_extend({a}, {})", v.code()));
                    self.release(&v);
                }
                DisplayPart::Pair(k, x) => {
                    let kv = self.obj(k)?;
                    let v = self.obj(x)?;
                    self.check_neg(&format!("PyDict_SetItem({a}, {}, {})", kv.code(), v.code()));
                    self.release(&kv);
                    self.release(&v);
                }
                DisplayPart::DoubleStar(x) => {
                    let v = self.obj(x)?;
                    self.check_neg(&format!("pyxc_cg_dict_merge({a}, {})", v.code()));
                    self.release(&v);
                }
            }
        }
        if kind == DisplayKind::Tuple {
            let t = self.call_obj(format!("PyList_AsTuple({a})"));
            self.release(&acc);
            return Ok(t);
        }
        Ok(acc)
    }

    /// The value in cell `cell` (a new reference), raising with `raise`
    /// when the cell is empty.
    fn cell_value(&mut self, cell: &str, raise: &str) -> Val {
        let t = self.obj_temp();
        self.w.line(format!("{t} = PyCell_GET({cell});"));
        self.check(&format!("!{t}"), Some(raise));
        self.w.line(format!("Py_INCREF({t});"));
        Val::owned(t)
    }

    /// A new function object for method-table entry `idx`, whose C
    /// functions receive `closure` (a tuple or NULL) as `self`.
    pub fn function_object(&mut self, idx: usize, closure: &str) -> Val {
        let modname = self.md.consts.str(&self.md.m.name);
        let m = self.md.m;
        let sig = naming::sig(&m.functions[self.md.methods[idx].0 as usize].name);
        self.call_obj(format!(
            "pyxc_function_new(&{}[{idx}], &{sig}, {closure}, {modname}, {})",
            naming::METHODS,
            naming::MODULE_DICT
        ))
    }

    fn local(&mut self, var: VarId, check_bound: bool) -> R<Val> {
        let v = self.var(var)?;
        let name = naming::local(&v.name);
        match v.ty.strip_const() {
            Type::Object(_) | Type::Buffer(_) => {
                if check_bound {
                    let n = c_string(v.name.as_bytes());
                    self.check(
                        &format!("!{name}"),
                        Some(&format!("pyxc_raise_unbound_local({n});")),
                    );
                }
                Ok(Val::borrowed(name))
            }
            Type::MemView(_) => {
                if check_bound {
                    let n = c_string(v.name.as_bytes());
                    self.check(
                        &format!("!{name}.mv"),
                        Some(&format!("pyxc_raise_unbound_view({n});")),
                    );
                }
                Ok(Val::Slice {
                    code: name,
                    owned: false,
                })
            }
            _ => Ok(Val::atom(name)),
        }
    }

    pub fn cfunc_name(&self, t: &CFuncTarget, span: pyxc_diagnostics::Span) -> R<String> {
        match t {
            CFuncTarget::Module(id) => {
                let f = self
                    .md
                    .m
                    .functions
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown function", span))?;
                Ok(naming::native(&f.name))
            }
            CFuncTarget::Extern { c_name, .. } => Ok(c_name.clone()),
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

    fn c_binary(
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
                    return Ok(float_division(op, &a, &b, &ty, fk, python_semantics));
                }
                let k = ty
                    .arith_int_kind()
                    .ok_or_else(|| ice(format!("division on {ty}"), e.span))?;
                Ok(int_division(op, &a, &b, &ty, k, python_semantics))
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
        Ok(Val::c(
            format!("({}){helper}({}, {})", cast_type(ty), a.0, b.0),
            prec::UNARY,
        ))
    }

    fn c_chain(
        &mut self,
        operands: &[TExpr],
        links: &[ChainLink],
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        if operands.len() != links.len() + 1 || links.is_empty() {
            return Err(ice("malformed comparison chain", span));
        }
        let r = self.c_temp_named("int");
        let first = self.c_val(&operands[0])?;
        let mut prev = self.simple(first, &operands[0].ty);
        let mut opened = 0;
        for (i, link) in links.iter().enumerate() {
            let next = self.c_val(&operands[i + 1])?;
            let next = if i + 1 < links.len() {
                self.simple(next, &operands[i + 1].ty)
            } else {
                paren(&next, prec::ATOM)
            };
            let side = |code: &str, cast: &Option<Type>| match cast {
                Some(ty) => (format!("({}){code}", cast_type(ty)), prec::UNARY),
                None => (code.to_string(), prec::ATOM),
            };
            let cmp = c_compare(
                link.op,
                &side(&prev, &link.left_cast),
                &side(&next, &link.right_cast),
            );
            self.w.line(format!("{r} = {};", cmp.code()));
            if i + 1 < links.len() {
                self.w.open(format!("if ({r})"));
                opened += 1;
            }
            prev = next;
        }
        for _ in 0..opened {
            self.w.close();
        }
        Ok(Val::atom(r))
    }

    fn c_logical(&mut self, and: bool, left: &TExpr, right: &TExpr) -> R<Val> {
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

    fn cond(&mut self, e: &TExpr, test: &TExpr, body: &TExpr, orelse: &TExpr) -> R<Val> {
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

    fn py_binary(&mut self, op: PyBinOp, left: &TExpr, right: &TExpr, inplace: bool) -> R<Val> {
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
            format!(
                "pyxc_cg_arith({}, {}, '{c}', {})",
                a.code(),
                b.code(),
                inplace as u8
            )
        } else if op == PyBinOp::Pow && is_python_int_two(right) {
            format!("pyxc_cg_pow2({}, {})", a.code(), b.code())
        } else {
            format!("{func}({}, {}{extra})", a.code(), b.code())
        };
        let r = self.call_obj(call);
        self.release(&a);
        self.release(&b);
        Ok(r)
    }

    fn py_unary(&mut self, e: &TExpr, op: UnOp, operand: &TExpr) -> R<Val> {
        let a = self.obj(operand)?;
        let r = match op {
            UnOp::Neg => self.call_obj(format!("PyNumber_Negative({})", a.code())),
            UnOp::Pos => self.call_obj(format!("PyNumber_Positive({})", a.code())),
            UnOp::Invert => self.call_obj(format!("PyNumber_Invert({})", a.code())),
            UnOp::Not => {
                let t = self.c_temp_named("int");
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

    fn py_compare(&mut self, op: PyCmpOp, left: &TExpr, right: &TExpr, as_bool: bool) -> R<Val> {
        let a = self.obj(left)?;
        let b = self.obj(right)?;
        let rich = |op: PyCmpOp| match op {
            PyCmpOp::Eq => Some("Py_EQ"),
            PyCmpOp::Ne => Some("Py_NE"),
            PyCmpOp::Lt => Some("Py_LT"),
            PyCmpOp::Le => Some("Py_LE"),
            PyCmpOp::Gt => Some("Py_GT"),
            PyCmpOp::Ge => Some("Py_GE"),
            _ => None,
        };
        let result = if let Some(r) = rich(op) {
            let o = self.call_obj(format!(
                "PyObject_RichCompare({}, {}, {r})",
                a.code(),
                b.code()
            ));
            if as_bool {
                let t = self.c_temp_named("int");
                self.w.line(format!("{t} = pyxc_is_true({});", o.code()));
                self.release(&o);
                self.check(&format!("{t} < 0"), None);
                Val::atom(t)
            } else {
                o
            }
        } else {
            let t = self.c_temp_named("int");
            match op {
                PyCmpOp::In | PyCmpOp::NotIn => {
                    self.w.line(format!(
                        "{t} = PySequence_Contains({}, {});",
                        b.code(),
                        a.code()
                    ));
                    self.check(&format!("{t} < 0"), None);
                }
                _ => self.w.line(format!("{t} = {} == {};", a.code(), b.code())),
            }
            let neg = matches!(op, PyCmpOp::NotIn | PyCmpOp::IsNot);
            let c = if neg { format!("!{t}") } else { t.clone() };
            if as_bool {
                Val::c(c, if neg { prec::UNARY } else { prec::ATOM })
            } else {
                let o = self.obj_temp();
                self.w.line(format!("{o} = {c} ? Py_True : Py_False;"));
                self.w.line(format!("Py_INCREF({o});"));
                Val::owned(o)
            }
        };
        self.release(&a);
        self.release(&b);
        Ok(result)
    }

    fn py_logical(&mut self, and: bool, left: &TExpr, right: &TExpr) -> R<Val> {
        let a = self.obj(left)?;
        let r = self.obj_temp();
        let c = self.new_ref(&a);
        self.w.line(format!("{r} = {c};"));
        self.forget(&a);
        let t = self.c_temp_named("int");
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

    fn py_call(&mut self, func: &TExpr, args: &[TArg]) -> R<Val> {
        let f = self.obj(func)?;
        let simple = args
            .iter()
            .all(|a| matches!(a, TArg::Positional(_) | TArg::Keyword(..)));
        if simple {
            let mut vals = vec![];
            let mut kw = vec![];
            for a in args {
                match a {
                    TArg::Positional(x) => vals.push(self.obj(x)?),
                    TArg::Keyword(n, x) => {
                        vals.push(self.obj(x)?);
                        kw.push(n.clone());
                    }
                    _ => unreachable!(),
                }
            }
            let npos = vals.len() - kw.len();
            let kwnames = if kw.is_empty() {
                "NULL".to_string()
            } else {
                self.md.consts.get(Const::StrTuple(kw))
            };
            let t = self.obj_temp();
            let codes: Vec<String> = vals.iter().map(code_of).collect();
            self.w.open("");
            self.w.line(format!(
                "PyObject *pyxc_args[{}] = {{NULL{}}};",
                codes.len() + 1,
                codes.iter().map(|c| format!(", {c}")).collect::<String>()
            ));
            self.w.line(format!(
                "{t} = pyxc_cg_vcall({}, pyxc_args + 1, {npos} | PY_VECTORCALL_ARGUMENTS_OFFSET, {kwnames});",
                f.code()
            ));
            self.w.close();
            self.check_null(&t);
            self.release(&f);
            for v in &vals {
                self.release(v);
            }
            return Ok(Val::owned(t));
        }
        // General form: build the positional tuple and keyword dict.
        let dstar = args.iter().any(|a| matches!(a, TArg::DoubleStar(_)));
        let list = self.call_obj("PyList_New(0)".into());
        let dict = self.call_obj("PyDict_New()".into());
        // Positional and `*` arguments are evaluated before keyword and `**`
        // ones, wherever they are written (`f(k=a(), *b())` runs b first).
        let positional = |a: &&TArg| matches!(a, TArg::Positional(_) | TArg::Star(_));
        let ordered = args
            .iter()
            .filter(positional)
            .chain(args.iter().filter(|a| !positional(a)));
        for a in ordered {
            match a {
                TArg::Positional(x) => {
                    let v = self.obj(x)?;
                    self.check_neg(&format!("PyList_Append({}, {})", list.code(), v.code()));
                    self.release(&v);
                }
                TArg::Star(x) => {
                    let v = self.obj(x)?;
                    self.check_neg(&format!(
                        "pyxc_cg_list_extend({}, {})",
                        list.code(),
                        v.code()
                    ));
                    self.release(&v);
                }
                TArg::Keyword(n, x) => {
                    let v = self.obj(x)?;
                    let k = self.md.consts.str(n);
                    let set = if dstar {
                        "pyxc_cg_kw_set"
                    } else {
                        "PyDict_SetItem"
                    };
                    self.check_neg(&format!("{set}({}, {k}, {})", dict.code(), v.code()));
                    self.release(&v);
                }
                TArg::DoubleStar(x) => {
                    let v = self.obj(x)?;
                    self.check_neg(&format!("pyxc_cg_kw_merge({}, {})", dict.code(), v.code()));
                    self.release(&v);
                }
            }
        }
        let tuple = self.call_obj(format!("PyList_AsTuple({})", list.code()));
        self.release(&list);
        let r = self.call_obj(format!(
            "pyxc_cg_call({}, {}, {})",
            f.code(),
            tuple.code(),
            dict.code()
        ));
        self.release(&tuple);
        self.release(&dict);
        self.release(&f);
        Ok(r)
    }

    /// Arguments of a C call: the codes, and the values to release after.
    pub fn call_args(&mut self, args: &[TExpr]) -> R<(Vec<String>, Vec<Val>)> {
        let mut codes = vec![];
        let mut rel = vec![];
        for a in args {
            // `f(s.encode())` into a `char *`: the bytes object is held
            // until the call has returned.
            if let (
                TExprKind::Coerce {
                    kind: Coercion::FromObject,
                    operand,
                },
                Type::Ptr(_),
            ) = (&a.kind, a.ty.strip_const())
            {
                let o = self.obj(operand)?;
                codes.push(self.convert_object_code(o.code(), &a.ty, a.span)?);
                if matches!(o, Val::Obj { owned: true, .. }) {
                    rel.push(o);
                }
                continue;
            }
            let v = if matches!(a.ty.strip_const(), Type::MemView(_)) {
                self.view(a)?
            } else {
                self.expr(a)?
            };
            codes.push(code_of(&v));
            if matches!(
                v,
                Val::Obj { owned: true, .. } | Val::Slice { owned: true, .. }
            ) {
                rel.push(v);
            }
        }
        Ok((codes, rel))
    }

    /// Store a C call's result and check it as `error` says.
    pub fn call_result(
        &mut self,
        call: &str,
        ty: &Type,
        error: &ErrorReturn,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        let occurred = self.err_occurred();
        match ty.strip_const() {
            Type::Void => {
                self.w.line(format!("{call};"));
                if matches!(error, ErrorReturn::Always) {
                    self.check(occurred, None);
                }
                Ok(Val::atom(""))
            }
            Type::Object(_) | Type::Buffer(_) => {
                let t = self.obj_temp();
                self.w.line(format!("{t} = {call};"));
                self.check_null(&t);
                Ok(Val::owned(t))
            }
            Type::MemView(_) => {
                let t = self.slice_temp();
                self.w.line(format!("{t} = {call};"));
                match error {
                    ErrorReturn::None => {}
                    _ => self.check(&format!("!{t}.mv && {occurred}"), None),
                }
                Ok(Val::Slice {
                    code: t,
                    owned: true,
                })
            }
            _ => {
                let t = self.c_temp(ty);
                self.w.line(format!("{t} = {call};"));
                if let Some(test) = type_spelling::error_test(error, &t, occurred) {
                    self.check(&test, None);
                }
                let _ = span;
                Ok(Val::atom(t))
            }
        }
    }

    fn c_call(&mut self, e: &TExpr, func: &CFuncTarget, args: &[TExpr]) -> R<Val> {
        let name = self.cfunc_name(func, e.span)?;
        let (codes, rel) = self.call_args(args)?;
        let error = match func {
            CFuncTarget::Module(id) => {
                let callee = &self.md.m.functions[id.0 as usize];
                bound_call(callee, &codes, e.span)?;
                if callee.kind == FuncKind::Def {
                    ErrorReturn::Null
                } else {
                    callee.error.clone()
                }
            }
            CFuncTarget::Extern { ty, .. } => ty.error.clone(),
        };
        let call = format!("{name}({})", codes.join(", "));
        let r = self.call_result(&call, &e.ty, &error, e.span)?;
        for v in &rel {
            self.release(v);
        }
        Ok(r)
    }

    fn builtin_call(&mut self, e: &TExpr, which: Builtin, args: &[TExpr]) -> R<Val> {
        match which {
            Builtin::Globals => Ok(Val::borrowed(naming::MODULE_DICT)),
            Builtin::FitsSsize => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("FitsSsize without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&Type::Bint);
                let unused = self.c_temp(&index_type());
                self.w
                    .line(format!("{t} = pyxc_small_index({}, &{unused});", o.code()));
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::FloatOf => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("float() without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&Type::double());
                self.w
                    .line(format!("{t} = pyxc_cg_float_call({});", o.code()));
                let occurred = self.err_occurred();
                self.check(&format!("{t} == -1.0 && {occurred}"), None);
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::CStrLen => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("len() without argument", e.span))?;
                let v = self.c_val(a)?;
                Ok(Val::c(
                    format!(
                        "(Py_ssize_t)strlen((const char *){})",
                        paren(&v, prec::UNARY)
                    ),
                    prec::UNARY,
                ))
            }
            Builtin::Len => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("len() without argument", e.span))?;
                let o = self.obj(a)?;
                let t = self.c_temp(&index_type());
                self.w.line(format!("{t} = pyxc_len({});", o.code()));
                self.check(&format!("{t} < 0"), None);
                self.release(&o);
                Ok(Val::atom(t))
            }
            Builtin::AbsC => {
                let a = args
                    .first()
                    .ok_or_else(|| ice("abs() without argument", e.span))?;
                let v = self.c_val(a)?;
                if let Some(fk) = e.ty.float_kind() {
                    let f = match fk {
                        FloatKind::Float => "fabsf",
                        FloatKind::Double => "fabs",
                        FloatKind::LongDouble => "fabsl",
                    };
                    return Ok(Val::atom(format!("{f}({})", v.0)));
                }
                let x = self.simple(v, &e.ty);
                Ok(Val::c(format!("{x} < 0 ? -{x} : {x}"), prec::COND))
            }
            Builtin::MinC | Builtin::MaxC => {
                if args.is_empty() {
                    return Err(ice("min/max without arguments", e.span));
                }
                let r = self.c_temp(&e.ty);
                let first = self.c_val(&args[0])?;
                self.w.line(format!("{r} = {};", first.0));
                let cmp = if which == Builtin::MinC { "<" } else { ">" };
                for a in &args[1..] {
                    let v = self.c_val(a)?;
                    let x = self.simple(v, &e.ty);
                    self.w.line(format!("if ({x} {cmp} {r}) {r} = {x};"));
                }
                Ok(Val::atom(r))
            }
        }
    }

    fn format_join(&mut self, parts: &[TFormatPart]) -> R<Val> {
        let tuple = self.call_obj(format!("PyTuple_New({})", parts.len()));
        for (i, p) in parts.iter().enumerate() {
            let piece = match p {
                TFormatPart::Literal(s) => Val::borrowed(self.md.consts.str(s)),
                TFormatPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.obj(value)?;
                    let v = match conversion {
                        Some(c) => {
                            let f = match c {
                                'r' => "PyObject_Repr",
                                'a' => "PyObject_ASCII",
                                _ => "PyObject_Str",
                            };
                            let r = self.call_obj(format!("{f}({})", v.code()));
                            self.release(&v);
                            r
                        }
                        None => v,
                    };
                    let s = match spec {
                        Some(s) => Some(self.obj(s)?),
                        None => None,
                    };
                    let sc = s.as_ref().map(code_of).unwrap_or_else(|| "NULL".into());
                    let r = self.call_obj(format!("PyObject_Format({}, {sc})", v.code()));
                    self.release(&v);
                    if let Some(s) = &s {
                        self.release(s);
                    }
                    r
                }
            };
            let c = self.new_ref(&piece);
            self.w
                .line(format!("PyTuple_SET_ITEM({}, {i}, {c});", tuple.code()));
            self.forget(&piece);
        }
        let empty = self.md.consts.str("");
        let r = self.call_obj(format!("PyUnicode_Join({empty}, {})", tuple.code()));
        self.release(&tuple);
        Ok(r)
    }

    fn coerce(&mut self, e: &TExpr, kind: &Coercion, operand: &TExpr) -> R<Val> {
        let to = e.ty.strip_const();
        let from = operand.ty.strip_const();
        match kind {
            Coercion::ToObject => {
                // Constants become module constants.
                match &operand.kind {
                    TExprKind::IntConst(v) if from.is_int() => {
                        return Ok(Val::borrowed(self.md.consts.get(Const::Int(v.to_string()))))
                    }
                    TExprKind::FloatConst(f) => {
                        return Ok(Val::borrowed(self.md.consts.get(Const::Float(*f))))
                    }
                    TExprKind::BoolConst(b) => {
                        return Ok(Val::borrowed(if *b { "Py_True" } else { "Py_False" }));
                    }
                    _ => {}
                }
                match from {
                    Type::MemView(mv) => {
                        let v = self.view(operand)?;
                        self.view_object(v, mv, e.span)
                    }
                    Type::Object(_) | Type::Buffer(_) => self.obj(operand),
                    _ => {
                        let v = self.c_val(operand)?;
                        // A struct's value is read once per field.
                        let code = if matches!(from, Type::Struct(_)) {
                            self.simple(v, from)
                        } else {
                            v.0
                        };
                        self.c_to_object(&code, from, e.span)
                    }
                }
            }
            Coercion::FromObject => {
                if let Type::MemView(mv) = to {
                    let o = self.obj(operand)?;
                    let t = self.slice_temp();
                    let call = self.acquire_call(o.code(), &t, mv, true)?;
                    self.check_neg(&call);
                    self.release(&o);
                    return Ok(Val::Slice {
                        code: t,
                        owned: true,
                    });
                }
                if to.is_object() {
                    // To a typed object (numpy buffer): a type test.
                    let o = self.obj(operand)?;
                    self.type_test(&o, to, e.span)?;
                    return Ok(o);
                }
                let o = self.obj(operand)?;
                if let Type::Ptr(_) = to {
                    if matches!(o, Val::Obj { owned: true, .. }) {
                        self.release(&o);
                        return Err(ice("char * from a temporary Python object", e.span));
                    }
                }
                let t = self.convert_object_code(o.code(), to, e.span);
                self.release(&o);
                Ok(Val::atom(t?))
            }
            Coercion::CCast => {
                if let Type::MemView(_) = to {
                    return self.view(operand);
                }
                if to.is_object() {
                    return self.obj(operand);
                }
                let v = self.c_val(operand)?;
                if from == to {
                    return Ok(Val::C {
                        code: v.0,
                        prec: v.1,
                    });
                }
                if matches!(to, Type::Bint) && !from.is_int() {
                    return Ok(Val::c(format!("{} != 0", paren(&v, prec::SHIFT)), prec::EQ));
                }
                Ok(Val::c(
                    format!("({}){}", cast_type(to), paren(&v, prec::UNARY)),
                    prec::UNARY,
                ))
            }
            Coercion::ObjCheck => {
                let o = self.obj(operand)?;
                self.type_test(&o, to, e.span)?;
                Ok(o)
            }
            Coercion::ObjCheckNotNone => {
                let o = self.obj(operand)?;
                let name = match to {
                    Type::Object(ObjKind::Builtin(n)) => n.to_string(),
                    Type::Object(ObjKind::Extension(n)) => {
                        n.rsplit('.').next().unwrap_or(n).to_string()
                    }
                    t => t.to_string(),
                };
                let msg = c_string(format!("Expected {name}, got NoneType").as_bytes());
                self.check(
                    &format!("{} == Py_None", o.code()),
                    Some(&format!("PyErr_SetString(PyExc_TypeError, {msg});")),
                );
                self.type_test(&o, to, e.span)?;
                Ok(o)
            }
            Coercion::ObjUnchecked => self.obj(operand),
            Coercion::Truth => {
                if !from.is_object() {
                    let v = self.c_val(operand)?;
                    return Ok(Val::c(truth_c(&v), prec::EQ));
                }
                let o = self.obj(operand)?;
                let t = self.c_temp_named("int");
                self.w.line(format!("{t} = pyxc_is_true({});", o.code()));
                self.release(&o);
                self.check(&format!("{t} < 0"), None);
                Ok(Val::atom(t))
            }
            Coercion::ViewCheck => {
                let v = self.view(operand)?;
                if let Type::MemView(mv) = to {
                    let ax = self.md.axes(&mv.axes);
                    self.check_neg(&format!(
                        "pyxc_slice_check_layout(&{}, {}, {ax})",
                        v.code(),
                        mv.ndim()
                    ));
                }
                Ok(v)
            }
        }
    }

    /// A [`TExprKind::FloatChain`]: the leaves evaluated once, in order;
    /// the C computation when every object leaf is an exact float or an
    /// int exactly a double (`pyxc_cg_num_leaf`/`pyxc_cg_sq_leaf`), the
    /// number protocol on the evaluated leaves otherwise.
    fn float_chain(&mut self, chain: &ChainNode) -> R<Val> {
        let mut leaves = Vec::new();
        self.chain_leaves(chain, &mut leaves)?;
        let dt = Type::double();
        let mut tests = Vec::new();
        let mut ys = Vec::new();
        for l in &leaves {
            match l {
                LeafVal::C(x) => ys.push(x.clone()),
                LeafVal::Obj(o, sq) => {
                    let y = self.c_temp(&dt);
                    let f = if *sq {
                        "pyxc_cg_sq_leaf"
                    } else {
                        "pyxc_cg_num_leaf"
                    };
                    tests.push(format!("{f}({}, &{y})", o.code()));
                    ys.push(y);
                }
            }
        }
        let r = self.c_temp(&dt);
        self.w.open(format!("if ({})", tests.join(" && ")));
        let mut i = 0;
        let code = chain_c_code(chain, &ys, &mut i);
        self.w.line(format!("{r} = {code};"));
        self.w.else_();
        let mut i = 0;
        let res = self.chain_generic(chain, &leaves, &mut i)?;
        self.w
            .line(format!("{r} = pyxc_as_double({});", res.code()));
        let occurred = self.err_occurred();
        self.check(&format!("{r} == -1 && {occurred}"), None);
        self.release(&res);
        self.w.close();
        for l in &leaves {
            if let LeafVal::Obj(o, _) = l {
                self.release(o);
            }
        }
        Ok(Val::atom(r))
    }

    fn chain_leaves(&mut self, c: &ChainNode, out: &mut Vec<LeafVal>) -> R<()> {
        match c {
            ChainNode::CDouble(x) => {
                // A copy: a later leaf must not see a changed value.
                let v = self.c_val(x)?;
                let t = self.c_temp(&Type::double());
                self.w.line(format!("{t} = {};", v.0));
                out.push(LeafVal::C(t));
            }
            ChainNode::Leaf(x) => {
                let o = self.obj(x)?;
                out.push(LeafVal::Obj(o, false));
            }
            ChainNode::Square { base, .. } => {
                let o = self.obj(base)?;
                out.push(LeafVal::Obj(o, true));
            }
            ChainNode::Bin { left, right, .. } => {
                self.chain_leaves(left, out)?;
                self.chain_leaves(right, out)?;
            }
        }
        Ok(())
    }

    /// The chain by the number protocol on evaluated leaves (a new reference,
    /// or a borrowed leaf).
    fn chain_generic(&mut self, c: &ChainNode, leaves: &[LeafVal], i: &mut usize) -> R<Val> {
        match c {
            ChainNode::CDouble(_) => {
                let LeafVal::C(x) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                Ok(self.call_obj(format!("PyFloat_FromDouble({x})")))
            }
            ChainNode::Leaf(_) => {
                let LeafVal::Obj(o, _) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                Ok(Val::borrowed(o.code().to_string()))
            }
            ChainNode::Square { two, .. } => {
                let LeafVal::Obj(o, _) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                let o = o.code().to_string();
                let t = self.obj(two)?;
                let r = self.call_obj(format!("pyxc_cg_pow2({o}, {})", t.code()));
                self.release(&t);
                Ok(r)
            }
            ChainNode::Bin {
                op,
                inplace,
                left,
                right,
            } => {
                let a = self.chain_generic(left, leaves, i)?;
                let b = self.chain_generic(right, leaves, i)?;
                let op = chain_op(*op);
                let res = self.call_obj(format!(
                    "pyxc_cg_arith({}, {}, '{op}', {})",
                    a.code(),
                    b.code(),
                    *inplace as u8
                ));
                self.release(&a);
                self.release(&b);
                Ok(res)
            }
        }
    }

    /// Convert the object `src` (borrowed) to C type `to` in a fresh temp,
    /// raising as Cython does; returns the temp.
    pub fn convert_object_code(
        &mut self,
        src: &str,
        to: &Type,
        span: pyxc_diagnostics::Span,
    ) -> R<String> {
        let t = self.c_temp(to);
        let occurred = self.err_occurred();
        if let Some(fk) = to.float_kind() {
            let cast = if fk == FloatKind::Double {
                String::new()
            } else {
                format!("({})", cast_type(to))
            };
            self.w.line(format!("{t} = {cast}pyxc_as_double({src});"));
            self.check(&format!("{t} == -1 && {occurred}"), None);
        } else if matches!(to, Type::Bint) {
            self.w.line(format!("{t} = pyxc_is_true({src});"));
            self.check(&format!("{t} < 0"), None);
        } else if let Some(k) = to.arith_int_kind() {
            let ct = cast_type(to);
            // Messages name a header's typedef as Cython does (`uint32_t`).
            let msg_name = match to.strip_const() {
                Type::Opaque { c_name, .. } => c_string(c_name.as_bytes()),
                _ => c_string(k.c_name().as_bytes()),
            };
            let call = match k {
                IntKind::Ucs4 => format!("pyxc_as_ucs4({src})"),
                // Cython converts to Py_ssize_t with `__index__` (a float
                // raises TypeError), to the other integers with `__int__`.
                IntKind::SsizeT => format!("pyxc_as_ssize_t({src})"),
                IntKind::LongLong | IntKind::Int64 | IntKind::Long | IntKind::IntPtr => {
                    format!("({ct})pyxc_as_longlong({src})")
                }
                IntKind::ULongLong if !matches!(to.strip_const(), Type::Opaque { .. }) => {
                    format!("({ct})pyxc_as_ulonglong({src})")
                }
                IntKind::ULongLong
                | IntKind::UInt64
                | IntKind::ULong
                | IntKind::SizeT
                | IntKind::UIntPtr => {
                    format!("({ct})pyxc_as_unsigned({src}, ULLONG_MAX, {msg_name})")
                }
                k if k.signed() || k == IntKind::Char => {
                    let (min, max) = type_spelling::int_limits(k);
                    format!("({ct})pyxc_as_signed({src}, {min}, {max}, {msg_name})")
                }
                k => {
                    let (_, max) = type_spelling::int_limits(k);
                    format!("({ct})pyxc_as_unsigned({src}, {max}, {msg_name})")
                }
            };
            self.w.line(format!("{t} = {call};"));
            self.check(&format!("{t} == ({ct})-1 && {occurred}"), None);
        } else if let Type::Struct(st) = to {
            if st.tuple {
                self.ctuple_from_object(src, &t, st, span)?;
            } else {
                self.struct_from_object(src, &t, st, span)?;
            }
        } else if let Type::Ptr(p) = to {
            if !matches!(
                p.strip_const(),
                Type::Int(IntKind::Char | IntKind::UChar | IntKind::SChar)
            ) {
                return Err(ice(format!("no conversion of an object to {to}"), span));
            }
            let cast = crate::type_spelling::cast_type(to);
            self.w
                .line(format!("{t} = ({cast})pyxc_as_charptr({src});"));
            self.check(&format!("!{t}"), None);
        } else {
            return Err(ice(format!("no conversion of an object to {to}"), span));
        }
        Ok(t)
    }

    /// A C struct value (`code`, evaluable repeatedly) as a new dict
    /// `{field: value}` in declaration order, as Cython converts structs.
    fn struct_to_dict(
        &mut self,
        code: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        if st.tuple {
            return self.ctuple_to_tuple(code, st, span);
        }
        let d = self.call_obj("PyDict_New()".to_string());
        for (name, fty) in st.fields() {
            let field = format!("{code}.{}", st.c_field(name));
            let item = self.c_to_object(&field, fty, span)?;
            let key = self.md.consts.str(name);
            self.check_neg(&format!(
                "PyDict_SetItem({}, {key}, {})",
                d.code(),
                item.code()
            ));
            self.release(&item);
        }
        Ok(d)
    }

    /// A C value (`code`, evaluable repeatedly) of a number, struct or
    /// fixed-size array type as a new object: structs become dicts (C
    /// tuples tuples), arrays lists (char arrays bytes), as Cython converts.
    pub(crate) fn c_to_object(
        &mut self,
        code: &str,
        ty: &Type,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        match ty.strip_const() {
            Type::Struct(st) => self.struct_to_dict(code, st, span),
            Type::Array(elem, Some(n)) if !is_char(elem) => {
                let list = self.call_obj(format!("PyList_New({n})"));
                let i = self.c_temp_named("Py_ssize_t");
                self.w.open(format!("for ({i} = 0; {i} < {n}; {i}++)"));
                let item = self.c_to_object(&format!("{code}[{i}]"), elem, span)?;
                // PyList_SET_ITEM steals the new reference.
                self.w.line(format!(
                    "PyList_SET_ITEM({}, {i}, {});",
                    list.code(),
                    item.code()
                ));
                self.forget(&item);
                self.w.close();
                Ok(list)
            }
            t => {
                let call = to_object_call(t, code).ok_or_else(|| {
                    ice(format!("no conversion of {ty} to a Python object"), span)
                })?;
                Ok(self.call_obj(call))
            }
        }
    }

    /// A memoryview value as a new object (a `_memoryviewslice`), `v`
    /// released.
    pub(crate) fn view_object(
        &mut self,
        v: Val,
        mv: &pyxc_tir::types::MemViewType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        let dt = self.md.view_dtype(mv, span)?;
        let r = self.call_obj(format!(
            "pyxc_slice_to_object(&{}, {}, &{dt})",
            v.code(),
            mv.ndim()
        ));
        self.release(&v);
        Ok(r)
    }

    /// A C tuple value (`code`, evaluable repeatedly) as a new Python tuple.
    fn ctuple_to_tuple(
        &mut self,
        code: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<Val> {
        let t = self.call_obj(format!("PyTuple_New({})", st.fields().len()));
        for (i, (name, fty)) in st.fields().iter().enumerate() {
            let field = format!("{code}.{name}");
            let item = self.c_to_object(&field, fty, span)?;
            // PyTuple_SET_ITEM steals the new reference.
            self.w.line(format!(
                "PyTuple_SET_ITEM({}, {i}, {});",
                t.code(),
                item.code()
            ));
            self.forget(&item);
        }
        Ok(t)
    }

    /// Fill the C tuple temp `t` from the sequence `src` (borrowed) as
    /// Cython does: TypeError "Expected a sequence of size 2, got int" (or
    /// "..., got size 3"), then each item converted to its field's type.
    fn ctuple_from_object(
        &mut self,
        src: &str,
        t: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<()> {
        let n = st.fields().len();
        self.check(
            &format!("!PySequence_Check({src}) || PyDict_Check({src})"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a sequence of size {n}, got %.200s\", Py_TYPE({src})->tp_name);"
            )),
        );
        let size = self.c_temp_named("Py_ssize_t");
        self.w.line(format!("{size} = PySequence_Size({src});"));
        self.check(&format!("{size} < 0"), None);
        self.check(
            &format!("{size} != {n}"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a sequence of size {n}, got size %zd\", {size});"
            )),
        );
        for (i, (name, fty)) in st.fields().iter().enumerate() {
            let item = self.obj_temp();
            self.w
                .line(format!("{item} = PySequence_GetItem({src}, {i});"));
            self.check_null(&item);
            let v = self.convert_object_code(&item, fty.strip_const(), span)?;
            self.w.line(format!("{t}.{} = {v};", st.c_field(name)));
            self.release(&Val::owned(item));
        }
        Ok(())
    }

    /// Fill the struct temp `t` from the mapping `src` (borrowed) as Cython
    /// does: TypeError "Expected a mapping, got int" for a non-mapping,
    /// ValueError "No value specified for struct attribute 'x'" for a
    /// missing key, each value converted to its field's type.
    fn struct_from_object(
        &mut self,
        src: &str,
        t: &str,
        st: &pyxc_tir::types::StructType,
        span: pyxc_diagnostics::Span,
    ) -> R<()> {
        self.check(
            &format!("!PyMapping_Check({src})"),
            Some(&format!(
                "PyErr_Format(PyExc_TypeError, \"Expected a mapping, got %.200s\", Py_TYPE({src})->tp_name);"
            )),
        );
        for (name, fty) in st.fields() {
            let key = self.md.consts.str(name);
            let item = self.obj_temp();
            self.w
                .line(format!("{item} = PyObject_GetItem({src}, {key});"));
            let msg =
                c_string(format!("No value specified for struct attribute '{name}'").as_bytes());
            self.check(
                &format!("!{item}"),
                Some(&format!(
                    "if (PyErr_ExceptionMatches(PyExc_KeyError)) {{ PyErr_Clear(); PyErr_SetString(PyExc_ValueError, {msg}); }}"
                )),
            );
            let v = self.convert_object_code(&item, fty.strip_const(), span)?;
            self.w.line(format!("{t}.{} = {v};", st.c_field(name)));
            self.release(&Val::owned(item));
        }
        Ok(())
    }

    /// A runtime type test of an object against a typed object type
    /// (None passes).
    pub fn type_test(&mut self, o: &Val, to: &Type, span: pyxc_diagnostics::Span) -> R<()> {
        let (tobj, exact) = match to {
            Type::Object(ObjKind::Any) => return Ok(()),
            Type::Object(ObjKind::Builtin(n)) => (
                builtin_type_object(n)
                    .ok_or_else(|| ice(format!("unknown builtin type {n}"), span))?
                    .to_string(),
                1,
            ),
            Type::Object(ObjKind::Extension(n)) => (self.md.ext_type(n), 0),
            Type::Buffer(b) => match &b.obj {
                ObjKind::Any => return Ok(()),
                ObjKind::Builtin(n) => (
                    builtin_type_object(n)
                        .ok_or_else(|| ice(format!("unknown builtin type {n}"), span))?
                        .to_string(),
                    1,
                ),
                ObjKind::Extension(n) => (self.md.ext_type(n), 0),
            },
            _ => return Err(ice(format!("type test against {to}"), span)),
        };
        self.check_neg(&format!("pyxc_cg_type_test({}, {tobj}, {exact})", o.code()));
        Ok(())
    }

    /// `pyxc_slice_from_object(obj, &dst, ...)` for a view type.
    /// A Python slice object `lower:upper:step` (absent parts NULL, i.e. None).
    fn slice_object(
        &mut self,
        lower: &Option<Box<TExpr>>,
        upper: &Option<Box<TExpr>>,
        step: &Option<Box<TExpr>>,
    ) -> R<Val> {
        let mut parts = vec![];
        for p in [lower, upper, step] {
            parts.push(match p {
                Some(x) => Some(self.obj(x)?),
                None => None,
            });
        }
        let codes: Vec<String> = parts
            .iter()
            .map(|p| p.as_ref().map(code_of).unwrap_or_else(|| "NULL".into()))
            .collect();
        let s = self.call_obj(format!("PySlice_New({})", codes.join(", ")));
        for p in parts.iter().flatten() {
            self.release(p);
        }
        Ok(s)
    }

    /// Acquire the slice of a numpy buffer variable (`cnp.ndarray[T, ndim=N]`).
    pub fn acquire_buffer_call(
        &mut self,
        obj: &str,
        dst: &str,
        b: &pyxc_tir::types::BufferType,
    ) -> R<String> {
        let display = (!b.dtype_name.is_empty()).then_some(b.dtype_name.as_str());
        let dt = self
            .md
            .dtype_named(&b.dtype, display, b.cast, self.f.span)?;
        let ax = self.md.axes(&b.axes);
        Ok(format!(
            "pyxc_slice_from_object({obj}, &{dst}, {}, &{dt}, {ax}, 0, 1)",
            b.ndim
        ))
    }

    pub fn acquire_call(
        &mut self,
        obj: &str,
        dst: &str,
        mv: &pyxc_tir::types::MemViewType,
        none_ok: bool,
    ) -> R<String> {
        let dt = self.md.view_dtype(mv, self.f.span)?;
        let ax = self.md.axes(&mv.axes);
        let readonly = mv.readonly || matches!(mv.dtype, Type::Const(_));
        Ok(format!(
            "pyxc_slice_from_object({obj}, &{dst}, {}, &{dt}, {ax}, {}, {})",
            mv.ndim(),
            readonly as u8,
            none_ok as u8
        ))
    }

    /// A C lvalue expression (`v_x`, `p[i]`, `s.f`, a view element).
    pub fn lvalue_c(&mut self, lv: &LValue, span: pyxc_diagnostics::Span) -> R<String> {
        match lv {
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                Err(ice("a cell is not a C lvalue", span))
            }
            LValue::Local(id) => {
                let v = self.var(*id)?;
                Ok(naming::local(&v.name))
            }
            LValue::CGlobal(id) => {
                let v = self
                    .md
                    .m
                    .cglobals
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown C global", span))?;
                Ok(naming::cglobal(&v.name))
            }
            LValue::PtrIndex { ptr, index } => {
                let p = self.c_val(ptr)?;
                let i = self.c_val(index)?;
                Ok(format!("{}[{}]", paren(&p, prec::ATOM), i.0))
            }
            LValue::Field { base, c_field, .. } => {
                let b = self.lvalue_c(base, span)?;
                Ok(format!("{b}.{c_field}"))
            }
            LValue::MvElement(ix) => {
                let (ptr, rel) = self.mv_element_ptr(ix)?;
                if let Some(v) = rel {
                    self.release(&v);
                    return Err(ice("element of a temporary view as an lvalue", span));
                }
                Ok(simplify_deref(&format!("*{}", paren(&(ptr, prec::UNARY), prec::UNARY))).0)
            }
            _ => Err(ice("not a C lvalue", span)),
        }
    }
}

/// The C truth value of a C value.
pub fn truth_c(v: &(String, u8)) -> String {
    format!("{} != 0", paren(v, prec::SHIFT))
}

fn c_compare(op: CmpOp, a: &(String, u8), b: &(String, u8)) -> Val {
    let (sym, p) = match op {
        CmpOp::Eq => ("==", prec::EQ),
        CmpOp::Ne => ("!=", prec::EQ),
        CmpOp::Lt => ("<", prec::REL),
        CmpOp::Le => ("<=", prec::REL),
        CmpOp::Gt => (">", prec::REL),
        CmpOp::Ge => (">=", prec::REL),
    };
    Val::c(
        format!("{} {sym} {}", paren(a, prec::SHIFT), paren(b, prec::SHIFT)),
        p,
    )
}

/// Sema binds every call of a module function, defaults included: a call
/// with another number of arguments is a bug of pyxc's.
pub fn bound_call(callee: &TFunction, args: &[String], span: pyxc_diagnostics::Span) -> R<()> {
    if args.len() == callee.params.len() {
        Ok(())
    } else {
        Err(ice(
            format!(
                "call of '{}' with {} of its {} arguments",
                callee.name,
                args.len(),
                callee.params.len()
            ),
            span,
        ))
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
    let call = format!("{helper}({}, {})", a.0, b.0);
    if k.size() >= 8 && matches!(k, IntKind::LongLong) {
        Val::atom(call)
    } else {
        Val::c(format!("({}){call}", cast_type(ty)), prec::UNARY)
    }
}

/// The C API call making a Python object of a C value.
pub fn to_object_call(from: &Type, code: &str) -> Option<String> {
    Some(match from.strip_const() {
        Type::Bint => format!("PyBool_FromLong({code})"),
        Type::Int(k) => match k {
            IntKind::Ucs4 => format!("PyUnicode_FromOrdinal((int){code})"),
            IntKind::SsizeT => format!("PyLong_FromSsize_t({code})"),
            IntKind::SizeT => format!("PyLong_FromSize_t({code})"),
            IntKind::PtrdiffT => format!("PyLong_FromSsize_t({code})"),
            k if k.signed() || *k == IntKind::Char => {
                if k.size() <= 4 {
                    format!("PyLong_FromLong({code})")
                } else {
                    format!("PyLong_FromLongLong({code})")
                }
            }
            k => {
                if k.size() <= 4 {
                    format!("PyLong_FromUnsignedLong({code})")
                } else {
                    format!("PyLong_FromUnsignedLongLong({code})")
                }
            }
        },
        Type::Float(FloatKind::LongDouble) => format!("PyFloat_FromDouble((double){code})"),
        Type::Float(_) => format!("PyFloat_FromDouble({code})"),
        Type::Opaque {
            approx: Some(a), ..
        } => to_object_call(a, code)?,
        Type::Ptr(p) if matches!(p.strip_const(), Type::Int(IntKind::Char)) => {
            format!("pyxc_cg_bytes_from_cstr({code})")
        }
        Type::Array(p, _) if matches!(p.strip_const(), Type::Int(IntKind::Char)) => {
            format!("pyxc_cg_bytes_from_cstr({code})")
        }
        _ => return None,
    })
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

enum LeafVal {
    C(String),
    /// An object leaf; `true` when its square is wanted.
    Obj(Val, bool),
}

/// The C operator of a chain's `+ - *`.
fn chain_op(op: PyBinOp) -> char {
    match op {
        PyBinOp::Add => '+',
        PyBinOp::Sub => '-',
        _ => '*',
    }
}

/// The chain in C doubles over the leaves' values `ys`.
fn chain_c_code(c: &ChainNode, ys: &[String], i: &mut usize) -> String {
    match c {
        ChainNode::Bin {
            op, left, right, ..
        } => {
            let a = chain_c_code(left, ys, i);
            let b = chain_c_code(right, ys, i);
            format!("({a} {} {b})", chain_op(*op))
        }
        _ => {
            *i += 1;
            ys[*i - 1].clone()
        }
    }
}

/// A `char` (any signedness) element: such arrays convert to bytes.
fn is_char(t: &Type) -> bool {
    matches!(
        t.strip_const(),
        Type::Int(IntKind::Char | IntKind::SChar | IntKind::UChar)
    )
}

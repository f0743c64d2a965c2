//! Memoryviews and numpy buffers: views as slices, element access, shape,
//! strides and attributes, copies, transposes, acquisition from objects.

use super::simplify_deref;
use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// `view.shape[axis]` or `view.strides[axis]` (`what`).
    pub(super) fn mv_dim(
        &mut self,
        view: &TExpr,
        axis: usize,
        nonecheck: bool,
        what: &str,
    ) -> R<Val> {
        let v = self.view(view)?;
        self.none_attr_check(v.code(), nonecheck, what);
        let code = format!("{}.{what}[{axis}]", v.code());
        if matches!(v, Val::Slice { owned: true, .. }) {
            let t = self.c_temp(&index_type());
            self.w.line(format!("{t} = {code};"));
            self.release(&v);
            return Ok(Val::atom(t));
        }
        Ok(Val::atom(code))
    }

    pub(super) fn write_mv_shape_at(&mut self, e: &TExpr) -> R<Val> {
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

    pub(super) fn write_mv_shape_list(&mut self, e: &TExpr) -> R<Val> {
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

    pub(super) fn write_mv_copy(&mut self, e: &TExpr) -> R<Val> {
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
        self.require("pyxc_slice_copy");
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

    pub(super) fn write_mv_from_ptr(&mut self, e: &TExpr) -> R<Val> {
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
        self.require("pyxc_slice_from_ptr");
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

    pub(super) fn write_buffer_data(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::BufferData(view) = &e.kind else {
            return Err(ice("write_buffer_data of another node", e.span));
        };
        let v = self.view(view)?;
        let code = format!("((char *){}.data)", v.code());
        self.release(&v);
        Ok(Val::atom(code))
    }

    pub(super) fn write_mv_element(&mut self, e: &TExpr) -> R<Val> {
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

    pub(super) fn write_mv_element_addr(&mut self, e: &TExpr) -> R<Val> {
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

    pub(super) fn write_mv_attr(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvAttr { view, attr } = &e.kind else {
            return Err(ice("write_mv_attr of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("attribute of a non-view", e.span))?;
        let v = self.view(view)?;
        self.require("pyxc_raise_none_view_pyattr");
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

    pub(super) fn write_mv_is_contig(&mut self, e: &TExpr) -> R<Val> {
        let TExprKind::MvIsContig { view, fortran } = &e.kind else {
            return Err(ice("write_mv_is_contig of another node", e.span));
        };
        let mv = view_type(&view.ty).ok_or_else(|| ice("is_c_contig of a non-view", e.span))?;
        let v = self.view(view)?;
        let elem = crate::type_spelling::elem_type(&mv);
        let t = self.c_temp(&Type::Bint);
        self.require("pyxc_cg_is_contig");
        self.w.line(format!(
            "{t} = pyxc_cg_is_contig(&{}, {}, sizeof({elem}), {});",
            v.code(),
            mv.ndim(),
            *fortran as u8
        ));
        self.release(&v);
        Ok(Val::atom(t))
    }

    pub(super) fn write_mv_transpose(&mut self, e: &TExpr) -> R<Val> {
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
                self.require("pyxc_raise_unbound_view");
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

    /// Acquire the slice of a numpy buffer variable (`cnp.ndarray[T, ndim=N]`),
    /// writable when the function writes its elements.
    pub fn acquire_buffer_call(
        &mut self,
        obj: &str,
        dst: &str,
        b: &pyxc_tir::types::BufferType,
        writable: bool,
    ) -> R<String> {
        let display = (!b.dtype_name.is_empty()).then_some(b.dtype_name.as_str());
        let dt = self
            .md
            .dtype_named(&b.dtype, display, b.cast, self.f.span)?;
        let ax = self.md.axes(&b.axes);
        self.require("pyxc_slice_from_object");
        Ok(format!(
            "pyxc_slice_from_object({obj}, &{dst}, {}, &{dt}, {ax}, {}, 1)",
            b.ndim,
            u8::from(!writable)
        ))
    }

    /// `pyxc_slice_from_object(obj, &dst, ...)` for a view type.
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
        self.require("pyxc_slice_from_object");
        Ok(format!(
            "pyxc_slice_from_object({obj}, &{dst}, {}, &{dt}, {ax}, {}, {})",
            mv.ndim(),
            readonly as u8,
            none_ok as u8
        ))
    }
}

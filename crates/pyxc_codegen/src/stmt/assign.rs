//! Assignment: stores into every kind of target, unpacking, array fills,
//! `view[:] = ...`, `del`, and the binding of inner functions.

use crate::emit::c_string;
use crate::fn_writer::{FnWriter, Val};
use crate::helpers::ice;
use crate::naming;
use crate::R;
use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// `target = value`.
    pub(super) fn assign_stmt(&mut self, target: &LValue, value: &TExpr, span: Span) -> R<()> {
        let v = self.expr(value)?;
        self.assign(target, v, &value.ty, span)
    }

    /// `import a.b as c` / `from m import x`: the imported value bound to
    /// the target.
    pub(super) fn import_stmt(&mut self, target: &LValue, value: &TExpr, span: Span) -> R<()> {
        let v = self.obj(value)?;
        self.assign(target, v, &value.ty, span)
    }

    /// Store a value (already of the target's type) into a target.
    pub fn assign(&mut self, target: &LValue, v: Val, vty: &Type, span: Span) -> R<()> {
        match target {
            LValue::Local(id) => {
                let var = self.var(*id)?;
                let name = naming::local(&var.name);
                let ty = var.ty.clone();
                let local = (var.name.clone(), var.written_through);
                self.store_var(&name, &ty, Some(local), v, span)
            }
            LValue::CGlobal(id) => {
                let var = self
                    .md
                    .m
                    .cglobals
                    .get(id.0 as usize)
                    .ok_or_else(|| ice("unknown C global", span))?;
                let name = naming::cglobal(&var.name);
                let ty = var.ty.clone();
                self.store_var(&name, &ty, None, v, span)
            }
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                let (c, _) = self.cell_of(target, span)?;
                // A captured C number or memoryview is kept boxed in its cell.
                let o = match (v, vty.strip_const()) {
                    (Val::C { code, .. }, t) => self.c_to_object(&code, t, span)?,
                    (v @ Val::Slice { .. }, Type::MemView(mv)) => self.view_object(v, mv, span)?,
                    (other, _) => self.expect_obj(other, span)?,
                };
                self.check_neg(&format!("PyCell_Set({c}, {})", o.code()));
                self.release(&o);
                Ok(())
            }
            LValue::Global(n) => {
                let k = self.md.consts.str(n);
                let o = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "PyDict_SetItem({}, {k}, {})",
                    naming::MODULE_DICT,
                    o.code()
                ));
                self.release(&o);
                Ok(())
            }
            LValue::MvAll(view) => self.assign_mv_all(view, v, vty, span),
            LValue::MvElement(_) | LValue::PtrIndex { .. } | LValue::Field { .. } => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("C lvalue assigned a non-C value", span));
                };
                let lhs = self.lvalue_c(target, span)?;
                self.w.line(format!("{lhs} = {code};"));
                Ok(())
            }
            LValue::PyItem { obj, index } => {
                let o = self.obj(obj)?;
                let i = self.obj(index)?;
                let val = self.expect_obj(v, span)?;
                self.require("pyxc_setitem");
                self.check_neg(&format!(
                    "pyxc_setitem({}, {}, {})",
                    o.code(),
                    i.code(),
                    val.code()
                ));
                self.release(&val);
                self.release(&o);
                self.release(&i);
                Ok(())
            }
            LValue::PyItemInt {
                obj,
                index,
                wraparound,
                boundscheck,
            } => {
                let o = self.obj(obj)?;
                let i = self.c_val(index)?;
                let val = self.expect_obj(v, span)?;
                self.require("pyxc_setitem_int");
                self.check_neg(&format!(
                    "pyxc_setitem_int({}, {}, {}, {}, {})",
                    o.code(),
                    i.0,
                    val.code(),
                    *wraparound as u8,
                    *boundscheck as u8
                ));
                self.release(&val);
                self.release(&o);
                Ok(())
            }
            LValue::PyAttr { obj, attr } => {
                let o = self.obj(obj)?;
                let k = self.md.consts.str(attr);
                let val = self.expect_obj(v, span)?;
                self.check_neg(&format!(
                    "PyObject_SetAttr({}, {k}, {})",
                    o.code(),
                    val.code()
                ));
                self.release(&val);
                self.release(&o);
                Ok(())
            }
        }
    }

    fn expect_obj(&mut self, v: Val, span: Span) -> R<Val> {
        match v {
            Val::Obj { .. } => Ok(v),
            other => {
                self.release(&other);
                Err(ice("expected an object value", span))
            }
        }
    }

    /// Store into a variable of type `ty` named `name` in C.
    fn store_var(
        &mut self,
        name: &str,
        ty: &Type,
        local: Option<(String, bool)>,
        v: Val,
        span: Span,
    ) -> R<()> {
        match ty.strip_const() {
            // C arrays copy element-wise (`b[:] = a`).
            Type::Array(..) => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("a C array assigned a non-array value", span));
                };
                self.w
                    .line(format!("memcpy({name}, {code}, sizeof({name}));"));
                Ok(())
            }
            Type::Object(_) => {
                let v = self.expect_obj(v, span)?;
                let c = self.new_ref(&v);
                self.w.line(format!("Py_XSETREF({name}, {c});"));
                self.forget(&v);
                Ok(())
            }
            Type::Buffer(b) => {
                let v = self.expect_obj(v, span)?;
                let c = self.new_ref(&v);
                self.w.line(format!("Py_XSETREF({name}, {c});"));
                self.forget(&v);
                let Some((pyname, writable)) = local else {
                    return Err(ice("numpy buffer C global", span));
                };
                let slice = naming::buffer_slice(&pyname);
                self.require("pyxc_slice_clear");
                self.w.line(format!("pyxc_slice_clear(&{slice});"));
                let call = self.acquire_buffer_call(name, &slice, b, writable)?;
                self.check_neg(&call);
                Ok(())
            }
            Type::MemView(_) => {
                let Val::Slice { code, owned } = v else {
                    self.release(&v);
                    return Err(ice("memoryview assigned a non-view value", span));
                };
                if owned {
                    self.require("pyxc_slice_clear");
                    self.w.line(format!("pyxc_slice_clear(&{name});"));
                    self.w.line(format!("{name} = {code};"));
                    self.forget(&Val::Slice { code, owned });
                } else if code != name {
                    self.w.line(format!("Py_XINCREF((PyObject *){code}.mv);"));
                    self.require("pyxc_slice_clear");
                    self.w.line(format!("pyxc_slice_clear(&{name});"));
                    self.w.line(format!("{name} = {code};"));
                }
                Ok(())
            }
            _ => {
                let Val::C { code, .. } = v else {
                    self.release(&v);
                    return Err(ice("C variable assigned a non-C value", span));
                };
                if code.is_empty() {
                    return Err(ice("assignment of a void value", span));
                }
                self.w.line(format!("{name} = {code};"));
                Ok(())
            }
        }
    }

    pub(super) fn unpack(
        &mut self,
        targets: &[LValue],
        value: &TExpr,
        items: &[TExpr],
        span: Span,
    ) -> R<()> {
        if targets.len() != items.len() {
            return Err(ice("unpacking with mismatched items", span));
        }
        let o = self.obj(value)?;
        let n = targets.len();
        let temps: Vec<String> = (0..n).map(|_| self.obj_temp()).collect();
        self.w.open("");
        self.w.line(format!("PyObject *pyxc_items[{}];", n.max(1)));
        self.require("pyxc_cg_unpack");
        self.check(
            &format!("pyxc_cg_unpack({}, {n}, pyxc_items) < 0", o.code()),
            None,
        );
        for (i, t) in temps.iter().enumerate() {
            self.w.line(format!("{t} = pyxc_items[{i}];"));
        }
        self.w.close();
        self.release(&o);
        for (i, (target, item)) in targets.iter().zip(items).enumerate() {
            self.unpacked = Some(temps[i].clone());
            let v = self.expr(item);
            self.unpacked = None;
            let v = v?;
            self.assign(target, v, &item.ty, span)?;
        }
        Ok(())
    }

    /// The C expression of the cell a captured variable lives in (a hidden
    /// local, or an item of the closure tuple), and the variable's name.
    fn cell_of<'t>(&self, target: &'t LValue, span: Span) -> R<(String, &'t str)> {
        match target {
            LValue::Cell { cell, name } => Ok((naming::local(&self.var(*cell)?.name), name)),
            LValue::FreeCell { index, name } => Ok((
                format!("PyTuple_GET_ITEM({}, {index})", naming::CLOSURE),
                name,
            )),
            _ => Err(ice("not a cell", span)),
        }
    }

    /// `a[:] = iterable` of a C array of `len` elements, as Cython fills it.
    pub(super) fn array_fill(
        &mut self,
        array: &TExpr,
        value: &TExpr,
        elem: &Type,
        len: u64,
        span: Span,
    ) -> R<()> {
        let arr = self.c_val(array)?;
        let o = self.obj(value)?;
        let it = self.obj_temp();
        self.w
            .line(format!("{it} = PyObject_GetIter({});", o.code()));
        self.release(&o);
        self.check_null(&it);
        let i = self.c_temp_named("Py_ssize_t");
        let item = self.obj_temp();
        self.w.open(format!("for ({i} = 0; {i} < {len}; {i}++)"));
        self.w.line(format!("{item} = PyIter_Next({it});"));
        self.check(
            &format!("!{item}"),
            Some(&format!(
                "if (!PyErr_Occurred()) PyErr_Format(PyExc_IndexError, \"not enough values found during array assignment, expected {len}, got %zd\", {i});"
            )),
        );
        let v = self.convert_object_code(&item, elem.strip_const(), span)?;
        self.w.line(format!("{}[{i}] = {v};", arr.0));
        self.w.line(format!("Py_CLEAR({item});"));
        self.w.close();
        self.w.line(format!("{item} = PyIter_Next({it});"));
        self.check(
            &format!("{item} || PyErr_Occurred()"),
            Some(&format!(
                "if ({item}) {{ Py_CLEAR({item}); PyErr_Format(PyExc_IndexError, \"too many values found during array assignment, expected {len}\"); }}"
            )),
        );
        self.w.line(format!("Py_CLEAR({it});"));
        self.release(&Val::owned(item));
        self.release(&Val::owned(it));
        Ok(())
    }

    pub(super) fn del(&mut self, target: &LValue, span: Span) -> R<()> {
        match target {
            LValue::Local(id) => {
                let v = self.var(*id)?;
                let name = naming::local(&v.name);
                let pyname = c_string(v.name.as_bytes());
                match v.ty.strip_const() {
                    Type::Object(_) => {
                        self.require("pyxc_raise_unbound_local");
                        self.check(
                            &format!("!{name}"),
                            Some(&format!("pyxc_raise_unbound_local({pyname});")),
                        );
                        self.w.line(format!("Py_CLEAR({name});"));
                    }
                    Type::MemView(_) => {
                        self.require("pyxc_slice_clear");
                        self.w.line(format!("pyxc_slice_clear(&{name});"))
                    }
                    _ => return Err(ice("del of a C variable", span)),
                }
                Ok(())
            }
            LValue::Cell { .. } | LValue::FreeCell { .. } => {
                let (c, name) = self.cell_of(target, span)?;
                let n = c_string(name.as_bytes());
                self.require("pyxc_raise_unbound_local");
                self.check(
                    &format!("!PyCell_GET({c})"),
                    Some(&format!("pyxc_raise_unbound_local({n});")),
                );
                self.check_neg(&format!("PyCell_Set({c}, NULL)"));
                Ok(())
            }
            LValue::Global(n) => {
                let k = self.md.consts.str(n);
                self.require("pyxc_cg_del_global");
                self.check_neg(&format!("pyxc_cg_del_global({}, {k})", naming::MODULE_DICT));
                Ok(())
            }
            LValue::PyItem { obj, index } => {
                let o = self.obj(obj)?;
                let i = self.obj(index)?;
                self.check_neg(&format!("PyObject_DelItem({}, {})", o.code(), i.code()));
                self.release(&o);
                self.release(&i);
                Ok(())
            }
            LValue::PyItemInt { obj, index, .. } => {
                let o = self.obj(obj)?;
                let i = self.c_val(index)?;
                self.check_neg(&format!("PySequence_DelItem({}, {})", o.code(), i.0));
                self.release(&o);
                Ok(())
            }
            LValue::PyAttr { obj, attr } => {
                let o = self.obj(obj)?;
                let k = self.md.consts.str(attr);
                self.check_neg(&format!("PyObject_SetAttr({}, {k}, NULL)", o.code()));
                self.release(&o);
                Ok(())
            }
            _ => Err(ice("unsupported del target", span)),
        }
    }

    pub(super) fn bind_function(&mut self, func: FuncId, name: &str, span: Span) -> R<()> {
        let m = self.md.m;
        let f = m
            .functions
            .get(func.0 as usize)
            .ok_or_else(|| ice("BindFunction of an unknown function", span))?;
        let idx = self
            .md
            .method_index(func)
            .ok_or_else(|| ice("BindFunction of a cdef function", span))?;
        // Stored defaults are evaluated now, once, as Python does at `def`.
        for (i, p) in f.params.iter().enumerate() {
            let Some(ParamDefault::Stored(d)) = &p.default else {
                continue;
            };
            let v = self.obj(d)?;
            let c = self.new_ref(&v);
            let st = naming::default_value(&f.name, i);
            self.w.line(format!("Py_XSETREF({st}, {c});"));
            self.forget(&v);
        }
        let t = self.function_object(idx, "NULL");
        let k = self.md.consts.str(name);
        self.check_neg(&format!(
            "PyDict_SetItem({}, {k}, {})",
            naming::MODULE_DICT,
            t.code()
        ));
        self.release(&t);
        Ok(())
    }

    fn assign_mv_all(&mut self, view: &TExpr, v: Val, vty: &Type, span: Span) -> R<()> {
        let mv = view_type(&view.ty).ok_or_else(|| ice("view[:] on a non-view", span))?;
        let dst = self.view(view)?;
        match v {
            Val::Slice { .. } => {
                let elem = crate::type_spelling::elem_type(&mv);
                self.require("pyxc_slice_copy_into");
                self.check_neg(&format!(
                    "pyxc_slice_copy_into(&{}, &{}, {}, sizeof({elem}))",
                    v.code(),
                    dst.code(),
                    mv.ndim()
                ));
                self.release(&v);
            }
            Val::C { code, .. } => {
                // Broadcast a scalar: nested loops over the shape.
                let _ = vty;
                let x = self.c_temp(&mv.dtype);
                self.w.line(format!("{x} = {code};"));
                let n = mv.ndim();
                let idx: Vec<String> = (0..n).map(|_| self.c_temp(&index_type())).collect();
                for (k, i) in idx.iter().enumerate() {
                    self.w.open(format!(
                        "for ({i} = 0; {i} < {d}.shape[{k}]; {i}++)",
                        d = dst.code()
                    ));
                }
                let off: Vec<String> = idx
                    .iter()
                    .enumerate()
                    .map(|(k, i)| format!("{i} * {}.strides[{k}]", dst.code()))
                    .collect();
                let elem = crate::type_spelling::elem_type(&mv);
                self.w.line(format!(
                    "*({elem} *)({}.data + {}) = {x};",
                    dst.code(),
                    off.join(" + ")
                ));
                for _ in 0..n {
                    self.w.close();
                }
            }
            Val::Obj { .. } => {
                self.release(&v);
                self.release(&dst);
                return Err(ice("view[:] assigned an object", span));
            }
        }
        self.release(&dst);
        Ok(())
    }
}

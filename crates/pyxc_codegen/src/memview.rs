//! Memoryview element access and slicing: plain C over `pyxc_slice`.
//!
//! An element is `*(T *)(v.data + i0 * v.strides[0] + ...)`; a contiguous
//! last axis is indexed directly (`((T *)(v.data + ...))[i_last]`). Index
//! checks appear only when the directives ask for them.

use crate::emit::c_string;
use crate::fn_writer::{paren, prec, FnWriter, Val};
use crate::helpers::ice;
use crate::type_spelling::elem_type;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{Axis, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    /// An index for axis `k` of view `v`, wrapped and bounds-checked as
    /// `checks` says (`raise` sets the error); returns a C expression.
    fn checked_index_with(
        &mut self,
        i: (String, u8),
        v: &str,
        k: usize,
        checks: &Checks,
        raise: &str,
    ) -> (String, u8) {
        let (code, p) = self.wrapped_index(i, k, v, checks);
        if checks.boundscheck {
            self.check(
                &format!("(size_t){code} >= (size_t){v}.shape[{k}]"),
                Some(raise),
            );
        }
        (code, p)
    }

    /// With `nonecheck`, raise TypeError "Cannot {what} None memoryview
    /// slice" when view `v` holds None (`what` is "index" or "slice").
    pub(crate) fn none_check(&mut self, v: &str, checks: &Checks, what: &str) {
        if checks.nonecheck {
            self.require("pyxc_raise_none_view");
            self.check(
                &format!("(PyObject *){v}.mv == Py_None"),
                Some(&format!(
                    "pyxc_raise_none_view({});",
                    c_string(what.as_bytes())
                )),
            );
        }
    }

    /// With `nonecheck`, raise AttributeError "Cannot access 'ATTR'
    /// attribute of None memoryview slice" when view `v` holds None.
    pub(crate) fn none_attr_check(&mut self, v: &str, nonecheck: bool, attr: &str) {
        if nonecheck {
            self.require("pyxc_raise_none_view_attr");
            self.check(
                &format!("(PyObject *){v}.mv == Py_None"),
                Some(&format!(
                    "pyxc_raise_none_view_attr({});",
                    c_string(attr.as_bytes())
                )),
            );
        }
    }

    /// Index `i` for axis `k` of view `v`, wrapped as `checks` says (in a
    /// temporary when a bounds check will read it again); no bounds check.
    fn wrapped_index(
        &mut self,
        i: (String, u8),
        k: usize,
        v: &str,
        checks: &Checks,
    ) -> (String, u8) {
        let lit = i.0.parse::<i64>().ok();
        let mut code = i.0.clone();
        let mut p = i.1;
        if checks.wraparound && lit.map(|x| x < 0).unwrap_or(true) {
            let t = self.c_temp(&index_type());
            self.w.line(format!("{t} = {};", i.0));
            self.w.line(format!("if ({t} < 0) {t} += {v}.shape[{k}];"));
            code = t;
            p = prec::ATOM;
        } else if checks.boundscheck && !crate::expr::is_simple(&code) {
            let t = self.c_temp(&index_type());
            self.w.line(format!("{t} = {};", i.0));
            code = t;
            p = prec::ATOM;
        }
        (code, p)
    }

    /// A pointer to an element (`&((T *)v.data)[i]` or `(T *)(v.data +
    /// ...)`), and an owned view to release once the element is used.
    pub fn mv_element_ptr(&mut self, ix: &MvIndex) -> R<(String, Option<Val>)> {
        let mv = view_type(&ix.view.ty)
            .ok_or_else(|| ice("element access on a non-view", ix.view.span))?;
        if ix.indices.len() != mv.ndim() {
            return Err(ice(
                format!(
                    "{} indices for a {}-dimensional view",
                    ix.indices.len(),
                    mv.ndim()
                ),
                ix.view.span,
            ));
        }
        let v = self.view(&ix.view)?;
        let base = v.code().to_string();
        self.none_check(&base, &ix.checks, "index");
        // Every index is computed (and wrapped) before any is checked, and
        // the checks run from the last axis down, so the IndexError names
        // the last offending axis, as Cython's does.
        let mut idx = vec![];
        for (k, ie) in ix.indices.iter().enumerate() {
            let i = self.c_val(ie)?;
            idx.push(self.wrapped_index(i, k, &base, &ix.checks));
        }
        if ix.checks.boundscheck {
            for (k, (code, _)) in idx.iter().enumerate().rev() {
                self.require("pyxc_raise_bounds");
                self.check(
                    &format!("(size_t){code} >= (size_t){base}.shape[{k}]"),
                    Some(&format!("pyxc_raise_bounds({k});")),
                );
            }
        }
        let elem = elem_type(&mv);
        let n = mv.ndim();
        let last_contig = mv.axes.last() == Some(&Axis::Contig);
        let mut terms = vec![];
        for (k, i) in idx.iter().enumerate() {
            if k == n - 1 && last_contig {
                continue;
            }
            let i = paren(i, prec::MUL);
            let term = if mv.axes[k] == Axis::Contig {
                format!("{i} * (Py_ssize_t)sizeof({elem})")
            } else {
                format!("{i} * {base}.strides[{k}]")
            };
            terms.push(term);
        }
        let data = if terms.is_empty() {
            format!("{base}.data")
        } else {
            format!("({base}.data + {})", terms.join(" + "))
        };
        let ptr = if last_contig {
            format!("&(({elem} *){data})[{}]", idx[n - 1].0)
        } else {
            format!("({elem} *){data}")
        };
        let rel = match &v {
            Val::Slice { owned: true, .. } => Some(v),
            _ => None,
        };
        Ok((ptr, rel))
    }

    /// `view[a:b, i, ::2]`: a new slice sharing the owner.
    pub fn mv_slice(
        &mut self,
        e: &TExpr,
        view: &TExpr,
        axes: &[MvAxisIndex],
        checks: &Checks,
    ) -> R<Val> {
        let src_t = view_type(&view.ty).ok_or_else(|| ice("slicing a non-view", view.span))?;
        if axes.len() > src_t.ndim() {
            return Err(ice("too many indices for the view", e.span));
        }
        let src = self.view(view)?;
        let s = src.code().to_string();
        self.none_check(&s, checks, "slice");
        let t = self.slice_temp();
        self.w.line(format!("{t}.data = {s}.data;"));
        let mut out = 0usize;
        for (k, ax) in axes.iter().enumerate() {
            match ax {
                MvAxisIndex::Index(ie) => {
                    let i = self.c_val(ie)?;
                    // Slicing words its IndexError differently from access.
                    let raise = format!(
                        "PyErr_SetString(PyExc_IndexError, {});",
                        c_string(format!("Index out of bounds (axis {k})").as_bytes())
                    );
                    let i = self.checked_index_with(i, &s, k, checks, &raise);
                    let i = paren(&i, prec::MUL);
                    self.w.line(format!("{t}.data += {i} * {s}.strides[{k}];"));
                }
                MvAxisIndex::Slice { start, stop, step } => {
                    let ssz = index_type();
                    let st = self.c_temp(&ssz);
                    let sp = self.c_temp(&ssz);
                    let len = self.c_temp(&ssz);
                    let a = match start {
                        Some(x) => Some(self.c_val(x)?.0),
                        None => None,
                    };
                    let b = match stop {
                        Some(x) => Some(self.c_val(x)?.0),
                        None => None,
                    };
                    let step_c = match step {
                        Some(x) => {
                            let c = self.c_val(x)?;
                            let c = self.simple(c, &ssz);
                            self.check(
                                &format!("{c} == 0"),
                                Some(&format!(
                                    "PyErr_SetString(PyExc_ValueError, {});",
                                    c_string(format!("Step may not be zero (axis {k})").as_bytes())
                                )),
                            );
                            c
                        }
                        None => "1".to_string(),
                    };
                    self.w.line(format!(
                        "{st} = {};",
                        a.clone().unwrap_or_else(|| "0".into())
                    ));
                    self.w.line(format!(
                        "{sp} = {};",
                        b.clone().unwrap_or_else(|| "0".into())
                    ));
                    self.require("pyxc_slice_bounds");
                    self.w.line(format!(
                        "pyxc_slice_bounds({s}.shape[{k}], &{st}, &{sp}, {step_c}, {}, {}, &{len});",
                        a.is_some() as u8,
                        b.is_some() as u8
                    ));
                    self.w.line(format!("{t}.data += {st} * {s}.strides[{k}];"));
                    self.w.line(format!("{t}.shape[{out}] = {len};"));
                    if step_c == "1" {
                        self.w
                            .line(format!("{t}.strides[{out}] = {s}.strides[{k}];"));
                    } else {
                        self.w
                            .line(format!("{t}.strides[{out}] = {s}.strides[{k}] * {step_c};"));
                    }
                    out += 1;
                }
            }
        }
        for k in axes.len()..src_t.ndim() {
            self.w.line(format!("{t}.shape[{out}] = {s}.shape[{k}];"));
            self.w
                .line(format!("{t}.strides[{out}] = {s}.strides[{k}];"));
            out += 1;
        }
        if let Type::MemView(dst) = e.ty.strip_const() {
            if dst.ndim() != out {
                return Err(ice(
                    format!("slice gives {out} axes, its type has {}", dst.ndim()),
                    e.span,
                ));
            }
        }
        self.w.line(format!("{t}.mv = {s}.mv;"));
        match &src {
            Val::Slice { owned: true, .. } => self.forget(&src),
            _ => self.w.line(format!("Py_XINCREF((PyObject *){t}.mv);")),
        }
        Ok(Val::Slice {
            code: t,
            owned: true,
        })
    }
}

//! Calls: Python calls and method calls, C calls (direct and through a
//! pointer), their arguments and the checking of their results.

use crate::consts::Const;
use crate::fn_writer::{code_of, FnWriter, Val};
use crate::helpers::ice;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ErrorReturn, Type};

impl<'m, 'a> FnWriter<'m, 'a> {
    pub(super) fn write_py_method_call(&mut self, e: &TExpr) -> R<Val> {
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
            self.require("pyxc_call_method");
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
            self.require("pyxc_call_method");
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

    pub(super) fn write_c_call_ptr(&mut self, e: &TExpr) -> R<Val> {
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

    pub(super) fn py_call(&mut self, func: &TExpr, args: &[TArg]) -> R<Val> {
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
            self.require("pyxc_cg_vcall");
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
                    self.require("pyxc_cg_list_extend");
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
                        self.require("pyxc_cg_kw_set");
                        "pyxc_cg_kw_set"
                    } else {
                        "PyDict_SetItem"
                    };
                    self.check_neg(&format!("{set}({}, {k}, {})", dict.code(), v.code()));
                    self.release(&v);
                }
                TArg::DoubleStar(x) => {
                    let v = self.obj(x)?;
                    self.require("pyxc_cg_kw_merge");
                    self.check_neg(&format!("pyxc_cg_kw_merge({}, {})", dict.code(), v.code()));
                    self.release(&v);
                }
            }
        }
        let tuple = self.call_obj(format!("PyList_AsTuple({})", list.code()));
        self.release(&list);
        self.require("pyxc_cg_call");
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
        match ty.strip_const() {
            Type::Void => {
                self.w.line(format!("{call};"));
                if matches!(error, ErrorReturn::Always) {
                    let occurred = self.err_occurred();
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
                    _ => {
                        let occurred = self.err_occurred();
                        self.check(&format!("!{t}.mv && {occurred}"), None)
                    }
                }
                Ok(Val::Slice {
                    code: t,
                    owned: true,
                })
            }
            _ => {
                let t = self.c_temp(ty);
                self.w.line(format!("{t} = {call};"));
                if let Some(test) = self.error_test(error, &t) {
                    self.check(&test, None);
                }
                let _ = span;
                Ok(Val::atom(t))
            }
        }
    }

    pub(super) fn c_call(&mut self, e: &TExpr, func: &CFuncTarget, args: &[TExpr]) -> R<Val> {
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

//! CPython-convention wrappers of `def`/`cpdef` functions
//! (`METH_FASTCALL | METH_KEYWORDS`): parse, convert and check arguments,
//! call the native body, convert the result.

use crate::emit::{c_string, Writer};
use crate::fn_writer::{FnWriter, RetShape, Val};
use crate::helpers::ice;
use crate::module_writer::ModuleWriter;
use crate::naming;
use crate::native::ret_shape;
use crate::type_spelling::declare;
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ErrorReturn, ObjKind, Type};

/// How a function's parameters reach the wrapper: the ones taken from
/// `values[]` (positional and keyword-only, with their indexes in
/// `f.params`), and where `*args` / `**kwargs` are.
struct ParamLayout<'a> {
    named: Vec<(usize, &'a TParam)>,
    varargs: Option<usize>,
    varkw: Option<usize>,
    /// How many of `named` may be passed by position.
    npos: usize,
    /// How many leading positional parameters have no default.
    nreq: usize,
    /// Bit j set: `named[j]` is a required keyword-only parameter.
    kwmask: u64,
}

impl<'a> ParamLayout<'a> {
    fn of(f: &'a TFunction) -> R<Self> {
        let mut named: Vec<(usize, &TParam)> = vec![];
        let mut varargs = None;
        let mut varkw = None;
        for (i, p) in f.params.iter().enumerate() {
            match p.kind {
                ParamKind::Normal | ParamKind::KeywordOnly => named.push((i, p)),
                ParamKind::VarArgs => varargs = Some(i),
                ParamKind::KwArgs => varkw = Some(i),
            }
        }
        let npos = named
            .iter()
            .filter(|(_, p)| p.kind == ParamKind::Normal)
            .count();
        let nreq = named
            .iter()
            .take_while(|(_, p)| p.kind == ParamKind::Normal && p.default.is_none())
            .count();
        let mut kwmask: u64 = 0;
        for (j, (_, p)) in named.iter().enumerate() {
            if p.kind == ParamKind::KeywordOnly && p.default.is_none() {
                if j >= 64 {
                    return Err(ice("more than 64 parameters", f.span));
                }
                kwmask |= 1 << j;
            }
        }
        Ok(ParamLayout {
            named,
            varargs,
            varkw,
            npos,
            nreq,
            kwmask,
        })
    }

    fn nparams(&self) -> usize {
        self.named.len()
    }
}

/// The wrapper's locals, declared at its top, and what releases them on
/// both exits.
#[derive(Default)]
struct WrapperLocals {
    decls: Vec<String>,
    cleanup: Vec<String>,
}

pub fn emit_wrapper<'a>(md: &mut ModuleWriter<'a>, f: &'a TFunction) -> R<String> {
    let shape = RetShape {
        c_type: Some("PyObject *".into()),
        ty: Type::object(),
        err_value: Some("NULL".into()),
        unraisable: false,
    };
    let native_shape = ret_shape(f)?;
    let mut cx = FnWriter::new(md, f, shape);
    cx.line = f.line;
    let layout = ParamLayout::of(f)?;
    let mut locals = WrapperLocals::default();
    declare_keyword_list(f, &layout, &mut locals);
    declare_arguments(cx.md, f, &mut locals);
    write_argument_unpacking(&mut cx, f, &layout);
    for (j, &(i, p)) in layout.named.iter().enumerate() {
        write_parameter_conversion(&mut cx, f, j, i, p, &mut locals)?;
    }
    if let Some(i) = layout.varargs {
        cx.w.line(format!("{} = varargs;", naming::arg(i)));
    }
    if let Some(i) = layout.varkw {
        cx.w.line(format!("{} = varkw;", naming::arg(i)));
    }
    let uses_done = write_call_and_result(&mut cx, f, &native_shape)?;
    let body = cx.w.take();
    Ok(assemble_wrapper(&mut cx, f, &locals, &body, uses_done))
}

/// `kwlist[]` (the names keywords are matched against) and `values[]` (the
/// matched arguments), plus the `*args` / `**kwargs` holders.
fn declare_keyword_list(f: &TFunction, layout: &ParamLayout<'_>, locals: &mut WrapperLocals) {
    let nparams = layout.nparams();
    if nparams > 0 {
        let names: Vec<String> = layout
            .named
            .iter()
            .map(|(_, p)| {
                // No keyword is empty: a positional-only name never matches.
                let name = if p.pos_only {
                    ""
                } else {
                    &f.vars[p.var.0 as usize].name
                };
                c_string(name.as_bytes())
            })
            .collect();
        locals.decls.push(format!(
            "static const char *const kwlist[] = {{{}}};",
            names.join(", ")
        ));
        locals
            .decls
            .push(format!("PyObject *values[{nparams}] = {{0}};"));
    }
    if layout.varargs.is_some() {
        locals.decls.push("PyObject *varargs = NULL;".into());
        locals.cleanup.push("Py_XDECREF(varargs);".to_string());
    }
    if layout.varkw.is_some() {
        locals.decls.push("PyObject *varkw = NULL;".into());
        locals.cleanup.push("Py_XDECREF(varkw);".to_string());
    }
}

/// The converted arguments a_i, one per parameter.
fn declare_arguments(md: &mut ModuleWriter, f: &TFunction, locals: &mut WrapperLocals) {
    for (i, p) in f.params.iter().enumerate() {
        let v = &f.vars[p.var.0 as usize];
        let a = naming::arg(i);
        match v.ty.strip_const() {
            Type::MemView(_) => {
                locals.decls.push(format!("pyxc_slice {a} = {{0}};"));
                md.require("pyxc_slice_clear");
                locals.cleanup.push(format!("pyxc_slice_clear(&{a});"));
            }
            Type::Object(_) | Type::Buffer(_) => {
                locals.decls.push(format!("PyObject *{a} = NULL;"))
            }
            t => locals.decls.push(format!("{};", declare(t, &a))),
        }
    }
}

/// Spread `args` / `kwnames` into `values[]` and the `*args` / `**kwargs`
/// holders, with a fast path when every parameter comes by position.
fn write_argument_unpacking(cx: &mut FnWriter<'_, '_>, f: &TFunction, layout: &ParamLayout<'_>) {
    // Messages name the function as Python does (`f`, not `outer.f#1`).
    let fname = c_string(crate::naming::python_name(f).as_bytes());
    let nparams = layout.nparams();
    let (npos, nreq, kwmask) = (layout.npos, layout.nreq, layout.kwmask);
    let values = if nparams > 0 { "values" } else { "NULL" };
    let kwl = if nparams > 0 { "kwlist" } else { "NULL" };
    let va = if layout.varargs.is_some() {
        "&varargs"
    } else {
        "NULL"
    };
    let vk = if layout.varkw.is_some() {
        "&varkw"
    } else {
        "NULL"
    };
    cx.require("pyxc_parse_args");
    let parse = format!(
        "pyxc_parse_args({fname}, args, nargs, kwnames, {kwl}, {nparams}, {npos}, {nreq}, {kwmask}ULL, {values}, {va}, {vk})"
    );
    if nparams > 0 && npos == nparams && layout.varargs.is_none() && layout.varkw.is_none() {
        // The common call: every parameter passed by position.
        cx.w.open(format!("if (pyxc_likely(!kwnames && nargs == {nparams}))"));
        for j in 0..nparams {
            cx.w.line(format!("values[{j}] = args[{j}];"));
        }
        cx.w.else_();
        cx.check_neg(&parse);
        cx.w.close();
    } else {
        cx.check_neg(&parse);
    }
}

/// Convert `values[j]` (parameter `i` of `f`) into its argument a_i,
/// filling in its default when it was not passed.
fn write_parameter_conversion(
    cx: &mut FnWriter<'_, '_>,
    f: &TFunction,
    j: usize,
    i: usize,
    p: &TParam,
    locals: &mut WrapperLocals,
) -> R<()> {
    let v = &f.vars[p.var.0 as usize];
    let a = naming::arg(i);
    let src = format!("values[{j}]");
    cx.w.line(format!("/* {} */", crate::emit::comment_text(&v.name)));
    if p.int_from_number {
        // `x: int`: numbers convert with int(), as Cython's annotation typing does.
        let owned = format!("owned_{i}");
        locals.decls.push(format!("PyObject *{owned} = NULL;"));
        locals.cleanup.push(format!("Py_XDECREF({owned});"));
        let pname = c_string(v.name.as_bytes());
        // `Optional[int]` lets None through.
        let none = if p.none == NoneArg::Accepted {
            format!(" && {src} != Py_None")
        } else {
            String::new()
        };
        cx.w.open(format!("if ({src}{none} && !PyLong_CheckExact({src}))"));
        cx.require("pyxc_int_from_number");
        cx.w.line(format!("{owned} = pyxc_int_from_number({src}, {pname});"));
        cx.check_null(&owned);
        cx.w.line(format!("{src} = {owned};"));
        cx.w.close();
    }
    match &p.default {
        None => convert_arg(cx, p, &v.ty, &v.name, &src, &a)?,
        Some(ParamDefault::InClosure) => {
            let k = closure_default(f, i);
            cx.w.line(format!("if (!{src}) {src} = PyTuple_GET_ITEM(self, {k});"));
            convert_arg(cx, p, &v.ty, &v.name, &src, &a)?;
        }
        Some(ParamDefault::Stored(_)) => {
            let dflt = naming::default_value(&f.name, i);
            cx.w.line(format!("if (!{src}) {src} = {dflt};"));
            convert_arg(cx, p, &v.ty, &v.name, &src, &a)?;
        }
        Some(ParamDefault::Constant(d)) => {
            cx.w.open(format!("if ({src})"));
            convert_arg(cx, p, &v.ty, &v.name, &src, &a)?;
            cx.w.else_();
            let dv = cx.expr(d)?;
            match dv {
                Val::C { code, .. } => cx.w.line(format!("{a} = {code};")),
                other => {
                    cx.release(&other);
                    return Err(ice("non-C default for a C parameter", d.span));
                }
            }
            cx.w.close();
        }
    }
    Ok(())
}

/// Call the native body and turn what it returns into the wrapper's
/// result object. True when the call's error test jumps to the done label.
fn write_call_and_result(
    cx: &mut FnWriter<'_, '_>,
    f: &TFunction,
    native_shape: &RetShape,
) -> R<bool> {
    let mut args: Vec<String> = (0..f.params.len()).map(naming::arg).collect();
    if f.closure.is_some() {
        args.insert(0, "self".into());
    }
    let call = format!("{}({})", naming::native(&f.name), args.join(", "));
    let mut uses_done = false;
    match f.kind {
        FuncKind::Def => cx.w.line(format!("{} = {call};", naming::RESULT)),
        _ => {
            // cpdef: the native body returns a C value.
            let occurred = "PyErr_Occurred()";
            match native_shape.ty.strip_const() {
                Type::Void => {
                    cx.w.line(format!("{call};"));
                    if !matches!(f.error, ErrorReturn::None) {
                        cx.w.line(format!("if ({occurred}) goto {};", naming::DONE_LABEL));
                        uses_done = true;
                    }
                    cx.w.line(format!("{} = Py_None;", naming::RESULT));
                    cx.w.line("Py_INCREF(Py_None);");
                }
                Type::Object(_) | Type::Buffer(_) => {
                    cx.w.line(format!("{} = {call};", naming::RESULT));
                }
                t => {
                    let tmp = cx.c_temp(t);
                    cx.w.line(format!("{tmp} = {call};"));
                    if let Some(c) = crate::type_spelling::error_test(&f.error, &tmp, occurred) {
                        cx.w.line(format!("if ({c}) goto {};", naming::DONE_LABEL));
                        uses_done = true;
                    }
                    let conv = if let Type::MemView(mv) = t {
                        let dt = cx.md.view_dtype(mv, f.span)?;
                        cx.require("pyxc_slice_to_object");
                        format!("pyxc_slice_to_object(&{tmp}, {}, &{dt})", mv.ndim())
                    } else {
                        crate::expr::to_object_call(cx.md, t, &tmp).ok_or_else(|| {
                            ice(format!("cpdef result {t} has no Python conversion"), f.span)
                        })?
                    };
                    cx.w.line(format!("{} = {conv};", naming::RESULT));
                    if matches!(t, Type::MemView(_)) {
                        cx.require("pyxc_slice_clear");
                        cx.w.line(format!("pyxc_slice_clear(&{tmp});"));
                    }
                    cx.check_null(naming::RESULT);
                }
            }
        }
    }
    Ok(uses_done)
}

/// The wrapper function around its written body: signature, declarations,
/// the done exit and the error exit with its traceback entry.
fn assemble_wrapper(
    cx: &mut FnWriter<'_, '_>,
    f: &TFunction,
    locals: &WrapperLocals,
    body: &str,
    uses_done: bool,
) -> String {
    let mut out = Writer::new(0);
    out.open(format!(
        "static PyObject *{}(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)",
        naming::wrapper(&f.name)
    ));
    out.line(format!("PyObject *{} = NULL;", naming::RESULT));
    for d in &locals.decls {
        out.line(d);
    }
    for d in cx.temp_decls() {
        out.line(d);
    }
    if cx.uses_error {
        out.line(format!("int {} = {};", naming::LINENO, f.line));
    }
    out.line("(void)self;");
    out.raw(body);
    if uses_done {
        out.label(naming::DONE_LABEL);
    }
    for l in &locals.cleanup {
        out.line(l);
    }
    out.line(format!("return {};", naming::RESULT));
    if cx.uses_error {
        out.label(naming::ERROR_LABEL);
        for l in cx.temp_error_cleanup() {
            out.line(l);
        }
        for l in &locals.cleanup {
            out.line(l);
        }
        let file = c_string(cx.md.file.as_bytes());
        let qual = c_string(cx.qualname.as_bytes());
        cx.require("pyxc_add_traceback");
        out.line(format!(
            "pyxc_add_traceback({qual}, {file}, {});",
            naming::LINENO
        ));
        out.line(format!("Py_XDECREF({});", naming::RESULT));
        out.line("return NULL;");
    }
    out.close();
    out.into_string()
}

/// Convert `src` (a borrowed object) into wrapper argument `a`.
fn convert_arg(
    cx: &mut FnWriter<'_, '_>,
    p: &TParam,
    ty: &Type,
    name: &str,
    src: &str,
    a: &str,
) -> R<()> {
    let pname = c_string(name.as_bytes());
    if p.none == NoneArg::NotNone {
        cx.require("pyxc_raise_arg_none");
        cx.check(
            &format!("{src} == Py_None"),
            Some(&format!("pyxc_raise_arg_none({pname});")),
        );
    }
    let none_ok = p.none == NoneArg::Accepted;
    match ty.strip_const() {
        Type::Object(kind) => {
            type_check_arg(cx, kind, src, none_ok, &pname)?;
            cx.w.line(format!("{a} = {src};"));
        }
        Type::Buffer(b) => {
            type_check_arg(cx, &b.obj, src, none_ok, &pname)?;
            cx.w.line(format!("{a} = {src};"));
        }
        Type::MemView(mv) => {
            let call = cx.acquire_call(src, a, mv, none_ok)?;
            cx.check_neg(&call);
        }
        t => {
            let code = cx.convert_object_code(src, t, cx.f.span)?;
            cx.w.line(format!("{a} = {code};"));
        }
    }
    Ok(())
}

fn type_check_arg(
    cx: &mut FnWriter<'_, '_>,
    kind: &ObjKind,
    src: &str,
    none_ok: bool,
    pname: &str,
) -> R<()> {
    let (tobj, exact) = match kind {
        ObjKind::Any => return Ok(()),
        ObjKind::Builtin(n) => (
            crate::expr::builtin_type_object(n)
                .ok_or_else(|| ice(format!("unknown builtin type {n}"), cx.f.span))?
                .to_string(),
            1,
        ),
        ObjKind::Extension(n) => (cx.md.ext_type(n), 0),
    };
    cx.require("pyxc_arg_type_test");
    cx.check_neg(&format!(
        "pyxc_arg_type_test({src}, {tobj}, {}, {pname}, {exact})",
        none_ok as u8
    ));
    Ok(())
}

/// `__qualname__` of a def: the enclosing functions' names joined with
/// `.<locals>.`, without the `#n` that keeps C names unique.
pub fn qualname(f: &TFunction) -> String {
    let parts: Vec<&str> = f
        .name
        .split('.')
        .map(|p| p.split('#').next().unwrap_or(p))
        .collect();
    let mut q = parts[..parts.len() - 1].join(".<locals>.");
    if !q.is_empty() {
        q.push_str(".<locals>.");
    }
    q.push_str(naming::python_name(f));
    q
}

/// The `pyxc_func_sig` a def's function objects report (`__name__`,
/// `__qualname__`, `__code__`'s parameters), and the builder of its
/// `__defaults__` / `__kwdefaults__` when it has defaults.
pub fn emit_sig<'a>(md: &mut ModuleWriter<'a>, f: &'a TFunction) -> R<String> {
    let mut out = Writer::new(0);
    let sig = naming::sig(&f.name);
    let param_name = |p: &TParam| f.vars[p.var.0 as usize].name.as_str();
    let by_kind = |k: ParamKind| f.params.iter().filter(move |p| p.kind == k);
    let mut varnames: Vec<&str> = by_kind(ParamKind::Normal).map(param_name).collect();
    let argcount = varnames.len();
    varnames.extend(by_kind(ParamKind::KeywordOnly).map(param_name));
    let kwonly = varnames.len() - argcount;
    let mut flags = vec![];
    if let Some(p) = by_kind(ParamKind::VarArgs).next() {
        varnames.push(param_name(p));
        flags.push("CO_VARARGS");
    }
    if let Some(p) = by_kind(ParamKind::KwArgs).next() {
        varnames.push(param_name(p));
        flags.push("CO_VARKEYWORDS");
    }
    let posonly = f.params.iter().filter(|p| p.pos_only).count();
    let names = if varnames.is_empty() {
        "NULL".to_string()
    } else {
        let arr = format!("{sig}_varnames");
        let items: Vec<String> = varnames.iter().map(|n| c_string(n.as_bytes())).collect();
        out.line(format!(
            "static const char *const {arr}[] = {{{}}};",
            items.join(", ")
        ));
        arr
    };
    let defaults = match emit_defaults(md, f)? {
        Some(code) => {
            out.raw(&code);
            naming::defaults_fn(&f.name)
        }
        None => "NULL".into(),
    };
    // Cython names a lambda's function `lambda` (its qualname keeps `<lambda>`).
    let py_name = naming::python_name(f);
    let name = if py_name == "<lambda>" {
        "lambda"
    } else {
        py_name
    };
    out.open(format!("static const pyxc_func_sig {sig} ="));
    out.line(format!(
        "{}, {}, {}, {},",
        c_string(name.as_bytes()),
        c_string(qualname(f).as_bytes()),
        c_string(md.file.as_bytes()),
        f.first_line
    ));
    out.line(format!(
        "{argcount}, {posonly}, {kwonly}, {}, {names}, {defaults},",
        if flags.is_empty() {
            "0".to_string()
        } else {
            flags.join(" | ")
        }
    ));
    out.close_with(";");
    Ok(out.into_string())
}

/// `static PyObject *pyxc_defaults_f(PyObject *self, int kw)`: the def's
/// positional defaults as a tuple (kw = 0) or its keyword-only defaults as
/// a dict (kw = 1), or None when it has none of that kind.
fn emit_defaults<'a>(md: &mut ModuleWriter<'a>, f: &'a TFunction) -> R<Option<String>> {
    if f.params.iter().all(|p| p.default.is_none()) {
        return Ok(None);
    }
    let shape = RetShape {
        c_type: Some("PyObject *".into()),
        ty: Type::object(),
        err_value: Some("NULL".into()),
        unraisable: false,
    };
    let mut cx = FnWriter::new(md, f, shape);
    cx.line = f.line;
    let mut pos = vec![];
    let mut kw = vec![];
    for (i, p) in f.params.iter().enumerate() {
        let Some(d) = &p.default else { continue };
        let v = &f.vars[p.var.0 as usize];
        let value = match d {
            ParamDefault::InClosure => format!(
                "Py_NewRef(PyTuple_GET_ITEM(self, {}))",
                closure_default(f, i)
            ),
            ParamDefault::Stored(_) => {
                format!("Py_NewRef({})", naming::default_value(&f.name, i))
            }
            ParamDefault::Constant(d) => match cx.expr(d)? {
                Val::C { code, .. } => crate::expr::to_object_call(cx.md, &v.ty, &code)
                    .ok_or_else(|| ice("a default with no Python conversion", d.span))?,
                other => {
                    cx.release(&other);
                    return Err(ice("non-C default for a C parameter", d.span));
                }
            },
        };
        if p.kind == ParamKind::KeywordOnly {
            kw.push((v.name.as_str(), value));
        } else {
            pos.push(value);
        }
    }
    let body = cx.w.take();
    let temps = cx.temp_decls();
    let uses_error = cx.uses_error;
    let mut out = Writer::new(0);
    out.open(format!(
        "static PyObject *{}(PyObject *self, int kw)",
        naming::defaults_fn(&f.name)
    ));
    for d in temps {
        out.line(d);
    }
    if uses_error {
        out.line(format!("int {} = {};", naming::LINENO, f.line));
    }
    out.line("(void)self;");
    out.raw(&body);
    // Py_BuildValue's `N` takes the new references; a NULL one (a failed
    // conversion) makes it return NULL with that error set.
    let tuple = if pos.is_empty() {
        "Py_NewRef(Py_None)".to_string()
    } else {
        format!(
            "Py_BuildValue(\"({})\", {})",
            "N".repeat(pos.len()),
            pos.join(", ")
        )
    };
    let dict = if kw.is_empty() {
        "Py_NewRef(Py_None)".to_string()
    } else {
        let fmt: String = kw.iter().map(|_| "sN").collect();
        let items: Vec<String> = kw
            .iter()
            .map(|(n, v)| format!("{}, {v}", c_string(n.as_bytes())))
            .collect();
        format!("Py_BuildValue(\"{{{fmt}}}\", {})", items.join(", "))
    };
    out.line(format!("return kw ? {dict} : {tuple};"));
    if uses_error {
        out.label(naming::ERROR_LABEL);
        out.line(format!("(void){};", naming::LINENO));
        out.line("return NULL;");
    }
    out.close();
    Ok(Some(out.into_string()))
}

/// Where a closure keeps the default of parameter `i`: its tuple holds the
/// cells, then the defaults in parameter order.
fn closure_default(f: &TFunction, i: usize) -> usize {
    let nfree = f.closure.as_ref().map_or(0, |c| c.nfree);
    nfree + f.params[..i].iter().filter(|q| q.default.is_some()).count()
}

//! Native C functions: the return shape and signature of a function, the
//! declarations of its locals, and the assembly of its whole body around
//! what the statement writer produced.

use crate::emit::Writer;
use crate::fn_writer::{FnWriter, RetShape};
use crate::helpers::ice;
use crate::module_writer::ModuleWriter;
use crate::naming;
use crate::type_spelling::{cast_type, declare};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ErrorReturn, Type};

/// The return shape of a native function.
pub fn ret_shape(f: &TFunction) -> R<RetShape> {
    if f.kind == FuncKind::ModuleInit {
        return Ok(RetShape {
            c_type: Some("int".into()),
            ty: Type::Int(pyxc_tir::types::IntKind::Int),
            err_value: Some("-1".into()),
            unraisable: false,
        });
    }
    if f.kind == FuncKind::Def {
        return Ok(RetShape {
            c_type: Some("PyObject *".into()),
            ty: Type::object(),
            err_value: Some("NULL".into()),
            unraisable: false,
        });
    }
    let ty = f.ret.clone();
    let c_type = match ty.strip_const() {
        Type::Void => None,
        t => Some(cast_type(t)),
    };
    let (err_value, unraisable) = match &f.error {
        ErrorReturn::None => (zero_value(&ty), true),
        ErrorReturn::Value(v) | ErrorReturn::ValueCheck(v) => {
            (Some(crate::type_spelling::error_value(v)), false)
        }
        ErrorReturn::Always => (zero_value(&ty), false),
        ErrorReturn::Null => (
            Some(zero_value(&ty).unwrap_or_else(|| "NULL".into())),
            false,
        ),
    };
    Ok(RetShape {
        c_type,
        ty,
        err_value,
        unraisable,
    })
}

/// A zero of a type, as an expression (None for void).
pub fn zero_value(ty: &Type) -> Option<String> {
    match ty.strip_const() {
        Type::Void => None,
        Type::Object(_) | Type::Buffer(_) | Type::Ptr(_) | Type::Null | Type::Func(_) => {
            Some("NULL".into())
        }
        Type::MemView(_) => Some("pyxc_cg_slice_null".into()),
        Type::Struct(s) => Some(format!("(({}){{0}})", naming::struct_name(s))),
        t => Some(format!("({})0", cast_type(t))),
    }
}

/// Local-variable declaration with its initial value.
pub fn local_decl(v: &Var) -> Vec<String> {
    var_decl(v, &naming::local(&v.name))
}

/// The C declaration (zero-initialised) of `v` under the C name `name`.
pub fn var_decl(v: &Var, name: &str) -> Vec<String> {
    match v.ty.strip_const() {
        Type::Object(_) => vec![format!("PyObject *{name} = NULL;")],
        Type::Buffer(_) => vec![
            format!("PyObject *{name} = NULL;"),
            format!("pyxc_slice {} = {{0}};", naming::buffer_slice(&v.name)),
        ],
        Type::MemView(_) => vec![format!("pyxc_slice {name} = {{0}};")],
        Type::Struct(_) | Type::Array(..) => vec![format!("{} = {{0}};", declare(&v.ty, name))],
        Type::Opaque { approx: None, .. } => vec![format!("{};", declare(&v.ty, name))],
        _ => vec![format!("{} = 0;", declare(v.ty.strip_const(), name))],
    }
}

/// The C parameter list of a native function.
pub fn param_list(f: &TFunction) -> R<String> {
    let mut ps = vec![];
    if f.closure.is_some() {
        ps.push(format!("PyObject *{}", naming::CLOSURE));
    }
    if f.params.is_empty() && ps.is_empty() {
        return Ok("void".into());
    }
    for p in &f.params {
        let v = f
            .vars
            .get(p.var.0 as usize)
            .ok_or_else(|| ice("parameter variable out of range", f.span))?;
        ps.push(declare(&v.ty, &naming::local(&v.name)));
    }
    Ok(ps.join(", "))
}

/// `static double pyxc_f_name(double v_x)` (no semicolon).
pub fn native_signature(f: &TFunction, shape: &RetShape) -> R<String> {
    if f.kind == FuncKind::ModuleInit {
        return Ok(format!("static int {}(void)", naming::MODULE_BODY));
    }
    let ret = shape.c_type.clone().unwrap_or_else(|| "void".into());
    let inline = if f.inline { "static inline" } else { "static" };
    let name = naming::native(&f.name);
    let params = param_list(f)?;
    let sep = if ret.ends_with('*') { "" } else { " " };
    Ok(format!("{inline} {ret}{sep}{name}({params})"))
}

/// What a native function needs besides its statements: the code run on
/// entry, the declarations of its locals, and what releases them at the
/// done label.
struct NativeFrame {
    entry: Writer,
    local_decls: Vec<String>,
    done_cleanup: Vec<Release>,
}

/// A line of the done label's cleanup, with the runtime unit it calls.
struct Release {
    line: String,
    unit: Option<&'static str>,
}

impl Release {
    fn decref(name: &str) -> Release {
        Release {
            line: format!("Py_XDECREF({name});"),
            unit: None,
        }
    }
    fn slice(name: &str) -> Release {
        Release {
            line: format!("pyxc_slice_clear(&{name});"),
            unit: Some("pyxc_slice_clear"),
        }
    }
}

/// Emit a whole native function body.
pub fn emit_native<'a>(md: &mut ModuleWriter<'a>, f: &'a TFunction) -> R<String> {
    let shape = ret_shape(f)?;
    let sig = native_signature(f, &shape)?;
    let mut cx = FnWriter::new(md, f, shape.clone());
    let mut frame = NativeFrame {
        entry: Writer::new(1),
        local_decls: vec![],
        done_cleanup: vec![],
    };
    own_params(&cx, f, &mut frame)?;
    declare_locals(f, &mut frame);
    acquire_buffer_params(&mut cx, f, &mut frame.entry)?;

    let NativeFrame {
        mut entry,
        local_decls,
        done_cleanup,
    } = frame;
    let body_start = cx.w.take();
    entry.raw(&body_start);
    for s in &f.body {
        cx.stmt(s)?;
    }
    // Falling off the end.
    let body = cx.w.take();
    let entry = entry.into_string();
    let mut out = Writer::new(0);
    out.open(&sig);
    write_prologue(&mut out, &mut cx, f, &shape, &local_decls, &entry, &body);
    out.raw(&entry);
    out.raw(&body);
    let ends_in_return = write_fall_off_return(&mut out, f, &shape);
    write_exits(&mut out, &mut cx, &shape, ends_in_return);
    write_done_cleanup(&mut out, &mut cx, f, &shape, done_cleanup, &entry, &body);
    out.close();
    Ok(out.into_string())
}

/// Parameters: own assigned object/view parameters on entry (the caller's
/// reference is borrowed), and release them and every buffer parameter's
/// slice at the done label.
fn own_params(cx: &FnWriter<'_, '_>, f: &TFunction, frame: &mut NativeFrame) -> R<()> {
    for p in &f.params {
        let v = cx.var(p.var)?;
        let name = naming::local(&v.name);
        let assigned = cx.assigned[p.var.0 as usize];
        match v.ty.strip_const() {
            Type::Object(_) if assigned => {
                frame.entry.line(format!("Py_XINCREF({name});"));
                frame.done_cleanup.push(Release::decref(&name));
            }
            Type::MemView(_) if assigned => {
                frame
                    .entry
                    .line(format!("Py_XINCREF((PyObject *){name}.mv);"));
                frame.done_cleanup.push(Release::slice(&name));
            }
            Type::Buffer(_) => {
                if assigned {
                    frame.entry.line(format!("Py_XINCREF({name});"));
                    frame.done_cleanup.push(Release::decref(&name));
                }
                frame
                    .done_cleanup
                    .push(Release::slice(&naming::buffer_slice(&v.name)));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The declarations of buffer parameters' slices and of every local, and
/// what releases the locals at the done label.
fn declare_locals(f: &TFunction, frame: &mut NativeFrame) {
    for v in f.vars.iter().filter(|v| v.param.is_some()) {
        if let Type::Buffer(_) = v.ty.strip_const() {
            frame.local_decls.push(format!(
                "pyxc_slice {} = {{0}};",
                naming::buffer_slice(&v.name)
            ));
        }
    }
    for v in f.vars.iter().filter(|v| v.param.is_none()) {
        frame.local_decls.extend(local_decl(v));
        let name = naming::local(&v.name);
        let cleanup = &mut frame.done_cleanup;
        match v.ty.strip_const() {
            Type::Object(_) => cleanup.push(Release::decref(&name)),
            Type::Buffer(_) => {
                cleanup.push(Release::decref(&name));
                cleanup.push(Release::slice(&naming::buffer_slice(&v.name)));
            }
            Type::MemView(_) => cleanup.push(Release::slice(&name)),
            _ => {}
        }
    }
}

/// Buffer parameters: acquire their slices on entry.
fn acquire_buffer_params(cx: &mut FnWriter<'_, '_>, f: &TFunction, entry: &mut Writer) -> R<()> {
    for p in &f.params {
        let v = cx.var(p.var)?;
        if let Type::Buffer(b) = v.ty.strip_const() {
            cx.line = f.line;
            let (obj, slice) = (naming::local(&v.name), naming::buffer_slice(&v.name));
            let call = cx.acquire_buffer_call(&obj, &slice, b, v.written_through)?;
            let body = cx.w.take();
            cx.check_neg(&call);
            let acq = cx.w.take();
            cx.w.raw(&body);
            entry.raw(&acq);
        }
    }
    Ok(())
}

/// The declarations at the top of the function: the GIL state, the result,
/// the locals `entry` or `body` name, temporaries, the line number, and
/// `(void)` marks for parameters the code never names.
fn write_prologue(
    out: &mut Writer,
    cx: &mut FnWriter<'_, '_>,
    f: &TFunction,
    shape: &RetShape,
    local_decls: &[String],
    entry: &str,
    body: &str,
) {
    if f.with_gil {
        out.line("PyGILState_STATE pyxc_gil = PyGILState_Ensure();");
    }
    write_result_decl(out, f, shape);
    write_used_locals(out, local_decls, &format!("{entry}\n{body}"));
    for d in cx.temp_decls() {
        out.line(d);
    }
    for d in &cx.extra_decls {
        out.line(d);
    }
    if cx.uses_error {
        out.line(format!("int {} = {};", naming::LINENO, f.line));
    }
    for p in &f.params {
        let name = naming::local(&f.vars[p.var.0 as usize].name);
        if !crate::helpers::mentions(entry, &name) && !crate::helpers::mentions(body, &name) {
            out.line(format!("(void){name};"));
        }
    }
    if f.closure.is_some() && !crate::helpers::mentions(body, naming::CLOSURE) {
        out.line(format!("(void){};", naming::CLOSURE));
    }
    for l in crate::trace::prologue(cx.md, f) {
        out.line(l);
    }
}

/// The result variable, initialised to a zero of its type.
fn write_result_decl(out: &mut Writer, f: &TFunction, shape: &RetShape) {
    let Some(ct) = &shape.c_type else {
        return;
    };
    let decl = if ct.ends_with('*') {
        format!("{ct}{}", naming::RESULT)
    } else {
        format!("{ct} {}", naming::RESULT)
    };
    let init = match &shape.ty {
        t if f.kind == FuncKind::ModuleInit => {
            let _ = t;
            "0".to_string()
        }
        t => zero_value(t).unwrap_or_else(|| "0".into()),
    };
    if matches!(shape.ty.strip_const(), Type::MemView(_)) {
        out.line(format!("pyxc_slice {} = {{0}};", naming::RESULT));
    } else if matches!(shape.ty.strip_const(), Type::Struct(_)) {
        out.line(format!("{decl} = {{0}};"));
    } else {
        out.line(format!("{decl} = {init};"));
    }
}

/// The local declarations `text` (the function's code, entry and body
/// joined) names, then `(void)` marks for those it only assigns.
fn write_used_locals(out: &mut Writer, local_decls: &[String], text: &str) {
    let mut set_only = Vec::new();
    for d in local_decls {
        // Locals the body never names are not declared (no unused warnings).
        let names: Vec<&str> = d
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with("v_") || w.starts_with("b_"))
            .collect();
        let used = names.iter().any(|w| crate::helpers::mentions(text, w));
        if used {
            out.line(d);
            // A C local only ever assigned (a loop target the body does not
            // read) is marked used, for -Wunused-but-set-variable.
            if let Some(w) = names.first() {
                let all = crate::helpers::count_mentions(text, w);
                let sets = text.matches(&format!("{w} = ")).count();
                if !d.starts_with("PyObject") && all == sets {
                    set_only.push(format!("(void){w};"));
                }
            }
        }
    }
    for v in set_only {
        out.line(v);
    }
}

/// Default return when the body falls off its end. True when the body's
/// last statement returns or raises instead.
fn write_fall_off_return(out: &mut Writer, f: &TFunction, shape: &RetShape) -> bool {
    let ends_in_return = matches!(
        f.body.last().map(|s| &s.kind),
        Some(TStmtKind::Return(_)) | Some(TStmtKind::Raise { .. })
    );
    // A function returning an object returns None (a new reference) when
    // its body falls off its end, as in Python; NULL would mean an error.
    let returns_object = matches!(shape.ty.strip_const(), Type::Object(_) | Type::Buffer(_));
    if (f.kind == FuncKind::Def || returns_object) && !ends_in_return {
        out.line(format!("{} = Py_None;", naming::RESULT));
        out.line("Py_INCREF(Py_None);");
    }
    ends_in_return
}

/// The error exit (when anything jumps to it) and the done label.
fn write_exits(
    out: &mut Writer,
    cx: &mut FnWriter<'_, '_>,
    shape: &RetShape,
    ends_in_return: bool,
) {
    if cx.uses_error {
        if !ends_in_return {
            out.line(format!("goto {};", naming::DONE_LABEL));
        }
        out.label(naming::ERROR_LABEL);
        write_error_report(out, cx, shape);
        write_error_result(out, cx, shape);
        if cx.uses_done || !ends_in_return {
            out.label(naming::DONE_LABEL);
        }
    } else if cx.uses_done {
        out.label(naming::DONE_LABEL);
    }
}

/// At the error label: release the temporaries and add the traceback entry
/// (reporting it as unraisable when the function cannot return an error).
fn write_error_report(out: &mut Writer, cx: &mut FnWriter<'_, '_>, shape: &RetShape) {
    // In a nogil function the cleanup needs the GIL too.
    let mut report = cx.temp_error_cleanup();
    if !cx.nogil_fn {
        for l in report.drain(..) {
            out.line(l);
        }
    }
    let file = crate::emit::c_string(cx.md.file.as_bytes());
    let qual = crate::emit::c_string(cx.qualname.as_bytes());
    cx.require("pyxc_add_traceback");
    report.push(format!(
        "pyxc_add_traceback({qual}, {file}, {});",
        naming::LINENO
    ));
    if shape.unraisable {
        cx.require("pyxc_write_unraisable");
        report.push(format!("pyxc_write_unraisable({qual});"));
    }
    if cx.nogil_fn {
        out.open("");
        out.line("PyGILState_STATE pyxc_gs = PyGILState_Ensure();");
        for l in report {
            out.line(l);
        }
        out.line("PyGILState_Release(pyxc_gs);");
        out.close();
    } else {
        for l in report {
            out.line(l);
        }
    }
}

/// At the error label: set the result to the function's error value.
fn write_error_result(out: &mut Writer, cx: &mut FnWriter<'_, '_>, shape: &RetShape) {
    if shape.c_type.is_none() {
        return;
    }
    if matches!(shape.ty.strip_const(), Type::MemView(_)) {
        cx.require("pyxc_slice_clear");
        out.line(format!("pyxc_slice_clear(&{});", naming::RESULT));
    } else if matches!(shape.ty.strip_const(), Type::Object(_) | Type::Buffer(_)) {
        out.line(format!("Py_CLEAR({});", naming::RESULT));
        if let Some(e) = &shape.err_value {
            if e != "NULL" {
                out.line(format!("{} = {e};", naming::RESULT));
            }
        }
    } else if let Some(e) = &shape.err_value {
        out.line(format!("{} = {e};", naming::RESULT));
    }
}

/// After the done label: release the locals the code names (under the GIL
/// in a nogil function), release the GIL a `with gil` function took, return.
fn write_done_cleanup(
    out: &mut Writer,
    cx: &mut FnWriter<'_, '_>,
    f: &TFunction,
    shape: &RetShape,
    done_cleanup: Vec<Release>,
    entry: &str,
    body: &str,
) {
    let mut kept = Vec::new();
    for r in done_cleanup {
        let named = r
            .line
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with("v_") || w.starts_with("b_"))
            .all(|w| crate::helpers::mentions(entry, w) || crate::helpers::mentions(body, w));
        if named {
            if let Some(u) = r.unit {
                cx.require(u);
            }
            kept.push(r.line);
        }
    }
    let done_cleanup = kept;
    if cx.nogil_fn && !done_cleanup.is_empty() {
        out.open("");
        out.line("PyGILState_STATE pyxc_gs = PyGILState_Ensure();");
        for l in &done_cleanup {
            out.line(l);
        }
        out.line("PyGILState_Release(pyxc_gs);");
        out.close();
    } else {
        for l in &done_cleanup {
            out.line(l);
        }
    }
    if let Some(l) = crate::trace::epilogue(cx.md, f) {
        out.line(l);
    }
    if f.with_gil {
        out.line("PyGILState_Release(pyxc_gil);");
    }
    if shape.c_type.is_some() {
        out.line(format!("return {};", naming::RESULT));
    }
}

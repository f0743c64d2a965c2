//! The module: the final assembly of named sections in a fixed order.

use crate::emit::{c_string, comment_text, Writer};
use crate::module_writer::ModuleWriter;
use crate::native::{emit_native, local_decl};
use crate::runtime;
use crate::{helpers, naming, Generated, Options};
use pyxc_diagnostics::Diagnostic;
use pyxc_tir::tir::*;

pub fn generate_module(m: &TModule, opts: &Options) -> Result<Generated, Vec<Diagnostic>> {
    let mut md = ModuleWriter::new(m, opts);
    let mut diags = vec![];

    // Function bodies (natives, then each wrapper right after its native).
    let mut protos = Writer::new(0);
    let mut bodies = String::new();
    for f in &m.functions {
        match crate::native::ret_shape(f).and_then(|s| crate::native::native_signature(f, &s)) {
            Ok(sig) => protos.line(format!("{sig};")),
            Err(d) => diags.push(d),
        }
    }
    for f in &m.functions {
        match emit_native(&mut md, f) {
            Ok(s) => {
                bodies.push_str(&s);
                bodies.push('\n');
            }
            Err(d) => diags.push(d),
        }
        if matches!(f.kind, FuncKind::Def | FuncKind::Cpdef) {
            match crate::wrapper::emit_wrapper(&mut md, f) {
                Ok(s) => {
                    bodies.push_str(&s);
                    bodies.push('\n');
                }
                Err(d) => diags.push(d),
            }
        }
    }
    let init = match emit_native(&mut md, &m.init) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            String::new()
        }
    };
    if !diags.is_empty() {
        return Err(diags);
    }

    // Method table.
    let mut methods = Writer::new(0);
    let mut default_decls = vec![];
    // Closures are created inside function bodies, before the table.
    let table_size = md.methods.len() + 1;
    let forward_table = helpers::mentions(&bodies, naming::METHODS);
    let size = if forward_table {
        table_size.to_string()
    } else {
        String::new()
    };
    methods.open(format!("static PyMethodDef {}[{size}] =", naming::METHODS));
    for fid in &md.methods {
        let f = &m.functions[fid.0 as usize];
        let doc = match &f.doc {
            Some(d) => c_string(d.as_bytes()),
            None => "NULL".into(),
        };
        let py_name = naming::python_name(f);
        methods.line(format!(
            "{{{}, (PyCFunction)(void (*)(void)){}, METH_FASTCALL | METH_KEYWORDS, {doc}}},",
            c_string(py_name.as_bytes()),
            naming::wrapper(&f.name)
        ));
        if f.closure.is_some() {
            continue;
        }
        for (i, p) in f.params.iter().enumerate() {
            let stored = matches!(p.default, Some(ParamDefault::Stored(_)));
            if stored {
                default_decls.push(format!(
                    "static PyObject *{};",
                    naming::default_value(&f.name, i)
                ));
            }
        }
    }
    methods.line("{NULL, NULL, 0, NULL}");
    methods.close_with(";");

    // What each def's function objects report about it.
    let mut sigs = String::new();
    for fid in md.methods.clone() {
        match crate::wrapper::emit_sig(&mut md, &m.functions[fid.0 as usize]) {
            Ok(s) => sigs.push_str(&s),
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }

    // Module exec.
    let uses_memview = !md.dtypes.is_empty()
        || [&bodies, &init]
            .iter()
            .any(|s| s.contains("pyxc_slice_") || s.contains("pyxc_raise_bounds"));
    let uses_assert = helpers::mentions(&bodies, "pyxc_cg_assertions_enabled")
        || helpers::mentions(&init, "pyxc_cg_assertions_enabled");
    let mut exec = Writer::new(0);
    exec.open(format!(
        "static int {}(PyObject *module)",
        naming::MODULE_EXEC
    ));
    exec.line(format!("{} = module;", naming::MODULE));
    exec.line(format!(
        "{} = PyModule_GetDict(module);",
        naming::MODULE_DICT
    ));
    if !md.consts.is_empty() {
        exec.open("if (!pyxc_consts_ready)");
        md.consts.creation(&mut exec);
        exec.line("pyxc_consts_ready = 1;");
        exec.close();
    }
    for (b, k) in &md.builtins {
        let bn = naming::builtin(b);
        exec.line(format!("Py_XDECREF({bn});"));
        exec.line(format!(
            "{bn} = PyDict_GetItemWithError(PyEval_GetBuiltins(), {k});"
        ));
        exec.open(format!("if (!{bn})"));
        exec.line(format!(
            "if (!PyErr_Occurred()) PyErr_Format(PyExc_NameError, \"name '%U' is not defined\", {k});"
        ));
        exec.line("goto bad;");
        exec.close();
        exec.line(format!("Py_INCREF({bn});"));
    }
    for t in &md.ext_types {
        let tn = naming::ext_type(t);
        let (module, attr) = t.rsplit_once('.').unwrap_or(("builtins", t));
        exec.open("");
        exec.line(format!(
            "PyObject *mod = PyImport_ImportModule({});",
            c_string(module.as_bytes())
        ));
        exec.line("PyObject *ty;");
        exec.line("if (!mod) goto bad;");
        exec.line(format!(
            "ty = PyObject_GetAttrString(mod, {});",
            c_string(attr.as_bytes())
        ));
        exec.line("Py_DECREF(mod);");
        exec.line("if (!ty) goto bad;");
        exec.open("if (!PyType_Check(ty))");
        exec.line("Py_DECREF(ty);");
        exec.line(format!(
            "PyErr_SetString(PyExc_TypeError, {});",
            c_string(format!("{t} is not a type").as_bytes())
        ));
        exec.line("goto bad;");
        exec.close();
        exec.line(format!("Py_XSETREF({tn}, (PyTypeObject *)ty);"));
        exec.close();
    }
    if uses_memview {
        exec.line("if (pyxc_memview_init(module) < 0) goto bad;");
    }
    if uses_assert {
        exec.open("");
        exec.line("PyObject *dbg = PyDict_GetItemString(PyEval_GetBuiltins(), \"__debug__\");");
        exec.line("pyxc_cg_assertions_enabled = dbg != Py_False;");
        exec.close();
    }
    exec.line(format!("if ({}() < 0) goto bad;", naming::MODULE_BODY));
    exec.line("return 0;");
    exec.label("bad");
    exec.line("return -1;");
    exec.close();

    // Module definition and init.
    let mut def = Writer::new(0);
    def.open(format!(
        "static PyModuleDef_Slot {}[] =",
        naming::MODULE_SLOTS
    ));
    def.line(format!("{{Py_mod_exec, (void *){}}},", naming::MODULE_EXEC));
    def.line("{0, NULL}");
    def.close_with(";");
    def.line("");
    let mdoc = match &m.doc {
        Some(d) => c_string(d.as_bytes()),
        None => "NULL".into(),
    };
    def.open(format!(
        "static struct PyModuleDef {} =",
        naming::MODULE_DEF
    ));
    def.line("PyModuleDef_HEAD_INIT,");
    def.line(format!("{},", c_string(m.name.as_bytes())));
    def.line(format!("{mdoc},"));
    def.line("0,");
    def.line("NULL,");
    def.line(format!("{},", naming::MODULE_SLOTS));
    def.line("NULL,");
    def.line("NULL,");
    def.line("NULL");
    def.close_with(";");
    def.line("");
    // `pkg.sub.m` is imported from `pkg/sub/m.so` through `PyInit_m`.
    let init_name = naming::ident(m.name.rsplit('.').next().unwrap_or(&m.name));
    def.line(format!("PyMODINIT_FUNC PyInit_{init_name}(void);"));
    def.open(format!("PyMODINIT_FUNC PyInit_{init_name}(void)"));
    def.line(format!("return PyModuleDef_Init(&{});", naming::MODULE_DEF));
    def.close();

    // Everything the generated code names decides what is pasted.
    let code_all = format!(
        "{bodies}\n{init}\n{sigs}\n{}\n{}",
        exec_text(&exec),
        methods_text(&methods)
    );
    // The module's own C is scanned once for identifiers that name runtime
    // units (codegen writes helper calls as text in many places; recording
    // each as it is written would touch every emitter).
    let (runtime_c, runtime_files) = runtime::paste(&code_all);

    // Assemble.
    let mut out = String::new();
    out.push_str(&format!(
        "/* Generated by pyxc {} from {}. Do not edit. */\n\n",
        env!("CARGO_PKG_VERSION"),
        comment_text(&md.file)
    ));
    let header = runtime::header();
    out.push_str("/* ---- runtime header ---- */\n");
    out.push_str(header);
    if !header.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("\n#include <limits.h>\n#include <math.h>\n#include <stdint.h>\n");
    for inc in &m.includes {
        if inc.starts_with('\n') {
            out.push_str(&format!(
                "\n/* ---- verbatim C from an extern block ---- */{inc}\n"
            ));
        } else {
            out.push_str(&format!("#include {inc}\n"));
        }
    }
    if !m.structs.is_empty() {
        out.push_str("\n/* ---- structs ---- */\n");
        // Tags first: fields may point to a struct defined further down.
        if m.structs.len() > 1 {
            for st in &m.structs {
                out.push_str(&format!("{};\n", naming::struct_name(st)));
            }
        }
        for st in &m.structs {
            out.push_str(&format!("{} {{\n", naming::struct_name(st)));
            for (name, ty) in st.fields() {
                out.push_str(&format!(
                    "    {};\n",
                    crate::type_spelling::declare(ty, name)
                ));
            }
            out.push_str("};\n");
        }
    }
    out.push_str(&runtime_c);
    out.push_str("\n/* ---- module state and constants ---- */\n");
    out.push_str(&format!(
        "static PyObject *{}; /* borrowed */\nstatic PyObject *{}; /* borrowed */\n",
        naming::MODULE,
        naming::MODULE_DICT
    ));
    if !md.consts.is_empty() {
        out.push_str("static int pyxc_consts_ready;\n");
        out.push_str(&md.consts.declarations());
    }
    for (b, _) in &md.builtins {
        out.push_str(&format!("static PyObject *{};\n", naming::builtin(b)));
    }
    for t in &md.ext_types {
        out.push_str(&format!("static PyTypeObject *{};\n", naming::ext_type(t)));
    }
    for (_, d) in &md.dtypes {
        out.push_str(d);
        out.push('\n');
    }
    for a in &md.axes {
        let vals: Vec<&str> = a
            .chars()
            .map(|c| {
                if c == 'C' {
                    "PYXC_AXIS_CONTIG"
                } else {
                    "PYXC_AXIS_STRIDED"
                }
            })
            .collect();
        out.push_str(&format!(
            "static const unsigned char {}[] = {{{}}};\n",
            naming::axes(a),
            vals.join(", ")
        ));
    }
    for d in &default_decls {
        out.push_str(d);
        out.push('\n');
    }
    if !m.cglobals.is_empty() {
        out.push_str("\n/* ---- C globals ---- */\n");
        for v in &m.cglobals {
            for d in local_decl(v) {
                let d = d.replacen(&naming::local(&v.name), &naming::cglobal(&v.name), 1);
                out.push_str(&format!("static {d}\n"));
            }
        }
    }
    out.push_str("\n/* ---- prototypes ---- */\n");
    out.push_str(&protos.into_string());
    if forward_table {
        out.push_str(&format!(
            "static PyMethodDef {}[{table_size}];\n",
            naming::METHODS
        ));
    }
    if !sigs.is_empty() {
        out.push_str("\n/* ---- function objects ---- */\n");
        out.push_str(&sigs);
    }
    out.push_str("\n/* ---- functions ---- */\n");
    out.push_str(&bodies);
    out.push_str("/* ---- method table ---- */\n");
    out.push_str(&methods.into_string());
    out.push_str("\n/* ---- module body ---- */\n");
    out.push_str(&init);
    out.push_str("\n/* ---- module exec ---- */\n");
    out.push_str(&exec.into_string());
    out.push_str("\n/* ---- module definition ---- */\n");
    out.push_str(&def.into_string());

    Ok(Generated {
        c: out,
        uses_memview,
        uses_openmp: m.uses_openmp,
        uses_numpy: m.uses_numpy,
        extra_sources: m.extra_sources.clone(),
        runtime_topics: runtime_files,
    })
}

fn exec_text(w: &Writer) -> String {
    let mut c = w.clone();
    c.take()
}
fn methods_text(w: &Writer) -> String {
    let mut c = w.clone();
    c.take()
}

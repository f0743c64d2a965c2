//! The C of `profile=True` / `linetrace=True`: what sema's [`Trace`]
//! decision on a function becomes (the calls into `runtime-c/trace.c`).
//! A function without a decision gets no line of it.

use crate::emit::c_string;
use crate::module_writer::ModuleWriter;
use crate::naming;
use pyxc_tir::tir::{FuncKind, TFunction, Trace};

/// The traced function's frame (NULL when no hook was set at entry).
const FRAME: &str = "pyxc_trace_frame";

/// The hooks a decision selects, as `trace.c`'s flags.
fn flags(t: &Trace) -> u32 {
    u32::from(t.profile) | (u32::from(t.linetrace) << 1)
}

/// On entry, after the declarations: the cached code object and the frame.
pub fn prologue(md: &mut ModuleWriter, f: &TFunction) -> Vec<String> {
    let Some(t) = &f.trace else {
        return vec![];
    };
    md.require("pyxc_trace_call");
    // A function with a Python object traces under the code object its
    // `__code__` equals, so line_profiler finds the frames it registered.
    let sig = if f.kind == FuncKind::Cdef || f.kind == FuncKind::ModuleInit {
        "NULL".to_string()
    } else {
        format!("&{}", naming::sig(&f.name))
    };
    vec![
        "static PyCodeObject *pyxc_trace_code;".into(),
        format!(
            "PyFrameObject *{FRAME} = pyxc_trace_call(&pyxc_trace_code, {sig}, {}, {}, {}, {});",
            c_string(naming::python_name(f).as_bytes()),
            c_string(md.file.as_bytes()),
            f.first_line,
            flags(t)
        ),
    ]
}

/// Before the statement of `line`, when it reports a line event.
pub fn line_event(md: &mut ModuleWriter, f: &TFunction, line: u32) -> Option<String> {
    let t = f.trace.as_ref()?;
    t.lines.contains(&line).then(|| {
        md.require("pyxc_trace_line");
        format!(
            "if ({FRAME}) pyxc_trace_line({FRAME}, {line}, {});",
            flags(t)
        )
    })
}

/// On every exit, before the function returns.
pub fn epilogue(md: &mut ModuleWriter, f: &TFunction) -> Option<String> {
    let t = f.trace.as_ref()?;
    md.require("pyxc_trace_return");
    Some(format!("pyxc_trace_return({FRAME}, {});", flags(t)))
}

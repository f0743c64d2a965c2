//! `profile=True` and `linetrace=True`: which functions report to profilers
//! and trace functions, and which statement lines report a line event.
//!
//! As in Cython, `profile` applies to `def`, `cpdef` and `cdef` functions,
//! `inline` ones included, and `linetrace` implies it. Unlike Cython, a
//! `nogil` function (it may run without the GIL) is never traced.
//! `linetrace` also traces the module body, so that coverage sees its `def`
//! and assignment lines run at import. Unlike Cython, no C
//! macro (`CYTHON_TRACE`) is needed: the directive alone turns it on.

use crate::directives::Directives;
use crate::tir::{FuncKind, TFunction, TStmt, TStmtKind, Trace};
use std::collections::BTreeSet;

/// The trace decision for `f`, analysed under `dirs`.
pub fn decide(dirs: &Directives, f: &TFunction) -> Option<Trace> {
    let linetrace = dirs.linetrace;
    let profile = (dirs.profile || linetrace) && f.kind != FuncKind::ModuleInit;
    if !(profile || linetrace) || f.nogil {
        return None;
    }
    let mut lines = BTreeSet::new();
    if linetrace {
        gil_lines(&f.body, &mut lines);
    }
    Some(Trace {
        profile,
        linetrace,
        lines,
    })
}

/// The lines of the statements in `body` that run holding the GIL.
fn gil_lines(body: &[TStmt], out: &mut BTreeSet<u32>) {
    for s in body {
        if !matches!(s.kind, TStmtKind::Pass) {
            out.insert(s.line);
        }
        match &s.kind {
            TStmtKind::If { body, orelse, .. }
            | TStmtKind::While { body, orelse, .. }
            | TStmtKind::ForIter { body, orelse, .. } => {
                gil_lines(body, out);
                gil_lines(orelse, out);
            }
            TStmtKind::ForRange {
                body,
                orelse,
                parallel,
                ..
            } => {
                if parallel.is_none() {
                    gil_lines(body, out);
                }
                gil_lines(orelse, out);
            }
            TStmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                gil_lines(body, out);
                for h in handlers {
                    out.insert(h.line);
                    gil_lines(&h.body, out);
                }
                gil_lines(orelse, out);
                gil_lines(finalbody, out);
            }
            TStmtKind::With { body, .. } => gil_lines(body, out),
            TStmtKind::WithGil {
                release: false,
                body,
            } => gil_lines(body, out),
            _ => {}
        }
    }
}

//! pyxc_codegen: the typed tree ([`pyxc_tir::tir`]) to C against CPython's
//! C API.
//!
//! Sema decides, codegen writes: every type and conversion comes from the
//! tree; an inconsistent tree is an internal-error diagnostic, never a panic.
//! The output is one self-contained C file: the runtime header, the runtime
//! units the module's C calls and those they require (`runtime.rs`), then
//! the module's own sections in a fixed order (see [`module`]). The
//! emitters record each runtime unit they name as they write it
//! (`ModuleWriter::require`); the pasted runtime is chosen from that record.

mod consts;
mod emit;
mod expr;
mod fn_writer;
mod helpers;
mod memview;
mod module;
mod module_writer;
mod naming;
mod native;
mod parallel;
mod parallel_failure;
mod runtime;
mod runtime_facts;
mod stmt;
mod trace;
mod type_spelling;
mod wrapper;

use pyxc_diagnostics::Diagnostic;
use pyxc_tir::tir::TModule;
use std::collections::BTreeSet;

pub(crate) type R<T> = Result<T, Diagnostic>;

/// What the caller tells codegen.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The `.pyx` file name used in `/* file.pyx:LINE */` markers and in
    /// tracebacks.
    pub pyx_display_name: String,
}

/// The generated module.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The whole C translation unit.
    pub c: String,
    /// The module uses typed memoryviews or numpy buffers (its runtime
    /// holds part of `memview.c`).
    pub uses_memview: bool,
    /// Compile and link with OpenMP.
    pub uses_openmp: bool,
    /// Add numpy's include folder.
    pub uses_numpy: bool,
    /// Extra C sources to compile and link (`# distutils: sources`).
    pub extra_sources: Vec<String>,
    /// The runtime files some unit of which is pasted in (`errors.c`, ...).
    pub runtime_topics: Vec<&'static str>,
    /// The runtime units the module's own C was recorded naming: the roots
    /// of the pasted runtime (which adds what they require).
    pub runtime_units: BTreeSet<&'static str>,
}

/// The runtime units whose names C text `c` uses as identifiers (outside
/// comments and strings).
pub fn runtime_units_named(c: &str) -> BTreeSet<&'static str> {
    let lib = runtime::library();
    runtime::identifiers(c)
        .into_iter()
        .filter_map(|n| lib.units.iter().find(|u| !u.proto && u.name == n))
        .map(|u| u.name)
        .collect()
}

/// The units `roots` name and every unit they require, as pasted.
pub fn runtime_closure<'a>(roots: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'static str> {
    let lib = runtime::library();
    runtime::select(roots)
        .into_iter()
        .filter(|&i| !lib.units[i].proto)
        .map(|i| lib.units[i].name)
        .collect()
}

pub use runtime_facts::touches_python as runtime_touches_python;

/// The C functions codegen writes for each of the module's functions (its
/// native body, and for a `def`/`cpdef` its Python wrapper), with the line
/// of its `def`: for tools that read the generated C, such as the
/// annotation.
pub fn function_c_names(module: &TModule) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for f in &module.functions {
        out.push((naming::native(&f.name), f.line));
        if f.kind != pyxc_tir::tir::FuncKind::Cdef {
            out.push((naming::wrapper(&f.name), f.line));
        }
    }
    out
}

/// Generate the C of a module.
pub fn generate(module: &TModule, opts: &Options) -> Result<Generated, Vec<Diagnostic>> {
    module::generate_module(module, opts)
}

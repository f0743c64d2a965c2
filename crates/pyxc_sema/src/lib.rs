//! Semantic analysis: scopes, types, Cython's coercion rules, and the typed
//! tree ([`tir`]) that codegen prints.
//!
//! Entry point: [`analyze`]. It never aborts on the first problem: it
//! returns every diagnostic it found, and a module only when none is an
//! error.

mod body_checker;
mod buffer_writes;
mod closure;
mod coerce;
mod defconst;
pub mod directives;
mod expr;
mod float_chain;
mod fold;
mod hoist;
mod infer;
mod module;
mod module_checker;
mod own_pxd;
mod parallel;
mod pxd;
mod scope;
mod stmt;
mod trace;
mod type_resolve;
pub use pyxc_tir::{tir, types};

use pyxc_diagnostics::{Diagnostic, SourceMap};
use pyxc_syntax::ast;
use std::path::PathBuf;

/// What the caller knows about the module being compiled.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Import name of the module (the file stem).
    pub module_name: String,
    /// The `.pyx` path as shown in tracebacks.
    pub filename: String,
    /// `-X name=value` directives (already validated with [`check_cli_directive`]).
    pub cli_directives: Vec<(String, String)>,
    /// Folders searched for `.pxd` files: the source's folder, then `-I`.
    pub include_dirs: Vec<PathBuf>,
}

/// Check a `-X name=value` directive from the command line: unknown names
/// and bad values are errors there, as in Cython.
pub fn check_cli_directive(name: &str, value: &str) -> Result<(), String> {
    let mut d = directives::Directives::default();
    match d.set(name, value) {
        Ok(true) => Ok(()),
        Ok(false) => Err(match directives::suggest(name) {
            Some(s) => format!("unknown directive '{name}' (did you mean '{s}'?)"),
            None => format!("unknown directive '{name}'"),
        }),
        Err(e) => Err(e),
    }
}

/// Analyse a parsed module. `map` receives any `.pxd` files read.
///
/// The pipeline, in order:
/// 1. **declare**: the module's own `.pxd`, then every module-level name,
///    type and signature, so bodies may use what is declared after them;
/// 2. **build**: each body into typed tree, every conversion a `Coerce`
///    node, calls bound, constants folded (`fold.rs`);
/// 3. **passes**, tree to tree on a module without errors, each with its
///    proof obligation in its file's header: the exact-float chains where a
///    Python value becomes a double (`float_chain.rs`), then loop
///    versioning (`hoist.rs`), which copies loop bodies the first rewrote,
///    then which numpy buffers are written through (`buffer_writes.rs`).
pub fn analyze(
    module: &ast::Module,
    map: &mut SourceMap,
    opts: &Options,
) -> (Option<tir::TModule>, Vec<Diagnostic>) {
    let mut cx = module_checker::ModuleChecker::new(map, opts);
    let declared = cx.declare_own_pxd();
    cx.declare_module(module);
    cx.check_own_pxd(&declared);
    let (mut tree, diags) = cx.finish(module);
    if let Some(t) = &mut tree {
        float_chain::run(t);
        hoist::run(t);
        buffer_writes::run(t);
    }
    (tree, diags)
}

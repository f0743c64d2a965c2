//! The pipeline behind the `pyxc` command, shared with its tests: one
//! module's text through the parser, sema and codegen.

use pyxc_diagnostics::{Diagnostic, SourceMap};

/// What translation produced for one module.
pub struct Compiled {
    /// Sema's typed tree.
    pub module: pyxc_tir::tir::TModule,
    /// Codegen's C.
    pub generated: pyxc_codegen::Generated,
}

/// Parse `text` (registered in `map` as `label`), analyse it with `opts`
/// and generate its C, as `pyxc build` and `pyxc translate` do. The
/// diagnostics (warnings included) come back either way; `None` means a
/// compile error, and a module reaches codegen only when the front end
/// found no error.
pub fn compile_text(
    map: &mut SourceMap,
    label: String,
    text: &str,
    opts: &pyxc_sema::Options,
) -> (Option<Compiled>, Vec<Diagnostic>) {
    match parse_text(map, label, text) {
        (Some(ast), diags) => compile_ast(map, &ast, opts, diags),
        (None, diags) => (None, diags),
    }
}

/// The syntax tree of `text` (registered in `map` as `label`), or None
/// with the syntax errors.
pub fn parse_text(
    map: &mut SourceMap,
    label: String,
    text: &str,
) -> (Option<pyxc_syntax::ast::Module>, Vec<Diagnostic>) {
    let file = map.add(label, text.to_string());
    let (ast, diags) = pyxc_syntax::parse_module(text, file);
    if diags.iter().any(|d| d.is_error()) {
        return (None, diags);
    }
    (Some(ast), diags)
}

/// Sema and codegen on a parsed module; `diags` are the diagnostics found
/// so far, and an error among them stops the module before codegen.
pub fn compile_ast(
    map: &mut SourceMap,
    ast: &pyxc_syntax::ast::Module,
    opts: &pyxc_sema::Options,
    mut diags: Vec<Diagnostic>,
) -> (Option<Compiled>, Vec<Diagnostic>) {
    let (module, sema_diags) = pyxc_sema::analyze(ast, map, opts);
    diags.extend(sema_diags);
    let Some(module) = module.filter(|_| !diags.iter().any(|d| d.is_error())) else {
        return (None, diags);
    };
    let cg_opts = pyxc_codegen::Options {
        pyx_display_name: opts.filename.clone(),
    };
    match pyxc_codegen::generate(&module, &cg_opts) {
        Ok(generated) => (Some(Compiled { module, generated }), diags),
        Err(errs) => {
            diags.extend(errs);
            (None, diags)
        }
    }
}

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
    let file = map.add(label, text.to_string());
    let (ast, mut diags) = pyxc_syntax::parse_module(text, file);
    if diags.iter().any(|d| d.is_error()) {
        return (None, diags);
    }
    let (module, sema_diags) = pyxc_sema::analyze(&ast, map, opts);
    diags.extend(sema_diags);
    let Some(module) = module else {
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

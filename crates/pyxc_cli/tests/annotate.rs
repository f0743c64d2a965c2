//! The annotation of the seed's examples, snapshotted as JSON without the
//! C text (in `tests/annotate/`): what each line is told about its Python
//! interaction. A lost optimisation or a changed reason shows up here.

use pyxc_diagnostics::{FileId, SourceMap};
use std::path::Path;

/// The annotation of `examples/NAME.pyx`, each line's C left out.
fn annotation(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../examples/{name}.pyx"));
    let text = std::fs::read_to_string(&path).expect("example");
    let mut map = SourceMap::new();
    let opts = pyxc_sema::Options {
        module_name: name.into(),
        filename: format!("{name}.pyx"),
        cli_directives: vec![],
        include_dirs: vec![path.parent().unwrap().to_path_buf()],
    };
    let (compiled, diags) = pyxc_cli::compile_text(&mut map, format!("{name}.pyx"), &text, &opts);
    let compiled = compiled.unwrap_or_else(|| panic!("{name}: {diags:?}"));
    let mut a = pyxc_annotate::annotate(&pyxc_annotate::Input {
        module: &compiled.module,
        map: &map,
        file: FileId(0),
        display_name: &format!("{name}.pyx"),
        c: &compiled.generated.c,
        c_functions: &pyxc_codegen::function_c_names(&compiled.module),
        touches_python: &pyxc_codegen::runtime_touches_python,
        checks: compiled.module.checks,
        version: "VERSION",
    });
    for line in &mut a.lines {
        line.c.clear();
    }
    pyxc_annotate::render_json(&a)
}

fn snapshot(name: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../tests/annotate");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, annotation(name)));
}

#[test]
fn rolling_three_versions() {
    snapshot("rolling");
}

#[test]
fn compute_stats_untyped_and_typed() {
    snapshot("compute_stats");
}

#[test]
fn rolling_stats_welford() {
    snapshot("rolling_stats");
}

#[test]
fn inner_cdef_helper_called_in_a_loop() {
    snapshot("inner");
}

#[test]
fn parallel_prange() {
    snapshot("parallel");
}

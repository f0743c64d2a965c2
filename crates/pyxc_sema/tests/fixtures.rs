//! Fixture tests: every `ok/*.pyx` analyses without an error; every
//! `err/*.pyx` gives exactly one error, snapshotted with its span.

use pyxc_diagnostics::{render, SourceMap};
use std::path::{Path, PathBuf};

/// The seed's listings, kept once in the repository: every `examples/*.pyx`.
fn seed_programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyx"))
        .collect();
    files.sort();
    for name in [
        "rolling",
        "rolling_jupyter",
        "add",
        "compute_stats",
        "inner",
        "matmul",
        "rolling_stats",
        "parallel",
        "math_ext",
        "fast_filter",
    ] {
        assert!(
            files
                .iter()
                .any(|p| p.file_stem().is_some_and(|s| s == name)),
            "examples/{name}.pyx is missing"
        );
    }
    files
}

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyx"))
        .collect();
    files.sort();
    files
}

fn analyze(path: &Path) -> (SourceMap, Vec<pyxc_diagnostics::Diagnostic>, bool) {
    let text = std::fs::read_to_string(path).expect("read fixture");
    let mut map = SourceMap::new();
    let rel = format!(
        "{}/{}",
        path.parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    let file = map.add(rel, text.clone());
    let (ast, mut diags) = pyxc_syntax::parse_module(&text, file);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let opts = pyxc_sema::Options {
        module_name: stem.clone(),
        filename: format!("{stem}.pyx"),
        cli_directives: vec![],
        include_dirs: vec![path.parent().map(Path::to_path_buf).unwrap_or_default()],
    };
    if diags.iter().any(|d| d.is_error()) {
        return (map, diags, false);
    }
    let (module, more) = pyxc_sema::analyze(&ast, &mut map, &opts);
    diags.extend(more);
    (map, diags, module.is_some())
}

#[test]
fn ok_fixtures_have_no_errors() {
    let mut failures = Vec::new();
    for path in fixtures("ok").into_iter().chain(seed_programs()) {
        let (map, diags, has_module) = analyze(&path);
        let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).cloned().collect();
        if !errors.is_empty() || !has_module {
            failures.push(format!(
                "{}:\n{}",
                path.display(),
                render(&map, &errors, false)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn err_fixtures_give_one_error_each() {
    let mut failures = Vec::new();
    for path in fixtures("err") {
        let (map, diags, has_module) = analyze(&path);
        let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).cloned().collect();
        let rendered = render(&map, &errors, false);
        if errors.len() != 1 || has_module {
            failures.push(format!(
                "{}: expected exactly one error, got {}:\n{rendered}",
                path.display(),
                errors.len()
            ));
            continue;
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        insta::assert_snapshot!(name, rendered);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every `warn/*.pyx` analyses without an error; its warnings (unknown,
/// ignored and misplaced directives, ...) are snapshotted.
#[test]
fn warn_fixtures_warn_without_errors() {
    let mut failures = Vec::new();
    for path in fixtures("warn") {
        let (map, diags, has_module) = analyze(&path);
        let rendered = render(&map, &diags, false);
        if diags.iter().any(|d| d.is_error()) || !has_module {
            failures.push(format!("{}: errors:\n{rendered}", path.display()));
            continue;
        }
        let name = format!(
            "warn_{}",
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
        insta::assert_snapshot!(name, rendered);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! A harness for codegen tests: the typed tree of a `.pyx` through the
//! real front end, and its generated C compiled warning-free and imported.

#![allow(dead_code)]

use pyxc_tir::tir::TModule;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn generate(m: &TModule) -> pyxc_codegen::Generated {
    let opts = pyxc_codegen::Options {
        pyx_display_name: format!("{}.pyx", m.name),
    };
    match pyxc_codegen::generate(m, &opts) {
        Ok(g) => g,
        Err(d) => panic!("codegen failed: {d:#?}"),
    }
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The interpreter for import tests: `PYXC_TEST_PYTHON` or `python3`.
pub fn python() -> String {
    std::env::var("PYXC_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn python_query(py: &str, code: &str) -> String {
    let out = Command::new(py)
        .args(["-c", code])
        .output()
        .expect("run python");
    assert!(out.status.success(), "python failed: {out:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Compile the module's C with -Wall -Wextra -Werror into `dir`, then run
/// `script` in python with `dir` on sys.path. Returns python's stdout.
pub fn build_and_run(m: &TModule, script: &str) -> String {
    build_and_run_in(m, script, None)
}

/// Same, with the module's extra C sources and headers in `src_dir`.
pub fn build_and_run_in(m: &TModule, script: &str, src_dir: Option<&Path>) -> String {
    let g = generate(m);
    let dir = tempfile::tempdir().unwrap();
    let c_path = dir.path().join(format!("{}.c", m.name));
    std::fs::write(&c_path, &g.c).unwrap();
    let py = python();
    let include = python_query(
        &py,
        "import sysconfig; print(sysconfig.get_paths()['include'])",
    );
    let suffix = python_query(
        &py,
        "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))",
    );
    let so = dir.path().join(format!("{}{}", m.name, suffix));
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(cc)
        .args([
            "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror", "-fwrapv",
        ])
        .arg(format!("-I{include}"))
        .arg(format!("-I{}", repo_root().join("runtime-c").display()))
        .args(src_dir.map(|d| format!("-I{}", d.display())))
        .arg(&c_path)
        .args(g.extra_sources.iter().map(|s| {
            src_dir
                .map(|d| d.join(s))
                .unwrap_or_else(|| PathBuf::from(s))
        }))
        .arg("-o")
        .arg(&so)
        .arg("-lm")
        .output()
        .expect("run cc");
    if !out.status.success() {
        let keep = std::env::temp_dir().join(format!("pyxc_failed_{}.c", m.name));
        std::fs::write(&keep, &g.c).unwrap();
        panic!(
            "C compile failed (C kept at {}):\n{}",
            keep.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = Command::new(&py)
        .args(["-c", script])
        .env("PYTHONPATH", dir.path())
        .output()
        .expect("run python");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        panic!(
            "python failed:\nstdout:\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    stdout
}

/// The typed tree of a `.pyx` text through the real front end.
pub fn front_end(name: &str, text: &str) -> TModule {
    let mut map = pyxc_diagnostics::SourceMap::new();
    let file = map.add(format!("{name}.pyx"), text.to_string());
    let (ast, diags) = pyxc_syntax::parse_module(text, file);
    assert!(
        !diags.iter().any(|d| d.is_error()),
        "parse errors:\n{}",
        pyxc_diagnostics::render(&map, &diags, false)
    );
    let opts = pyxc_sema::Options {
        module_name: name.into(),
        filename: format!("{name}.pyx"),
        cli_directives: vec![],
        include_dirs: vec![],
    };
    let (m, diags) = pyxc_sema::analyze(&ast, &mut map, &opts);
    match m {
        Some(m) => m,
        None => panic!(
            "sema errors:\n{}",
            pyxc_diagnostics::render(&map, &diags, false)
        ),
    }
}

//! Tests of the C runtime (`runtime-c/`), run with the real C compiler and
//! Python:
//!
//! - every topic file compiles alone (plus the files its "Depends on:" line
//!   names) with `-Wall -Wextra -Werror`, at -O0 and -O2, with and without
//!   `-fwrapv`; so does everything pasted together with the test module;
//! - every `PYXC_RT` helper the header declares is defined in exactly one
//!   topic file, and every defined one is declared;
//! - `runtime-c/tests/rt_testmod.c`, pasted after the runtime the way codegen
//!   pastes a module, is built with `pyxc_driver::compile`, imported, and
//!   exercised by `runtime-c/tests/test_rt.py` (messages checked against
//!   Cython 3.3.1's). The interpreter is `PYXC_TEST_PYTHON`, else the
//!   project's `.venv/bin/python` (which has numpy), else `python3`; without
//!   numpy the numpy checks are skipped and the output says so.

use std::path::{Path, PathBuf};
use std::process::Command;

const TOPICS: &[&str] = &[
    "errors.c",
    "args.c",
    "convert.c",
    "pyops.c",
    "memview.c",
    "function.c",
    "cg_helpers.c",
];

fn runtime_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../runtime-c")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A topic file as codegen pastes it: without its `#include "pyxc_rt.h"`.
fn pasted(name: &str) -> String {
    let text = read(&runtime_dir().join(name));
    let mut out = String::new();
    for line in text.lines() {
        if line.trim() != "#include \"pyxc_rt.h\"" {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The topic files a topic file's "Depends on:" comment names.
fn dependencies(name: &str) -> Vec<String> {
    let text = read(&runtime_dir().join(name));
    let line = text
        .lines()
        .find(|l| l.contains("Depends on:"))
        .unwrap_or_else(|| panic!("{name} has no `Depends on:` line"));
    line.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| w.ends_with(".c") && TOPICS.contains(w))
        .map(str::to_string)
        .collect()
}

fn test_python() -> PathBuf {
    if let Some(p) = std::env::var_os("PYXC_TEST_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/python");
    if venv.is_file() {
        return venv;
    }
    PathBuf::from("python3")
}

fn assemble(parts: &[String]) -> String {
    let mut c = read(&runtime_dir().join("pyxc_rt.h"));
    for p in parts {
        c.push_str(p);
    }
    c
}

#[test]
fn topic_files_compile_alone_without_warnings() {
    let cfg = pyxc_driver::PythonConfig::discover(Some(&test_python())).unwrap();
    let cc = pyxc_driver::compiler_command().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut units: Vec<(String, String)> = Vec::new();
    for t in TOPICS {
        // Alone, as the file is (with its include line), plus its dependencies.
        let mut text = read(&runtime_dir().join(t));
        for d in dependencies(t) {
            text.push_str(&pasted(&d));
        }
        units.push((t.to_string(), text));
    }
    // Everything pasted in codegen's order, then the test module.
    let mut all: Vec<String> = TOPICS.iter().map(|t| pasted(t)).collect();
    all.push(read(&runtime_dir().join("tests/rt_testmod.c")));
    units.push(("all+rt_testmod".to_string(), assemble(&all)));
    // The header alone.
    units.push(("header".to_string(), read(&runtime_dir().join("pyxc_rt.h"))));

    let configs: &[&[&str]] = &[&["-O0"], &["-O2"], &["-O0", "-fwrapv"], &["-O2", "-fwrapv"]];
    let mut jobs = Vec::new();
    for (name, text) in &units {
        let src = dir
            .path()
            .join(format!("{}.c", name.replace(['.', '+'], "_")));
        std::fs::write(&src, text).unwrap();
        for flags in configs {
            let mut cmd = Command::new(&cc[0]);
            cmd.args(&cc[1..])
                .args(["-Wall", "-Wextra", "-Werror", "-c", "-o", "/dev/null"])
                .args(*flags)
                .arg("-I")
                .arg(&cfg.include_dir)
                .arg("-I")
                .arg(runtime_dir())
                .arg(&src);
            jobs.push((format!("{name} {flags:?}"), cmd.spawn_output()));
        }
    }
    let mut failed = Vec::new();
    for (what, out) in jobs {
        let out = out.join().unwrap();
        if !out.status.success() {
            failed.push(format!("{what}:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Run a command on a thread and collect its output.
trait SpawnOutput {
    fn spawn_output(self) -> std::thread::JoinHandle<std::process::Output>;
}

impl SpawnOutput for Command {
    fn spawn_output(mut self) -> std::thread::JoinHandle<std::process::Output> {
        std::thread::spawn(move || self.output().expect("run the C compiler"))
    }
}

/// `PYXC_RT` function names in `text`, with whether each occurrence is a
/// definition (its parameter list is followed by `{`).
fn rt_functions(text: &str) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("PYXC_RT ") {
        rest = &rest[i + "PYXC_RT ".len()..];
        let Some(open) = rest.find('(') else { break };
        let head = &rest[..open];
        if head.contains(';') || head.contains('{') || head.contains('#') {
            continue; // the macro's own definition or prose
        }
        let name: String = head
            .trim_end()
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // Find the matching ')' and look at what follows.
        let mut depth = 0;
        let mut end = open;
        for (k, c) in rest[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let after = rest[end + 1..].trim_start();
        found.push((name, after.starts_with('{')));
        rest = &rest[end + 1..];
    }
    found
}

#[test]
fn every_declared_helper_is_defined_once() {
    let header = read(&runtime_dir().join("pyxc_rt.h"));
    let declared: Vec<String> = rt_functions(&header)
        .into_iter()
        .map(|(n, def)| {
            assert!(!def, "the header defines {n}");
            n
        })
        .collect();
    assert!(declared.len() > 30, "parsed only {declared:?}");
    let mut defined: Vec<(String, &str)> = Vec::new();
    for t in TOPICS {
        for (name, def) in rt_functions(&read(&runtime_dir().join(t))) {
            if def {
                defined.push((name, t));
            }
        }
    }
    for d in &declared {
        let homes: Vec<&str> = defined
            .iter()
            .filter(|(n, _)| n == d)
            .map(|(_, t)| *t)
            .collect();
        assert_eq!(homes.len(), 1, "{d} is defined in {homes:?}");
    }
    for (n, t) in &defined {
        assert!(
            declared.contains(n),
            "{t} defines {n}, which the header does not declare"
        );
    }
}

#[test]
fn test_module_builds_imports_and_behaves_like_cython() {
    let python = test_python();
    let cfg = pyxc_driver::PythonConfig::discover(Some(&python)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut parts: Vec<String> = TOPICS.iter().map(|t| pasted(t)).collect();
    parts.push(read(&runtime_dir().join("tests/rt_testmod.c")));
    let src = dir.path().join("rt_testmod.c");
    std::fs::write(&src, assemble(&parts)).unwrap();
    let req = pyxc_driver::BuildRequest {
        c_source: src,
        output: dir.path().join(format!("rt_testmod{}", cfg.ext_suffix)),
        ..Default::default()
    };
    pyxc_driver::compile(&cfg, &req).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(&cfg.executable)
        .arg(runtime_dir().join("tests/test_rt.py"))
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Shown with --nocapture: which groups ran (and whether numpy's did).
    println!("python: {}\n{stdout}", cfg.executable.display());
    assert!(
        out.status.success() && stdout.contains("ALL OK"),
        "{stdout}\n{stderr}"
    );
}

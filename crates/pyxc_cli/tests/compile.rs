//! Every `tests/compile/NAME.pyx` through the real pipeline (parse, sema,
//! codegen, as `pyxc build` runs them), snapshotted in
//! `tests/compile/snapshots/` as `NAME.tir` (sema's decisions, printed by
//! `pyxc_tir::print`) and `NAME.c` (the module's own C, without the runtime
//! parts), or as `NAME.err` (the rendered diagnostics) when the fixture does
//! not compile. A fixture may also name text that must (or must not) be
//! in a snapshot, with comment lines `# expect tir: TEXT`, `# expect c:
//! TEXT`, `# expect no tir: TEXT` or `# expect no c: TEXT`: accepting a
//! snapshot then cannot silently lose the decision the fixture pins.
//! Add a fixture by dropping a `.pyx` in the folder and running
//! `cargo insta test -p pyxc_cli --test compile`, then review the new
//! snapshots before accepting them.

use pyxc_diagnostics::{render, SourceMap};
use std::path::{Path, PathBuf};

fn compile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile")
}

fn pyx_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyx"))
        .collect();
    files.sort();
    files
}

/// The fixtures, sorted by name, each with its snapshot name: every
/// `tests/compile/NAME.pyx` as `NAME`, and the seed's listings, read where
/// they are kept (`examples/NAME.pyx`), as `example_NAME`.
fn fixtures() -> Vec<(String, PathBuf)> {
    let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut out: Vec<(String, PathBuf)> = pyx_files(&compile_dir())
        .into_iter()
        .map(|p| (stem(&p), p))
        .collect();
    out.extend(
        pyx_files(&examples)
            .into_iter()
            .map(|p| (format!("example_{}", stem(&p)), p)),
    );
    out.sort();
    out
}

/// Sections of the generated C that are the runtime, not the module: the
/// same for every module using them.
fn is_runtime_section(name: &str) -> bool {
    name == "runtime header" || name.starts_with("runtime: ") || name == "code generator helpers"
}

/// The module's own part of the C: every `/* ---- NAME ---- */` section
/// except the runtime ones (and the version line before them).
fn own_c(c: &str) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in c.split_inclusive('\n') {
        if let Some(name) = section_name(line) {
            keep = !is_runtime_section(name);
        }
        if keep {
            out.push_str(line);
        }
    }
    out
}

fn section_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("/* ---- ")?;
    let end = rest.find(" ---- */")?;
    Some(&rest[..end])
}

/// One fixture through the pipeline, with `-X` directives `cli`: what it
/// compiled to (if it did) and its rendered diagnostics.
fn run(path: &Path, cli: &[(&str, &str)]) -> (Option<pyxc_cli::Compiled>, String) {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).expect("read fixture");
    let mut map = SourceMap::new();
    let opts = pyxc_sema::Options {
        module_name: name.clone(),
        filename: format!("{name}.pyx"),
        cli_directives: cli
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        include_dirs: vec![path.parent().unwrap().to_path_buf()],
    };
    let (compiled, diags) = pyxc_cli::compile_text(&mut map, format!("{name}.pyx"), &text, &opts);
    (compiled, render(&map, &diags, false))
}

/// What one fixture gives: `Ok((tir, c))`, or `Err(diagnostics)`.
fn compile(path: &Path) -> Result<(String, String), String> {
    let (compiled, rendered) = run(path, &[]);
    let Some(c) = compiled else {
        return Err(rendered);
    };
    let mut tir = String::new();
    if !rendered.is_empty() {
        tir.push_str("diagnostics:\n");
        tir.push_str(&rendered);
        tir.push('\n');
    }
    tir.push_str(&pyxc_tir::print::print_module(&c.module));
    Ok((tir, own_c(&c.generated.c)))
}

/// One `# expect ...` line: which snapshot, whether the text must be
/// present, and the text.
struct Expect {
    in_c: bool,
    present: bool,
    text: String,
}

fn expectations(source: &str) -> Vec<Expect> {
    let mut out = Vec::new();
    for line in source.lines() {
        let Some(rest) = line.trim().strip_prefix("# expect ") else {
            continue;
        };
        let (present, rest) = match rest.strip_prefix("no ") {
            Some(r) => (false, r),
            None => (true, rest),
        };
        let (in_c, text) = if let Some(t) = rest.strip_prefix("c: ") {
            (true, t)
        } else if let Some(t) = rest.strip_prefix("tir: ") {
            (false, t)
        } else {
            panic!("unknown expectation line: {line}");
        };
        out.push(Expect {
            in_c,
            present,
            text: text.to_string(),
        });
    }
    out
}

/// The expectations of the fixture at `path` that its output breaks.
fn broken_expectations(path: &Path, tir: &str, c: &str) -> Vec<String> {
    let source = std::fs::read_to_string(path).expect("read fixture");
    let name = path.file_name().unwrap().to_string_lossy();
    let mut out = Vec::new();
    for e in expectations(&source) {
        let (what, text) = if e.in_c {
            ("C", c)
        } else {
            ("typed tree", tir)
        };
        if text.contains(&e.text) != e.present {
            let should = if e.present { "" } else { "not " };
            out.push(format!(
                "{name}: the {what} should {should}contain {:?}",
                e.text
            ));
        }
    }
    out
}

#[test]
fn compile_fixtures() {
    let files = fixtures();
    assert!(!files.is_empty(), "no fixtures in tests/compile");
    let snapshots = compile_dir().join("snapshots");
    let mut broken = Vec::new();
    for (name, path) in &files {
        let result = compile(path);
        insta::with_settings!({
            snapshot_path => &snapshots,
            prepend_module_to_snapshot => false,
            input_file => path,
            omit_expression => true,
        }, {
            match result {
                Ok((tir, c)) => {
                    broken.extend(broken_expectations(path, &tir, &c));
                    insta::assert_snapshot!(format!("{name}.tir"), tir);
                    insta::assert_snapshot!(format!("{name}.c"), c);
                }
                Err(diags) => insta::assert_snapshot!(format!("{name}.err"), diags),
            }
        });
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

/// The runtime pasted into a module is chosen from the units codegen
/// recorded as it wrote their names: every unit the module's own C names
/// must be pasted (a recorded root or required by one), or gcc would meet
/// an undeclared helper; and every recorded root must be named there, or
/// the module would carry runtime it never calls. Each fixture is checked
/// as written and with `-X linetrace=True` (the tracing calls).
#[test]
fn recorded_runtime_units_are_exactly_those_the_module_c_names() {
    let mut wrong = Vec::new();
    let runs = fixtures().into_iter().flat_map(|(name, path)| {
        [
            (name.clone(), path.clone(), vec![]),
            (
                format!("{name} (linetrace)"),
                path,
                vec![("linetrace", "True")],
            ),
        ]
    });
    for (name, path, cli) in runs {
        let Some(c) = run(&path, &cli).0 else {
            continue;
        };
        let g = &c.generated;
        let named = pyxc_codegen::runtime_units_named(&own_c(&g.c));
        let pasted = pyxc_codegen::runtime_closure(g.runtime_units.iter().copied());
        let unrecorded: Vec<_> = named.difference(&pasted).collect();
        if !unrecorded.is_empty() {
            wrong.push(format!("{name}: names {unrecorded:?}, never recorded"));
        }
        let unused: Vec<_> = g.runtime_units.difference(&named).collect();
        if !unused.is_empty() {
            wrong.push(format!("{name}: records {unused:?}, never named"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The typed tree's text is a pure function of the source: no spans,
/// addresses or hash order.
#[test]
fn tir_text_is_deterministic() {
    for (_, path) in fixtures() {
        if let (Ok(a), Ok(b)) = (compile(&path), compile(&path)) {
            assert_eq!(a, b, "{}", path.display());
        }
    }
}

/// Every snapshot belongs to a fixture (a renamed or deleted fixture takes
/// its snapshots with it).
#[test]
fn every_snapshot_has_its_fixture() {
    let names: Vec<String> = fixtures().into_iter().map(|(n, _)| n).collect();
    let dir = compile_dir().join("snapshots");
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let file = entry
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let Some(base) = file.strip_suffix(".snap") else {
            continue;
        };
        let Some((name, _kind)) = base.rsplit_once('.') else {
            continue;
        };
        if !names.iter().any(|n| n == name) {
            orphans.push(file);
        }
    }
    orphans.sort();
    assert!(
        orphans.is_empty(),
        "snapshots without a fixture: {orphans:?}"
    );
}

/// The variant names of `pub enum NAME` in the typed tree's source.
fn tree_variants(src: &str, name: &str) -> Vec<String> {
    let start = src
        .find(&format!("pub enum {name} {{"))
        .unwrap_or_else(|| panic!("no enum {name} in tir.rs"));
    let body = &src[start..];
    let body = &body[..body.find("\n}").expect("enum end")];
    body.lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|l| {
            l.split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// Every node kind of the typed tree (expression, statement, assigned
/// place) is printed by some fixture's `.tir` snapshot, so each kind's
/// decisions are seen by a test.
#[test]
fn every_node_kind_appears_in_a_fixture() {
    let tir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../pyxc_tir/src/tir.rs");
    let src = std::fs::read_to_string(&tir).expect("tir.rs");
    let mut printed = std::collections::BTreeSet::new();
    let dir = compile_dir().join("snapshots");
    for entry in std::fs::read_dir(&dir).expect("snapshots") {
        let path = entry.expect("dir entry").path();
        if path.to_string_lossy().ends_with(".tir.snap") {
            let text = std::fs::read_to_string(&path).expect("snapshot");
            for w in text.split(|c: char| !c.is_ascii_alphanumeric()) {
                printed.insert(w.to_string());
            }
        }
    }
    let mut missing = Vec::new();
    for enum_name in ["TExprKind", "TStmtKind", "LValue"] {
        let variants = tree_variants(&src, enum_name);
        assert!(variants.len() > 10, "read only {variants:?} of {enum_name}");
        for v in variants {
            if !printed.contains(&v) {
                missing.push(format!("{enum_name}::{v}"));
            }
        }
    }
    assert!(missing.is_empty(), "no fixture prints {missing:?}");
}

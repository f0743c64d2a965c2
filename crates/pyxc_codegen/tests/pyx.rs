//! `.pyx` programs through the real front end, compiled warning-free and
//! run: the output must be what the same program gives under Cython 3.3.1
//! (the `.expected` files were produced by Cython, module name adjusted).

mod common;

use common::*;

fn run_pyx(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyx");
    let text = std::fs::read_to_string(dir.join(format!("{name}.pyx"))).unwrap();
    let script = std::fs::read_to_string(dir.join(format!("{name}_check.py"))).unwrap();
    let m = front_end(name, &text);
    build_and_run_in(&m, &script, Some(&dir))
}

fn expected(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyx");
    std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap()
}

#[test]
fn features_match_cython() {
    let got = run_pyx("features");
    let want = expected("features");
    for (g, w) in got.lines().zip(want.lines()) {
        assert_eq!(g, w);
    }
    assert_eq!(got.lines().count(), want.lines().count(), "{got}");
}

/// Every path (results and each raised error) keeps allocations flat.
#[test]
fn features_do_not_leak() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyx");
    let text = std::fs::read_to_string(dir.join("features.pyx")).unwrap();
    let script = std::fs::read_to_string(dir.join("features_leak.py")).unwrap();
    let out = build_and_run(&front_end("features", &text), &script);
    assert_eq!(out, "done\n");
}

/// Extern C functions and headers, `&view[0]`, a `nogil` function raising
/// through `with gil`, 2-D views with wraparound, slicing with a step.
#[test]
fn c_interop_matches_cython() {
    assert_eq!(run_pyx("cinterop"), expected("cinterop"));
}

/// Memoryview operations (copies, transposes, const views, slicing with
/// an index, wraparound), C `range` loops with any step, cpdef calls, C
/// integer and float operators, a view parameter defaulting to None,
/// object comparisons, scalar and extent-1 broadcasting into slices,
/// `.size`/`.nbytes`/`.itemsize` and `.shape`/`.strides` as Cython's lists.
#[test]
fn views_match_cython() {
    assert_eq!(run_pyx("views"), expected("views"));
}

/// Structs and unions declared in the module (definitions, literals,
/// dict conversions both ways with Cython's errors, fields through
/// pointers), pointer differences, C arrays from list literals, `char`
/// from a one-byte bytes literal and `const char *` into a bytes object.
#[test]
fn c_structs_match_cython() {
    assert_eq!(run_pyx("cstructs"), expected("cstructs"));
}

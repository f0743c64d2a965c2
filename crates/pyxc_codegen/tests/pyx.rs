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
    build_and_run(&m, &script)
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

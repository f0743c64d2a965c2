//! The seed's functions through the real front end, compiled warning-free
//! and imported: `examples/add.pyx` read where it is kept, and the rolling
//! kernels of `tests/compile/` (whose C and typed trees are snapshotted
//! there).

mod common;

use common::*;
use pyxc_tir::tir::{TExprKind, TModule, TStmtKind};

/// The typed tree of a `.pyx` of the repository (path from its root),
/// named after its file.
fn load(rel: &str) -> (String, TModule) {
    let path = repo_root().join(rel);
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let m = front_end(&name, &text);
    (name, m)
}

#[test]
fn untyped_add_runs_with_python_semantics() {
    let (_, m) = load("examples/add.pyx");
    let out = build_and_run(
        &m,
        r#"
import add
print(add.add(2, 3), add.add("a", "b"), add.add(y=1.5, x=1))
try:
    add.add(1)
except TypeError as e:
    print("TypeError", e)
try:
    add.add(1, None)
except TypeError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print("tb", tb[-1].filename, tb[-1].lineno, tb[-1].name)
"#,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "5 ab 2.5");
    assert!(
        lines[1].starts_with("TypeError add() takes exactly 2"),
        "{out}"
    );
    assert_eq!(lines[2], "tb add.pyx 3 add.add", "{out}");
}

#[test]
fn typed_add_converts_its_arguments() {
    let (_, m) = load("examples/add.pyx");
    let out = build_and_run(
        &m,
        r#"
import add
print(add.add_typed(2, 3.5))
try:
    add.add_typed("x", 1)
except TypeError as e:
    print("TypeError")
"#,
    );
    assert_eq!(out, "5.5\nTypeError\n");
}

const ROLLING_CHECK: &str = r#"
import array, MOD
def ref(data, window):
    out = []
    for i in range(len(data) - window + 1):
        t = 0.0
        for j in range(window):
            t += data[i + j] ** 2
        out.append(t)
    return out
data = [float(i % 17) - 3.5 for i in range(200)]
r = MOD.rolling_sum_cython(array.array('d', data), 10)
got = memoryview(r).tolist()
assert got == ref(data, 10), (got[:5], ref(data, 10)[:5])
try:
    MOD.rolling_sum_cython(array.array('f', [1.0]), 1)
except ValueError as e:
    print("ValueError", e)
print("ok", len(got))
"#;

fn run_rolling_memoryview(rel: &str) -> String {
    let (name, m) = load(rel);
    let g = generate(&m);
    assert!(g.uses_memview);
    build_and_run(&m, &ROLLING_CHECK.replace("MOD", &name))
}

#[test]
fn rolling_memoryview_without_checks_matches_python() {
    let out = run_rolling_memoryview("tests/compile/seed_rolling_memoryview_unchecked.pyx");
    assert!(out.contains("ValueError Buffer dtype mismatch"), "{out}");
    assert!(out.ends_with("ok 191\n"), "{out}");
}

#[test]
fn rolling_memoryview_with_hoisted_checks_matches_python() {
    let out = run_rolling_memoryview("tests/compile/seed_rolling_memoryview_checked.pyx");
    assert!(out.contains("ValueError Buffer dtype mismatch"), "{out}");
    assert!(out.ends_with("ok 191\n"), "{out}");
}

#[test]
fn rolling_list_matches_python_without_the_memoryview_runtime() {
    let (_, m) = load("tests/compile/seed_rolling_list_typed.pyx");
    let g = generate(&m);
    assert!(!g.uses_memview);
    assert!(
        !g.c.contains("runtime: memview.c"),
        "no memview runtime pasted"
    );
    let out = build_and_run(
        &m,
        r#"
import seed_rolling_list_typed as m
def ref(data, window):
    out = []
    for i in range(len(data) - window + 1):
        t = 0.0
        for j in range(window):
            t += data[i + j] ** 2
        out.append(t)
    return out
data = list(range(300))
assert m.rolling_sum_squares_typed(data, 7) == ref(data, 7)
floats = [x * 0.25 - 3 for x in range(300)]
assert m.rolling_sum_squares_typed(floats, 5) == ref(floats, 5)
try:
    m.rolling_sum_squares_typed((1, 2), 1)
except TypeError as e:
    print("TypeError", e)
print("ok")
"#,
    );
    assert!(
        out.contains("TypeError Argument 'data' has incorrect type (expected list, got tuple)"),
        "{out}"
    );
    assert!(out.ends_with("ok\n"), "{out}");
}

/// An inconsistent tree is an internal-error diagnostic, not a panic: sema's
/// tree with the conversion of an object into a C int taken out.
#[test]
fn inconsistent_tree_is_an_internal_error() {
    let mut m = front_end("badmod", "def bad(x):\n    cdef int n = x\n    return x\n");
    let body = &mut m.functions[0].body;
    let TStmtKind::Assign { value, .. } = &mut body[0].kind else {
        panic!("expected the assignment first: {body:#?}");
    };
    let TExprKind::Coerce { operand, .. } = &value.kind else {
        panic!("expected a conversion: {value:#?}");
    };
    *value = (**operand).clone();
    let opts = pyxc_codegen::Options {
        pyx_display_name: "badmod.pyx".into(),
    };
    let errs = pyxc_codegen::generate(&m, &opts).unwrap_err();
    assert!(
        errs[0].message.starts_with("internal compiler error:"),
        "{errs:?}"
    );
}

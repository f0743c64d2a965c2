//! The seed's functions built as typed trees by hand: snapshot the C, then
//! compile it warning-free and import it.

mod common;

use common::*;
use pyxc_tir::tir::*;
use pyxc_tir::types::*;

/// `def add(x, y): return x + y`
fn add_untyped() -> TModule {
    let mut f = FnB::new("add", FuncKind::Def, 1);
    let x = f.param("x", obj());
    let y = f.param("y", obj());
    let body = vec![ret(2, pybin(PyBinOp::Add, f.get(x), f.get(y)))];
    module("addmod", vec![f.body(body)])
}

/// `def add(double x, double y): return x + y`
fn add_typed() -> TModule {
    let mut f = FnB::new("add", FuncKind::Def, 1);
    let x = f.param("x", dbl());
    let y = f.param("y", dbl());
    let body = vec![ret(2, to_obj(cbin(CBinOp::Add, f.get(x), f.get(y))))];
    module("addtyped", vec![f.body(body)])
}

/// The seed's memoryview kernel:
/// ```text
/// def rolling_sum_cython(double[::1] data, int window):
///     cdef int n = data.shape[0]
///     cdef int i, j
///     cdef double total
///     cdef double[::1] result = data[:n - window + 1].copy()
///     for i in range(n - window + 1):
///         total = 0.0
///         for j in range(window):
///             total += data[i + j] * data[i + j]
///         result[i] = total
///     return result
/// ```
fn rolling_mv(name: &str, checks: Checks) -> TModule {
    let v1 = mv(dbl(), &[Axis::Contig]);
    let mut f = FnB::new("rolling_sum_cython", FuncKind::Def, 3);
    let data = f.param("data", v1.clone());
    let window = f.param("window", int());
    let n = f.local("n", int());
    let i = f.local("i", int());
    let j = f.local("j", int());
    let total = f.local("total", dbl());
    let result = f.local("result", v1.clone());
    let shape0 = ex(
        TExprKind::MvShape {
            view: Box::new(f.get(data)),
            axis: 0,
            nonecheck: false,
        },
        ssize(),
    );
    let n_out = || {
        cbin(
            CBinOp::Add,
            cbin(
                CBinOp::Sub,
                ex(
                    TExprKind::Local {
                        var: n,
                        check_bound: false,
                    },
                    int(),
                ),
                ex(
                    TExprKind::Local {
                        var: window,
                        check_bound: false,
                    },
                    int(),
                ),
            ),
            iconst(1, int()),
        )
    };
    let sliced = ex(
        TExprKind::MvSlice {
            view: Box::new(f.get(data)),
            axes: vec![MvAxisIndex::Slice {
                start: None,
                stop: Some(cast(n_out(), ssize())),
                step: None,
            }],
            checks,
        },
        v1.clone(),
    );
    let copy = ex(
        TExprKind::MvCopy {
            view: Box::new(sliced),
            fortran: false,
            nonecheck: false,
        },
        v1.clone(),
    );
    let elem = |f: &FnB| {
        ex(
            TExprKind::MvElement(Box::new(MvIndex {
                view: f.get(data),
                indices: vec![cbin(
                    CBinOp::Add,
                    cast(f.get(i), ssize()),
                    cast(f.get(j), ssize()),
                )],
                checks,
            })),
            dbl(),
        )
    };
    let inner = for_range(
        10,
        j,
        int(),
        iconst(0, int()),
        f.get(window),
        vec![assign(
            11,
            total,
            cbin(
                CBinOp::Add,
                f.get(total),
                cbin(CBinOp::Mul, elem(&f), elem(&f)),
            ),
        )],
    );
    let store = st(
        12,
        TStmtKind::Assign {
            target: LValue::MvElement(Box::new(MvIndex {
                view: f.get(result),
                indices: vec![cast(f.get(i), ssize())],
                checks,
            })),
            value: f.get(total),
        },
    );
    let body = vec![
        assign(4, n, cast(shape0, int())),
        assign(7, result, copy),
        for_range(
            8,
            i,
            int(),
            iconst(0, int()),
            n_out(),
            vec![assign(9, total, fconst(0.0)), inner, store],
        ),
        ret(13, to_obj(f.get(result))),
    ];
    module(name, vec![f.body(body)])
}

fn fast_checks() -> Checks {
    Checks {
        boundscheck: false,
        wraparound: false,
        ..Checks::default()
    }
}

/// ```text
/// def rolling_sum_squares_typed(list data, int window):
///     cdef int n = len(data)
///     cdef int i, j
///     cdef double total
///     cdef list result = []
///     for i in range(n - window + 1):
///         total = 0.0
///         for j in range(window):
///             total += data[i + j] ** 2
///         result.append(total)
///     return result
/// ```
fn rolling_list() -> TModule {
    let mut f = FnB::new("rolling_sum_squares_typed", FuncKind::Def, 1);
    let data = f.param("data", list_t());
    let window = f.param("window", int());
    let n = f.local("n", int());
    let i = f.local("i", int());
    let j = f.local("j", int());
    let total = f.local("total", dbl());
    let result = f.local("result", list_t());
    let len = ex(
        TExprKind::BuiltinCall {
            which: Builtin::Len,
            args: vec![f.get(data)],
        },
        ssize(),
    );
    let item = ex(
        TExprKind::PyGetItemInt {
            obj: Box::new(f.get(data)),
            index: Box::new(cast(cbin(CBinOp::Add, f.get(i), f.get(j)), ssize())),
            wraparound: true,
            boundscheck: true,
        },
        obj(),
    );
    let sq = pybin(PyBinOp::Pow, item, to_obj(iconst(2, int())));
    let sum = ex(
        TExprKind::PyBinary {
            op: PyBinOp::Add,
            left: Box::new(to_obj(f.get(total))),
            right: Box::new(sq),
            inplace: true,
        },
        obj(),
    );
    let inner = for_range(
        9,
        j,
        int(),
        iconst(0, int()),
        f.get(window),
        vec![assign(10, total, coerce(Coercion::FromObject, sum, dbl()))],
    );
    let append = st(
        11,
        TStmtKind::Expr(ex(
            TExprKind::Append {
                list: Box::new(f.get(result)),
                item: Box::new(to_obj(f.get(total))),
            },
            int(),
        )),
    );
    let stop = cbin(
        CBinOp::Add,
        cbin(CBinOp::Sub, f.get(n), f.get(window)),
        iconst(1, int()),
    );
    let body = vec![
        assign(2, n, cast(len, int())),
        assign(5, result, ex(TExprKind::MakeList(vec![]), list_t())),
        for_range(
            7,
            i,
            int(),
            iconst(0, int()),
            stop,
            vec![assign(8, total, fconst(0.0)), inner, append],
        ),
        ret(12, f.get(result)),
    ];
    module("rolling_list", vec![f.body(body)])
}

#[test]
fn snapshot_add_untyped() {
    insta::assert_snapshot!(own_part(&generate(&add_untyped()).c));
}

#[test]
fn snapshot_add_typed() {
    insta::assert_snapshot!(own_part(&generate(&add_typed()).c));
}

#[test]
fn snapshot_rolling_memoryview() {
    let g = generate(&rolling_mv("rolling_mv", fast_checks()));
    assert!(g.uses_memview);
    insta::assert_snapshot!(own_part(&g.c));
}

#[test]
fn snapshot_rolling_memoryview_checked() {
    insta::assert_snapshot!(own_part(
        &generate(&rolling_mv("rolling_mv_checked", Checks::default())).c
    ));
}

#[test]
fn snapshot_rolling_list() {
    let g = generate(&rolling_list());
    assert!(!g.uses_memview);
    assert!(
        !g.c.contains("runtime: memview.c"),
        "no memview runtime pasted"
    );
    insta::assert_snapshot!(own_part(&g.c));
}

#[test]
fn output_is_deterministic() {
    let a = generate(&rolling_mv("rolling_mv", fast_checks())).c;
    let b = generate(&rolling_mv("rolling_mv", fast_checks())).c;
    assert_eq!(a, b);
}

#[test]
fn run_add_untyped() {
    let out = build_and_run(
        &add_untyped(),
        r#"
import addmod
print(addmod.add(2, 3), addmod.add("a", "b"), addmod.add(y=1.5, x=1))
try:
    addmod.add(1)
except TypeError as e:
    print("TypeError", e)
try:
    addmod.add(1, None)
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
    assert_eq!(lines[2], "tb addmod.pyx 2 addmod.add", "{out}");
}

#[test]
fn run_add_typed() {
    let out = build_and_run(
        &add_typed(),
        r#"
import addtyped
print(addtyped.add(2, 3.5))
try:
    addtyped.add("x", 1)
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

#[test]
fn run_rolling_memoryview() {
    let out = build_and_run(
        &rolling_mv("rolling_mv", fast_checks()),
        &ROLLING_CHECK.replace("MOD", "rolling_mv"),
    );
    assert!(out.contains("ValueError Buffer dtype mismatch"), "{out}");
    assert!(out.ends_with("ok 191\n"), "{out}");
}

#[test]
fn run_rolling_memoryview_checked() {
    let out = build_and_run(
        &rolling_mv("rolling_mv_checked", Checks::default()),
        &ROLLING_CHECK.replace("MOD", "rolling_mv_checked"),
    );
    assert!(out.ends_with("ok 191\n"), "{out}");
}

#[test]
fn run_rolling_list() {
    let out = build_and_run(
        &rolling_list(),
        r#"
import rolling_list as m
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

/// An inconsistent tree is an internal-error diagnostic, not a panic.
#[test]
fn inconsistent_tree_is_an_internal_error() {
    let mut f = FnB::new("bad", FuncKind::Def, 1);
    let x = f.param("x", obj());
    let n = f.local("n", int());
    // An object assigned to a C int without a coercion.
    let body = vec![assign(2, n, f.get(x)), ret(3, f.get(x))];
    let m = module("badmod", vec![f.body(body)]);
    let opts = pyxc_codegen::Options {
        pyx_display_name: "badmod.pyx".into(),
    };
    let errs = pyxc_codegen::generate(&m, &opts).unwrap_err();
    assert!(
        errs[0].message.starts_with("internal compiler error:"),
        "{errs:?}"
    );
}

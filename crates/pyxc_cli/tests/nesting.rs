//! Programs at the front end's nesting limits translate (sema and codegen
//! recurse safely that deep, in whatever build this is); one level beyond,
//! each is a diagnostic, never a crash.

use pyxc_syntax::limits::{MAX_BLOCK_DEPTH, MAX_EXPR_DEPTH, MAX_INDENT};
use std::process::Command;

/// Runs `pyxc translate` on `src`: the exit code and stderr.
fn translate(name: &str, src: &str) -> (i32, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pyx = dir.path().join(format!("{name}.pyx"));
    std::fs::write(&pyx, src).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_pyxc"))
        .arg("translate")
        .arg(&pyx)
        .arg("-o")
        .arg(dir.path().join(format!("{name}.c")))
        .output()
        .expect("run pyxc");
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A function whose body nests `head` to `levels` indentation levels.
fn indented(levels: usize, head: &str, leaf: &str) -> String {
    let mut s = String::from("def g(a):\n");
    for i in 1..levels {
        let line = head.replace('#', &i.to_string());
        s.push_str(&format!("{}{line}\n", "    ".repeat(i)));
    }
    s + &format!("{}{leaf}\n", "    ".repeat(levels))
}

/// Each nestable construct: statements `levels` deep, expressions `n`.
fn programs(n: usize, levels: usize) -> Vec<(&'static str, String)> {
    let defs = (0..levels)
        .map(|i| format!("{}def f{i}():\n", "    ".repeat(i)))
        .collect::<String>()
        + &format!("{}return 1\n", "    ".repeat(levels));
    let ret = |e: String| format!("def g(a):\n    return {e}\n");
    vec![
        ("for", indented(levels, "for i# in range(2):", "a += 1")),
        ("while", indented(levels, "while a:", "break")),
        ("if", indented(levels, "if a:", "return a")),
        ("with", indented(levels, "with a:", "pass")),
        ("def", defs),
        ("unary", ret(format!("{}a", "-".repeat(n)))),
        ("not", ret(format!("{}a", "not ".repeat(n)))),
        ("binary", ret(vec!["a"; n + 1].join(" + "))),
        ("attr", ret(format!("a{}", ".b".repeat(n)))),
        ("subscript", ret(format!("a{}", "[0]".repeat(n)))),
        ("call", ret(format!("a{}", "()".repeat(n)))),
        ("lambda", ret(format!("{}0", "lambda: ".repeat(n)))),
        ("ifexp", ret(format!("{}a", "a if a else ".repeat(n)))),
    ]
}

#[test]
fn programs_at_the_nesting_limits_translate() {
    for (name, src) in programs(MAX_EXPR_DEPTH, MAX_INDENT) {
        let (code, err) = translate(name, &src);
        assert_eq!(code, 0, "{name}: {err}");
    }
    let mut elifs = String::from("def g(a):\n    if a == 0:\n        return 0\n");
    for i in 1..MAX_BLOCK_DEPTH - 1 {
        elifs.push_str(&format!("    elif a == {i}:\n        return {i}\n"));
    }
    let (code, err) = translate("elif", &elifs);
    assert_eq!(code, 0, "elif: {err}");
    // Types are not limited: a pointer type recurses cheaply.
    let (code, err) = translate("pointer", &format!("cdef int {}p\n", "*".repeat(20_000)));
    assert_eq!(code, 0, "pointer: {err}");
}

#[test]
fn programs_past_the_nesting_limits_are_diagnostics() {
    for (name, src) in programs(MAX_EXPR_DEPTH + 1, MAX_INDENT + 1) {
        let (code, err) = translate(name, &src);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(
            err.contains("too many levels of indentation") || err.contains("nested too deeply"),
            "{name}: {err}"
        );
    }
}

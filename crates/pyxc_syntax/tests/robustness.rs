//! Nothing may panic, whatever the input; and parsing must be fast.

mod common;

use pyxc_diagnostics::FileId;
use pyxc_syntax::parse_module;

const BROKEN: &[&str] = &[
    "",
    "\n\n\n",
    "   ",
    "\t\t",
    "(",
    ")",
    "]",
    "}",
    "x = )",
    "def f(",
    "def f(:",
    "def",
    "cdef",
    "cdef extern from",
    "cdef extern from \"x.h\":",
    "cdef extern from \"x.h\":\n",
    "cdef struct",
    "ctypedef",
    "cdef double[::1",
    "cdef double[:, ::1] = 3",
    "<double",
    "<double>",
    "x = <",
    "sizeof(",
    "sizeof(double*",
    "'unterminated",
    "\"unterminated\n",
    "'''unterminated",
    "f'{",
    "f'{x",
    "f'{x!'",
    "f'{x:'",
    "f'{x:{'",
    "f'}'",
    "f'{}'",
    "f'{x!r:{y:{z}}}'",
    "b'\\x'",
    "'\\u12'",
    "'\\U0011FFFF'",
    "'\\N{DASH}'",
    "  x = 1",
    "if x:\npass",
    "if x:\n    pass\n  else:\n    pass",
    "\tif x:\n        pass",
    "x = 1 \\",
    "x = 1 \\ y",
    "\\",
    "@",
    "@dec\nx = 1",
    "lambda",
    "lambda x",
    "for",
    "for x in",
    "while",
    "try:",
    "try:\n    pass",
    "with nogil",
    "with nogil(",
    "import",
    "from",
    "from . import",
    "from x cimport",
    "x[",
    "x[::",
    "x[1:2:3:4]",
    "a if b",
    "a if b else",
    "not",
    "**x",
    "*",
    "x = yield",
    "class",
    "cdef enum:",
    "cdef enum E:\n",
    "cpdef",
    "cdef int f() except",
    "cdef int f() except?",
    "cdef int f() nogil nogil",
    "def f(*, **):",
    "0x",
    "1e",
    "1_",
    "$",
    "x = 1\x00",
    "é = 1",
    "\u{feff}x = 1",
    "x = '\\",
    "\r\n\r\nx = 1\r\n",
    "x = 1\ry = 2\r",
    "((((((((((((((((((((((((((((((",
    "))))))))))))))))))))",
    "f'{f'{f'{x}'}'}'",
];

#[test]
fn broken_snippets_never_panic() {
    for src in BROKEN {
        let (_m, _d) = parse_module(src, FileId(0));
        let _ = pyxc_syntax::tokenize(src, FileId(0));
        let _ = pyxc_syntax::parse_expr(src, FileId(0));
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let (_m, d) = parse_module(&src, FileId(0));
    assert!(d
        .iter()
        .any(|d| d.message.contains("too many nested brackets")));
    let src = format!("x = {}\n", "[".repeat(5000));
    let (_m, d) = parse_module(&src, FileId(0));
    assert!(!d.is_empty());
}

/// Every prefix of every fixture (cut at every few bytes) parses without
/// panicking, and the result still satisfies the span invariants.
#[test]
fn truncated_fixtures_never_panic() {
    for dir in ["ok", "err"] {
        for path in common::fixtures(dir) {
            let src = std::fs::read_to_string(&path).expect("read");
            let mut cut = 0;
            while cut <= src.len() {
                if src.is_char_boundary(cut) {
                    let part = &src[..cut];
                    let (m, _) = parse_module(part, FileId(0));
                    let tree = format!("{m:#?}");
                    if let Err(e) = common::check_spans(&tree, part) {
                        panic!("{} cut at {cut}: {e}", common::file_name(&path));
                    }
                }
                cut += 7;
            }
        }
    }
}

#[test]
fn three_hundred_lines_parse_quickly() {
    let unit = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/ok/seed_13_parallel.pyx"),
    )
    .expect("read");
    let mut src = String::new();
    while src.lines().count() < 300 {
        src.push_str(&unit);
        src.push('\n');
    }
    let start = std::time::Instant::now();
    let runs = 20;
    for _ in 0..runs {
        let (_m, d) = parse_module(&src, FileId(0));
        assert!(d.is_empty());
    }
    let per = start.elapsed() / runs;
    // The budget is 10 ms in release; debug builds get 20x slack.
    let budget = if cfg!(debug_assertions) { 200 } else { 10 };
    assert!(per.as_millis() < budget, "parsing 300 lines took {per:?}");
}

fn errors_of(src: &str) -> Vec<String> {
    let (_m, d) = parse_module(src, FileId(0));
    d.into_iter().map(|d| d.message).collect()
}

/// `def g():` then `levels - 1` nested `if`s: `levels` indentation levels.
fn nested_ifs(levels: usize) -> String {
    let mut src = String::from("def g(a):\n");
    for i in 1..levels {
        src.push_str(&format!("{}if a:\n", "    ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", "    ".repeat(levels)));
    src
}

#[test]
fn indentation_is_limited_to_a_hundred_levels() {
    assert!(errors_of(&nested_ifs(100)).is_empty());
    assert_eq!(
        errors_of(&nested_ifs(101)),
        ["too many levels of indentation"]
    );
}

/// Chains of each kind of nested expression, `n` levels deep.
fn chains(n: usize) -> Vec<String> {
    let plus = vec!["a"; n + 1].join(" + ");
    vec![
        format!("x = {}a\n", "-".repeat(n)),
        format!("x = {}a\n", "not ".repeat(n)),
        format!("x = {plus}\n"),
        format!("x = a{}\n", ".b".repeat(n)),
        format!("x = a{}\n", "[0]".repeat(n)),
        format!("x = a{}\n", "()".repeat(n)),
        format!("x = {}0\n", "lambda: ".repeat(n)),
        format!("x = {}a\n", "a if a else ".repeat(n)),
        format!("x = {}a\n", "<object>".repeat(n)),
    ]
}

#[test]
fn expression_depth_is_limited() {
    use pyxc_syntax::limits::MAX_EXPR_DEPTH;
    for src in chains(MAX_EXPR_DEPTH) {
        assert!(errors_of(&src).is_empty(), "{}", &src[..40]);
    }
    for src in chains(MAX_EXPR_DEPTH + 1) {
        assert_eq!(
            errors_of(&src),
            ["expression nested too deeply"],
            "{}",
            &src[..40]
        );
    }
}

#[test]
fn an_elif_chain_is_limited_as_nested_blocks() {
    let chain = |n: usize| {
        let mut src = String::from("if a:\n    pass\n");
        src.push_str(&"elif a:\n    pass\n".repeat(n));
        src
    };
    // The last branch's body is one level deeper than its `elif`.
    let max = pyxc_syntax::limits::MAX_BLOCK_DEPTH;
    assert!(errors_of(&chain(max - 1)).is_empty());
    assert_eq!(errors_of(&chain(max)), ["too many nested blocks"]);
}

/// Far beyond the limits, on the test harness's small stack: a diagnostic,
/// never a stack overflow (in the parser, the limit check or the drop).
#[test]
fn very_deep_chains_are_a_diagnostic_on_a_small_stack() {
    for src in chains(20_000) {
        assert_eq!(errors_of(&src), ["expression nested too deeply"]);
    }
}

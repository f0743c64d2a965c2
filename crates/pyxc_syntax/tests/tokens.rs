//! Token snapshots: what the parser sees after the lexer and layout pass.

use pyxc_diagnostics::FileId;
use pyxc_syntax::tokenize;

fn show(src: &str) -> String {
    let (toks, diags) = tokenize(src, FileId(0));
    let mut out = String::new();
    for (t, s) in toks {
        out.push_str(&format!("{:?} {}\n", s, t));
    }
    for d in diags {
        out.push_str(&format!("diag: {}\n", d.message));
    }
    out
}

#[test]
fn layout_and_keywords() {
    insta::assert_snapshot!(show(
        "# cython: boundscheck=False\n\ndef f(x):  # comment\n    if x:\n        return (1 +\n                2)\n\n    # only a comment\n    y = \\\n        3\n    return y\n"
    ));
}

#[test]
fn cython_words() {
    insta::assert_snapshot!(show(
        "cdef public api unsigned long long x\ncdef extern from \"h.h\" nogil:\n    struct S:\n        int a\n    enum: A\nctypedef struct P:\n    double x\nn = sizeof(double*) + <double**>p + a.sizeof(x)\nunsigned x\ncdef long double y\nstruct = 1\n"
    ));
}

#[test]
fn numbers_and_strings() {
    insta::assert_snapshot!(show(
        "0x1F 0o17 0b1010 1_000 10L 3U 1LL 0xFFul 1.5 1e10 .5 5. 3j 1.5e-3J\n'a' \"b\" '''c''' r'\\d' b'\\xff' rb'x' Br'y' u'z' c'q' f'{x}' F\"{y!r}\" fr'{z}'\n"
    ));
}

#[test]
fn operators() {
    insta::assert_snapshot!(show(
        "a -> b := c **= d //= e @ f ? g ... h & i != j <= k >= l << m >> n <<= o >>= p @= q ^= r |= s &= t %= u\n"
    ));
}

#[test]
fn errors() {
    insta::assert_snapshot!(show("x = 1 ` 2\ny = 'abc\nz = \"\"\"q\n"));
}

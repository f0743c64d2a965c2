//! The C each `.pyx` line produced, and the Python C-API operations in it.
//!
//! Codegen marks the C of each statement with `/* file.pyx:LINE */`; a
//! line's C runs from its marker to the next marker or the end of the
//! function (a `}` in column 0). The operations are counted in that C: a
//! call of a `Py*`/`_Py*` function or macro, or of a pyxc runtime function
//! the runtime says touches Python objects; reference counting apart.

use std::collections::BTreeMap;

/// What one `.pyx` line's C holds.
#[derive(Clone, Debug, Default)]
pub struct CLines {
    /// The C text, its lines in output order.
    pub code: Vec<String>,
    /// Python C-API operations, in order of appearance, each once.
    pub ops: Vec<String>,
    /// Calls into the interpreter (each occurrence).
    pub calls: u32,
    /// Reference count operations (each occurrence).
    pub refcounts: u32,
}

/// Split `c` by the markers of `display_name`. The C of a function in
/// `owners` (its C name, its `def` line) before its first marker (the
/// wrapper's argument parsing, the native body's declarations) belongs to
/// the `def` line.
pub fn split(
    c: &str,
    display_name: &str,
    owners: &[(String, u32)],
    touches_python: &dyn Fn(&str) -> bool,
) -> BTreeMap<u32, CLines> {
    let prefix = format!("/* {display_name}:");
    let mut out: BTreeMap<u32, CLines> = BTreeMap::new();
    let mut current: Option<u32> = None;
    for text in c.lines() {
        let trimmed = text.trim();
        if let Some(rest) = trimmed.strip_prefix(&prefix) {
            if let Some(n) = rest.strip_suffix(" */").and_then(|n| n.parse().ok()) {
                current = Some(n);
                continue;
            }
        }
        if text.starts_with('}') {
            current = None;
            continue;
        }
        if let Some(line) = defined_function(text, owners) {
            current = Some(line);
        }
        let Some(line) = current else { continue };
        let entry = out.entry(line).or_default();
        entry.code.push(text.to_string());
        count_ops(text, entry, touches_python);
    }
    out
}

/// The `def` line of the function whose definition `text` opens.
fn defined_function(text: &str, owners: &[(String, u32)]) -> Option<u32> {
    if text.starts_with(' ') || !text.trim_end().ends_with('{') {
        return None;
    }
    let name = text.split('(').next()?.rsplit([' ', '*']).next()?;
    owners
        .iter()
        .find(|(n, _)| n == name)
        .map(|&(_, line)| line)
}

const REFCOUNT: &[&str] = &[
    "Py_INCREF",
    "Py_DECREF",
    "Py_XINCREF",
    "Py_XDECREF",
    "Py_CLEAR",
    "Py_XSETREF",
    "Py_SETREF",
    "Py_NewRef",
    "Py_XNewRef",
];

/// Branch hints and tests that are plain C although they are spelled `Py`.
const PLAIN_C: &[&str] = &["Py_UNUSED", "Py_ssize_t", "Py_MIN", "Py_MAX", "Py_ABS"];

fn count_ops(text: &str, into: &mut CLines, touches_python: &dyn Fn(&str) -> bool) {
    let code = strip_comment_and_strings(text);
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let word = &code[start..i];
            let called = code[i..].trim_start().starts_with('(');
            if called && start > 0 && bytes[start - 1] == b'.' {
                continue;
            }
            if called {
                classify(word, into, touches_python);
            }
        } else {
            i += 1;
        }
    }
}

fn classify(word: &str, into: &mut CLines, touches_python: &dyn Fn(&str) -> bool) {
    if REFCOUNT.contains(&word) {
        into.refcounts += 1;
    } else if PLAIN_C.contains(&word) {
        return;
    } else if word.starts_with("Py") || word.starts_with("_Py") || touches_python(word) {
        into.calls += 1;
    } else {
        return;
    }
    if !into.ops.iter().any(|o| o == word) {
        into.ops.push(word.to_string());
    }
}

/// The code of a C line without its `/* */` comments and string literals.
fn strip_comment_and_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                out.push(' ');
            }
            '/' if chars.peek() == Some(&'/') => break,
            '"' | '\'' => {
                let mut escaped = false;
                for d in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_by_markers_and_ops_counted() {
        let c = "static int f(void) {\n    int x;\n    /* m.pyx:3 */\n    t = PyNumber_Add(a, b);\n    Py_DECREF(a);\n    /* m.pyx:4 */\n    x = y + 1;\n    return 0;\n}\nint g;\n";
        let lines = split(c, "m.pyx", &[], &|_| false);
        assert_eq!(lines[&3].ops, vec!["PyNumber_Add", "Py_DECREF"]);
        assert_eq!((lines[&3].calls, lines[&3].refcounts), (1, 1));
        assert!(lines[&4].ops.is_empty());
        assert_eq!(lines[&4].code, vec!["    x = y + 1;", "    return 0;"]);
        assert!(!lines
            .values()
            .any(|l| l.code.iter().any(|c| c.contains("int g"))));
    }

    #[test]
    fn a_functions_code_before_its_first_marker_belongs_to_its_def_line() {
        let c = "static PyObject *pyxc_pw_f(PyObject *self) {\n    x = PyLong_AsLong(a);\n    /* m.pyx:3 */\n    y = 1;\n}\n";
        let lines = split(c, "m.pyx", &[("pyxc_pw_f".into(), 2)], &|_| false);
        assert_eq!(lines[&2].ops, vec!["PyLong_AsLong"]);
        assert_eq!(lines[&3].code, vec!["    y = 1;"]);
    }

    #[test]
    fn runtime_calls_count_only_when_they_touch_python() {
        let c = "void f(void) {\n  /* m.pyx:1 */\n  pyxc_getitem(o, i); pyxc_cg_ipow(a, b); \"PyX(\";\n}\n";
        let lines = split(c, "m.pyx", &[], &|n| n == "pyxc_getitem");
        assert_eq!(lines[&1].ops, vec!["pyxc_getitem"]);
    }
}

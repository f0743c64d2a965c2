//! Whole-word search in generated C text (the runtime's units and the code
//! generator's helpers are in `runtime-c/`, see `runtime.rs`).

/// Whether `code` names helper `name` (as a whole identifier).
/// How many times `name` appears in `code` as a whole word.
pub fn count_mentions(code: &str, name: &str) -> usize {
    code.match_indices(name)
        .filter(|(i, _)| {
            let end = i + name.len();
            let b = code.as_bytes();
            (*i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
                && (end >= b.len() || !(b[end].is_ascii_alphanumeric() || b[end] == b'_'))
        })
        .count()
}

pub fn mentions(code: &str, name: &str) -> bool {
    let mut start = 0;
    while let Some(pos) = code[start..].find(name) {
        let i = start + pos;
        let end = i + name.len();
        let before_ok = i == 0 || {
            let b = code.as_bytes()[i - 1];
            !(b.is_ascii_alphanumeric() || b == b'_')
        };
        let after_ok = end >= code.len() || {
            let b = code.as_bytes()[end];
            !(b.is_ascii_alphanumeric() || b == b'_')
        };
        if before_ok && after_ok {
            return true;
        }
        start = end;
    }
    false
}

/// An internal-error diagnostic: the tree was inconsistent.
pub fn ice(msg: impl Into<String>, span: pyxc_diagnostics::Span) -> pyxc_diagnostics::Diagnostic {
    pyxc_diagnostics::Diagnostic::internal(msg, Some(span))
}

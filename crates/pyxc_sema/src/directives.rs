//! Compiler directives: their names, values and where they come from.

use crate::tir::Checks;
use pyxc_diagnostics::{Diagnostic, Span};

/// Directives pyxc implements.
pub const KNOWN: &[&str] = &[
    "boundscheck",
    "wraparound",
    "cdivision",
    "nonecheck",
    "initializedcheck",
    "language_level",
    "infer_types",
    "profile",
    "linetrace",
];

/// Cython directives pyxc accepts and ignores (with a warning).
pub const IGNORED: &[&str] = &[
    "embedsignature",
    "binding",
    "always_allow_keywords",
    "annotation_typing",
    "emit_code_comments",
    "overflowcheck",
    "cdivision_warnings",
    "c_string_type",
    "c_string_encoding",
    "auto_pickle",
    "freethreading_compatible",
    "unraisable_tracebacks",
    "optimize.use_switch",
    "optimize.unpack_method_calls",
    "warn.undeclared",
    "warn.unused",
    "cpow",
    "fast_getattr",
    "type_version_tag",
    "legacy_implicit_noexcept",
];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Directives {
    pub checks: Checks,
    /// `None` is Cython's default (safe inference only).
    pub infer_types: Option<bool>,
    /// `profile=True`: functions report calls and returns to profilers.
    pub profile: bool,
    /// `linetrace=True`: functions report line events to trace functions.
    pub linetrace: bool,
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.trim() {
        "True" | "true" => Some(true),
        "False" | "false" => Some(false),
        _ => None,
    }
}

impl Directives {
    /// Set `name` to `value` (text as written). Returns an error message for
    /// bad values, `Ok(false)` when the directive is unknown.
    pub fn set(&mut self, name: &str, value: &str) -> Result<bool, String> {
        let b = || {
            parse_bool(value).ok_or_else(|| {
                format!("{name} directive must be set to True or False, got '{value}'")
            })
        };
        match name {
            "boundscheck" => self.checks.boundscheck = b()?,
            "wraparound" => self.checks.wraparound = b()?,
            "cdivision" => self.checks.cdivision = b()?,
            "nonecheck" => self.checks.nonecheck = b()?,
            "initializedcheck" => self.checks.initializedcheck = b()?,
            "profile" => self.profile = b()?,
            "linetrace" => self.linetrace = b()?,
            "infer_types" => {
                self.infer_types = match value.trim() {
                    "None" => None,
                    v => Some(parse_bool(v).ok_or_else(|| {
                        format!("infer_types directive must be True, False or None, got '{value}'")
                    })?),
                }
            }
            "language_level" => {
                match value.trim().trim_matches(|c| c == '"' || c == '\'') {
                    "3" | "3str" => {}
                    "2" => return Err(
                        "language_level=2 is not supported: pyxc compiles Python 3 semantics only \
                                (remove the directive or set language_level=3)"
                            .into(),
                    ),
                    v => return Err(format!("language_level must be 3 or 3str, got '{v}'")),
                }
            }
            _ if IGNORED.contains(&name) => {}
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// The closest known directive name, for "did you mean".
pub fn suggest(name: &str) -> Option<&'static str> {
    KNOWN
        .iter()
        .copied()
        .map(|k| (edit_distance(k, name), k))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Apply the module's `# cython:` header comments (only those before the
/// first statement count; conflicting values are an error).
pub fn apply_header(
    dirs: &mut Directives,
    comments: &[pyxc_syntax::ast::HeaderComment],
    diags: &mut Vec<Diagnostic>,
) {
    use pyxc_syntax::ast::HeaderKind;
    let mut seen: Vec<(&str, &str, Span)> = Vec::new();
    for c in comments
        .iter()
        .filter(|c| c.before_code && c.kind == HeaderKind::Cython)
    {
        if let Some((_, v, first)) = seen.iter().find(|(n, _, _)| *n == c.name) {
            if *v != c.value {
                diags.push(
                    Diagnostic::error(
                        format!("conflicting values for directive '{}'", c.name),
                        c.span,
                    )
                    .with_secondary(*first, "first set here"),
                );
                continue;
            }
        }
        seen.push((&c.name, &c.value, c.span));
        match dirs.set(&c.name, &c.value) {
            Ok(true) => {
                if IGNORED.contains(&c.name.as_str()) {
                    diags.push(Diagnostic::warning(
                        format!(
                            "directive '{}' is not implemented by pyxc and is ignored",
                            c.name
                        ),
                        c.span,
                    ));
                }
            }
            Ok(false) => {
                let mut d = Diagnostic::warning(
                    format!("unknown directive '{}' is ignored", c.name),
                    c.span,
                );
                if let Some(s) = suggest(&c.name) {
                    d = d.with_label_message(format!("did you mean '{s}'?"));
                }
                diags.push(d);
            }
            Err(msg) => diags.push(Diagnostic::error(msg, c.span)),
        }
    }
}

//! The annotation of a module: each `.pyx` line with how much it talks to
//! the Python interpreter, why, and the C it became.
//!
//! The reasons and the score come from the typed tree (sema's decisions,
//! `reasons.rs`); the C shown under a line and its list of C-API
//! operations come from the generated C (`c_lines.rs`). Rendered as one
//! self-contained HTML page (`html.rs`) or as JSON (`Annotation` is the
//! schema, documented in `docs/annotation.md`).

mod c_lines;
mod describe;
mod html;
mod reasons;
mod source;

use pyxc_diagnostics::{Diagnostic, FileId, SourceMap, Span};
use pyxc_tir::tir::{Checks, TModule};
use serde::Serialize;

pub use html::render_html;

/// What the annotation is made from.
pub struct Input<'a> {
    pub module: &'a TModule,
    pub map: &'a SourceMap,
    /// The `.pyx` in `map`.
    pub file: FileId,
    /// The name codegen's line markers use (`rolling.pyx`).
    pub display_name: &'a str,
    /// The generated C.
    pub c: &'a str,
    /// Each C function codegen wrote for a module function, with the line
    /// of its `def` (`pyxc_codegen::function_c_names`).
    pub c_functions: &'a [(String, u32)],
    /// Whether a runtime function (`pyxc_getitem`) works on Python objects.
    pub touches_python: &'a dyn Fn(&str) -> bool,
    /// The module-level directives in force.
    pub checks: Checks,
    pub version: &'a str,
}

/// The whole annotation (the JSON document).
#[derive(Clone, Debug, Serialize)]
pub struct Annotation {
    /// Schema version of this document.
    pub schema: u32,
    pub file: String,
    pub pyxc_version: String,
    pub directives: Directives,
    /// Every line of the `.pyx`, in order.
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Directives {
    pub boundscheck: bool,
    pub wraparound: bool,
    pub cdivision: bool,
    pub nonecheck: bool,
    pub initializedcheck: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Line {
    /// 1-based line number.
    pub line: u32,
    pub source: String,
    /// 0 for plain C; the sum of the weights of its reasons otherwise.
    pub score: u32,
    /// Why the line needs the interpreter (weight > 0) and notes (weight 0).
    pub reasons: Vec<Reason>,
    /// The Python C-API (and pyxc runtime) operations its C calls.
    pub c_api: Vec<String>,
    /// Its usual path calls into the interpreter: a reason other than a
    /// check that reaches Python only when it fails (a bounds or zero
    /// test, an error value).
    pub touches_python: bool,
    /// A `for`/`while` loop encloses the line (or it is one's header and
    /// runs each iteration).
    pub in_loop: bool,
    /// The Python name of the function it belongs to (`<module>` for
    /// module-level code), None for a line with no code.
    pub function: Option<String>,
    /// The C it produced.
    pub c: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Reason {
    pub kind: &'static str,
    pub weight: u32,
    pub text: String,
}

impl Line {
    /// The line runs in a loop and its usual path needs the interpreter.
    pub fn is_hot(&self) -> bool {
        self.in_loop && self.touches_python
    }
}

/// Annotate one module.
pub fn annotate(input: &Input) -> Annotation {
    let src = source::Source {
        map: input.map,
        file: input.file,
    };
    let found = reasons::collect(input.module, &src);
    let c = c_lines::split(
        input.c,
        input.display_name,
        input.c_functions,
        input.touches_python,
    );
    let lines = src
        .lines()
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let n = i as u32 + 1;
            let reasons: Vec<Reason> = found
                .reasons
                .iter()
                .filter(|r| r.line == n)
                .map(|r| Reason {
                    kind: r.kind,
                    weight: r.weight,
                    text: r.text.clone(),
                })
                .collect();
            let facts = found.facts.get(&n).cloned().unwrap_or_default();
            let code = c.get(&n).cloned().unwrap_or_default();
            Line {
                line: n,
                source: text.to_string(),
                score: reasons.iter().map(|r| r.weight).sum(),
                touches_python: reasons.iter().any(|r| r.weight > 0 && r.kind != "check"),
                reasons,
                c_api: code.ops,
                in_loop: facts.in_loop,
                function: facts.function,
                c: code.code,
            }
        })
        .collect();
    let k = input.checks;
    Annotation {
        schema: 1,
        file: input.display_name.to_string(),
        pyxc_version: input.version.to_string(),
        directives: Directives {
            boundscheck: k.boundscheck,
            wraparound: k.wraparound,
            cdivision: k.cdivision,
            nonecheck: k.nonecheck,
            initializedcheck: k.initializedcheck,
        },
        lines,
    }
}

/// The annotation as pretty-printed JSON.
pub fn render_json(a: &Annotation) -> String {
    let mut s = serde_json::to_string_pretty(a).expect("annotation serializes");
    s.push('\n');
    s
}

/// One warning per loop line that still needs the interpreter, for
/// `pyxc annotate --check-loops`.
pub fn loop_diagnostics(a: &Annotation, map: &SourceMap, file: FileId) -> Vec<Diagnostic> {
    let text = map.text(file);
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    a.lines
        .iter()
        .filter(|l| l.is_hot())
        .map(|l| {
            let start = starts[(l.line - 1) as usize];
            let indent = l.source.len() - l.source.trim_start().len();
            let span = Span::new(
                file,
                (start + indent) as u32,
                (start + l.source.trim_end().len()) as u32,
            );
            let why: Vec<&str> = l
                .reasons
                .iter()
                .filter(|r| r.weight > 0 && r.kind != "check")
                .map(|r| r.text.as_str())
                .collect();
            let mut d = Diagnostic::error(
                "this loop line still calls into the Python interpreter",
                span,
            )
            .with_label_message(why.first().copied().unwrap_or("Python interaction"));
            for w in why.iter().skip(1) {
                d = d.with_note(w.to_string());
            }
            d
        })
        .collect()
}

//! Spans, source files and diagnostics shared by every pyxc stage.
//!
//! Every stage reports problems as [`Diagnostic`]s carrying byte spans into a
//! [`SourceMap`] file; line and column are computed only when printing.

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use std::fmt;

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A half-open byte range `start..end` in one file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Span {
        debug_assert!(start <= end);
        Span { file, start, end }
    }
    /// The smallest span covering both (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// The source files of one compilation (the `.pyx`, its `.pxd`s and the
/// shipped standard `.pxd`s).
#[derive(Default)]
pub struct SourceMap {
    files: SimpleFiles<String, String>,
    line_starts: Vec<Vec<u32>>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let text = text.into();
        let mut starts = vec![0u32];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        self.line_starts.push(starts);
        FileId(self.files.add(name.into(), text) as u32)
    }
    /// The names of every file added, in the order they were added.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.line_starts.len()).map(|i| self.name(FileId(i as u32)))
    }
    pub fn name(&self, id: FileId) -> &str {
        self.files
            .get(id.0 as usize)
            .map(|f| f.name().as_str())
            .unwrap_or("<unknown>")
    }
    pub fn text(&self, id: FileId) -> &str {
        self.files
            .get(id.0 as usize)
            .map(|f| f.source().as_str())
            .unwrap_or("")
    }
    /// 1-based line of a byte offset.
    pub fn line_of(&self, id: FileId, offset: u32) -> u32 {
        let starts = &self.line_starts[id.0 as usize];
        match starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// The source text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text(span.file).get(span.range()).unwrap_or("")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    pub primary: bool,
}

/// One problem found in the source, with the spans that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Error, message, span)
    }
    pub fn warning(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Warning, message, span)
    }
    fn new(severity: Severity, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            labels: vec![Label {
                span,
                message: String::new(),
                primary: true,
            }],
            notes: vec![],
        }
    }
    /// An error with no useful source position (bad file, tool failure).
    pub fn error_nospan(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            labels: vec![],
            notes: vec![],
        }
    }
    /// An internal compiler error: our bug, reported instead of panicking.
    pub fn internal(message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        let mut d =
            Diagnostic::error_nospan(format!("internal compiler error: {}", message.into()));
        if let Some(span) = span {
            d.labels.push(Label {
                span,
                message: String::new(),
                primary: true,
            });
        }
        d.notes.push(
            "this is a bug in pyxc; please report it with the source that triggers it".into(),
        );
        d
    }
    /// Text under the primary label.
    pub fn with_label_message(mut self, message: impl Into<String>) -> Diagnostic {
        if let Some(l) = self.labels.iter_mut().find(|l| l.primary) {
            l.message = message.into();
        }
        self
    }
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: false,
        });
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.iter().find(|l| l.primary).map(|l| l.span)
    }
}

/// At most this many diagnostics are rendered; the rest are counted, as
/// rustc and gcc do, so a pathological input cannot flood the terminal.
pub const MAX_RENDERED: usize = 100;

/// Source lines longer than this (in bytes) are shown as a window around
/// the primary label, not whole: one generated line can be megabytes long.
pub const MAX_EXCERPT_LINE: usize = 200;

/// Render diagnostics the way codespan-reporting does (`error: ...`,
/// `┌─ file.pyx:LINE:COL`). Colour only when `color` is set. Only the
/// first [`MAX_RENDERED`] are shown, then a count of the others.
pub fn render(map: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    use term::termcolor::{Buffer, ColorSpec, WriteColor};
    let mut buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = term::Config::default();
    let short = term::Config {
        display_style: term::DisplayStyle::Medium,
        ..term::Config::default()
    };
    let (shown, rest) = diags.split_at(diags.len().min(MAX_RENDERED));
    for d in shown {
        let cd = to_codespan(d);
        let excerpt = long_line_excerpt(map, d);
        let config = if excerpt.is_some() { &short } else { &config };
        if term::emit(&mut buf, config, &map.files, &cd).is_err() {
            let _ = buf.set_color(&ColorSpec::new());
        }
        if let Some(e) = excerpt {
            let _ = std::io::Write::write_all(&mut buf, e.as_bytes());
        }
    }
    let mut out = String::from_utf8_lossy(buf.as_slice()).into_owned();
    out.push_str(&more_line(rest));
    out
}

/// "and N more errors (and M warnings) not shown", or nothing.
fn more_line(rest: &[Diagnostic]) -> String {
    if rest.is_empty() {
        return String::new();
    }
    let errors = rest.iter().filter(|d| d.is_error()).count();
    let others = rest.len() - errors;
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let what = match (errors, others) {
        (0, n) => plural(n, "more diagnostic"),
        (e, 0) => plural(e, "more error"),
        (e, n) => format!(
            "{} and {}",
            plural(e, "more error"),
            plural(n, "other diagnostic")
        ),
    };
    format!("and {what} not shown\n")
}

/// For a primary label on a very long line: a short window of that line
/// with carets, to print after the header instead of the whole line.
fn long_line_excerpt(map: &SourceMap, d: &Diagnostic) -> Option<String> {
    let label = d.labels.iter().find(|l| l.primary)?;
    let text = map.text(label.span.file);
    let start = (label.span.start as usize).min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if line_end - line_start <= MAX_EXCERPT_LINE {
        return None;
    }
    let end = (label.span.end as usize).clamp(start, line_end);
    let from = floor_char(text, start.saturating_sub(40).max(line_start));
    let to = floor_char(text, (end.max(start + 1) + 40).min(line_end));
    let window = &text[from..to];
    let lead = if from > line_start { "…" } else { "" };
    let tail = if to < line_end { "…" } else { "" };
    let pad = lead.chars().count() + text[from..start].chars().count();
    let carets = text[start..end.min(to)].chars().count().max(1);
    let caret_line = format!(
        "{}{} {}",
        " ".repeat(pad),
        "^".repeat(carets),
        label.message
    );
    Some(format!(
        "  │ {lead}{window}{tail}\n  │ {}\n\n",
        caret_line.trim_end()
    ))
}

/// The largest char boundary of `text` at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn to_codespan(d: &Diagnostic) -> cs::Diagnostic<usize> {
    let sev = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Note => cs::Severity::Note,
    };
    cs::Diagnostic::new(sev)
        .with_message(d.message.clone())
        .with_labels(
            d.labels
                .iter()
                .map(|l| {
                    let style = if l.primary {
                        cs::LabelStyle::Primary
                    } else {
                        cs::LabelStyle::Secondary
                    };
                    cs::Label::new(style, l.span.file.0 as usize, l.span.range())
                        .with_message(l.message.clone())
                })
                .collect(),
        )
        .with_notes(d.notes.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_col() {
        let mut map = SourceMap::new();
        let f = map.add("x.pyx", "def f():\n    return y\n");
        let d = Diagnostic::error("undefined name 'y'", Span::new(f, 20, 21))
            .with_label_message("not defined");
        let out = render(&map, &[d], false);
        assert!(out.contains("error: undefined name 'y'"), "{out}");
        assert!(out.contains("┌─ x.pyx:2:12"), "{out}");
        assert_eq!(map.line_of(f, 20), 2);
        assert_eq!(map.line_of(f, 0), 1);
    }

    #[test]
    fn renders_at_most_the_cap_then_counts_the_rest() {
        let mut map = SourceMap::new();
        let f = map.add("x.pyx", "y\n");
        let d = Diagnostic::error("undefined name 'y'", Span::new(f, 0, 1));
        let mut diags = vec![d; MAX_RENDERED + 7];
        diags.push(Diagnostic::warning("w", Span::new(f, 0, 1)));
        let out = render(&map, &diags, false);
        assert_eq!(
            out.matches("error: undefined").count(),
            MAX_RENDERED,
            "{out}"
        );
        assert!(
            out.ends_with("and 7 more errors and 1 other diagnostic not shown\n"),
            "{out}"
        );
    }

    #[test]
    fn excerpt_of_a_very_long_line_is_a_short_window() {
        let mut map = SourceMap::new();
        let line = format!("x = ({}zz{})\n", "a, ".repeat(5000), ", a".repeat(5000));
        let at = line.find("zz").unwrap() as u32;
        let f = map.add("x.pyx", line);
        let d = Diagnostic::error("undefined name 'zz'", Span::new(f, at, at + 2))
            .with_label_message("not defined");
        let out = render(&map, &[d], false);
        assert!(out.len() < 600, "{out}");
        assert!(out.contains(&format!("x.pyx:1:{}", at + 1)), "{out}");
        assert!(out.contains("a, a, zz, a, a"), "{out}");
        assert!(out.contains("^^ not defined"), "{out}");
    }
}

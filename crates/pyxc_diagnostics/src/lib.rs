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

/// Render diagnostics the way codespan-reporting does (`error: ...`,
/// `┌─ file.pyx:LINE:COL`). Colour only when `color` is set.
pub fn render(map: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    use term::termcolor::{Buffer, ColorSpec, WriteColor};
    let mut buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = term::Config::default();
    for d in diags {
        let cd = to_codespan(d);
        if term::emit(&mut buf, &config, &map.files, &cd).is_err() {
            let _ = buf.set_color(&ColorSpec::new());
        }
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
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
}

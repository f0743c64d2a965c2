//! The `.pyx` text the tree's spans point into.

use pyxc_diagnostics::{FileId, SourceMap, Span};

pub struct Source<'a> {
    pub map: &'a SourceMap,
    pub file: FileId,
}

impl Source<'_> {
    /// 1-based line of a span in the `.pyx`, or 0 for a span elsewhere (a
    /// `.pxd`).
    pub fn line(&self, span: Span) -> u32 {
        if span.file != self.file {
            return 0;
        }
        self.map.line_of(self.file, span.start)
    }

    /// The source of a span on one line, shortened for a sentence.
    pub fn snippet(&self, span: Span) -> String {
        if span.file != self.file {
            return "...".into();
        }
        let text: String = self
            .map
            .slice(span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        const MAX: usize = 60;
        if text.chars().count() <= MAX {
            return text;
        }
        let cut: String = text.chars().take(MAX - 3).collect();
        format!("{cut}...")
    }

    /// The `.pyx` lines, without their line ends.
    pub fn lines(&self) -> Vec<&str> {
        self.map.text(self.file).lines().collect()
    }
}

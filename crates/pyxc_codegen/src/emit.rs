//! A small writer of indented C.

/// Deepest indentation written: past it, lines stay at this depth, so a
/// long `elif` chain (nested `else` blocks in C) gives C of linear size.
const MAX_WRITTEN_INDENT: usize = 32;

#[derive(Default, Clone)]
pub struct Writer {
    buf: String,
    indent: usize,
}

impl Writer {
    pub fn new(indent: usize) -> Writer {
        Writer {
            buf: String::new(),
            indent,
        }
    }
    /// One line at the current indentation.
    pub fn line(&mut self, s: impl AsRef<str>) {
        let s = s.as_ref();
        if s.is_empty() {
            self.buf.push('\n');
            return;
        }
        for _ in 0..self.indent.min(MAX_WRITTEN_INDENT) {
            self.buf.push_str("    ");
        }
        self.buf.push_str(s);
        self.buf.push('\n');
    }
    /// A label, one level out from the code.
    pub fn label(&mut self, name: &str) {
        for _ in 0..self.indent.saturating_sub(1).min(MAX_WRITTEN_INDENT) {
            self.buf.push_str("    ");
        }
        self.buf.push_str(name);
        self.buf.push_str(":;\n");
    }
    /// A label inside a function body.
    pub fn label_here(&mut self, name: &str) {
        self.label(name);
    }
    /// `head {` and indent.
    pub fn open(&mut self, head: impl AsRef<str>) {
        let head = head.as_ref();
        if head.is_empty() {
            self.line("{");
        } else {
            self.line(format!("{head} {{"));
        }
        self.indent += 1;
    }
    /// `}` (or `} tail`) and dedent.
    pub fn close(&mut self) {
        self.indent = self.indent.saturating_sub(1);
        self.line("}");
    }
    pub fn close_with(&mut self, tail: &str) {
        self.indent = self.indent.saturating_sub(1);
        if tail == ";" {
            self.line("};");
        } else {
            self.line(format!("}} {tail}"));
        }
    }
    /// `} else {`, staying inside a block.
    pub fn else_(&mut self) {
        self.indent = self.indent.saturating_sub(1);
        self.line("} else {");
        self.indent += 1;
    }
    pub fn indent_up(&mut self) {
        self.indent += 1;
    }
    pub fn indent_down(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }
    /// Raw text, already formatted.
    pub fn raw(&mut self, s: &str) {
        self.buf.push_str(s);
    }
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.buf)
    }
    pub fn into_string(self) -> String {
        self.buf
    }
}

/// A C string literal for arbitrary bytes (escapes, no trigraphs).
pub fn c_string(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    let mut prev_hex = false;
    for &b in bytes {
        let esc = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\t' => Some("\\t"),
            b'\r' => Some("\\r"),
            b'?' => Some("\\?"),
            _ => None,
        };
        if let Some(e) = esc {
            s.push_str(e);
            prev_hex = false;
        } else if (0x20..0x7f).contains(&b) {
            if prev_hex && b.is_ascii_hexdigit() {
                // end the hex escape before a hex digit
                s.push_str("\"\"");
            }
            s.push(b as char);
            prev_hex = false;
        } else {
            s.push_str(&format!("\\x{b:02x}"));
            prev_hex = true;
        }
    }
    s.push('"');
    s
}

/// Text safe inside a C block comment.
pub fn comment_text(s: &str) -> String {
    s.replace("*/", "* /").replace("/*", "/ *")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_blocks_are_indented_at_most_the_cap() {
        let mut w = Writer::new(0);
        for _ in 0..100 {
            w.open("if (x)");
        }
        w.line("y;");
        w.label("l");
        let text = w.into_string();
        let widest = text.lines().map(|l| l.len() - l.trim_start().len()).max();
        assert_eq!(widest, Some(4 * MAX_WRITTEN_INDENT));
        assert!(text.contains(&format!("\n{}y;\n", "    ".repeat(MAX_WRITTEN_INDENT))));
    }
}

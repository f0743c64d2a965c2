//! The lexer: logos finds token boundaries, then each raw token is turned
//! into a [`Tok`] (keywords looked up, numbers split, strings decoded,
//! f-string fields parsed). Newlines and comments are kept for the layout
//! pass; whitespace and backslash continuations are dropped here.

use crate::ast::FStringPart;
use crate::token::{FloatLit, IntLit, StrTok, Tok};
use logos::Logos;
use pyxc_diagnostics::{Diagnostic, FileId, Span};

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
enum Raw {
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"#[^\r\n]*")]
    Comment,
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r#"[rRbBuUfFcC]{0,2}""#, |lex| scan_string(lex, b'"'))]
    #[regex(r#"[rRbBuUfFcC]{0,2}'"#, |lex| scan_string(lex, b'\''))]
    Str(bool),
    #[regex(r"[0-9](_?[0-9])*[uUlL]*")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+[uUlL]*")]
    #[regex(r"0[oO](_?[0-7])+[uUlL]*")]
    #[regex(r"0[bB](_?[01])+[uUlL]*")]
    Int,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    Float,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("?")]
    Question,
}

/// Called after the prefix and opening quote: moves the lexer past the
/// closing quote (or to the end of the line / file when there is none;
/// [`convert_string`] reports that).
fn scan_string(lex: &mut logos::Lexer<Raw>, q: u8) -> Option<bool> {
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == q && rest[1] == q;
    let mut i = if triple { 2 } else { 0 };
    let mut closed = false;
    while let Some(&b) = rest.get(i) {
        if b == b'\\' {
            i += 1;
            // Skip the escaped character whole (it may be multi-byte).
            if let Some(&n) = rest.get(i) {
                if n == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                    i += 2;
                } else {
                    i += utf8_len(n);
                }
            }
            continue;
        }
        if b == q {
            if !triple {
                i += 1;
                closed = true;
                break;
            }
            if rest.get(i + 1) == Some(&q) && rest.get(i + 2) == Some(&q) {
                i += 3;
                closed = true;
                break;
            }
        }
        if !triple && (b == b'\n' || b == b'\r') {
            break;
        }
        i += utf8_len(b);
    }
    lex.bump(i.min(rest.len()));
    Some(closed)
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// What the lexer hands the layout pass.
#[derive(Clone, Debug, PartialEq)]
pub enum Lexed {
    Tok(Tok),
    Newline,
    Comment,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LexItem {
    pub kind: Lexed,
    pub start: u32,
    pub end: u32,
}

/// Lex `src[start..end]`; offsets in the result are offsets into `src`.
pub fn lex(
    src: &str,
    start: usize,
    end: usize,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> Vec<LexItem> {
    // A byte-order mark at the start of a file is not part of the source.
    let start = if start == 0 && src.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8().min(end)
    } else {
        start
    };
    let text = &src[start..end];
    let mut out = Vec::new();
    let mut lexer = Raw::lexer(text);
    let sp = |a: usize, b: usize| Span::new(file, (start + a) as u32, (start + b) as u32);
    while let Some(res) = lexer.next() {
        let range = lexer.span();
        let slice = lexer.slice();
        let (a, b) = (range.start, range.end);
        let kind = match res {
            Err(()) => {
                let ch = slice.chars().next().unwrap_or('?');
                let msg = match ch {
                    '\\' => "unexpected character after line continuation character".to_string(),
                    '!' => "invalid character '!' (did you mean `!=` or `not`?)".to_string(),
                    '$' | '`' => format!("invalid character '{ch}' in source"),
                    c if c.is_control() => {
                        format!("invalid character U+{:04X} in source", c as u32)
                    }
                    c => format!("invalid character '{c}' in source"),
                };
                diags.push(
                    Diagnostic::error(msg, sp(a, a + ch.len_utf8().max(1)))
                        .with_label_message("not valid here"),
                );
                continue;
            }
            Ok(Raw::Continuation) => continue,
            Ok(Raw::Newline) => Lexed::Newline,
            Ok(Raw::Comment) => Lexed::Comment,
            Ok(Raw::Name) => {
                if let Some((i, c)) = slice
                    .char_indices()
                    .find(|(_, c)| !c.is_ascii() && !c.is_alphanumeric())
                {
                    diags.push(
                        Diagnostic::error(
                            format!("invalid character '{c}' (U+{:04X}) in identifier", c as u32),
                            sp(a + i, a + i + c.len_utf8()),
                        )
                        .with_label_message("not a letter or digit"),
                    );
                }
                Lexed::Tok(Tok::keyword(slice).unwrap_or_else(|| Tok::Name(slice.to_string())))
            }
            Ok(Raw::Int) => Lexed::Tok(convert_int(slice)),
            Ok(Raw::Float) => {
                let imaginary = slice.ends_with(['j', 'J']);
                let body = slice.trim_end_matches(['j', 'J']);
                Lexed::Tok(Tok::Float(FloatLit {
                    text: body.replace('_', ""),
                    imaginary,
                }))
            }
            Ok(Raw::Str(closed)) => Lexed::Tok(Tok::Str(convert_string(
                src,
                start + a,
                start + b,
                closed,
                file,
                diags,
            ))),
            Ok(r) => Lexed::Tok(punct(r)),
        };
        out.push(LexItem {
            kind,
            start: (start + a) as u32,
            end: (start + b) as u32,
        });
    }
    out
}

fn punct(r: Raw) -> Tok {
    match r {
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::Circumflex => Tok::Circumflex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinEqual => Tok::MinEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::At => Tok::At,
        Raw::AtEqual => Tok::AtEqual,
        Raw::Rarrow => Tok::Rarrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Question => Tok::Question,
        // Handled by the caller.
        Raw::Continuation
        | Raw::Newline
        | Raw::Comment
        | Raw::Name
        | Raw::Str(_)
        | Raw::Int
        | Raw::Float => Tok::Question,
    }
}

fn convert_int(text: &str) -> Tok {
    let cut = text.trim_end_matches(['u', 'U', 'l', 'L']);
    let suffix = text[cut.len()..].to_string();
    let (radix, digits) = if cut.len() > 1 && cut.starts_with('0') {
        match cut.as_bytes()[1] {
            b'x' | b'X' => (16, &cut[2..]),
            b'o' | b'O' => (8, &cut[2..]),
            b'b' | b'B' => (2, &cut[2..]),
            _ => (10, cut),
        }
    } else {
        (10, cut)
    };
    Tok::Int(IntLit {
        digits: digits.replace('_', ""),
        radix,
        suffix,
    })
}

struct Prefix {
    raw: bool,
    bytes: bool,
    f: bool,
    c: bool,
}

/// Decode the string literal at `src[a..b]` (prefix and quotes included).
fn convert_string(
    src: &str,
    a: usize,
    b: usize,
    closed: bool,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> StrTok {
    let text = &src[a..b];
    let qpos = text.find(['\'', '"']).unwrap_or(0);
    let prefix_text = &text[..qpos];
    let q = text.as_bytes().get(qpos).copied().unwrap_or(b'"');
    let mut p = Prefix {
        raw: false,
        bytes: false,
        f: false,
        c: false,
    };
    let mut bad_prefix = false;
    for ch in prefix_text.chars() {
        match ch.to_ascii_lowercase() {
            'r' => p.raw = true,
            'b' => p.bytes = true,
            'f' => p.f = true,
            'c' => p.c = true,
            _ => {}
        }
    }
    let lower = prefix_text.to_ascii_lowercase();
    if !matches!(
        lower.as_str(),
        "" | "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf" | "c"
    ) {
        bad_prefix = true;
    }
    if bad_prefix {
        diags.push(
            Diagnostic::error(
                format!("invalid string prefix `{prefix_text}`"),
                Span::new(file, a as u32, (a + qpos) as u32),
            )
            .with_label_message("valid prefixes are r, b, rb, f, rf, u and c"),
        );
    }
    let after_q = &text.as_bytes()[qpos + 1..];
    let triple = after_q.len() >= 2 && after_q[0] == q && after_q[1] == q;
    let open_len = if triple { 3 } else { 1 };
    let close = if closed { open_len } else { 0 };
    let body_start = qpos + open_len;
    let body_end = text
        .len()
        .saturating_sub(close)
        .max(body_start)
        .min(text.len());
    let body_start = body_start.min(body_end);
    if close == 0 {
        let msg = if open_len == 3 {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        diags.push(
            Diagnostic::error(msg, Span::new(file, a as u32, b as u32))
                .with_label_message("the string starts here and has no closing quote"),
        );
    }
    let abs_body = a + body_start;
    let body = &text[body_start..body_end];
    if p.f {
        let mut fs = FStr {
            src,
            file,
            raw: p.raw,
            diags,
        };
        let (parts, _) = fs.parts(abs_body, a + body_end, false);
        return StrTok::F(parts);
    }
    if p.bytes {
        let mut out = Vec::new();
        decode_into_bytes(body, abs_body, p.raw, file, diags, &mut out);
        return match String::from_utf8(out) {
            Ok(value) => StrTok::Text {
                value,
                bytes: true,
                c_char: false,
            },
            Err(e) => StrTok::Bytes(e.into_bytes()),
        };
    }
    let mut value = String::new();
    decode_into(body, abs_body, p.raw, file, diags, &mut value);
    StrTok::Text {
        value,
        bytes: false,
        c_char: p.c,
    }
}

/// Decode a str body (non-bytes) into `out`.
fn decode_into(
    body: &str,
    abs: usize,
    raw: bool,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
    out: &mut String,
) {
    if raw {
        out.push_str(body);
        return;
    }
    let mut it = body.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = it.next() else {
            out.push('\\');
            break;
        };
        let esc_span = |len: usize| Span::new(file, (abs + i) as u32, (abs + i + len) as u32);
        match e {
            '\n' => {}
            '\r' => {
                if let Some((_, '\n')) = it.peek() {
                    it.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            it.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < n {
                    match it.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                            it.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                if got < n {
                    diags.push(
                        Diagnostic::error(format!("truncated \\{e} escape"), esc_span(2 + got))
                            .with_label_message(format!("expected {n} hex digits")),
                    );
                } else if let Some(ch) = char::from_u32(v) {
                    out.push(ch);
                } else {
                    diags.push(
                        Diagnostic::error("illegal Unicode character in escape", esc_span(2 + n))
                            .with_label_message("not a Unicode scalar value"),
                    );
                }
            }
            'N' => {
                // `\N{GREEK SMALL LETTER ALPHA}`: the character of that name.
                let rest = &body[i + 2..];
                let named = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                match named {
                    Some(name) => {
                        let len = 2 + name.len() + 2;
                        for _ in 0..name.len() + 2 {
                            it.next();
                        }
                        match unicode_names2::character(name) {
                            Some(ch) => out.push(ch),
                            None => diags.push(
                                Diagnostic::error(
                                    format!("unknown Unicode character name '{name}'"),
                                    esc_span(len),
                                )
                                .with_label_message("not a name in the Unicode database"),
                            ),
                        }
                    }
                    None => diags.push(
                        Diagnostic::error("malformed \\N character escape", esc_span(2))
                            .with_label_message("expected \\N{NAME}"),
                    ),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
}

/// Decode a bytes body into `out`.
fn decode_into_bytes(
    body: &str,
    abs: usize,
    raw: bool,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
    out: &mut Vec<u8>,
) {
    if let Some((i, c)) = body.char_indices().find(|(_, c)| !c.is_ascii()) {
        diags.push(
            Diagnostic::error(
                "bytes can only contain ASCII literal characters",
                Span::new(file, (abs + i) as u32, (abs + i + c.len_utf8()) as u32),
            )
            .with_label_message("use an escape such as \\xNN"),
        );
    }
    if raw {
        out.extend_from_slice(body.as_bytes());
        return;
    }
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hex = |d: Option<&u8>| d.and_then(|d| (*d as char).to_digit(16));
                match (hex(b.get(i)), hex(b.get(i + 1))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => diags.push(
                        Diagnostic::error(
                            "truncated \\x escape",
                            Span::new(file, (abs + i - 2) as u32, (abs + i) as u32),
                        )
                        .with_label_message("expected 2 hex digits"),
                    ),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
}

/// The f-string body parser.
struct FStr<'a> {
    src: &'a str,
    file: FileId,
    raw: bool,
    diags: &'a mut Vec<Diagnostic>,
}

impl FStr<'_> {
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.file, a as u32, b as u32)
    }

    /// Parse literal text and fields in `src[pos..end]`. In a format spec
    /// (`in_spec`) stop at an unmatched `}`. Returns the parts and where
    /// parsing stopped.
    fn parts(&mut self, mut pos: usize, end: usize, in_spec: bool) -> (Vec<FStringPart>, usize) {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut lit_start = pos;
        let bytes = self.src.as_bytes();
        while pos < end {
            let c = bytes[pos];
            if c == b'{' {
                if !in_spec && bytes.get(pos + 1) == Some(&b'{') && pos + 1 < end {
                    lit.push('{');
                    pos += 2;
                    continue;
                }
                self.flush(&mut lit, lit_start, pos, &mut parts);
                pos = self.field(pos, end, &mut parts);
                lit_start = pos;
                continue;
            }
            if c == b'}' {
                if in_spec {
                    break;
                }
                if bytes.get(pos + 1) == Some(&b'}') && pos + 1 < end {
                    lit.push('}');
                    pos += 2;
                    continue;
                }
                self.diags.push(
                    Diagnostic::error(
                        "f-string: single '}' is not allowed",
                        self.span(pos, pos + 1),
                    )
                    .with_label_message("write `}}` for a literal brace"),
                );
                pos += 1;
                continue;
            }
            // Literal run up to the next brace.
            let mut next = pos;
            while next < end && bytes[next] != b'{' && bytes[next] != b'}' {
                // `\N{NAME}` (not raw) is an escape: its braces are not a field.
                if !self.raw
                    && bytes[next] == b'\\'
                    && next + 2 < end
                    && bytes[next + 1] == b'N'
                    && bytes[next + 2] == b'{'
                {
                    match self.src[next..end].find('}') {
                        Some(close) => next += close + 1,
                        None => next = end,
                    }
                    continue;
                }
                if bytes[next] == b'\\'
                    && next + 1 < end
                    && bytes[next + 1] != b'{'
                    && bytes[next + 1] != b'}'
                {
                    next += 2;
                    continue;
                }
                next += 1;
            }
            // `\{` is not an escape: a brace after a lone backslash still
            // opens a field (handled above by stopping at it).
            let chunk = &self.src[pos..next];
            let raw = self.raw;
            decode_into(chunk, pos, raw, self.file, self.diags, &mut lit);
            pos = next;
        }
        self.flush(&mut lit, lit_start, pos, &mut parts);
        (parts, pos)
    }

    fn flush(&mut self, lit: &mut String, _a: usize, _b: usize, parts: &mut Vec<FStringPart>) {
        if !lit.is_empty() {
            parts.push(FStringPart::Literal(std::mem::take(lit)));
        }
    }

    /// Parse one `{expr[=][!c][:spec]}` starting at the `{` at `open`.
    fn field(&mut self, open: usize, end: usize, parts: &mut Vec<FStringPart>) -> usize {
        let bytes = self.src.as_bytes();
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut depth = 0i32;
        let mut quote: Option<u8> = None;
        let mut debug_end = None;
        // Find the end of the expression.
        while i < end {
            let c = bytes[i];
            if let Some(q) = quote {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth -= 1,
                b'}' if depth > 0 => depth -= 1,
                b'}' => break,
                b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => break,
                b':' if depth == 0 => break,
                b'=' if depth == 0 => {
                    let prev = if i > expr_start { bytes[i - 1] } else { b' ' };
                    let next = bytes.get(i + 1).copied().unwrap_or(b'}');
                    if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        debug_end = Some(i + 1);
                        break;
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = i.min(end);
        let mut pos = expr_end;
        let mut debug_text = None;
        if let Some(d) = debug_end {
            pos = d;
            // Include whitespace after `=` in the debug text.
            while pos < end && (bytes[pos] == b' ' || bytes[pos] == b'\t') {
                pos += 1;
            }
            debug_text = Some(self.src[expr_start..pos].to_string());
        }
        let value = if self.src[expr_start..expr_end].trim().is_empty() {
            self.diags.push(
                Diagnostic::error(
                    "f-string: empty expression not allowed",
                    self.span(open, (expr_end + 1).min(end.max(open + 1))),
                )
                .with_label_message("put an expression between the braces"),
            );
            None
        } else {
            crate::parse_expr_at(self.src, expr_start, expr_end, self.file, self.diags)
        };
        let mut conversion = None;
        if pos < end && bytes[pos] == b'!' {
            let c = self.src[pos + 1..end].chars().next();
            match c {
                Some(ch @ ('r' | 's' | 'a')) => {
                    conversion = Some(ch);
                    pos += 2;
                }
                _ => {
                    self.diags.push(
                        Diagnostic::error(
                            "f-string: invalid conversion character",
                            self.span(pos, (pos + 1 + c.map_or(0, |c| c.len_utf8())).min(end)),
                        )
                        .with_label_message("expected 'r', 's' or 'a' after '!'"),
                    );
                    pos += 1 + c.map_or(0, |c| c.len_utf8());
                }
            }
        }
        let mut spec = Vec::new();
        if pos < end && bytes[pos] == b':' {
            let (sp, p2) = self.parts(pos + 1, end, true);
            spec = sp;
            pos = p2;
        }
        if pos < end && bytes[pos] == b'}' {
            pos += 1;
        } else {
            self.diags.push(
                Diagnostic::error(
                    "f-string: expecting '}'",
                    self.span(open, pos.min(end).max(open + 1)),
                )
                .with_label_message("this replacement field is not closed"),
            );
            pos = end;
        }
        if let Some(value) = value {
            parts.push(FStringPart::Value {
                value,
                conversion,
                spec,
                debug_text,
            });
        }
        pos
    }
}

//! The layout pass: turns the lexer's tokens, newlines and comments into
//! the token stream the grammar sees, with NEWLINE / INDENT / DEDENT
//! (Python's rules: implicit joining inside brackets, blank and
//! comment-only lines skipped, tab/space consistency checked), collects
//! `# cython:` / `# distutils:` header comments, and applies a few
//! documented token-level rewrites (see [`rewrite`]).

use crate::ast::{HeaderComment, HeaderKind};
use crate::lexer::{LexItem, Lexed};
use crate::token::Tok;
use pyxc_diagnostics::{Diagnostic, FileId, Span};

/// A token with its byte range.
pub type Spanned = (u32, Tok, u32);

/// Deepest bracket nesting accepted (protects later recursive passes).
pub const MAX_NESTING: usize = 200;

pub struct Layout {
    pub tokens: Vec<Spanned>,
    pub headers: Vec<HeaderComment>,
    /// Where the first bracket that is never closed opens (the parser's
    /// errors after it are then cascades).
    pub unclosed_at: Option<u32>,
}

/// Indentation of a line measured two ways (tabs to multiples of 8, and
/// tabs as one column); they must order lines the same way.
#[derive(Clone, Copy, PartialEq)]
struct Indent {
    tab8: u32,
    tab1: u32,
}

fn measure(ws: &str) -> Indent {
    let (mut tab8, mut tab1) = (0u32, 0u32);
    for c in ws.chars() {
        match c {
            ' ' => {
                tab8 += 1;
                tab1 += 1;
            }
            '\t' => {
                tab8 = (tab8 / 8 + 1) * 8;
                tab1 += 1;
            }
            '\x0c' => {
                tab8 = 0;
                tab1 = 0;
            }
            _ => {}
        }
    }
    Indent { tab8, tab1 }
}

/// Run the layout pass over a whole module (`expr_mode: false`) or over
/// the text of an f-string field (`expr_mode: true`: no NEWLINE/INDENT).
pub fn layout(
    src: &str,
    items: Vec<LexItem>,
    end: u32,
    expr_mode: bool,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> Layout {
    let sp = |a: u32, b: u32| Span::new(file, a, b);
    let mut out: Vec<Spanned> = Vec::with_capacity(items.len() + 16);
    let mut headers = Vec::new();
    let mut stack: Vec<Indent> = vec![Indent { tab8: 0, tab1: 0 }];
    let mut brackets: Vec<(Tok, u32)> = Vec::new();
    let mut at_line_start = true;
    let mut seen_code = false;
    let mut too_deep = false;
    // Like Python's TabError, one report per file: later lines only repeat it.
    let mut tab_error = false;
    for item in items {
        let LexItem { kind, start, end } = item;
        match kind {
            Lexed::Comment => {
                if !expr_mode && at_line_start && brackets.is_empty() {
                    header_comment(src, start, end, !seen_code, file, &mut headers);
                }
            }
            Lexed::Newline => {
                if expr_mode || !brackets.is_empty() || at_line_start {
                    continue;
                }
                out.push((start, Tok::Newline, end));
                at_line_start = true;
            }
            Lexed::Tok(tok) => {
                if !expr_mode && at_line_start && brackets.is_empty() {
                    let line_start = src[..start as usize]
                        .rfind(['\n', '\r'])
                        .map_or(0, |i| i + 1);
                    let ws = &src[line_start..start as usize];
                    let ind = measure(ws);
                    let top = *stack.last().unwrap_or(&Indent { tab8: 0, tab1: 0 });
                    let inconsistent = || {
                        Diagnostic::error(
                            "inconsistent use of tabs and spaces in indentation",
                            sp(line_start as u32, start),
                        )
                        .with_label_message("this indentation mixes tabs and spaces ambiguously")
                        .with_note("indent with spaces only (or tabs only) throughout the file")
                    };
                    if ind.tab8 > top.tab8 {
                        if ind.tab1 <= top.tab1 && !tab_error {
                            tab_error = true;
                            diags.push(inconsistent());
                        }
                        stack.push(ind);
                        out.push((start, Tok::Indent, start));
                        if stack.len() > crate::limits::MAX_INDENT + 1 && !too_deep {
                            too_deep = true;
                            diags.push(
                                Diagnostic::error(
                                    "too many levels of indentation",
                                    sp(line_start as u32, start),
                                )
                                .with_label_message(format!(
                                    "pyxc accepts at most {} levels, as CPython",
                                    crate::limits::MAX_INDENT
                                )),
                            );
                        }
                    } else if ind.tab8 == top.tab8 {
                        if ind.tab1 != top.tab1 && !tab_error {
                            tab_error = true;
                            diags.push(inconsistent());
                        }
                    } else {
                        while stack.len() > 1 && stack.last().is_some_and(|t| ind.tab8 < t.tab8) {
                            stack.pop();
                            out.push((start, Tok::Dedent, start));
                        }
                        let top = *stack.last().unwrap_or(&Indent { tab8: 0, tab1: 0 });
                        if top.tab8 != ind.tab8 {
                            diags.push(
                                Diagnostic::error(
                                    "unindent does not match any outer indentation level",
                                    sp(line_start as u32, start),
                                )
                                .with_label_message(
                                    "this line's indentation matches no enclosing block",
                                ),
                            );
                        } else if top.tab1 != ind.tab1 && !tab_error {
                            tab_error = true;
                            diags.push(inconsistent());
                        }
                    }
                    at_line_start = false;
                }
                match tok {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => {
                        brackets.push((tok.clone(), start));
                        if brackets.len() > MAX_NESTING && !too_deep {
                            too_deep = true;
                            diags.push(
                                Diagnostic::error("too many nested brackets", sp(start, end))
                                    .with_label_message(format!(
                                        "pyxc accepts at most {MAX_NESTING} levels of nesting"
                                    )),
                            );
                        }
                    }
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        brackets.pop();
                    }
                    _ => {}
                }
                seen_code = true;
                out.push((start, tok, end));
            }
        }
    }
    let unclosed_at = brackets.first().map(|b| b.1);
    if let Some((tok, at)) = brackets.first() {
        if !expr_mode {
            diags.push(
                Diagnostic::error(
                    format!("'{}' was never closed", tok.text().unwrap_or("(")),
                    sp(*at, *at + 1),
                )
                .with_label_message("this bracket has no matching closing bracket"),
            );
        }
    }
    if !expr_mode {
        if !at_line_start {
            out.push((end, Tok::Newline, end));
        }
        while stack.len() > 1 {
            stack.pop();
            out.push((end, Tok::Dedent, end));
        }
    }
    // Past a nesting limit nothing is parsed: the tree stays shallow.
    if too_deep {
        out.clear();
    }
    rewrite(src, &mut out);
    Layout {
        tokens: out,
        headers,
        unclosed_at,
    }
}

/// `# cython: a=b, c=d` and `# distutils: name = value` comments.
fn header_comment(
    src: &str,
    start: u32,
    end: u32,
    before_code: bool,
    file: FileId,
    headers: &mut Vec<HeaderComment>,
) {
    let text = &src[start as usize..end as usize];
    let body = text.trim_start_matches('#');
    let lead = text.len() - body.len();
    let trimmed = body.trim_start();
    let lead = lead + (body.len() - trimmed.len());
    let (kind, rest) = if let Some(r) = trimmed.strip_prefix("cython:") {
        (HeaderKind::Cython, r)
    } else if let Some(r) = trimmed.strip_prefix("distutils:") {
        (HeaderKind::Distutils, r)
    } else {
        return;
    };
    let rest_off = start as usize + lead + (trimmed.len() - rest.len());
    let push = |headers: &mut Vec<HeaderComment>, seg: &str, seg_off: usize| {
        let Some(eq) = seg.find('=') else { return };
        let lead_ws = seg.len() - seg.trim_start().len();
        let name = seg[..eq].trim();
        let value = seg[eq + 1..].trim();
        if name.is_empty() {
            return;
        }
        let a = seg_off + lead_ws;
        let b = seg_off + seg.trim_end().len();
        headers.push(HeaderComment {
            kind: kind.clone(),
            name: name.to_string(),
            value: value.to_string(),
            span: Span::new(file, a as u32, b.max(a) as u32),
            before_code,
        });
    };
    match kind {
        HeaderKind::Cython => {
            let mut off = rest_off;
            for seg in rest.split(',') {
                push(headers, seg, off);
                off += seg.len() + 1;
            }
        }
        HeaderKind::Distutils => push(headers, rest, rest_off),
    }
}

/// Token-level rewrites that keep the grammar LR(1):
///
/// 1. Multi-word C type names: `unsigned|signed|short|long` followed (on
///    the same line, separated by blanks only) by more of
///    `unsigned|signed|short|long|int|char|double` become one `Name` whose
///    text is the words joined by single spaces; so do `float complex`,
///    `double complex` and `long double complex` (sema reports C complex
///    types as not supported yet).
/// 2. `sizeof` followed by `(` (and not after `.`) becomes [`Tok::Sizeof`].
/// 3. `struct`, `union`, `enum` become keywords after `cdef`, `cpdef`,
///    `ctypedef`, `public`, `api`, at the start of a line inside a
///    `cdef extern` block, or at the start of any line when a name follows.
/// 4. `public`, `api`, `readonly` become keywords after `cdef`/`cpdef` (or
///    another such modifier) when a name or keyword follows.
/// 5. A run of `*`/`**` directly before `)`, `>` or `]` is a pointer
///    declarator (`sizeof(double*)`, `<double**>p`): each star becomes
///    [`Tok::PtrStar`]. No valid Python has a star there.
/// 6. The `(` of `(*name)(`, a function-pointer declarator, becomes
///    [`Tok::FptrLPar`]: a lone starred name in parentheses is not Python.
pub fn rewrite(src: &str, toks: &mut Vec<Spanned>) {
    // 1. multi-word names
    let mut merged: Vec<Spanned> = Vec::with_capacity(toks.len());
    for t in toks.drain(..) {
        if let Some(last) = merged.last_mut() {
            if let (Tok::Name(a), Tok::Name(b)) = (&mut last.1, &t.1) {
                let first = a.split(' ').next().unwrap_or("");
                let gap = src.get(last.2 as usize..t.0 as usize).unwrap_or("x");
                let c_word = ["unsigned", "signed", "short", "long"].contains(&first)
                    && [
                        "unsigned", "signed", "short", "long", "int", "char", "double",
                    ]
                    .contains(&b.as_str());
                // `double complex`, `float complex`, `long double complex`.
                let complex =
                    b == "complex" && ["float", "double", "long double"].contains(&a.as_str());
                if (c_word || complex)
                    && !gap.is_empty()
                    && gap.chars().all(|c| c == ' ' || c == '\t')
                {
                    a.push(' ');
                    a.push_str(b);
                    last.2 = t.2;
                    continue;
                }
            }
        }
        merged.push(t);
    }
    *toks = merged;

    // 2-4: contextual keywords
    let mut level = 0usize;
    let mut extern_level: Option<usize> = None;
    let mut pending_extern = false;
    for i in 0..toks.len() {
        let prev = if i > 0 {
            Some(toks[i - 1].1.clone())
        } else {
            None
        };
        let line_start = matches!(prev, None | Some(Tok::Newline | Tok::Indent | Tok::Dedent));
        match &toks[i].1 {
            Tok::Indent => {
                level += 1;
                continue;
            }
            Tok::Dedent => {
                level = level.saturating_sub(1);
                if extern_level.is_some_and(|l| level <= l) {
                    extern_level = None;
                }
                continue;
            }
            Tok::Extern if matches!(prev, Some(Tok::Cdef)) => pending_extern = true,
            Tok::Newline if pending_extern => {
                pending_extern = false;
                // Only a block form (`:` then NEWLINE INDENT) opens a body.
                if matches!(toks.get(i + 1), Some((_, Tok::Indent, _))) {
                    extern_level = Some(level);
                }
            }
            _ => {}
        }
        let next = toks.get(i + 1).map(|t| &t.1);
        let Tok::Name(word) = &toks[i].1 else {
            continue;
        };
        let new = match word.as_str() {
            "sizeof" if matches!(next, Some(Tok::LPar)) && !matches!(prev, Some(Tok::Dot)) => {
                Some(Tok::Sizeof)
            }
            "struct" | "union" | "enum" => {
                let after_decl = matches!(
                    prev,
                    Some(Tok::Cdef | Tok::Cpdef | Tok::Ctypedef | Tok::Public | Tok::Api)
                );
                let in_extern = line_start && extern_level.is_some_and(|l| level > l);
                let named = line_start && matches!(next, Some(Tok::Name(_)));
                (after_decl || in_extern || named).then_some(match word.as_str() {
                    "struct" => Tok::Struct,
                    "union" => Tok::Union,
                    _ => Tok::Enum,
                })
            }
            "public" | "api" | "readonly" => {
                let after = matches!(
                    prev,
                    Some(Tok::Cdef | Tok::Cpdef | Tok::Public | Tok::Api | Tok::Readonly)
                );
                let before = matches!(
                    next,
                    Some(Tok::Name(_) | Tok::Const | Tok::Inline | Tok::Extern | Tok::Class)
                );
                (after && before).then_some(match word.as_str() {
                    "public" => Tok::Public,
                    "api" => Tok::Api,
                    _ => Tok::Readonly,
                })
            }
            _ => None,
        };
        if let Some(new) = new {
            toks[i].1 = new;
        }
    }

    // 5. pointer stars
    let mut i = 0;
    while i < toks.len() {
        if matches!(toks[i].1, Tok::Star | Tok::DoubleStar) {
            let mut j = i;
            while j < toks.len() && matches!(toks[j].1, Tok::Star | Tok::DoubleStar) {
                j += 1;
            }
            if matches!(
                toks.get(j).map(|t| &t.1),
                Some(Tok::RPar | Tok::Greater | Tok::RSqb)
            ) {
                let mut run = Vec::new();
                for t in &toks[i..j] {
                    if t.1 == Tok::DoubleStar {
                        run.push((t.0, Tok::PtrStar, t.0 + 1));
                        run.push((t.0 + 1, Tok::PtrStar, t.2));
                    } else {
                        run.push((t.0, Tok::PtrStar, t.2));
                    }
                }
                let n = run.len();
                toks.splice(i..j, run);
                i += n;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }

    // 6. function-pointer declarators
    for i in 0..toks.len() {
        if toks[i].1 == Tok::LPar && is_funcptr_declarator(&toks[i + 1..]) {
            toks[i].1 = Tok::FptrLPar;
        }
    }
}

/// `*...* name ) (` after an opening parenthesis.
fn is_funcptr_declarator(rest: &[Spanned]) -> bool {
    let stars = rest
        .iter()
        .take_while(|t| matches!(t.1, Tok::Star | Tok::DoubleStar | Tok::PtrStar))
        .count();
    stars > 0
        && matches!(rest.get(stars).map(|t| &t.1), Some(Tok::Name(_)))
        && matches!(rest.get(stars + 1).map(|t| &t.1), Some(Tok::RPar))
        && matches!(rest.get(stars + 2).map(|t| &t.1), Some(Tok::LPar))
}

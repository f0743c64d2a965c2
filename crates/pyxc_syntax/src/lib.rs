//! The front end: lexer, layout (NEWLINE/INDENT/DEDENT), parser and AST.
//!
//! ```text
//! source ──lexer (logos)──► tokens ──layout──► tokens + NEWLINE/INDENT/DEDENT
//!        ──parser (LALRPOP, grammar/pyx.lalrpop)──► ast::Module
//! ```
//!
//! Nothing here panics on bad input: every entry point returns what it
//! could build plus diagnostics.

pub mod ast;
pub mod layout;
pub mod lexer;
pub mod limits;
pub mod parser;
pub mod printer;
pub mod token;

use pyxc_diagnostics::{Diagnostic, FileId, Span};
use token::Tok;

/// The tokens the parser would see (after layout), for tests and tools.
pub fn tokenize(src: &str, file: FileId) -> (Vec<(Tok, Span)>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let items = lexer::lex(src, 0, src.len(), file, &mut diags);
    let lay = layout::layout(src, items, src.len() as u32, false, file, &mut diags);
    let toks = lay
        .tokens
        .into_iter()
        .map(|(l, t, r)| (t, Span::new(file, l, r)))
        .collect();
    (toks, diags)
}

/// Parse a whole `.pyx` / `.pxd` file.
pub fn parse_module(src: &str, file: FileId) -> (ast::Module, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let end = src.len() as u32;
    let items = lexer::lex(src, 0, src.len(), file, &mut diags);
    let lay = layout::layout(src, items, end, false, file, &mut diags);
    let lex_diags = diags.len();
    let mut toks = Vec::with_capacity(lay.tokens.len() + 1);
    toks.push((0, Tok::StartModule, 0));
    toks.extend(lay.tokens);
    let mut ctx = parser::Ctx {
        errors: Vec::new(),
        diags: Vec::new(),
        file,
    };
    let result = parser::TopParser::new().parse(
        file,
        &mut ctx,
        toks.iter().cloned().map(Ok::<_, parser::LexError>),
    );
    let mut parse_errors: Vec<lalrpop_util::ParseError<u32, Tok, parser::LexError>> =
        ctx.errors.drain(..).map(|e| e.error).collect();
    let body = match result {
        Ok(parser::Top::Module(body)) => body,
        Ok(parser::Top::Expr(_)) => Vec::new(),
        Err(e) => {
            parse_errors.push(e);
            Vec::new()
        }
    };
    // Report parse errors, dropping cascades: one per line, none on an
    // INDENT/DEDENT after an earlier error, none on a line that already has
    // a lexical error, none at end of file after an unclosed bracket.
    let line_of = |off: u32| {
        src.as_bytes()[..(off as usize).min(src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    };
    let mut lines_with_errors: Vec<usize> = diags[..lex_diags]
        .iter()
        .filter_map(|d| d.primary_span())
        .map(|s| line_of(s.start))
        .collect();
    let mut reported = 0usize;
    for e in &parse_errors {
        let (at, layout_tok) = match e {
            lalrpop_util::ParseError::UnrecognizedToken {
                token: (l, t, _), ..
            }
            | lalrpop_util::ParseError::ExtraToken { token: (l, t, _) } => {
                (*l, matches!(t, Tok::Indent | Tok::Dedent))
            }
            lalrpop_util::ParseError::UnrecognizedEof { location, .. } => (*location, true),
            lalrpop_util::ParseError::InvalidToken { location } => (*location, false),
            lalrpop_util::ParseError::User { .. } => (end, false),
        };
        if lay.unclosed_at.is_some_and(|u| at > u) {
            continue;
        }
        let line = line_of(at);
        if lines_with_errors.contains(&line) || (reported > 0 && layout_tok) {
            continue;
        }
        if reported >= 20 {
            break;
        }
        lines_with_errors.push(line);
        reported += 1;
        diags.push(parser::describe_error(e, &toks, end, file));
    }
    diags.extend(ctx.diags);
    limits::check(&body, &mut diags);
    let module = ast::Module {
        body,
        header_comments: lay.headers,
        span: Span::new(file, 0, end),
    };
    (module, diags)
}

/// Parse one expression (or comma list), e.g. for tests and tools.
pub fn parse_expr(src: &str, file: FileId) -> (Option<ast::Expr>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let e = parse_expr_at(src, 0, src.len(), file, &mut diags);
    (e, diags)
}

/// Parse `src[start..end]` as an expression; spans are offsets into `src`
/// (used for f-string replacement fields).
pub(crate) fn parse_expr_at(
    src: &str,
    start: usize,
    end: usize,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> Option<ast::Expr> {
    let items = lexer::lex(src, start, end, file, diags);
    let lay = layout::layout(src, items, end as u32, true, file, diags);
    let mut toks = Vec::with_capacity(lay.tokens.len() + 1);
    toks.push((start as u32, Tok::StartExpr, start as u32));
    toks.extend(lay.tokens);
    let mut ctx = parser::Ctx {
        errors: Vec::new(),
        diags: Vec::new(),
        file,
    };
    let result = parser::TopParser::new().parse(
        file,
        &mut ctx,
        toks.iter().cloned().map(Ok::<_, parser::LexError>),
    );
    diags.append(&mut ctx.diags);
    let mut first_error = ctx.errors.into_iter().map(|e| e.error).next();
    let out = match result {
        Ok(parser::Top::Expr(e)) => Some(e),
        Ok(parser::Top::Module(_)) => None,
        Err(e) => {
            first_error.get_or_insert(e);
            None
        }
    };
    if let Some(e) = first_error {
        let mut d = parser::describe_error(&e, &toks, end as u32, file);
        d.message = format!("f-string: {}", d.message);
        diags.push(d);
        return None;
    }
    out
}

//! The front end: lexer, layout (NEWLINE/INDENT/DEDENT), parser and AST.

pub mod ast;

//! The tokens the parser sees (after the lexer and the layout pass).

use crate::ast::FStringPart;
use std::fmt;

/// An integer literal as written: digits without `_`, radix, C suffix.
#[derive(Clone, Debug, PartialEq)]
pub struct IntLit {
    pub digits: String,
    pub radix: u32,
    pub suffix: String,
}

/// A float (or imaginary) literal, underscores removed.
#[derive(Clone, Debug, PartialEq)]
pub struct FloatLit {
    pub text: String,
    pub imaginary: bool,
}

/// One string literal token, escapes decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum StrTok {
    /// `'...'`, `b'...'` (valid UTF-8), `c'x'`.
    Text {
        value: String,
        bytes: bool,
        c_char: bool,
    },
    /// A bytes literal that is not valid UTF-8.
    Bytes(Vec<u8>),
    /// An f-string, replacement fields already parsed.
    F(Vec<FStringPart>),
}

/// A token. Keywords of Python and Cython are their own variants; a few
/// contextual words (`struct`, `public`, `sizeof`, ...) become keywords
/// only where the layout pass's rewrite rules say so.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(IntLit),
    Float(FloatLit),
    Str(StrTok),

    Newline,
    Indent,
    Dedent,

    // Python keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Cython keywords
    /// `DEF`, the legacy compile-time constant.
    DefConst,
    Cdef,
    Cpdef,
    Ctypedef,
    Cimport,
    Nogil,
    Gil,
    Extern,
    Inline,
    Const,
    Noexcept,

    // Contextual keywords (made by the layout pass)
    Struct,
    Union,
    Enum,
    Public,
    Api,
    Readonly,
    Sizeof,
    /// A `*` in a pointer type that the grammar could otherwise confuse
    /// with multiplication: a run of stars directly before `)`, `>` or `]`.
    PtrStar,
    /// The `(` opening a function-pointer declarator `(*name)(...)`, which
    /// the grammar could otherwise take for a call or a parameter list.
    FptrLPar,

    // Operators and delimiters
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    Question,

    /// Internal: selects the module entry of the grammar.
    StartModule,
    /// Internal: selects the expression entry (f-string fields).
    StartExpr,
}

impl Tok {
    /// The keyword token for a word, if it is one.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            "DEF" => Tok::DefConst,
            "cdef" => Tok::Cdef,
            "cpdef" => Tok::Cpdef,
            "ctypedef" => Tok::Ctypedef,
            "cimport" => Tok::Cimport,
            "nogil" => Tok::Nogil,
            "gil" => Tok::Gil,
            "extern" => Tok::Extern,
            "inline" => Tok::Inline,
            "const" => Tok::Const,
            "noexcept" => Tok::Noexcept,
            _ => return None,
        })
    }

    /// The source spelling of a fixed token (keyword or punctuation).
    pub fn text(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::DefConst => "DEF",
            Tok::Cdef => "cdef",
            Tok::Cpdef => "cpdef",
            Tok::Ctypedef => "ctypedef",
            Tok::Cimport => "cimport",
            Tok::Nogil => "nogil",
            Tok::Gil => "gil",
            Tok::Extern => "extern",
            Tok::Inline => "inline",
            Tok::Const => "const",
            Tok::Noexcept => "noexcept",
            Tok::Struct => "struct",
            Tok::Union => "union",
            Tok::Enum => "enum",
            Tok::Public => "public",
            Tok::Api => "api",
            Tok::Readonly => "readonly",
            Tok::Sizeof => "sizeof",
            Tok::PtrStar => "*",
            Tok::FptrLPar => "(",
            Tok::LPar => "(",
            Tok::RPar => ")",
            Tok::LSqb => "[",
            Tok::RSqb => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::VBar => "|",
            Tok::Amper => "&",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::Equal => "=",
            Tok::Dot => ".",
            Tok::Percent => "%",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::Tilde => "~",
            Tok::Circumflex => "^",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::DoubleStar => "**",
            Tok::PlusEqual => "+=",
            Tok::MinEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::PercentEqual => "%=",
            Tok::AmperEqual => "&=",
            Tok::VBarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::DoubleSlash => "//",
            Tok::DoubleSlashEqual => "//=",
            Tok::At => "@",
            Tok::AtEqual => "@=",
            Tok::Rarrow => "->",
            Tok::Ellipsis => "...",
            Tok::ColonEqual => ":=",
            Tok::Question => "?",
            _ => return None,
        })
    }

    /// How a diagnostic names this token: "`)`", "name `x`", "end of line".
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => format!("name `{n}`"),
            Tok::Int(i) => format!("number `{}`", i.digits),
            Tok::Float(f) => format!("number `{}`", f.text),
            Tok::Str(_) => "string literal".into(),
            Tok::Newline => "end of line".into(),
            Tok::Indent => "indent".into(),
            Tok::Dedent => "dedent".into(),
            Tok::StartModule | Tok::StartExpr => "start of input".into(),
            t => format!("`{}`", t.text().unwrap_or("?")),
        }
    }
}

/// A compact form for token snapshots.
impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Name(n) => write!(f, "Name({n:?})"),
            Tok::Int(i) => write!(f, "Int({}, radix {}, {:?})", i.digits, i.radix, i.suffix),
            Tok::Float(x) => {
                write!(f, "Float({}{})", x.text, if x.imaginary { "j" } else { "" })
            }
            Tok::Str(StrTok::Text {
                value,
                bytes,
                c_char,
            }) => write!(
                f,
                "Str({value:?}{}{})",
                if *bytes { ", bytes" } else { "" },
                if *c_char { ", c" } else { "" }
            ),
            Tok::Str(StrTok::Bytes(b)) => write!(f, "Bytes({b:?})"),
            Tok::Str(StrTok::F(parts)) => write!(f, "FString({} parts)", parts.len()),
            Tok::Newline => write!(f, "NEWLINE"),
            Tok::Indent => write!(f, "INDENT"),
            Tok::Dedent => write!(f, "DEDENT"),
            Tok::PtrStar => write!(f, "PtrStar"),
            Tok::FptrLPar => write!(f, "FptrLPar"),
            Tok::Struct
            | Tok::Union
            | Tok::Enum
            | Tok::Public
            | Tok::Api
            | Tok::Readonly
            | Tok::Sizeof => write!(f, "Kw({})", self.text().unwrap_or("?")),
            t => match t.text() {
                Some(s) => write!(f, "{s:?}"),
                None => write!(f, "{t:?}"),
            },
        }
    }
}

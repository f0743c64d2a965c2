//! Glue around the generated LALRPOP parser: the node-building helpers
//! the grammar's actions call, and the translation of parse errors into
//! plain-words diagnostics.

use crate::ast::*;
use crate::layout::Spanned;
use crate::token::{StrTok, Tok};
use lalrpop_util::{ErrorRecovery, ParseError};
use pyxc_diagnostics::{Diagnostic, FileId, Span};

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    generated,
    "/pyx.rs"
);

pub use generated::TopParser;

/// The lexer never hands errors to the parser (it reports them itself),
/// but LALRPOP needs an error type.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError;

pub type Recovered = ErrorRecovery<u32, Tok, LexError>;

/// State shared with the grammar's actions.
pub struct Ctx {
    pub errors: Vec<Recovered>,
    pub diags: Vec<Diagnostic>,
    pub file: FileId,
}

pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// A span with its ends put in order (empty productions can yield
/// locations the wrong way round).
pub fn sp(file: FileId, l: u32, r: u32) -> Span {
    Span::new(file, l.min(r), l.max(r))
}

pub fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub fn ident(name: &str, span: Span) -> Ident {
    Ident {
        name: name.to_string(),
        span,
    }
}

pub fn tuple(v: Vec<Expr>, span: Span) -> Expr {
    expr(ExprKind::Tuple(v), span)
}

/// `( e )`: a tuple takes the span of its parentheses; anything else keeps
/// its own span.
pub fn paren(mut e: Expr, span: Span) -> Expr {
    if matches!(e.kind, ExprKind::Tuple(_)) {
        e.span = span;
    }
    e
}

pub fn binop(a: Expr, op: BinOp, b: Expr, span: Span) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        span,
    )
}

pub fn unary(op: UnaryOp, e: Expr, span: Span) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        span,
    )
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, span)
}

pub fn unpack_tuple(e: Expr) -> Vec<Expr> {
    match e.kind {
        ExprKind::Tuple(v) if !v.is_empty() => v,
        _ => vec![e],
    }
}

pub fn assign(first: Expr, mut rest: Vec<Expr>) -> StmtKind {
    let value = rest.pop().unwrap_or_else(|| first.clone());
    let mut targets = vec![first];
    targets.extend(rest);
    StmtKind::Assign { targets, value }
}

fn stmts_end(body: &[Stmt]) -> Option<u32> {
    body.last().map(|s| s.span.end)
}

/// A compound statement's span: from its keyword through the end of its
/// last body statement (not the DEDENT that closes it).
pub fn block_span(l: u32, sig_end: u32, body: &[Stmt], orelse: &[Stmt], file: FileId) -> Span {
    let end = stmts_end(orelse)
        .or(stmts_end(body))
        .unwrap_or(sig_end)
        .max(sig_end);
    sp(file, l, end)
}

pub fn if_chain(
    l: u32,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(u32, Expr, Vec<Stmt>)>,
    orelse: Vec<Stmt>,
    file: FileId,
) -> Stmt {
    let mut orelse = orelse;
    for (el, t, b) in elifs.into_iter().rev() {
        let span = block_span(el, t.span.end, &b, &orelse, file);
        orelse = vec![Stmt {
            kind: StmtKind::If {
                test: t,
                body: b,
                orelse,
            },
            span,
        }];
    }
    let span = block_span(l, test.span.end, &body, &orelse, file);
    Stmt {
        kind: StmtKind::If { test, body, orelse },
        span,
    }
}

pub fn try_stmt(
    l: u32,
    sr: u32,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
    file: FileId,
) -> Stmt {
    let mut end = stmts_end(&body).unwrap_or(sr).max(sr);
    if let Some(h) = handlers.last() {
        end = end.max(h.span.end);
    }
    for part in [&orelse, &finalbody] {
        if let Some(e) = stmts_end(part) {
            end = end.max(e);
        }
    }
    Stmt {
        kind: StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        span: sp(file, l, end),
    }
}

/// What follows a C signature: `nogil`, `with gil`, exception clause.
#[derive(Clone, Debug, Default)]
pub struct Suffix {
    pub nogil: bool,
    pub with_gil: bool,
    pub except: Option<ExceptSpec>,
}

pub fn suffix(items: Vec<Suffix>) -> Suffix {
    let mut s = Suffix::default();
    for i in items {
        s.nogil |= i.nogil;
        s.with_gil |= i.with_gil;
        if i.except.is_some() {
            s.except = i.except;
        }
    }
    s
}

/// A parameter list entry before `*`/`/` markers are folded into kinds.
pub enum PItem {
    Param(Box<Param>),
    BareStar,
    Slash,
}

fn bare_param(name: Option<Ident>, kind: ParamKind, span: Span) -> Param {
    Param {
        name,
        ty: None,
        annotation: None,
        default: None,
        kind,
        not_none: false,
        or_none: false,
        pos_only: false,
        span,
    }
}

pub fn star_param(n: Option<Ident>, a: Option<Expr>, span: Span) -> PItem {
    match n {
        Some(n) => PItem::Param(Box::new(Param {
            annotation: a,
            ..bare_param(Some(n), ParamKind::VarArgs, span)
        })),
        None => PItem::BareStar,
    }
}

pub fn kw_param(n: Ident, a: Option<Expr>, span: Span) -> PItem {
    PItem::Param(Box::new(Param {
        annotation: a,
        ..bare_param(Some(n), ParamKind::KwArgs, span)
    }))
}

/// C `...` in an extern prototype: a nameless, typeless `VarArgs` param.
pub fn c_varargs(span: Span) -> PItem {
    PItem::Param(Box::new(bare_param(None, ParamKind::VarArgs, span)))
}

pub fn simple_param(n: Ident, default: Option<Expr>, span: Span) -> PItem {
    PItem::Param(Box::new(Param {
        default,
        ..bare_param(Some(n), ParamKind::Normal, span)
    }))
}

/// `BaseType ParamDecl?`: a lone word is a name; otherwise a typed param.
pub fn param(
    t: TypeExpr,
    d: Option<CDecl>,
    none_spec: Option<bool>,
    annotation: Option<Expr>,
    default: Option<Expr>,
    span: Span,
) -> Param {
    let (name, ty) = match d {
        None => match t.kind {
            TypeKind::Name(mut parts) if parts.len() == 1 && !parts[0].name.contains(' ') => {
                (parts.pop(), None)
            }
            kind => (None, Some(TypeExpr { kind, span: t.span })),
        },
        Some(d) => {
            let name = d.name.clone();
            (name, Some(d.apply(t)))
        }
    };
    Param {
        name,
        ty,
        annotation,
        default,
        kind: ParamKind::Normal,
        not_none: none_spec == Some(true),
        or_none: none_spec == Some(false),
        pos_only: false,
        span,
    }
}

pub fn finish_params(items: Vec<PItem>) -> Vec<Param> {
    let mut out = Vec::new();
    let mut kw_only = false;
    for it in items {
        match it {
            PItem::Param(p) => {
                let mut p = *p;
                match p.kind {
                    ParamKind::VarArgs => kw_only = true,
                    ParamKind::Normal if kw_only => p.kind = ParamKind::KeywordOnly,
                    _ => {}
                }
                out.push(p);
            }
            PItem::BareStar => kw_only = true,
            PItem::Slash => {
                for p in &mut out {
                    p.pos_only = true;
                }
            }
        }
    }
    out
}

/// A declarator: stars, name, array sizes, an optional function-pointer
/// part and an initial value.
#[derive(Clone, Debug)]
pub struct CDecl {
    pub stars: Vec<u32>,
    pub name: Option<Ident>,
    pub dims: Vec<(Option<Expr>, u32)>,
    /// `(*name)(params) suffix`: the stars inside the parentheses, params.
    pub func: Option<(Vec<u32>, Vec<Param>, Suffix)>,
    pub value: Option<Expr>,
    pub span: Span,
}

impl CDecl {
    pub fn new(
        stars: Vec<u32>,
        name: Option<Ident>,
        dims: Vec<(Option<Expr>, u32)>,
        func: Option<(Vec<u32>, Vec<Param>, Suffix)>,
        span: Span,
    ) -> CDecl {
        CDecl {
            stars,
            name,
            dims,
            func,
            value: None,
            span,
        }
    }

    pub fn funcptr(
        stars: Vec<u32>,
        name: Ident,
        params: Vec<Param>,
        sfx: Suffix,
        span: Span,
    ) -> CDecl {
        CDecl::new(vec![], Some(name), vec![], Some((stars, params, sfx)), span)
    }

    /// The full type of the declared name.
    pub fn apply(&self, base: TypeExpr) -> TypeExpr {
        let start = base.span.start;
        let file = base.span.file;
        let mut t = apply_stars(base, self.stars.clone());
        if let Some((stars, params, sfx)) = &self.func {
            let end = self.span.end.max(start);
            t = TypeExpr {
                kind: TypeKind::Function {
                    ret: Box::new(t),
                    params: params.clone(),
                    nogil: sfx.nogil,
                    except: Box::new(sfx.except.clone().unwrap_or(ExceptSpec::Default)),
                },
                span: sp(file, start, end),
            };
            for _ in stars {
                t = TypeExpr {
                    kind: TypeKind::Pointer(Box::new(t)),
                    span: sp(file, start, end),
                };
            }
        }
        for (size, end) in self.dims.iter().rev() {
            t = TypeExpr {
                kind: TypeKind::Array {
                    base: Box::new(t),
                    size: size.clone().map(Box::new),
                },
                span: sp(file, start, *end),
            };
        }
        t
    }
}

pub fn apply_stars(mut t: TypeExpr, stars: Vec<u32>) -> TypeExpr {
    let start = t.span.start;
    for end in stars {
        let span = sp(t.span.file, start, end);
        t = TypeExpr {
            kind: TypeKind::Pointer(Box::new(t)),
            span,
        };
    }
    t
}

/// `const T`; for `const double[:]` the `const` goes on the element type.
pub fn const_type(t: TypeExpr, span: Span) -> TypeExpr {
    match t.kind {
        TypeKind::MemoryView { base, axes } => {
            let inner_span = sp(span.file, span.start, base.span.end);
            TypeExpr {
                kind: TypeKind::MemoryView {
                    base: Box::new(TypeExpr {
                        kind: TypeKind::Const(base),
                        span: inner_span,
                    }),
                    axes,
                },
                span,
            }
        }
        kind => TypeExpr {
            kind: TypeKind::Const(Box::new(TypeExpr { kind, span: t.span })),
            span,
        },
    }
}

/// An entry between the brackets of `T[...]`.
pub enum TypeArg {
    Pos(Expr),
    Kw(Ident, Expr, Span),
}

/// `T[:, ::1]` is a memoryview (every entry a slice); anything else
/// (`ndarray[double, ndim=2]`, `object[double]`) is the buffer syntax.
pub fn bracket_type(base: TypeExpr, args: Vec<TypeArg>, span: Span, ctx: &mut Ctx) -> TypeExpr {
    let all_slices = !args.is_empty()
        && args.iter().all(|a| {
            matches!(
                a,
                TypeArg::Pos(Expr {
                    kind: ExprKind::Slice { .. },
                    ..
                })
            )
        });
    if all_slices {
        if args.len() > 8 {
            ctx.diags.push(
                Diagnostic::error("a memoryview has at most 8 dimensions", span)
                    .with_label_message(format!("this type has {} axes", args.len())),
            );
        }
        let axes = args
            .into_iter()
            .filter_map(|a| match a {
                TypeArg::Pos(Expr {
                    kind: ExprKind::Slice { lower, upper, step },
                    span,
                }) => Some(AxisSpec {
                    start: lower.map(|b| *b),
                    stop: upper.map(|b| *b),
                    step: step.map(|b| *b),
                    span,
                }),
                _ => None,
            })
            .collect();
        return TypeExpr {
            kind: TypeKind::MemoryView {
                base: Box::new(base),
                axes,
            },
            span,
        };
    }
    let args = args
        .into_iter()
        .map(|a| match a {
            TypeArg::Pos(e) => Arg {
                kind: ArgKind::Positional,
                span: e.span,
                value: e,
            },
            TypeArg::Kw(n, v, span) => Arg {
                kind: ArgKind::Keyword(n),
                value: v,
                span,
            },
        })
        .collect();
    TypeExpr {
        kind: TypeKind::Buffer {
            base: Box::new(base),
            args,
        },
        span,
    }
}

/// Reinterpret an expression as a type (`sizeof(cnp.npy_intp*)`).
pub fn expr_to_type(e: &Expr) -> Option<TypeExpr> {
    fn parts(e: &Expr, out: &mut Vec<Ident>) -> bool {
        match &e.kind {
            ExprKind::Name(n) => {
                out.push(Ident {
                    name: n.clone(),
                    span: e.span,
                });
                true
            }
            ExprKind::Attribute { value, attr } => {
                parts(value, out) && {
                    out.push(attr.clone());
                    true
                }
            }
            _ => false,
        }
    }
    let mut v = Vec::new();
    if parts(e, &mut v) {
        return Some(TypeExpr {
            kind: TypeKind::Name(v),
            span: e.span,
        });
    }
    None
}

pub fn sizeof_ptr(e: Expr, stars: Vec<u32>, span: Span, ctx: &mut Ctx) -> Expr {
    let base = match expr_to_type(&e) {
        Some(t) => t,
        None => {
            ctx.diags.push(
                Diagnostic::error("expected a type before `*` in `sizeof`", e.span)
                    .with_label_message("this is not a type name"),
            );
            TypeExpr {
                kind: TypeKind::Name(vec![Ident {
                    name: "<error>".into(),
                    span: e.span,
                }]),
                span: e.span,
            }
        }
    };
    let ty = apply_stars(base, stars);
    expr(ExprKind::SizeOf(Box::new(SizeOfArg::Type(ty))), span)
}

fn decl_to_cvar(t: &TypeExpr, d: CDecl) -> Option<CVar> {
    let ty = d.apply(t.clone());
    let name = d.name?;
    Some(CVar {
        name,
        ty,
        value: d.value,
        span: d.span,
        c_name: None,
    })
}

/// A struct field with its C name (`int alias "real_name"`).
pub fn renamed_field(t: TypeExpr, d: CDecl, c_name: String) -> Vec<CVar> {
    decl_to_cvar(&t, d)
        .map(|mut v| {
            v.c_name = Some(c_name);
            v
        })
        .into_iter()
        .collect()
}

pub fn cvars(t: TypeExpr, ds: Vec<CDecl>) -> Vec<CVar> {
    ds.into_iter().filter_map(|d| decl_to_cvar(&t, d)).collect()
}

pub fn cvardecl(mods: Vec<Ident>, t: TypeExpr, ds: Vec<CDecl>, span: Span, _ctx: &mut Ctx) -> Stmt {
    Stmt {
        kind: StmtKind::CVarDecl(CVarDecl {
            visibility: mods,
            vars: cvars(t, ds),
        }),
        span,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn funcdef(
    kind: FuncKind,
    mods: Vec<Ident>,
    ret: Option<TypeExpr>,
    name: Ident,
    params: Vec<Param>,
    sfx: Suffix,
    returns: Option<Expr>,
    l: u32,
    sr: u32,
    body: Vec<Stmt>,
    file: FileId,
) -> Stmt {
    let span = block_span(l, sr, &body, &[], file);
    let inline = mods.iter().any(|m| m.name == "inline");
    let modifiers = mods.into_iter().filter(|m| m.name != "inline").collect();
    Stmt {
        kind: StmtKind::FuncDef(Box::new(FuncDef {
            kind,
            name,
            params,
            ret,
            returns,
            body,
            decorators: vec![],
            nogil: sfx.nogil,
            with_gil: sfx.with_gil,
            except: sfx.except.unwrap_or(ExceptSpec::Default),
            inline,
            modifiers,
            sig_span: sp(file, l, sr),
            span,
        })),
        span,
    }
}

/// A `cdef`/`cpdef` function, with a body or (in a `.pxd`) without.
#[allow(clippy::too_many_arguments)]
pub fn cfunc(
    kind: FuncKind,
    mods: Vec<Ident>,
    ret: Option<TypeExpr>,
    name: Ident,
    params: Vec<Param>,
    sfx: Suffix,
    l: u32,
    sr: u32,
    body: Option<(u32, Vec<Stmt>)>,
    file: FileId,
) -> Stmt {
    let (sr, body) = body.unwrap_or((sr, vec![]));
    funcdef(kind, mods, ret, name, params, sfx, None, l, sr, body, file)
}

pub fn decorate(ds: Vec<Expr>, mut stmts: Vec<Stmt>, ctx: &mut Ctx) -> Vec<Stmt> {
    let single = stmts.len() == 1;
    match stmts.first_mut() {
        Some(Stmt {
            kind: StmtKind::FuncDef(f),
            ..
        }) if single => f.decorators = ds,
        Some(Stmt {
            kind: StmtKind::ClassDef { decorators, .. },
            ..
        }) if single => *decorators = ds,
        Some(s) => {
            ctx.diags.push(
                Diagnostic::error(
                    "a decorator must be followed by a function or class",
                    s.span,
                )
                .with_label_message("this is not a function or class definition"),
            );
        }
        None => {}
    }
    stmts
}

pub fn ctypedef(t: TypeExpr, d: CDecl, c_name: Option<String>, span: Span) -> Stmt {
    let ty = d.apply(t);
    let name = d.name.unwrap_or(Ident {
        name: String::new(),
        span,
    });
    Stmt {
        kind: StmtKind::CTypedef { ty, name, c_name },
        span,
    }
}

pub fn struct_stmt(
    kind: StructKind,
    name: Ident,
    typedef: bool,
    fields: Option<Vec<CVar>>,
    span: Span,
) -> Stmt {
    renamed_struct_stmt(kind, name, None, typedef, fields, span)
}

/// A struct with the C name written after its name in an extern block.
pub fn renamed_struct_stmt(
    kind: StructKind,
    name: Ident,
    c_name: Option<String>,
    typedef: bool,
    fields: Option<Vec<CVar>>,
    span: Span,
) -> Stmt {
    let end = fields
        .as_ref()
        .and_then(|f| f.last())
        .map_or(span.end, |v| v.span.end.max(v.ty.span.end));
    let span = sp(span.file, span.start, end.min(span.end).max(name.span.end));
    Stmt {
        kind: StmtKind::CStruct(StructDecl {
            kind,
            name,
            typedef,
            fields,
            span,
            c_name,
        }),
        span,
    }
}

pub fn enum_stmt(
    name: Option<Ident>,
    typedef: bool,
    cpdef: bool,
    values: Vec<(Ident, Option<Expr>)>,
    span: Span,
) -> Stmt {
    let end = values.last().map_or(span.end, |(n, v)| {
        v.as_ref().map_or(n.span.end, |v| v.span.end)
    });
    let span = sp(span.file, span.start, end.min(span.end));
    Stmt {
        kind: StmtKind::CEnum(EnumDecl {
            name,
            typedef,
            cpdef,
            values,
            span,
        }),
        span,
    }
}

pub fn str_text(s: StrTok) -> String {
    match s {
        StrTok::Text { value, .. } => value,
        StrTok::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
        StrTok::F(_) => String::new(),
    }
}

pub fn extern_block(
    h: (Option<String>, Span),
    nogil: bool,
    items: Vec<ExternItem>,
    span: Span,
) -> Stmt {
    let end = items
        .iter()
        .filter_map(extern_item_end)
        .max()
        .unwrap_or(h.1.end);
    let span = sp(span.file, span.start, end.max(h.1.end).min(span.end));
    Stmt {
        kind: StmtKind::Extern(ExternBlock {
            header: h.0,
            header_span: h.1,
            nogil,
            items,
            span,
        }),
        span,
    }
}

fn extern_item_end(i: &ExternItem) -> Option<u32> {
    match i {
        ExternItem::Func(f) => Some(f.span.end),
        ExternItem::Var(v) => Some(v.span.end),
        ExternItem::Typedef { ty, name } => Some(ty.span.end.max(name.span.end)),
        ExternItem::Struct(s) => Some(s.span.end),
        ExternItem::Enum(e) => Some(e.span.end),
        ExternItem::Pass | ExternItem::Verbatim(_) => None,
        ExternItem::Renamed { item, .. } => extern_item_end(item),
    }
}

pub fn stmt_to_extern(s: Stmt) -> ExternItem {
    match s.kind {
        StmtKind::CTypedef { ty, name, c_name } => {
            renamed(ExternItem::Typedef { ty, name }, c_name)
        }
        StmtKind::CStruct(d) => ExternItem::Struct(d),
        StmtKind::CEnum(e) => ExternItem::Enum(e),
        _ => ExternItem::Pass,
    }
}

/// One declarator of an extern line: a variable or a function prototype.
pub enum ExtDecl {
    /// A variable, with its C name string if one was written.
    Var(CDecl, Option<String>),
    Func(Vec<u32>, Ident, Vec<Param>, Suffix, Span, Option<String>),
}

fn renamed(item: ExternItem, c_name: Option<String>) -> ExternItem {
    match c_name {
        Some(c_name) => ExternItem::Renamed {
            item: Box::new(item),
            c_name,
        },
        None => item,
    }
}

pub fn extern_decls(
    mods: Vec<Ident>,
    t: TypeExpr,
    ds: Vec<ExtDecl>,
    file: FileId,
) -> Vec<ExternItem> {
    ds.into_iter()
        .filter_map(|d| match d {
            ExtDecl::Var(c, c_name) => {
                decl_to_cvar(&t, c).map(|v| renamed(ExternItem::Var(v), c_name))
            }
            ExtDecl::Func(stars, name, params, sfx, span, c_name) => {
                let ret = apply_stars(t.clone(), stars);
                let l = t.span.start.min(span.start);
                match funcdef(
                    FuncKind::Cdef,
                    mods.clone(),
                    Some(ret),
                    name,
                    params,
                    sfx,
                    None,
                    l,
                    span.end,
                    vec![],
                    file,
                )
                .kind
                {
                    StmtKind::FuncDef(f) => Some(renamed(ExternItem::Func(f), c_name)),
                    _ => None,
                }
            }
        })
        .collect()
}

/// Adjacent string literals, joined.
pub fn strings(parts: Vec<(StrTok, Span)>, span: Span, ctx: &mut Ctx) -> Expr {
    if parts.len() == 1 {
        let (s, _) = parts.into_iter().next().unwrap_or((
            StrTok::Text {
                value: String::new(),
                bytes: false,
                c_char: false,
            },
            span,
        ));
        return expr(
            match s {
                StrTok::Text {
                    value,
                    bytes,
                    c_char,
                } => ExprKind::Str {
                    value,
                    bytes,
                    c_char,
                },
                StrTok::Bytes(b) => ExprKind::Bytes(b),
                StrTok::F(p) => ExprKind::FString(p),
            },
            span,
        );
    }
    let is_bytes = |s: &StrTok| matches!(s, StrTok::Bytes(_) | StrTok::Text { bytes: true, .. });
    let any_bytes = parts.iter().any(|(s, _)| is_bytes(s));
    let all_bytes = parts.iter().all(|(s, _)| is_bytes(s));
    if any_bytes && !all_bytes {
        ctx.diags.push(
            Diagnostic::error("cannot mix bytes and nonbytes literals", span)
                .with_label_message("these adjacent literals are joined"),
        );
    }
    if all_bytes {
        let mut out = Vec::new();
        for (s, _) in parts {
            match s {
                StrTok::Bytes(b) => out.extend(b),
                StrTok::Text { value, .. } => out.extend(value.into_bytes()),
                StrTok::F(_) => {}
            }
        }
        return match String::from_utf8(out) {
            Ok(value) => expr(
                ExprKind::Str {
                    value,
                    bytes: true,
                    c_char: false,
                },
                span,
            ),
            Err(e) => expr(ExprKind::Bytes(e.into_bytes()), span),
        };
    }
    let any_f = parts.iter().any(|(s, _)| matches!(s, StrTok::F(_)));
    let c_char = parts
        .iter()
        .any(|(s, _)| matches!(s, StrTok::Text { c_char: true, .. }));
    if !any_f {
        let mut value = String::new();
        for (s, _) in parts {
            value.push_str(&str_text(s));
        }
        return expr(
            ExprKind::Str {
                value,
                bytes: false,
                c_char,
            },
            span,
        );
    }
    let mut out: Vec<FStringPart> = Vec::new();
    let push_lit = |out: &mut Vec<FStringPart>, t: String| {
        if t.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(l)) = out.last_mut() {
            l.push_str(&t);
        } else {
            out.push(FStringPart::Literal(t));
        }
    };
    for (s, _) in parts {
        match s {
            StrTok::F(ps) => {
                for p in ps {
                    match p {
                        FStringPart::Literal(t) => push_lit(&mut out, t),
                        v => out.push(v),
                    }
                }
            }
            other => push_lit(&mut out, str_text(other)),
        }
    }
    expr(ExprKind::FString(out), span)
}

// ------------------------------------------------------------------ errors

/// How the grammar names a terminal in its "expected" lists, in words.
fn pretty_expected(t: &str) -> String {
    let bare = t.trim_matches('"').replace("\\\"", "\"");
    match bare.as_str() {
        "Name" => "a name".into(),
        "Int" | "Float" => "a number".into(),
        "Str" => "a string".into(),
        "NEWLINE" => "end of line".into(),
        "INDENT" => "an indented block".into(),
        "DEDENT" => "end of block".into(),
        "PTRSTAR" => "'*'".into(),
        "FPTRLPAR" => "'('".into(),
        other => format!("'{other}'"),
    }
}

fn header_keyword(t: &Tok) -> Option<&'static str> {
    match t {
        Tok::For => Some("for"),
        Tok::If => Some("if"),
        Tok::Elif => Some("elif"),
        Tok::Else => Some("else"),
        Tok::While => Some("while"),
        Tok::Def => Some("def"),
        Tok::Cdef => Some("cdef"),
        Tok::Cpdef => Some("cpdef"),
        Tok::Class => Some("class"),
        Tok::With => Some("with"),
        Tok::Try => Some("try"),
        Tok::Except => Some("except"),
        Tok::Finally => Some("finally"),
        Tok::Ctypedef => Some("ctypedef"),
        _ => None,
    }
}

/// Turn a LALRPOP error into a diagnostic in plain words. `toks` is the
/// token stream that was parsed (for the statement's header keyword).
pub fn describe_error(
    err: &ParseError<u32, Tok, LexError>,
    toks: &[Spanned],
    src_len: u32,
    file: FileId,
) -> Diagnostic {
    let (span, found, expected): (Span, Option<&Tok>, &[String]) = match err {
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => (sp(file, *l, *r), Some(t), expected),
        ParseError::UnrecognizedEof { location, expected } => {
            (sp(file, *location, *location), None, expected)
        }
        ParseError::ExtraToken { token: (l, t, r) } => (sp(file, *l, *r), Some(t), &[]),
        ParseError::InvalidToken { location } => (sp(file, *location, *location), None, &[]),
        ParseError::User { .. } => (sp(file, src_len, src_len), None, &[]),
    };
    let exp: Vec<String> = expected
        .iter()
        .map(|e| e.trim_matches('"').replace("\\\"", "\""))
        .collect();
    let has = |s: &str| exp.iter().any(|e| e == s);
    // The first token of the logical line holding the error.
    let idx = toks.partition_point(|t| t.0 < span.start);
    let mut k = idx.min(toks.len());
    while k > 0
        && !matches!(
            toks[k - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
        )
    {
        k -= 1;
    }
    let mut header = toks.get(k).and_then(|t| header_keyword(&t.1));
    if has("INDENT") && k > 0 {
        // A missing block: the header is on the previous logical line.
        let mut j = k - 1;
        while j > 0
            && !matches!(
                toks[j - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            )
        {
            j -= 1;
        }
        header = toks.get(j).and_then(|t| header_keyword(&t.1));
    }
    let found_desc = found.map_or("end of file".to_string(), |t| t.describe());
    // At the end of a line (or block, or file) point just after the last
    // real token rather than at the line break.
    let span = match found {
        None | Some(Tok::Newline | Tok::Dedent) => {
            let prev = toks[..idx.min(toks.len())].iter().rev().find(|t| {
                !matches!(
                    t.1,
                    Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
                )
            });
            match prev {
                Some(p) => sp(file, p.2, p.2),
                None => span,
            }
        }
        Some(Tok::Indent) if span.end < src_len => sp(file, span.start, span.start + 1),
        _ => span,
    };
    let expr_expected = has("Name") && has("(") && has("Int");
    let (msg, label) = match found {
        Some(Tok::Indent) => (
            "unexpected indent".to_string(),
            "this line is indented more than the block it belongs to".to_string(),
        ),
        _ if has("INDENT") && exp.len() <= 2 => {
            let msg = match header {
                Some(h) => format!("expected an indented block after the `{h}` header"),
                None => "expected an indented block".into(),
            };
            (msg, "the block's body should start here, indented".into())
        }
        Some(Tok::Newline) | Some(Tok::Dedent) | None if has(":") => {
            let msg = match header {
                Some(h) => format!("expected ':' after the `{h}` header"),
                None => "expected ':'".into(),
            };
            (msg, "add ':' here".into())
        }
        Some(Tok::Newline) | Some(Tok::Dedent) | None if expr_expected => (
            format!("unexpected {found_desc}; expected an expression"),
            "an expression is missing here".into(),
        ),
        Some(Tok::Newline) | Some(Tok::Dedent) | None if has(")") || has("]") || has("}") => {
            let closer = if has(")") {
                "')'"
            } else if has("]") {
                "']'"
            } else {
                "'}'"
            };
            (
                format!("unexpected {found_desc}; expected {closer}"),
                format!("expected {closer} here"),
            )
        }
        _ if expr_expected => (
            format!("unexpected {found_desc}; expected an expression"),
            "expected an expression here".into(),
        ),
        _ if exp.is_empty() => (format!("unexpected {found_desc}"), "not valid here".into()),
        _ => {
            let mut words: Vec<String> = Vec::new();
            for e in expected {
                let w = pretty_expected(e);
                if !words.contains(&w) {
                    words.push(w);
                }
            }
            let list = if words.len() > 6 {
                format!("{} or ...", words[..6].join(", "))
            } else if words.len() > 1 {
                format!(
                    "{} or {}",
                    words[..words.len() - 1].join(", "),
                    words[words.len() - 1]
                )
            } else {
                words.join("")
            };
            (
                format!("unexpected {found_desc}; expected {list}"),
                "not valid here".into(),
            )
        }
    };
    Diagnostic::error(msg, span).with_label_message(label)
}

/// `for t from a OP t OP b [by s]:` as a `For` whose `iter` is a
/// `ForFrom`. The comparison must read `a < t < b` (each `<` or `<=`) or
/// `a > t > b` (each `>` or `>=`), with the loop's own target in the middle.
pub fn for_from(
    ctx: &mut Ctx,
    target: Ident,
    cmp: Expr,
    by: Option<(Ident, Expr)>,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
    span: Span,
) -> Stmt {
    let pass = Stmt {
        kind: StmtKind::Pass,
        span,
    };
    let step = match by {
        Some((kw, _)) if kw.name != "by" => {
            ctx.diags.push(
                Diagnostic::error(format!("expected 'by' or ':', got '{}'", kw.name), kw.span)
                    .with_label_message("a `for ... from` loop's step is written `by STEP`"),
            );
            return pass;
        }
        Some((_, s)) => Some(Box::new(s)),
        None => None,
    };
    let shape_err = |ctx: &mut Ctx, at: Span| {
        ctx.diags.push(
            Diagnostic::error("malformed `for ... from` loop bounds", at).with_label_message(
                format!(
                    "write `{0} from START <= {0} < STOP` or `{0} from START >= {0} > STOP`",
                    target.name
                ),
            ),
        );
    };
    let (left, ops) = match cmp.kind {
        ExprKind::Compare { left, ops } if ops.len() == 2 => (left, ops),
        _ => {
            shape_err(ctx, cmp.span);
            return pass;
        }
    };
    let mut ops = ops.into_iter();
    let (Some((op1, mid)), Some((op2, stop))) = (ops.next(), ops.next()) else {
        return pass;
    };
    let up = |o: CmpOp| matches!(o, CmpOp::Lt | CmpOp::LtE);
    let down = |o: CmpOp| matches!(o, CmpOp::Gt | CmpOp::GtE);
    let same_target = matches!(&mid.kind, ExprKind::Name(n) if *n == target.name);
    if !same_target || !((up(op1) && up(op2)) || (down(op1) && down(op2))) {
        shape_err(ctx, cmp.span);
        return pass;
    }
    // The bounds' span runs through the step.
    let iter_span = match &step {
        Some(s) => Span::new(cmp.span.file, cmp.span.start, s.span.end.max(cmp.span.end)),
        None => cmp.span,
    };
    let iter = Expr {
        kind: ExprKind::ForFrom {
            start: left,
            start_op: op1,
            stop_op: op2,
            stop: Box::new(stop),
            step,
        },
        span: iter_span,
    };
    Stmt {
        kind: StmtKind::For {
            target: Expr {
                kind: ExprKind::Name(target.name),
                span: target.span,
            },
            iter,
            body,
            orelse,
        },
        span,
    }
}

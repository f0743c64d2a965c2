//! A compact, stable text form of the AST for snapshot tests and
//! debugging: one statement per line (with its span), expressions as
//! s-expressions, types in C-like notation.

use crate::ast::*;
use std::fmt::Write;

pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    for h in &m.header_comments {
        let _ = writeln!(
            out,
            "header {:?} {}={:?} @{:?}{}",
            h.kind,
            h.name,
            h.value,
            h.span,
            if h.before_code { " before_code" } else { "" }
        );
    }
    stmts(&mut out, &m.body, 0);
    out
}

fn pad(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn stmts(out: &mut String, body: &[Stmt], depth: usize) {
    for s in body {
        stmt(out, s, depth);
    }
}

fn block(out: &mut String, label: &str, body: &[Stmt], depth: usize) {
    pad(out, depth);
    let _ = writeln!(out, "{label}:");
    stmts(out, body, depth + 1);
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map_or("_".into(), expr)
}

fn stmt(out: &mut String, s: &Stmt, d: usize) {
    pad(out, d);
    let _ = write!(out, "@{:?} ", s.span);
    match &s.kind {
        StmtKind::Expr(e) => {
            let _ = writeln!(out, "Expr {}", expr(e));
        }
        StmtKind::Assign { targets, value } => {
            let t: Vec<String> = targets.iter().map(expr).collect();
            let _ = writeln!(out, "Assign {} = {}", t.join(" = "), expr(value));
        }
        StmtKind::AugAssign { target, op, value } => {
            let _ = writeln!(
                out,
                "AugAssign {} {}= {}",
                expr(target),
                binop(*op),
                expr(value)
            );
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            let _ = writeln!(
                out,
                "AnnAssign {}: {} = {}",
                expr(target),
                expr(annotation),
                opt(value)
            );
        }
        StmtKind::Pass => out.push_str("Pass\n"),
        StmtKind::Break => out.push_str("Break\n"),
        StmtKind::Continue => out.push_str("Continue\n"),
        StmtKind::Return(e) => {
            let _ = writeln!(out, "Return {}", opt(e));
        }
        StmtKind::Raise { exc, cause } => {
            let _ = writeln!(out, "Raise {} from {}", opt(exc), opt(cause));
        }
        StmtKind::Global(n) => {
            let _ = writeln!(out, "Global {}", idents(n));
        }
        StmtKind::Nonlocal(n) => {
            let _ = writeln!(out, "Nonlocal {}", idents(n));
        }
        StmtKind::Del(v) => {
            let _ = writeln!(out, "Del {}", exprs(v));
        }
        StmtKind::Assert { test, msg } => {
            let _ = writeln!(out, "Assert {} msg={}", expr(test), opt(msg));
        }
        StmtKind::If { test, body, orelse } => {
            let _ = writeln!(out, "If {}", expr(test));
            block(out, "then", body, d + 1);
            if !orelse.is_empty() {
                block(out, "else", orelse, d + 1);
            }
        }
        StmtKind::While { test, body, orelse } => {
            let _ = writeln!(out, "While {}", expr(test));
            block(out, "body", body, d + 1);
            if !orelse.is_empty() {
                block(out, "else", orelse, d + 1);
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            let _ = writeln!(out, "For {} in {}", expr(target), expr(iter));
            block(out, "body", body, d + 1);
            if !orelse.is_empty() {
                block(out, "else", orelse, d + 1);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            out.push_str("Try\n");
            block(out, "body", body, d + 1);
            for h in handlers {
                pad(out, d + 1);
                let _ = writeln!(
                    out,
                    "@{:?} except {} as {}:",
                    h.span,
                    opt(&h.ty),
                    h.name.as_ref().map_or("_", |n| n.name.as_str())
                );
                stmts(out, &h.body, d + 2);
            }
            if !orelse.is_empty() {
                block(out, "else", orelse, d + 1);
            }
            if !finalbody.is_empty() {
                block(out, "finally", finalbody, d + 1);
            }
        }
        StmtKind::With { items, body } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", expr(&i.context), expr(t)),
                    None => expr(&i.context),
                })
                .collect();
            let _ = writeln!(out, "With {}", it.join(", "));
            block(out, "body", body, d + 1);
        }
        StmtKind::WithGil {
            release,
            condition,
            body,
        } => {
            let _ = writeln!(
                out,
                "With{} cond={}",
                if *release { "Nogil" } else { "Gil" },
                opt(condition)
            );
            block(out, "body", body, d + 1);
        }
        StmtKind::FuncDef(f) => funcdef(out, f, d),
        StmtKind::CVarDecl(c) => {
            let _ = writeln!(out, "CVarDecl{} {}", vis(&c.visibility), cvars(&c.vars));
        }
        StmtKind::Extern(x) => {
            let _ = writeln!(
                out,
                "Extern from {} @{:?}{}",
                x.header
                    .as_deref()
                    .map_or("*".to_string(), |h| format!("{h:?}")),
                x.header_span,
                if x.nogil { " nogil" } else { "" }
            );
            for it in &x.items {
                pad(out, d + 1);
                extern_item(out, it);
            }
        }
        StmtKind::CTypedef { ty, name, .. } => {
            let _ = writeln!(out, "CTypedef {} {}", ty_(ty), name.name);
        }
        StmtKind::DefConst { name, value } => {
            let _ = writeln!(out, "DEF {} = {}", name.name, expr(value));
        }
        StmtKind::CStruct(s) => struct_(out, s),
        StmtKind::CEnum(e) => enum_(out, e),
        StmtKind::Import(v) => {
            let _ = writeln!(out, "Import {}", aliases(v));
        }
        StmtKind::ImportFrom {
            module,
            level,
            names,
        } => {
            let _ = writeln!(
                out,
                "ImportFrom {}{} import {}",
                ".".repeat(*level as usize),
                module.as_ref().map_or(String::new(), |m| m.joined()),
                if names.is_empty() {
                    "*".into()
                } else {
                    aliases(names)
                }
            );
        }
        StmtKind::CImport(v) => {
            let _ = writeln!(out, "CImport {}", aliases(v));
        }
        StmtKind::CImportFrom {
            module,
            level,
            names,
        } => {
            let _ = writeln!(
                out,
                "CImportFrom {}{} cimport {}",
                ".".repeat(*level as usize),
                module.joined(),
                if names.is_empty() {
                    "*".into()
                } else {
                    aliases(names)
                }
            );
        }
        StmtKind::ClassDef {
            name,
            bases,
            body,
            decorators,
        } => {
            let _ = writeln!(
                out,
                "ClassDef {} bases=({}) decorators=[{}]",
                name.name,
                args(bases),
                exprs(decorators)
            );
            block(out, "body", body, d + 1);
        }
    }
}

fn vis(v: &[Ident]) -> String {
    if v.is_empty() {
        String::new()
    } else {
        format!(" [{}]", idents(v))
    }
}

fn funcdef(out: &mut String, f: &FuncDef, d: usize) {
    let mut flags = Vec::new();
    if f.nogil {
        flags.push("nogil".to_string());
    }
    if f.with_gil {
        flags.push("with_gil".into());
    }
    if f.inline {
        flags.push("inline".into());
    }
    match &f.except {
        ExceptSpec::Default => {}
        ExceptSpec::NoExcept => flags.push("noexcept".into()),
        ExceptSpec::Value { value, check } => flags.push(format!(
            "except{} {}",
            if *check { "?" } else { "" },
            expr(value)
        )),
        ExceptSpec::Star => flags.push("except *".into()),
        ExceptSpec::Plus => flags.push("except +".into()),
    }
    let _ = writeln!(
        out,
        "FuncDef {:?}{} {} ret={} returns={} ({}) sig@{:?}{}{}",
        f.kind,
        vis(&f.modifiers),
        f.name.name,
        f.ret.as_ref().map_or("_".into(), ty_),
        opt(&f.returns),
        params(&f.params),
        f.sig_span,
        if flags.is_empty() {
            String::new()
        } else {
            format!(" {}", flags.join(" "))
        },
        if f.decorators.is_empty() {
            String::new()
        } else {
            format!(" decorators=[{}]", exprs(&f.decorators))
        }
    );
    stmts(out, &f.body, d + 1);
}

fn struct_(out: &mut String, s: &StructDecl) {
    let _ = writeln!(
        out,
        "Struct {:?} {}{} @{:?} fields={}",
        s.kind,
        s.name.name,
        if s.typedef { " typedef" } else { "" },
        s.span,
        s.fields
            .as_ref()
            .map_or("none".into(), |f| format!("[{}]", cvars(f)))
    );
}

fn enum_(out: &mut String, e: &EnumDecl) {
    let vals: Vec<String> = e
        .values
        .iter()
        .map(|(n, v)| match v {
            Some(v) => format!("{}={}", n.name, expr(v)),
            None => n.name.clone(),
        })
        .collect();
    let _ = writeln!(
        out,
        "Enum {}{}{} @{:?} [{}]",
        e.name.as_ref().map_or("_", |n| n.name.as_str()),
        if e.typedef { " typedef" } else { "" },
        if e.cpdef { " cpdef" } else { "" },
        e.span,
        vals.join(", ")
    );
}

fn cvar(v: &CVar) -> String {
    match &v.value {
        Some(e) => format!("{}: {} = {}", v.name.name, ty_(&v.ty), expr(e)),
        None => format!("{}: {}", v.name.name, ty_(&v.ty)),
    }
}

fn cvars(v: &[CVar]) -> String {
    v.iter().map(cvar).collect::<Vec<_>>().join(", ")
}

fn idents(v: &[Ident]) -> String {
    v.iter()
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn aliases(v: &[ImportAlias]) -> String {
    v.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}", a.name.joined(), n.name),
            None => a.name.joined(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn exprs(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn params(ps: &[Param]) -> String {
    ps.iter().map(param).collect::<Vec<_>>().join(", ")
}

fn param(p: &Param) -> String {
    let mut s = match p.kind {
        ParamKind::Normal => String::new(),
        ParamKind::KeywordOnly => "kwonly ".into(),
        ParamKind::VarArgs => "*".into(),
        ParamKind::KwArgs => "**".into(),
    };
    if let Some(t) = &p.ty {
        s.push_str(&ty_(t));
        s.push(' ');
    }
    match &p.name {
        Some(n) => s.push_str(&n.name),
        None => s.push('_'),
    }
    if let Some(a) = &p.annotation {
        let _ = write!(s, ": {}", expr(a));
    }
    if p.not_none {
        s.push_str(" not None");
    }
    if p.or_none {
        s.push_str(" or None");
    }
    if let Some(d) = &p.default {
        let _ = write!(s, " = {}", expr(d));
    }
    s
}

pub fn ty_(t: &TypeExpr) -> String {
    match &t.kind {
        TypeKind::Name(parts) => parts
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("."),
        TypeKind::Pointer(b) => format!("{}*", ty_(b)),
        TypeKind::Tuple(items) => {
            format!("({})", items.iter().map(ty_).collect::<Vec<_>>().join(", "))
        }
        TypeKind::Const(b) => format!("const {}", ty_(b)),
        TypeKind::MemoryView { base, axes } => {
            let a: Vec<String> = axes
                .iter()
                .map(|a| {
                    let mut s = String::new();
                    if let Some(x) = &a.start {
                        s.push_str(&expr(x));
                    }
                    s.push(':');
                    if let Some(x) = &a.stop {
                        s.push_str(&expr(x));
                    }
                    if let Some(x) = &a.step {
                        s.push(':');
                        s.push_str(&expr(x));
                    }
                    s
                })
                .collect();
            format!("{}[{}]", ty_(base), a.join(", "))
        }
        TypeKind::Buffer { base, args: a } => format!("{}[buffer {}]", ty_(base), args(a)),
        TypeKind::Array { .. } => {
            // C order: `int a[3][4]` is an array of 3 arrays of 4.
            let mut dims = String::new();
            let mut t = t;
            while let TypeKind::Array { base, size } = &t.kind {
                let _ = write!(
                    dims,
                    "[{}]",
                    size.as_ref().map_or(String::new(), |s| expr(s))
                );
                t = base;
            }
            format!("{}{dims}", ty_(t))
        }
        TypeKind::Function {
            ret,
            params: ps,
            nogil,
            except,
        } => format!(
            "(fn {} ({}){}{})",
            ty_(ret),
            params(ps),
            if *nogil { " nogil" } else { "" },
            match except.as_ref() {
                ExceptSpec::Default => String::new(),
                e => format!(" {e:?}"),
            }
        ),
    }
}

fn args(v: &[Arg]) -> String {
    v.iter()
        .map(|a| match &a.kind {
            ArgKind::Positional => expr(&a.value),
            ArgKind::Keyword(n) => format!("{}={}", n.name, expr(&a.value)),
            ArgKind::Star => format!("*{}", expr(&a.value)),
            ArgKind::DoubleStar => format!("**{}", expr(&a.value)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn comps(gs: &[Comprehension]) -> String {
    gs.iter()
        .map(|g| {
            let mut s = format!("(for {} in {}", expr(&g.target), expr(&g.iter));
            for i in &g.ifs {
                let _ = write!(s, " if {}", expr(i));
            }
            s.push(')');
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Value {
                value,
                conversion,
                spec,
                debug_text,
            } => {
                let mut s = format!("{{{}", expr(value));
                if let Some(d) = debug_text {
                    let _ = write!(s, " debug={d:?}");
                }
                if let Some(c) = conversion {
                    let _ = write!(s, " !{c}");
                }
                if !spec.is_empty() {
                    let _ = write!(s, " :{}", fparts(spec));
                }
                s.push('}');
                s
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int {
            digits,
            radix,
            suffix,
        } => {
            let prefix = match radix {
                16 => "0x",
                8 => "0o",
                2 => "0b",
                _ => "",
            };
            format!("{prefix}{digits}{suffix}")
        }
        ExprKind::Float { text, imaginary } => {
            format!("{text}{}", if *imaginary { "j" } else { "" })
        }
        ExprKind::Str {
            value,
            bytes,
            c_char,
        } => format!(
            "{}{}{value:?}",
            if *bytes { "b" } else { "" },
            if *c_char { "c" } else { "" }
        ),
        ExprKind::Bytes(b) => format!("(bytes {b:?})"),
        ExprKind::FString(p) => format!("(f {})", fparts(p)),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Hidden(n) => format!("(hidden {n})"),
        ExprKind::Attribute { value, attr } => format!("(. {} {})", expr(value), attr.name),
        ExprKind::Call { func, args: a } => {
            if a.is_empty() {
                format!("(call {})", expr(func))
            } else {
                format!("(call {} {})", expr(func), args(a))
            }
        }
        ExprKind::Subscript { value, index } => format!("(idx {} {})", expr(value), expr(index)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".into(), |x| expr(x));
            format!("(slice {} {} {})", o(lower), o(upper), o(step))
        }
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", binop(*op), expr(left), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Not => "not",
                UnaryOp::Invert => "~",
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
            };
            format!("({o} {})", expr(operand))
        }
        ExprKind::BoolOp { op, values } => format!(
            "({} {})",
            if *op == BoolOp::And { "and" } else { "or" },
            exprs(values)
        ),
        ExprKind::Compare { left, ops } => {
            let mut s = format!("(cmp {}", expr(left));
            for (o, r) in ops {
                let _ = write!(s, " {} {}", cmpop(*o), expr(r));
            }
            s.push(')');
            s
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", expr(test), expr(body), expr(orelse))
        }
        ExprKind::Lambda { params: ps, body } => {
            format!("(lambda ({}) {})", params(ps), expr(body))
        }
        ExprKind::Tuple(v) => format!("(tuple {})", exprs(v)),
        ExprKind::List(v) => format!("(list {})", exprs(v)),
        ExprKind::Set(v) => format!("(set {})", exprs(v)),
        ExprKind::Dict(v) => {
            let items: Vec<String> = v
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", expr(k), expr(v)),
                    None => format!("**{}", expr(v)),
                })
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", expr(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", expr(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "(dictcomp {}:{} {})",
            expr(key),
            expr(value),
            comps(generators)
        ),
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", expr(elt), comps(generators))
        }
        ExprKind::Starred(x) => format!("(* {})", expr(x)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.name, expr(value)),
        ExprKind::Cast {
            ty,
            operand,
            checked,
        } => format!(
            "(cast{} <{}> {})",
            if *checked { "?" } else { "" },
            ty_(ty),
            expr(operand)
        ),
        ExprKind::AddressOf(x) => format!("(& {})", expr(x)),
        ExprKind::SizeOf(a) => match a.as_ref() {
            SizeOfArg::Type(t) => format!("(sizeof type {})", ty_(t)),
            SizeOfArg::Expr(x) => format!("(sizeof {})", expr(x)),
        },
        ExprKind::Yield(x) => match x {
            Some(x) => format!("(yield {})", expr(x)),
            None => "(yield)".into(),
        },
        ExprKind::ForFrom {
            start,
            start_op,
            stop_op,
            stop,
            step,
        } => {
            let by = step
                .as_ref()
                .map(|s| format!(" by {}", expr(s)))
                .unwrap_or_default();
            format!(
                "(from {} {} _ {} {}{by})",
                expr(start),
                cmpop(*start_op),
                cmpop(*stop_op),
                expr(stop)
            )
        }
    }
}

fn extern_item(out: &mut String, it: &ExternItem) {
    match it {
        ExternItem::Func(f) => funcdef(out, f, 0),
        ExternItem::Var(v) => {
            let _ = writeln!(out, "Var {}", cvar(v));
        }
        ExternItem::Typedef { ty, name } => {
            let _ = writeln!(out, "Typedef {} {}", ty_(ty), name.name);
        }
        ExternItem::Struct(s) => struct_(out, s),
        ExternItem::Enum(e) => enum_(out, e),
        ExternItem::Pass => out.push_str("Pass\n"),
        ExternItem::Verbatim(code) => {
            let _ = writeln!(out, "Verbatim {code:?}");
        }
        ExternItem::Renamed { item, c_name } => {
            let _ = write!(out, "C name {c_name:?}: ");
            extern_item(out, item);
        }
    }
}

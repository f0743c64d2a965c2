//! Cython's safe type inference for untyped locals, as far as it changes
//! results or speed: a local whose every assignment is a C floating-point or
//! integer value, with at least one floating-point one, is a C `double` (so
//! `s = 0; s += view[i]` returns `0.0` on an empty loop, as under Cython);
//! one whose assignments (and `range()` loops) are all C integers is the
//! widest of them, unless Cython's overflow rule keeps it an object: a name
//! read directly under arithmetic that could overflow (`n * 2`, `-n`,
//! `abs(n)`, `n += 1`; index and call arguments reset the rule), so C
//! integers never change a result. A local assigned only C pointers (or
//! memoryviews, or structs) of one type is that type. Every other untyped
//! local stays an object.

use crate::body_checker::BodyChecker;
use crate::tir::VarId;
use crate::types::{FloatKind, IntKind, Type};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet};

/// How one assignment sets a candidate.
enum Source<'a> {
    Value(&'a ast::Expr),
    Aug(ast::BinOp, &'a ast::Expr),
    /// The target of `for name in range(args)`.
    Range(&'a ast::Expr, &'a [ast::Arg]),
}

#[derive(Default)]
struct Scan<'a> {
    sources: BTreeMap<String, Vec<Source<'a>>>,
    /// Names bound some other way (loops, unpacking, with, except, import,
    /// del, annotations, walrus): never inferred.
    other: BTreeSet<String>,
    /// Names read where Cython's `MarkOverflowingArithmetic` flags them.
    overflow: BTreeSet<String>,
}

impl<'a> Scan<'a> {
    fn names_in(&mut self, t: &ast::Expr) {
        match &t.kind {
            ExprKind::Name(n) => {
                self.other.insert(n.clone());
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.names_in(i))
            }
            ExprKind::Starred(i) => self.names_in(i),
            _ => {}
        }
    }

    fn stmts(&mut self, body: &'a [ast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// Cython's overflow marking: `danger` holds under arithmetic that can
    /// overflow a C integer; most other expressions reset it for their
    /// operands, plain calls and `not`/`~`/`+` pass it through.
    fn mark(&mut self, e: &ast::Expr, danger: bool) {
        use ast::BinOp as B;
        let display = |e: &ast::Expr| matches!(e.kind, ExprKind::List(_) | ExprKind::Tuple(_));
        match &e.kind {
            ExprKind::Name(n) => {
                if danger {
                    self.overflow.insert(n.clone());
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.other.insert(target.name.clone());
                self.mark(value, false);
            }
            // `[x] * n` is a display repeated n times, not arithmetic.
            ExprKind::BinOp {
                left,
                op: B::Mult,
                right,
            } if display(left) || display(right) => {
                self.mark(left, false);
                self.mark(right, false);
            }
            ExprKind::BinOp { left, op, right } => {
                let d = !matches!(op, B::BitAnd | B::BitOr | B::BitXor) || danger;
                self.mark(left, d);
                self.mark(right, d);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.mark(operand, danger || *op == ast::UnaryOp::Neg)
            }
            ExprKind::Call { func, args }
                if args.iter().all(|a| a.kind == ast::ArgKind::Positional) =>
            {
                let abs = matches!(&func.kind, ExprKind::Name(f) if f == "abs");
                self.mark(func, danger);
                for a in args {
                    self.mark(&a.value, danger || abs);
                }
            }
            _ => e.for_each_child(&mut |c| self.mark(c, false)),
        }
    }

    fn stmt_exprs(&mut self, s: &'a ast::Stmt) {
        let mut safe = |e: &ast::Expr| self.mark(e, false);
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => safe(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(&mut safe);
                safe(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.mark(target, true);
                self.mark(value, true);
            }
            StmtKind::AnnAssign { value, .. } => value.iter().for_each(safe),
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(safe),
            StmtKind::Del(targets) => targets.iter().for_each(safe),
            StmtKind::Assert { test, msg } => {
                safe(test);
                msg.iter().for_each(safe);
            }
            StmtKind::If { test, .. } | StmtKind::While { test, .. } => safe(test),
            StmtKind::For { target, iter, .. } => {
                safe(target);
                safe(iter);
            }
            StmtKind::Try { handlers, .. } => {
                handlers.iter().filter_map(|h| h.ty.as_ref()).for_each(safe)
            }
            StmtKind::With { items, .. } => {
                for it in items {
                    safe(&it.context);
                    it.target.iter().for_each(&mut safe);
                }
            }
            StmtKind::WithGil { condition, .. } => condition.iter().for_each(safe),
            StmtKind::CVarDecl(d) => d
                .vars
                .iter()
                .filter_map(|v| v.value.as_ref())
                .for_each(safe),
            _ => {}
        }
    }

    fn stmt(&mut self, s: &'a ast::Stmt) {
        self.stmt_exprs(s);
        match &s.kind {
            StmtKind::Assign { targets, value } => match &targets[..] {
                [ast::Expr {
                    kind: ExprKind::Name(n),
                    ..
                }] => self
                    .sources
                    .entry(n.clone())
                    .or_default()
                    .push(Source::Value(value)),
                _ => targets.iter().for_each(|t| self.names_in(t)),
            },
            StmtKind::AugAssign { target, op, value } => {
                if let ExprKind::Name(n) = &target.kind {
                    self.sources
                        .entry(n.clone())
                        .or_default()
                        .push(Source::Aug(*op, value));
                }
            }
            StmtKind::AnnAssign { target, .. } => self.names_in(target),
            StmtKind::Del(targets) => targets.iter().for_each(|t| self.names_in(t)),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                match (&target.kind, &iter.kind) {
                    (ExprKind::Name(n), ExprKind::Call { func, args }) if matches!(&func.kind, ExprKind::Name(f) if f == "range") => {
                        self.sources
                            .entry(n.clone())
                            .or_default()
                            .push(Source::Range(func, args))
                    }
                    _ => self.names_in(target),
                }
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.other.insert(n.name.clone());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    if let Some(t) = &it.target {
                        self.names_in(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::WithGil { body, .. } => self.stmts(body),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.other.insert(a.import_binds());
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.other.insert(a.from_import_binds());
                }
            }
            StmtKind::FuncDef(f) => {
                self.other.insert(f.name.name.clone());
            }
            _ => {}
        }
    }
}

/// A C number a double can hold the way Cython spans types (a bint
/// beside a double stays an object under Cython).
fn is_c_number(t: &Type) -> bool {
    matches!(t.strip_const(), Type::Int(_) | Type::Float(_))
}

/// An unsuffixed integer literal, maybe negated: Cython types it `long`.
fn is_plain_int_literal(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Int { suffix, .. } => suffix.is_empty(),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::Neg | ast::UnaryOp::Pos,
            operand,
        } => is_plain_int_literal(operand),
        _ => false,
    }
}

/// The wider of two C integer types, by Cython's ranks (`Py_ssize_t` and
/// `size_t` outrank `long`).
fn span_int(a: IntKind, b: IntKind) -> IntKind {
    if a == b {
        return a;
    }
    match crate::coerce::promote(&Type::Int(a), &Type::Int(b)) {
        Type::Int(k) => k,
        _ => a,
    }
}

/// What a candidate is inferred to be.
#[derive(Clone, PartialEq)]
enum Guess {
    Double,
    Int(IntKind),
    /// A pointer, memoryview or struct type.
    Ptr(Type),
    Object,
}

impl Guess {
    fn ty(&self) -> Type {
        match self {
            Guess::Double => Type::Float(FloatKind::Double),
            Guess::Int(k) => Type::Int(*k),
            Guess::Ptr(p) => p.clone(),
            Guess::Object => Type::object(),
        }
    }
}

impl BodyChecker<'_, '_> {
    /// The type of one assigned value (a literal int is a `long`).
    fn value_type(&mut self, e: &ast::Expr) -> Option<Type> {
        let t = self.type_query(e)?;
        Some(match t {
            Type::Int(IntKind::Int) if is_plain_int_literal(e) => Type::Int(IntKind::Long),
            t => t,
        })
    }

    /// The types of a candidate's assignments.
    fn source_types(&mut self, name: &str, sources: &[Source]) -> Vec<Option<Type>> {
        let mut types = Vec::new();
        for s in sources {
            let t = match s {
                Source::Value(e) => self.value_type(e),
                Source::Aug(op, e) => {
                    let synth = ast::Expr {
                        kind: ExprKind::BinOp {
                            left: Box::new(ast::Expr {
                                kind: ExprKind::Name(name.to_string()),
                                span: e.span,
                            }),
                            op: *op,
                            right: Box::new((*e).clone()),
                        },
                        span: e.span,
                    };
                    self.type_query(&synth)
                }
                // The loop target spans the bounds, when they are C integers
                // and `range` is the builtin.
                Source::Range(func, args) => {
                    let builtin =
                        matches!(&func.kind, ExprKind::Name(f) if self.is_builtin_name(f));
                    let mut span: Option<Type> = None;
                    let ok = builtin
                        && (1..=3).contains(&args.len())
                        && args.iter().all(|a| a.kind == ast::ArgKind::Positional);
                    if ok {
                        for a in args.iter() {
                            match self.value_type(&a.value) {
                                Some(t @ Type::Int(_)) => {
                                    span = Some(match span {
                                        Some(s) => crate::coerce::promote(&s, &t),
                                        None => t,
                                    })
                                }
                                _ => {
                                    span = None;
                                    break;
                                }
                            }
                        }
                    }
                    span
                }
            };
            types.push(t);
        }
        types
    }

    /// One candidate's guess, given the others' current guesses.
    fn guess(&mut self, v: VarId, sources: &[Source], may_overflow: bool) -> Guess {
        let name = self.vars[v.0 as usize].name.clone();
        // A float must come from the values themselves, not from the
        // candidate's own optimistic type (`n = 0; n += 1` is an int).
        // Whether it can be a double is judged with itself a double.
        let own = std::mem::replace(&mut self.vars[v.0 as usize].ty, Type::Int(IntKind::Long));
        let float_free = self.source_types(&name, sources);
        self.vars[v.0 as usize].ty = Type::double();
        let types = self.source_types(&name, sources);
        self.vars[v.0 as usize].ty = own;
        let all_numeric = types.iter().all(|t| t.as_ref().is_some_and(is_c_number));
        let any_float = float_free
            .iter()
            .any(|t| matches!(t.as_ref().map(|t| t.strip_const()), Some(Type::Float(_))));
        // A `range()` loop target is never a double.
        let ranged = sources.iter().any(|s| matches!(s, Source::Range(..)));
        if all_numeric && any_float && !ranged {
            return Guess::Double;
        }
        if !may_overflow {
            let mut span: Option<IntKind> = None;
            for t in &float_free {
                match t.as_ref().map(|t| t.strip_const()) {
                    Some(Type::Int(k)) => span = Some(span.map_or(*k, |s| span_int(s, *k))),
                    _ => {
                        span = None;
                        break;
                    }
                }
            }
            if let Some(k) = span {
                return Guess::Int(k);
            }
        }
        // A pointer, memoryview or struct: every assignment that type, with
        // itself one.
        let Some(Some(p @ (Type::Ptr(_) | Type::MemView(_) | Type::Struct(_)))) =
            types.first().cloned()
        else {
            return Guess::Object;
        };
        let own = std::mem::replace(&mut self.vars[v.0 as usize].ty, p.clone());
        let types = self.source_types(&name, sources);
        self.vars[v.0 as usize].ty = own;
        if types.iter().all(|x| x.as_ref() == Some(&p)) {
            Guess::Ptr(p)
        } else {
            Guess::Object
        }
    }

    /// Gives the inferred C types to the untyped locals of `body` (after
    /// `declare_locals` and `make_cells`).
    pub(crate) fn infer_locals(&mut self, body: &[ast::Stmt]) {
        let mut scan = Scan::default();
        scan.stmts(body);
        // `infer_types=True` is Cython's aggressive mode: overflow is the
        // user's concern.
        let aggressive = self.dirs.infer_types == Some(true);
        let mut cands: Vec<(VarId, Vec<Source>, bool)> = Vec::new();
        for (name, sources) in std::mem::take(&mut scan.sources) {
            if scan.other.contains(&name) || self.unbindable_name(&name) {
                continue;
            }
            let Some(&v) = self.names.get(&name) else {
                continue;
            };
            let var = &self.vars[v.0 as usize];
            if var.param.is_some() || var.ty != Type::object() {
                continue;
            }
            let may_overflow = !aggressive && scan.overflow.contains(&name);
            cands.push((v, sources, may_overflow));
        }
        if cands.is_empty() {
            return;
        }
        // Optimistic start: every candidate a double; revise until stable.
        let mut guesses: Vec<Guess> = vec![Guess::Double; cands.len()];
        let mut stable = false;
        for _ in 0..16 {
            for ((v, _, _), g) in cands.iter().zip(&guesses) {
                self.vars[v.0 as usize].ty = g.ty();
            }
            let mut changed = false;
            for i in 0..cands.len() {
                let (v, sources, may_overflow) = &cands[i];
                let g = self.guess(*v, sources, *may_overflow);
                if g != guesses[i] {
                    guesses[i] = g;
                    changed = true;
                }
            }
            if !changed {
                stable = true;
                break;
            }
        }
        for ((v, _, _), g) in cands.iter().zip(&guesses) {
            // Guesses that never settled could disagree with each other.
            self.vars[v.0 as usize].ty = if stable { g.ty() } else { Type::object() };
        }
    }
}

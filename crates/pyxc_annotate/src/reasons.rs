//! Why a line talks to Python, read off the typed tree.
//!
//! Sema has already decided every operation: a `PyBinary` is the generic
//! number protocol, a `Coerce { ToObject }` boxes a C value, an `MvElement`
//! whose checks say `boundscheck` keeps its bounds test. This walk turns
//! each such node into a sentence on the node's own line, so the reasons
//! never come from guessing at the C. A reason of weight 0 is a note (pure
//! C, but worth knowing); any other weight means the line needs the
//! interpreter.

use crate::describe::{bounds_of, describe, object_noun};
use crate::source::Source;
use pyxc_tir::tir::*;
use pyxc_tir::types::{ObjKind, Type};

/// One reason on one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub line: u32,
    /// 0: a note; otherwise how much interpreter work it stands for.
    pub weight: u32,
    /// A short machine-readable category (`"boxing"`, `"python-op"`, ...).
    pub kind: &'static str,
    pub text: String,
}

/// Where a line sits: its function and whether a loop encloses it.
#[derive(Clone, Debug, Default)]
pub struct LineFacts {
    pub function: Option<String>,
    pub in_loop: bool,
}

/// The reasons of a module, and each line's function and loop nesting.
pub struct Found {
    pub reasons: Vec<Reason>,
    pub facts: std::collections::BTreeMap<u32, LineFacts>,
}

pub fn collect(module: &TModule, src: &Source) -> Found {
    let mut w = Walker {
        src,
        module,
        func: &module.init,
        loops: 0,
        found: Found {
            reasons: vec![],
            facts: Default::default(),
        },
    };
    for f in &module.functions {
        w.function(f);
    }
    w.func = &module.init;
    w.block(&module.init.body);
    w.found
}

struct Walker<'a> {
    src: &'a Source<'a>,
    module: &'a TModule,
    func: &'a TFunction,
    loops: u32,
    found: Found,
}

impl<'a> Walker<'a> {
    fn function(&mut self, f: &'a TFunction) {
        self.func = f;
        self.loops = 0;
        if matches!(f.kind, FuncKind::Def | FuncKind::Cpdef) {
            self.def_line(f);
        }
        self.block(&f.body);
    }

    fn display_name(&self) -> String {
        match &self.func.closure {
            Some(c) => c.py_name.clone(),
            None if self.func.kind == FuncKind::ModuleInit => "<module>".into(),
            None => self.func.name.clone(),
        }
    }

    fn touch(&mut self, line: u32) {
        let function = Some(self.display_name());
        let in_loop = self.loops > 0;
        let facts = self.found.facts.entry(line).or_default();
        if facts.function.is_none() {
            facts.function = function;
        }
        facts.in_loop |= in_loop;
    }

    fn say(&mut self, line: u32, weight: u32, kind: &'static str, text: String) {
        if line == 0 {
            return;
        }
        self.touch(line);
        let r = Reason {
            line,
            weight,
            kind,
            text,
        };
        if !self.found.reasons.contains(&r) {
            self.found.reasons.push(r);
        }
    }

    /// The argument conversions a Python call of `f` makes.
    fn def_line(&mut self, f: &TFunction) {
        let line = f.line;
        self.touch(line);
        self.say(
            line,
            1,
            "call",
            "called from Python: the arguments are parsed from a Python call".into(),
        );
        for p in &f.params {
            let v = &f.vars[p.var.0 as usize];
            let text = match &v.ty {
                Type::Object(ObjKind::Any) => format!(
                    "argument `{}` is untyped: a Python object, so every use of it goes \
                     through the interpreter (give it a C type)",
                    v.name
                ),
                Type::Object(_) => format!(
                    "argument `{}` is type-checked as {} on each call",
                    v.name,
                    object_noun(&v.ty)
                ),
                Type::MemView(_) | Type::Buffer(_) => format!(
                    "argument `{}` acquires a buffer of type `{}` on each call",
                    v.name, v.ty
                ),
                t => format!(
                    "argument `{}` is converted from a Python object to C `{t}` on each call",
                    v.name
                ),
            };
            self.say(line, 1, "argument", text);
        }
    }

    fn block(&mut self, body: &'a [TStmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn looped(&mut self, body: &'a [TStmt]) {
        self.loops += 1;
        self.block(body);
        self.loops -= 1;
    }

    fn stmt(&mut self, s: &'a TStmt) {
        self.touch(s.line);
        match &s.kind {
            TStmtKind::ArrayFill { array, value, .. } => {
                self.expr(array);
                self.expr(value);
            }
            TStmtKind::Expr(e) => self.expr(e),
            TStmtKind::Assign { target, value } => self.assign(s.line, target, value),
            TStmtKind::Unpack { targets, value, .. } => {
                self.say(
                    s.line,
                    2,
                    "python-op",
                    "tuple unpacking of a Python object (iterator protocol)".into(),
                );
                targets.iter().for_each(|t| self.lvalue(s.line, t));
                self.expr(value);
            }
            TStmtKind::If { test, body, orelse } if is_range_fallback(test) => {
                // `range()` over a Python-object bound: the C loop runs when
                // the bound fits a C integer, Python's own `range` only when
                // it does not; the line is what the C loop costs.
                self.expr(test);
                self.block(body);
                self.say(
                    s.line,
                    0,
                    "note",
                    "when the bound does not fit a C integer, the loop runs over Python's \
                     own `range` instead"
                        .into(),
                );
                let _ = orelse;
            }
            TStmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            TStmtKind::While { test, body, orelse } => {
                self.loops += 1;
                self.expr(test);
                self.loops -= 1;
                self.looped(body);
                self.block(orelse);
            }
            TStmtKind::ForRange { .. } => self.for_range(s),
            TStmtKind::ForIter {
                target,
                iter,
                item,
                body,
                orelse,
            } => {
                self.say(
                    s.line,
                    3,
                    "python-op",
                    format!(
                        "`for` over a Python object: `{}` is iterated by the iterator \
                         protocol, each item a Python object",
                        self.src.snippet(iter.span)
                    ),
                );
                self.expr(iter);
                self.loops += 1;
                self.lvalue(s.line, target);
                self.expr(item);
                self.loops -= 1;
                self.looped(body);
                self.block(orelse);
            }
            TStmtKind::Break | TStmtKind::Continue | TStmtKind::Pass => {}
            TStmtKind::Return(v) => v.iter().for_each(|e| self.expr(e)),
            TStmtKind::Raise { exc, cause } => {
                self.say(s.line, 2, "exception", "raises a Python exception".into());
                exc.iter().chain(cause).for_each(|e| self.expr(e));
            }
            TStmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.say(
                    s.line,
                    1,
                    "exception",
                    "`try` saves and restores the exception state".into(),
                );
                self.block(body);
                for h in handlers {
                    self.say(
                        h.line,
                        2,
                        "exception",
                        "`except` matches the exception by its Python type".into(),
                    );
                    h.ty.iter().for_each(|e| self.expr(e));
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            TStmtKind::WithGil { release, body } => {
                if !release {
                    self.say(s.line, 2, "gil", "acquires the GIL".into());
                }
                self.block(body);
            }
            TStmtKind::ParallelBlock { num_threads, body } => {
                num_threads.iter().for_each(|e| self.expr(e));
                self.block(body);
            }
            TStmtKind::With {
                context,
                target,
                body,
            } => {
                self.say(
                    s.line,
                    3,
                    "python-op",
                    "`with` calls the context manager's `__enter__` and `__exit__`".into(),
                );
                self.expr(context);
                target.iter().for_each(|t| self.lvalue(s.line, t));
                self.block(body);
            }
            TStmtKind::Assert { test, msg } => {
                self.expr(test);
                msg.iter().for_each(|e| self.expr(e));
            }
            TStmtKind::Del(t) => {
                self.say(
                    s.line,
                    2,
                    "python-op",
                    "`del` of a Python name or item".into(),
                );
                self.lvalue(s.line, t);
            }
            TStmtKind::BindFunction { name, .. } => self.say(
                s.line,
                0,
                "note",
                format!(
                    "at import, the function object `{name}` is made and bound as a module global"
                ),
            ),
            TStmtKind::Import { target, value } => {
                self.lvalue(s.line, target);
                self.expr(value);
            }
        }
    }

    fn for_range(&mut self, s: &'a TStmt) {
        let TStmtKind::ForRange {
            var,
            start,
            stop,
            step,
            body,
            orelse,
            fast,
            parallel,
            ..
        } = &s.kind
        else {
            return;
        };
        for e in [start, stop, step] {
            self.expr(e);
        }
        self.lvalue(s.line, var);
        if let Some(p) = parallel {
            p.num_threads.iter().for_each(|e| self.expr(e));
            self.say(
                s.line,
                0,
                "note",
                "`prange`: the iterations are shared among OpenMP threads".into(),
            );
        }
        match fast {
            Some(fast) => {
                self.say(
                    s.line,
                    0,
                    "note",
                    "loop versioned: its memoryview indices are proven in bounds before \
                     the loop, so the body runs without bounds checks (the checked copy \
                     runs only when the proof fails)"
                        .into(),
                );
                self.expr(&fast.guard);
                self.looped(&fast.body);
            }
            None => self.looped(body),
        }
        self.block(orelse);
    }

    fn assign(&mut self, line: u32, target: &'a LValue, value: &'a TExpr) {
        if let LValue::Local(v) = target {
            self.untyped_local(line, *v, value);
        }
        self.lvalue(line, target);
        self.expr(value);
    }

    /// An untyped local holding a Python object where a C type would do.
    fn untyped_local(&mut self, line: u32, v: VarId, value: &TExpr) {
        let var = &self.func.vars[v.0 as usize];
        if var.param.is_some() || var.hidden {
            return;
        }
        if !matches!(var.ty, Type::Object(ObjKind::Any)) {
            return;
        }
        let hint = match &value.kind {
            TExprKind::Coerce {
                kind: Coercion::ToObject,
                operand,
            } if !operand.ty.is_object() => format!(": declare `cdef {} {}`", operand.ty, var.name),
            _ => ": declare its C type with `cdef`".into(),
        };
        self.say(
            line,
            1,
            "untyped",
            format!("`{}` is a Python object{hint}", var.name),
        );
    }

    fn lvalue(&mut self, line: u32, t: &'a LValue) {
        let text = match t {
            LValue::Local(_) | LValue::CGlobal(_) => return,
            LValue::Global(name) => {
                format!("assigns the module global `{name}` (a dictionary store)")
            }
            LValue::MvElement(ix) => {
                self.index(ix);
                if let Some((weight, kind, text)) = bounds_of(ix, self.src) {
                    self.say(line, weight, kind, text);
                }
                return;
            }
            LValue::MvAll(view) => {
                self.expr(view);
                return;
            }
            LValue::PtrIndex { ptr, index } => {
                self.expr(ptr);
                self.expr(index);
                return;
            }
            LValue::Field { base, .. } => return self.lvalue(line, base),
            LValue::PyItem { obj, index } | LValue::PyItemInt { obj, index, .. } => {
                self.expr(obj);
                self.expr(index);
                format!(
                    "item assignment `{}[...] = ` on a Python {}",
                    self.src.snippet(obj.span),
                    object_noun(&obj.ty)
                )
            }
            LValue::PyAttr { obj, attr } => {
                self.expr(obj);
                format!("sets the attribute `.{attr}` of a Python object")
            }
            LValue::Cell { name, .. } | LValue::FreeCell { name, .. } => {
                format!("`{name}` lives in a closure cell (a Python object)")
            }
        };
        self.say(line, 2, "python-op", text);
    }

    fn index(&mut self, ix: &'a MvIndex) {
        self.expr(&ix.view);
        ix.indices.iter().for_each(|e| self.expr(e));
    }

    fn expr(&mut self, e: &'a TExpr) {
        let mut said = vec![];
        visit_expr(e, &mut |x| {
            if let Some(s) = describe(self.src, self.module, x) {
                said.push((self.src.line(x.span), s));
            }
            // `visit_expr` does not enter an lvalue under `&`.
            if let TExprKind::AddressOf(lv) = &x.kind {
                if let LValue::MvElement(ix) = &**lv {
                    said.extend(bounds_of(ix, self.src).map(|s| (self.src.line(x.span), s)));
                }
            }
        });
        for (line, (weight, kind, text)) in said {
            self.say(line, weight, kind, text);
        }
    }
}

/// What an object type is called in a sentence.
/// The test sema puts before the C loop of a `range()` whose bound is a
/// Python object.
fn is_range_fallback(test: &TExpr) -> bool {
    matches!(
        &test.kind,
        TExprKind::BuiltinCall {
            which: Builtin::FitsSsize,
            ..
        }
    )
}

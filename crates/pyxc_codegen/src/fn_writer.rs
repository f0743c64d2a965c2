//! The writer of one C function: its temps, the error path, and the
//! unwinding of GIL blocks and loops (the frames a jump leaves). The
//! statement and expression emitters are `impl FnWriter` blocks in their
//! own files; this file holds the state they share and the values they pass.
//!
//! Reference discipline (the whole crate follows it):
//! - an object temp (`PyObject *t_N = NULL`) is NULL whenever it holds no
//!   reference; it is `Py_CLEAR`ed after its last use or set to NULL when its
//!   reference is given away, so the single `error:` label can `Py_XDECREF`
//!   every object temp, and `done:` releases every owned local;
//! - a memoryview temp (`pyxc_slice t_N = {0}`) likewise has `mv == NULL`
//!   when dead and is cleared on the error path;
//! - C temps need no cleanup; they live until the end of the statement that
//!   allocated them.

use crate::emit::Writer;
use crate::module_writer::ModuleWriter;
use crate::naming;
use crate::parallel_failure::Failure;
use crate::type_spelling::cast_type;
use crate::R;
use pyxc_diagnostics::Diagnostic;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TempKind {
    Obj,
    C,
    Slice,
}

struct TempDecl {
    name: String,
    kind: TempKind,
    ctype: String,
}

/// A value an expression produced.
#[derive(Clone, Debug)]
pub enum Val {
    /// A C rvalue (empty for `void`), with its precedence (see [`prec`]).
    C { code: String, prec: u8 },
    /// An object: a temp holding a new reference (`owned`), or a borrowed
    /// pointer expression.
    Obj { code: String, owned: bool },
    /// A memoryview slice lvalue: a temp we must clear or give away
    /// (`owned`), or a borrowed variable.
    Slice { code: String, owned: bool },
}

/// C operator precedences, higher binds tighter.
pub mod prec {
    pub const ATOM: u8 = 100;
    pub const UNARY: u8 = 14;
    pub const MUL: u8 = 13;
    pub const ADD: u8 = 12;
    pub const SHIFT: u8 = 11;
    pub const REL: u8 = 10;
    pub const EQ: u8 = 9;
    pub const BITAND: u8 = 8;
    pub const XOR: u8 = 7;
    pub const BITOR: u8 = 6;
    pub const LAND: u8 = 5;
    pub const LOR: u8 = 4;
    pub const COND: u8 = 3;
}

impl Val {
    pub fn c(code: impl Into<String>, prec: u8) -> Val {
        Val::C {
            code: code.into(),
            prec,
        }
    }
    pub fn atom(code: impl Into<String>) -> Val {
        Val::c(code, prec::ATOM)
    }
    pub fn owned(code: impl Into<String>) -> Val {
        Val::Obj {
            code: code.into(),
            owned: true,
        }
    }
    pub fn borrowed(code: impl Into<String>) -> Val {
        Val::Obj {
            code: code.into(),
            owned: false,
        }
    }
    pub fn code(&self) -> &str {
        match self {
            Val::C { code, .. } | Val::Obj { code, .. } | Val::Slice { code, .. } => code,
        }
    }
}

/// Wrap `code` in parentheses unless it binds at least as tight as `need`.
pub fn paren(v: &(String, u8), need: u8) -> String {
    if v.1 >= need {
        v.0.clone()
    } else {
        format!("({})", v.0)
    }
}

/// What a `return` unwinds through, innermost last.
#[derive(Clone, Debug)]
pub enum Frame {
    /// A C loop: `break`/`continue` targets (labels when the loop has an
    /// `else`).
    Loop {
        brk: Option<String>,
        cont: Option<String>,
    },
    /// `with nogil:` holding the saved thread state variable.
    Nogil(String),
    /// `with gil:` holding the PyGILState_STATE variable.
    Gil(String),
    /// `try:` body: errors go to this label.
    Try(String),
    /// `try: ... finally:` body: leaving runs the finally block.
    Finally(Vec<TStmt>),
    /// `with` body: leaving by return/break/continue calls this bound
    /// `__exit__(None, None, None)` and releases it.
    WithExit(String),
    /// Inside an `except` handler: leaving restores the saved exception
    /// state (`PyErr_SetExcInfo(t, v, tb)` of these variables).
    Handler {
        saved: [String; 3],
        caught: [String; 3],
    },
}

/// How a function returns.
#[derive(Clone, Debug)]
pub struct RetShape {
    /// C return type, None for void.
    pub c_type: Option<String>,
    pub ty: Type,
    /// Value returned on error (None: nothing meaningful, keep `r`).
    pub err_value: Option<String>,
    /// How the error path reports: traceback (false) or unraisable (true).
    pub unraisable: bool,
}

pub struct FnWriter<'m, 'a> {
    pub md: &'m mut ModuleWriter<'a>,
    pub f: &'a TFunction,
    /// `module.func` for tracebacks.
    pub qualname: String,
    pub w: Writer,
    temps: Vec<TempDecl>,
    free: BTreeMap<String, Vec<String>>,
    c_live: Vec<(String, String)>,
    /// Object/slice temps allocated inside each active `try` body.
    regions: Vec<BTreeSet<String>>,
    pub line: u32,
    pub uses_error: bool,
    pub uses_done: bool,
    pub frames: Vec<Frame>,
    labels: u32,
    /// How many `goto`s name each numbered label (see [`Self::goto`]).
    label_uses: std::collections::HashMap<String, u32>,
    /// The function runs without the GIL (declared `nogil`, not `with gil`).
    pub nogil_fn: bool,
    pub iter_items: Vec<String>,
    pub unpacked: Option<String>,
    /// Parameters the body assigns (they are owned, not borrowed, locals).
    pub assigned: Vec<bool>,
    pub ret: RetShape,
    /// Extra declarations (saved thread states, exception triples).
    pub extra_decls: Vec<String>,
    /// Object temps held across the bodies of enclosing loops (`for`
    /// sequences and iterators, `with` exits): a `return` releases them.
    pub iter_owned: Vec<Vec<String>>,
    /// Inside a `with parallel():` block: where its errors are kept.
    pub par_block: Option<Failure>,
}

impl<'m, 'a> FnWriter<'m, 'a> {
    pub fn new(md: &'m mut ModuleWriter<'a>, f: &'a TFunction, ret: RetShape) -> Self {
        let qualname = if f.kind == FuncKind::ModuleInit {
            format!("init {}", md.m.name)
        } else {
            // `outer.inner#1.innermost#2` names `outer.inner.innermost`.
            let name: Vec<&str> = f
                .name
                .split('.')
                .map(|p| p.split('#').next().unwrap_or(p))
                .collect();
            format!("{}.{}", md.m.name, name.join("."))
        };
        let mut set = std::collections::BTreeSet::new();
        pyxc_tir::tir::assigned_locals(&f.body, &mut set);
        let assigned: Vec<bool> = (0..f.vars.len())
            .map(|i| set.contains(&VarId(i as u32)))
            .collect();
        FnWriter {
            md,
            f,
            qualname,
            w: Writer::new(1),
            temps: vec![],
            free: BTreeMap::new(),
            c_live: vec![],
            regions: vec![],
            line: f.line,
            uses_error: false,
            uses_done: false,
            frames: vec![],
            labels: 0,
            label_uses: Default::default(),
            nogil_fn: f.nogil && !f.with_gil,
            iter_items: vec![],
            unpacked: None,
            assigned,
            ret,
            extra_decls: vec![],
            par_block: None,
            iter_owned: vec![],
        }
    }

    /// Record that the C being written names the runtime unit `unit` (see
    /// [`ModuleWriter::require`]).
    pub fn require(&mut self, unit: &'static str) {
        self.md.require(unit);
    }

    pub fn var(&self, id: VarId) -> R<&'a Var> {
        self.f.vars.get(id.0 as usize).ok_or_else(|| {
            Diagnostic::internal(format!("unknown variable {}", id.0), Some(self.f.span))
        })
    }

    pub fn new_label(&mut self, what: &str) -> String {
        self.labels += 1;
        naming::label(self.labels, what)
    }

    /// `goto label;`, counted: a label no `goto` names is not written.
    pub fn goto(&mut self, label: &str) -> String {
        *self.label_uses.entry(label.to_string()).or_default() += 1;
        format!("goto {label};")
    }

    /// How many `goto`s have named `label` so far.
    pub fn gotos_to(&self, label: &str) -> u32 {
        self.label_uses.get(label).copied().unwrap_or(0)
    }

    /// A [`Self::new_label`] label here, when some `goto` written before
    /// names it (every jump to these labels is forward).
    pub fn place_label(&mut self, label: &str) {
        if self.label_uses.get(label).is_some_and(|&n| n > 0) {
            self.w.label_here(label);
        }
    }

    // ---- temps ----

    fn alloc(&mut self, kind: TempKind, ctype: &str) -> String {
        let key = match kind {
            TempKind::Obj => "obj".to_string(),
            TempKind::Slice => "slice".to_string(),
            TempKind::C => ctype.to_string(),
        };
        let name = match self.free.get_mut(&key).and_then(|v| v.pop()) {
            Some(n) => n,
            None => {
                let n = naming::temp(self.temps.len());
                self.temps.push(TempDecl {
                    name: n.clone(),
                    kind,
                    ctype: ctype.to_string(),
                });
                n
            }
        };
        match kind {
            TempKind::C => self.c_live.push((key, name.clone())),
            _ => {
                for r in &mut self.regions {
                    r.insert(name.clone());
                }
            }
        }
        name
    }
    /// A new object temp (NULL now; the caller stores a new reference).
    pub fn obj_temp(&mut self) -> String {
        self.alloc(TempKind::Obj, "PyObject *")
    }
    pub fn slice_temp(&mut self) -> String {
        self.alloc(TempKind::Slice, "pyxc_slice")
    }
    /// A C temp of type `ty`, live until the end of the current statement.
    pub fn c_temp(&mut self, ty: &Type) -> String {
        let ct = cast_type(ty.strip_const());
        self.alloc(TempKind::C, &ct)
    }
    pub fn c_temp_named(&mut self, ctype: &str) -> String {
        self.alloc(TempKind::C, ctype)
    }
    pub fn c_mark(&self) -> usize {
        self.c_live.len()
    }
    pub fn c_release(&mut self, mark: usize) {
        while self.c_live.len() > mark {
            let (key, name) = self.c_live.pop().unwrap();
            self.free.entry(key).or_default().push(name);
        }
    }
    /// Return an object temp (already NULL) to the pool.
    pub fn free_obj(&mut self, name: &str) {
        self.free_temp("obj", name);
    }
    fn free_temp(&mut self, kind: &str, name: &str) {
        self.free
            .entry(kind.to_string())
            .or_default()
            .push(name.to_string());
    }

    /// Release a value after its last use (owned temps only).
    pub fn release(&mut self, v: &Val) {
        match v {
            Val::Obj { code, owned: true } => {
                self.w.line(format!("Py_CLEAR({code});"));
                self.free_temp("obj", code);
            }
            Val::Slice { code, owned: true } => {
                self.require("pyxc_slice_clear");
                self.w.line(format!("pyxc_slice_clear(&{code});"));
                self.free_temp("slice", code);
            }
            _ => {}
        }
    }
    /// Mark an owned temp's reference as given away (already stored
    /// elsewhere): the temp becomes NULL.
    pub fn forget(&mut self, v: &Val) {
        match v {
            Val::Obj { code, owned: true } => {
                self.w.line(format!("{code} = NULL;"));
                self.free_temp("obj", code);
            }
            Val::Slice { code, owned: true } => {
                self.w.line(format!("{code}.mv = NULL;"));
                self.free_temp("slice", code);
            }
            _ => {}
        }
    }
    /// A C expression that is a new reference to the value's object, to be
    /// stored; call [`FnWriter::forget`] after storing it.
    pub fn new_ref(&mut self, v: &Val) -> String {
        match v {
            Val::Obj { code, owned: true } => code.clone(),
            Val::Obj { code, owned: false } => {
                self.w.line(format!("Py_INCREF({code});"));
                code.clone()
            }
            _ => code_of(v),
        }
    }
    // ---- GIL state and errors ----

    /// Whether the GIL is held at the current point.
    pub fn gil_held(&self) -> bool {
        for f in self.frames.iter().rev() {
            match f {
                Frame::Nogil(_) => return false,
                Frame::Gil(_) => return true,
                _ => {}
            }
        }
        !self.nogil_fn
    }

    /// Lines that leave the current point for the error target: regain the
    /// GIL where needed, raise (when `raise` is given), record the line,
    /// jump.
    pub fn error_lines(&mut self, raise: Option<&str>) -> Vec<String> {
        let mut lines = vec![];
        let mut raised = raise.is_none();
        if !raised && self.gil_held() {
            lines.push(raise.unwrap().to_string());
            raised = true;
        }
        let mut target = naming::ERROR_LABEL.to_string();
        for f in self.frames.iter().rev() {
            match f {
                Frame::Nogil(save) => {
                    lines.push(format!("PyEval_RestoreThread({save});"));
                    if !raised {
                        lines.push(raise.unwrap().to_string());
                        raised = true;
                    }
                }
                Frame::Gil(gs) => lines.push(format!("PyGILState_Release({gs});")),
                Frame::Try(label) => {
                    target = label.clone();
                    break;
                }
                _ => {}
            }
        }
        if !raised {
            lines.push(format!(
                "{{ PyGILState_STATE pyxc_gs = PyGILState_Ensure(); {} PyGILState_Release(pyxc_gs); }}",
                raise.unwrap()
            ));
        }
        if target == naming::ERROR_LABEL {
            self.uses_error = true;
        }
        lines.push(format!("{} = {};", naming::LINENO, self.line));
        lines.push(self.goto(&target));
        lines
    }

    /// `if (pyxc_unlikely(cond)) { ...error... }`.
    pub fn check(&mut self, cond: &str, raise: Option<&str>) {
        let lines = self.error_lines(raise);
        if lines.len() <= 2 {
            self.w.line(format!(
                "if (pyxc_unlikely({cond})) {{ {} }}",
                lines.join(" ")
            ));
        } else {
            self.w.open(format!("if (pyxc_unlikely({cond}))"));
            for l in lines {
                self.w.line(l);
            }
            self.w.close();
        }
    }
    /// Unconditionally go to the error path (exception set or raised here).
    pub fn goto_error(&mut self, raise: Option<&str>) {
        for l in self.error_lines(raise) {
            self.w.line(l);
        }
    }
    /// An object result in `t`: NULL means an exception.
    pub fn check_null(&mut self, t: &str) {
        self.check(&format!("!{t}"), None);
    }
    /// An int status: negative means an exception.
    pub fn check_neg(&mut self, call: &str) {
        self.check(&format!("{call} < 0"), None);
    }
    /// `PyErr_Occurred()`, GIL-safe: call it where the text is written.
    pub fn err_occurred(&mut self) -> &'static str {
        if self.gil_held() {
            "PyErr_Occurred()"
        } else {
            self.require("pyxc_cg_err_occurred_nogil");
            "pyxc_cg_err_occurred_nogil()"
        }
    }
    /// The test of `value` that tells a call returning it failed, as
    /// `error` declares (see [`crate::type_spelling::error_test`]).
    pub fn error_test(&mut self, error: &ErrorReturn, value: &str) -> Option<String> {
        let occurred = match error {
            ErrorReturn::ValueCheck(_) | ErrorReturn::Always => self.err_occurred(),
            _ => "",
        };
        crate::type_spelling::error_test(error, value, occurred)
    }

    /// Store a new reference from a C API call into a fresh object temp and
    /// check it.
    pub fn call_obj(&mut self, call: String) -> Val {
        let t = self.obj_temp();
        self.w.line(format!("{t} = {call};"));
        self.check_null(&t);
        Val::owned(t)
    }

    /// `/* file.pyx:LINE */` before a statement.
    pub fn marker(&mut self, line: u32) {
        let name = crate::emit::comment_text(&self.md.file);
        self.w.line(format!("/* {name}:{line} */"));
        if let Some(event) = crate::trace::line_event(self.md, self.f, line) {
            self.w.line(event);
        }
    }

    pub fn push_region(&mut self) {
        self.regions.push(BTreeSet::new());
    }
    pub fn pop_region(&mut self) -> BTreeSet<String> {
        self.regions.pop().unwrap_or_default()
    }
    /// The cleanup of temps in a `try` region (on entering an `except`).
    pub fn region_cleanup(&mut self, region: &BTreeSet<String>) -> Vec<String> {
        let temps = self
            .temps
            .iter()
            .filter(|t| region.contains(&t.name))
            .map(|t| (t.kind, t.name.clone()))
            .collect();
        self.temp_cleanup(temps, "Py_CLEAR")
    }

    /// `release(NAME);` for each object temp, the slice release for each
    /// slice temp (recording its runtime unit when there is one).
    fn temp_cleanup(&mut self, temps: Vec<(TempKind, String)>, release: &str) -> Vec<String> {
        let mut out = vec![];
        let mut clears = false;
        for (kind, name) in temps {
            match kind {
                TempKind::Obj => out.push(format!("{release}({name});")),
                TempKind::Slice => {
                    clears = true;
                    out.push(format!("pyxc_slice_clear(&{name});"));
                }
                TempKind::C => {}
            }
        }
        if clears {
            self.require("pyxc_slice_clear");
        }
        out
    }

    // ---- declarations and assembly ----

    /// Object variables of the function (exception triples and the like),
    /// declared NULL at its top.
    pub fn declare_objects(&mut self, names: &[String]) {
        let list: Vec<String> = names.iter().map(|n| format!("*{n} = NULL")).collect();
        self.extra_decls
            .push(format!("PyObject {};", list.join(", ")));
    }

    /// The names of every temporary declared so far.
    pub fn temp_names(&self) -> Vec<String> {
        self.temps.iter().map(|t| t.name.clone()).collect()
    }

    pub fn temp_decls(&self) -> Vec<String> {
        self.temps
            .iter()
            .map(|t| match t.kind {
                TempKind::Obj => format!("PyObject *{} = NULL;", t.name),
                TempKind::Slice => format!("pyxc_slice {} = {{0}};", t.name),
                TempKind::C => {
                    if t.ctype.ends_with('*') {
                        format!("{}{};", t.ctype, t.name)
                    } else {
                        format!("{} {};", t.ctype, t.name)
                    }
                }
            })
            .collect()
    }

    /// Cleanup lines for the error label: every object and slice temp.
    pub fn temp_error_cleanup(&mut self) -> Vec<String> {
        let temps = self
            .temps
            .iter()
            .map(|t| (t.kind, t.name.clone()))
            .collect();
        self.temp_cleanup(temps, "Py_XDECREF")
    }
}

pub fn code_of(v: &Val) -> String {
    v.code().to_string()
}

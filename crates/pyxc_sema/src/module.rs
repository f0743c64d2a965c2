//! Module-level analysis: declarations first (so functions and types can be
//! used before their definition), then every body.

use crate::directives::Directives;
use crate::scope::{Intrinsic, Namespace, Sym};
use crate::tir::{self, CGlobalId, FuncId, TFunction, TModule, TParam, Var, VarId};
use crate::types::{ErrorReturn, ErrorValue, FuncType, IntKind, ObjKind, StructType, Type};
use crate::Options;
use pyxc_diagnostics::{Diagnostic, SourceMap, Span};
use pyxc_syntax::ast::{self, ExprKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use crate::module_checker::{FuncSig, ModuleChecker, SigParam};

impl<'a> ModuleChecker<'a> {
    pub fn new(map: &'a mut SourceMap, opts: &'a Options) -> ModuleChecker<'a> {
        ModuleChecker {
            map,
            opts,
            diags: Vec::new(),
            syms: BTreeMap::new(),
            enum_consts: BTreeMap::new(),
            def_consts: BTreeMap::new(),
            in_extern: false,
            py_globals: BTreeSet::new(),
            sigs: Vec::new(),
            functions: Vec::new(),
            cglobals: Vec::new(),
            includes: Vec::new(),
            directives: Directives::default(),
            uses_numpy: false,
            uses_openmp: false,
            extra_sources: Vec::new(),
            structs: Vec::new(),
            pxd_cache: BTreeMap::new(),
            pxd_loading: Vec::new(),
        }
    }

    pub fn lookup_sym(&self, name: &str) -> Option<Sym> {
        self.syms.get(name).cloned()
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.map.line_of(span.file, span.start)
    }

    /// Evaluate a compile-time integer constant (literals, unary minus,
    /// simple arithmetic).
    pub fn const_int(&self, e: &ast::Expr) -> Option<i128> {
        match &e.kind {
            ExprKind::Name(n) => match self.def_consts.get(n) {
                Some(lit) => self.const_int(lit),
                None => self.enum_consts.get(n).copied(),
            },
            ExprKind::Int { digits, radix, .. } => i128::from_str_radix(digits, *radix).ok(),
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Neg,
                operand,
            } => self.const_int(operand).map(|v| -v),
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Pos,
                operand,
            } => self.const_int(operand),
            ExprKind::BinOp { left, op, right } => {
                let (a, b) = (self.const_int(left)?, self.const_int(right)?);
                match op {
                    ast::BinOp::Add => a.checked_add(b),
                    ast::BinOp::Sub => a.checked_sub(b),
                    ast::BinOp::Mult => a.checked_mul(b),
                    ast::BinOp::LShift if (0..64).contains(&b) => a.checked_shl(b as u32),
                    ast::BinOp::BitOr => Some(a | b),
                    ast::BinOp::BitAnd => Some(a & b),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    // ---- pass 1: declarations ----

    pub fn declare_module(&mut self, m: &ast::Module) {
        for s in &m.body {
            self.declare_stmt(s, true);
        }
    }

    /// Collect Python globals bound anywhere at module level (also inside
    /// module-level `if`/`for`/`try`).
    fn note_py_bindings(&mut self, s: &ast::Stmt) {
        fn targets(e: &ast::Expr, out: &mut BTreeSet<String>) {
            match &e.kind {
                ExprKind::Name(n) => {
                    out.insert(n.clone());
                }
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    items.iter().for_each(|i| targets(i, out))
                }
                ExprKind::Starred(inner) => targets(inner, out),
                _ => {}
            }
        }
        let out = &mut self.py_globals;
        match &s.kind {
            StmtKind::Assign { targets: ts, .. } => ts.iter().for_each(|t| targets(t, out)),
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                targets(target, out)
            }
            StmtKind::For { target, .. } => targets(target, out),
            StmtKind::With { items, .. } => {
                for it in items {
                    if let Some(t) = &it.target {
                        targets(t, out)
                    }
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => a.name.parts[0].name.clone(),
                    };
                    out.insert(n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.from_import_binds();
                    out.insert(n);
                }
            }
            StmtKind::ClassDef { name, .. } => {
                out.insert(name.name.clone());
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.insert(n.name.clone());
                    }
                }
            }
            // A function's `global x` makes x a module global even when
            // only that function binds it.
            StmtKind::FuncDef(f) => global_decls(&f.body, out),
            _ => {}
        }
    }

    pub(crate) fn declare_stmt(&mut self, s: &ast::Stmt, top: bool) {
        self.note_py_bindings(s);
        match &s.kind {
            StmtKind::FuncDef(f) if top => self.declare_function(f),
            StmtKind::CImport(aliases) => {
                for a in aliases {
                    let dotted = a.name.joined();
                    if let Some(ns) = self.load_namespace(&dotted, a.name.span) {
                        match &a.asname {
                            Some(n) => {
                                self.syms.insert(n.name.clone(), Sym::Namespace(ns));
                            }
                            None => {
                                // `cimport libc.math` binds `libc`, reaching `math` through it.
                                let top = a.name.parts[0].name.clone();
                                if a.name.parts.len() == 1 {
                                    self.syms.insert(top, Sym::Namespace(ns));
                                } else {
                                    let root = self.namespace_chain(&a.name.parts, ns);
                                    self.syms.insert(top, Sym::Namespace(root));
                                }
                            }
                        }
                    }
                }
            }
            StmtKind::CImportFrom { module, names, .. } => self.cimport_from(module, names),
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } if module.parts[0].name == "cython" => {
                // `from cython.parallel import prange` is compile-time, as in Cython.
                self.cimport_from(module, names)
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    if a.name.parts[0].name == "cython" {
                        if let Some(ns) = self.load_namespace(&a.name.joined(), a.name.span) {
                            let bind = a
                                .asname
                                .as_ref()
                                .map(|n| n.name.clone())
                                .unwrap_or_else(|| "cython".into());
                            let ns = if a.asname.is_none() {
                                self.cython_root()
                            } else {
                                ns
                            };
                            self.syms.insert(bind.clone(), Sym::Namespace(ns));
                            self.py_globals.remove(&bind);
                        }
                    }
                }
            }
            StmtKind::Extern(block) => self.declare_extern(block),
            StmtKind::DefConst { name, value } if top => self.declare_def_const(name, value),
            StmtKind::CTypedef { ty, name, .. } => {
                if let Some(t) = self.resolve_type(ty) {
                    self.syms.insert(name.name.clone(), Sym::Type(t));
                }
            }
            StmtKind::CStruct(sd) => self.declare_struct(sd, false),
            StmtKind::CEnum(ed) => {
                self.declare_enum(ed, false);
                if ed.cpdef {
                    if let Some(n) = &ed.name {
                        // Also a Python IntEnum class, made at module exec.
                        self.py_globals.insert(n.name.clone());
                    }
                }
            }
            StmtKind::CVarDecl(decl) if top => {
                for v in &decl.vars {
                    if let Some(first) = self.cglobals.iter().find(|g| g.name == v.name.name) {
                        self.diags.push(
                            Diagnostic::error(format!("'{}' redeclared", v.name.name), v.name.span)
                                .with_secondary(first.span, "already declared here"),
                        );
                        continue;
                    }
                    if let Some(ty) = self.var_type(&v.ty) {
                        let id = CGlobalId(self.cglobals.len() as u32);
                        self.cglobals.push(Var {
                            name: v.name.name.clone(),
                            ty,
                            param: None,
                            span: v.name.span,
                            hidden: false,
                            written_through: false,
                        });
                        self.syms.insert(v.name.name.clone(), Sym::CGlobal(id));
                    }
                }
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } if top => {
                for s in body.iter().chain(orelse) {
                    self.declare_stmt(s, false);
                }
            }
            StmtKind::For { body, orelse, .. } if top => {
                for s in body.iter().chain(orelse) {
                    self.declare_stmt(s, false);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } if top => {
                for s in body.iter().chain(orelse).chain(finalbody) {
                    self.declare_stmt(s, false);
                }
                for h in handlers {
                    for s in &h.body {
                        self.declare_stmt(s, false);
                    }
                }
            }
            StmtKind::FuncDef(f) => {
                self.py_globals.insert(f.name.name.clone());
            }
            _ => {}
        }
    }

    fn namespace_chain(&self, parts: &[ast::Ident], leaf: Rc<Namespace>) -> Rc<Namespace> {
        let mut cur = leaf;
        for i in (1..parts.len()).rev() {
            let mut parent = Namespace {
                name: parts[..i]
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join("."),
                ..Default::default()
            };
            parent.children.insert(parts[i].name.clone(), cur);
            cur = Rc::new(parent);
        }
        cur
    }

    fn cimport_from(&mut self, module: &ast::DottedName, names: &[ast::ImportAlias]) {
        let dotted = module.joined();
        let Some(ns) = self.load_namespace(&dotted, module.span) else {
            return;
        };
        for a in names {
            let name = a.name.joined();
            let bind = a.from_import_binds();
            // `from libc cimport math` reaches a submodule.
            let sym = ns.lookup(&name).or_else(|| {
                let sub = format!("{dotted}.{name}");
                self.namespace_exists(&sub)
                    .then(|| self.load_namespace(&sub, a.name.span))
                    .flatten()
                    .map(Sym::Namespace)
            });
            match sym {
                Some(sym) => {
                    self.py_globals.remove(&bind);
                    self.syms.insert(bind, sym);
                }
                None => self.diags.push(
                    Diagnostic::error(
                        format!("'{dotted}' has no declaration named '{name}'"),
                        a.name.span,
                    )
                    .with_label_message("not declared in that .pxd"),
                ),
            }
        }
    }

    fn cython_root(&mut self) -> Rc<Namespace> {
        let mut ns = Namespace {
            name: "cython".into(),
            ..Default::default()
        };
        // Directives pyxc ignores are names too, so that
        // `@cython.profile(False)` builds (with a warning).
        let ignored = crate::directives::IGNORED
            .iter()
            .filter(|d| !d.contains('.'));
        for d in crate::directives::KNOWN.iter().chain(ignored) {
            ns.syms
                .insert(d.to_string(), Sym::Intrinsic(Intrinsic::Directive(d)));
        }
        ns.syms
            .insert("sizeof".into(), Sym::Intrinsic(Intrinsic::Sizeof));
        ns.syms
            .insert("cast".into(), Sym::Intrinsic(Intrinsic::Cast));
        ns.syms
            .insert("address".into(), Sym::Intrinsic(Intrinsic::Address));
        ns.syms
            .insert("typeof".into(), Sym::Intrinsic(Intrinsic::TypeOf));
        for t in [
            "int",
            "long",
            "double",
            "float",
            "char",
            "bint",
            "short",
            "longlong",
            "Py_ssize_t",
            "size_t",
            "void",
        ] {
            let tn = if t == "longlong" { "long long" } else { t };
            if let Some(ty) = crate::type_resolve::builtin_type(tn) {
                ns.syms.insert(t.into(), Sym::Type(ty));
            }
        }
        ns.children
            .insert("parallel".into(), self.cython_parallel());
        Rc::new(ns)
    }

    fn cython_parallel(&self) -> Rc<Namespace> {
        let mut ns = Namespace {
            name: "cython.parallel".into(),
            ..Default::default()
        };
        ns.syms
            .insert("prange".into(), Sym::Intrinsic(Intrinsic::Prange));
        ns.syms
            .insert("parallel".into(), Sym::Intrinsic(Intrinsic::Parallel));
        ns.syms
            .insert("threadid".into(), Sym::Intrinsic(Intrinsic::ThreadId));
        Rc::new(ns)
    }

    /// A cimport of `dotted` would find a module (loaded, built in, being
    /// read, or a `.pxd` on the search path).
    fn namespace_exists(&self, dotted: &str) -> bool {
        self.pxd_cache.contains_key(dotted)
            || matches!(dotted, "cython" | "cython.parallel" | "libc")
            || self.pxd_loading.iter().any(|(d, _)| d == dotted)
            || crate::pxd::exists(dotted, &self.opts.include_dirs)
    }

    /// Find and read the `.pxd` for a cimported module.
    pub fn load_namespace(&mut self, dotted: &str, span: Span) -> Option<Rc<Namespace>> {
        if let Some(ns) = self.pxd_cache.get(dotted) {
            let ns = ns.clone();
            self.includes_from(&ns);
            return Some(ns);
        }
        let ns = match dotted {
            "cython" => self.cython_root(),
            "cython.parallel" => self.cython_parallel(),
            "libc" => {
                let mut ns = Namespace {
                    name: "libc".into(),
                    ..Default::default()
                };
                for sub in ["math", "stdlib", "string", "stdint", "limits", "float"] {
                    if let Some(c) = self.load_namespace(&format!("libc.{sub}"), span) {
                        ns.children.insert(sub.into(), c);
                    }
                }
                Rc::new(ns)
            }
            _ if self.pxd_loading.iter().any(|(d, _)| d == dotted) => {
                return Some(self.partial_namespace(dotted));
            }
            _ => {
                let (file_name, text) = match crate::pxd::find(dotted, &self.opts.include_dirs) {
                    Some(found) => found,
                    None => {
                        self.diags.push(
                            Diagnostic::error(
                                format!("cimported module '{dotted}' not found"),
                                span,
                            )
                            .with_label_message("no .pxd file for this module")
                            .with_note(format!(
                                "pyxc ships {}; for your own modules put '{}.pxd' beside the \
                                     .pyx or in a folder given with -I",
                                crate::pxd::shipped_names(),
                                dotted.replace('.', "/")
                            )),
                        );
                        return None;
                    }
                };
                let file = self.map.add(file_name, text.clone());
                let (ast, diags) = pyxc_syntax::parse_module(&text, file);
                let had_errors = diags.iter().any(|d| d.is_error());
                self.diags.extend(diags);
                if had_errors {
                    return None;
                }
                let ns = self.namespace_from_pxd(dotted, &ast);
                Rc::new(ns)
            }
        };
        if dotted == "numpy" {
            self.uses_numpy = true;
        }
        self.pxd_cache.insert(dotted.to_string(), ns.clone());
        self.includes_from(&ns);
        Some(ns)
    }

    /// A `.pxd` cimported while it is itself being read (`a.pxd` cimports
    /// `b`, which cimports `a`): what it has declared so far. The innermost
    /// pxd's names are the current symbol table; an outer one's were saved
    /// when the next one started.
    fn partial_namespace(&self, dotted: &str) -> Rc<Namespace> {
        let at = self.pxd_loading.iter().rposition(|(d, _)| d == dotted);
        let syms = match at {
            Some(i) if i + 1 == self.pxd_loading.len() => self.syms.clone(),
            Some(i) => self.pxd_loading[i + 1].1.clone(),
            None => BTreeMap::new(),
        };
        Rc::new(Namespace {
            name: dotted.to_string(),
            syms,
            ..Default::default()
        })
    }

    fn includes_from(&mut self, ns: &Namespace) {
        for i in &ns.includes {
            if !self.includes.contains(i) {
                self.includes.push(i.clone());
            }
        }
    }

    /// Read a `.pxd`'s declarations into a namespace, resolving its types in a
    /// scope of its own.
    fn namespace_from_pxd(&mut self, dotted: &str, m: &ast::Module) -> Namespace {
        // Analyse the pxd with the module's machinery but a fresh symbol table.
        let saved_syms = std::mem::take(&mut self.syms);
        let saved_includes = std::mem::take(&mut self.includes);
        let saved_globals = std::mem::take(&mut self.py_globals);
        // The outer pxd's names so far live in `saved_syms` while this one is
        // read; a cycle back to it reads them from here.
        self.pxd_loading
            .push((dotted.to_string(), saved_syms.clone()));
        for s in &m.body {
            match &s.kind {
                StmtKind::FuncDef(f) => {
                    self.diags.push(
                        Diagnostic::error(
                            "cimporting cdef functions of another pyxc module is not supported yet",
                            f.name.span,
                        )
                        .with_label_message("declare it in a 'cdef extern from' block instead"),
                    );
                }
                _ => self.declare_stmt(s, false),
            }
        }
        self.pxd_loading.pop();
        let syms = std::mem::replace(&mut self.syms, saved_syms);
        let includes = std::mem::replace(&mut self.includes, saved_includes);
        self.py_globals = saved_globals;
        let mut ns = Namespace {
            name: dotted.to_string(),
            syms,
            includes,
            children: BTreeMap::new(),
        };
        if dotted == "numpy" {
            ns.syms.insert(
                "ndarray".into(),
                Sym::Type(Type::Object(ObjKind::Extension("numpy.ndarray".into()))),
            );
            ns.syms.insert(
                "dtype".into(),
                Sym::Type(Type::Object(ObjKind::Extension("numpy.dtype".into()))),
            );
            ns.syms.insert(
                "import_array".into(),
                Sym::Intrinsic(Intrinsic::ImportArray),
            );
        }
        ns
    }

    fn declare_extern(&mut self, block: &ast::ExternBlock) {
        let saved = std::mem::replace(&mut self.in_extern, true);
        self.declare_extern_items(block);
        self.in_extern = saved;
    }

    fn declare_extern_items(&mut self, block: &ast::ExternBlock) {
        // `from ""` names no header: Cython includes nothing for it.
        if let Some(h) = block.header.as_ref().filter(|h| !h.is_empty()) {
            let inc = if h.starts_with('<') {
                h.clone()
            } else {
                format!("\"{h}\"")
            };
            if !self.includes.contains(&inc) {
                self.includes.push(inc);
            }
        }
        for item in &block.items {
            let (item, c_name) = match item {
                ast::ExternItem::Renamed { item, c_name } => (&**item, Some(c_name.clone())),
                item => (item, None),
            };
            match item {
                ast::ExternItem::Func(f) => {
                    let Some(ty) = self.c_func_type(f, block.nogil, true) else {
                        continue;
                    };
                    self.syms.insert(
                        f.name.name.clone(),
                        Sym::ExternFunc {
                            c_name: c_name.unwrap_or_else(|| f.name.name.clone()),
                            ty: Rc::new(ty),
                        },
                    );
                }
                ast::ExternItem::Var(v) => {
                    if let Some(ty) = self.resolve_type(&v.ty) {
                        self.syms.insert(
                            v.name.name.clone(),
                            Sym::ExternVar {
                                c_name: c_name.unwrap_or_else(|| v.name.name.clone()),
                                ty,
                            },
                        );
                    }
                }
                ast::ExternItem::Renamed { .. } => {}
                ast::ExternItem::Typedef { ty, name } => {
                    if let Some(t) = self.resolve_type(ty) {
                        // The header defines it; C code names it by its own
                        // name (or the C name written after it).
                        let c = c_name.clone().unwrap_or_else(|| name.name.clone());
                        let t = match t {
                            t @ (Type::Int(_) | Type::Float(_)) => Type::Opaque {
                                c_name: c.as_str().into(),
                                approx: Some(Rc::new(t)),
                            },
                            t => t,
                        };
                        self.syms.insert(name.name.clone(), Sym::Type(t));
                    }
                }
                ast::ExternItem::Struct(sd) => self.declare_struct(sd, true),
                ast::ExternItem::Enum(ed) => self.declare_enum(ed, true),
                ast::ExternItem::Pass => {}
                ast::ExternItem::Verbatim(code) => {
                    // Kept in `includes`, in order; a leading newline marks
                    // code (an include starts with `<` or `"`).
                    let code = format!("\n{}", dedent(code).trim_matches('\n'));
                    if !self.includes.contains(&code) {
                        self.includes.push(code);
                    }
                }
            }
        }
    }

    fn declare_struct(&mut self, sd: &ast::StructDecl, is_extern: bool) {
        let tag = if sd.kind == ast::StructKind::Union {
            "union"
        } else {
            "struct"
        };
        // The module's own structs (TModule::structs) are named by codegen.
        let extern_name = if !is_extern {
            None
        } else if let Some(c) = &sd.c_name {
            // `ctypedef struct Rec "rec_t":` the header's own name.
            Some(c.clone())
        } else if sd.typedef {
            Some(sd.name.name.clone())
        } else {
            Some(format!("{tag} {}", sd.name.name))
        };
        // The type exists before its fields are resolved, so they can point
        // back to it; a forward declaration's type is completed later.
        let earlier = match self.syms.get(&sd.name.name) {
            Some(Sym::Type(Type::Struct(st))) if st.body.get().is_none() => Some(st.clone()),
            _ => None,
        };
        let st = earlier.clone().unwrap_or_else(|| {
            Rc::new(StructType {
                extern_name,
                name: sd.name.name.clone(),
                body: std::cell::OnceCell::new(),
                union: sd.kind == ast::StructKind::Union,
                tuple: false,
                c_fields: std::cell::OnceCell::new(),
            })
        });
        self.syms
            .insert(sd.name.name.clone(), Sym::Type(Type::Struct(st.clone())));
        let Some(decls) = &sd.fields else {
            // `cdef struct Edge` alone: declared now, defined (and written
            // out, in definition order) later.
            return;
        };
        let mut fields = Vec::new();
        for (i, f) in decls.iter().enumerate() {
            if let Some(prev) = decls[..i].iter().find(|p| p.name.name == f.name.name) {
                self.diags.push(
                    Diagnostic::error(format!("'{}' redeclared", f.name.name), f.name.span)
                        .with_secondary(prev.name.span, "previous declaration is here"),
                );
                continue;
            }
            if let Some(t) = self.resolve_type(&f.ty) {
                if !is_extern && !self.complete(&t, f.ty.span) {
                    continue;
                }
                fields.push((f.name.name.clone(), t));
            }
        }
        let renamed = decls
            .iter()
            .filter_map(|f| Some((f.name.name.clone(), f.c_name.clone()?)))
            .collect();
        let _ = st.c_fields.set(renamed);
        let _ = st.body.set(fields);
        if !is_extern {
            self.structs.push(st);
        }
    }

    fn declare_enum(&mut self, ed: &ast::EnumDecl, is_extern: bool) {
        let int = Type::Int(crate::types::IntKind::Int);
        if !is_extern {
            // The module's own enum: no C declaration is written; its
            // values are the integer constants C would give them.
            let mut next: i128 = 0;
            for (name, value) in &ed.values {
                let v = match value {
                    Some(e) => match self.const_int(e) {
                        Some(v) => v,
                        None => {
                            self.diags.push(
                                Diagnostic::error(
                                    "an enum value must be a constant integer",
                                    e.span,
                                )
                                .with_label_message(
                                    "write a number or an expression of earlier values",
                                ),
                            );
                            next
                        }
                    },
                    None => next,
                };
                next = v + 1;
                self.enum_consts.insert(name.name.clone(), v);
                self.syms.insert(name.name.clone(), Sym::EnumValue(v));
            }
            if let Some(n) = &ed.name {
                self.syms.insert(n.name.clone(), Sym::Type(int));
            }
            return;
        }
        for (name, _) in &ed.values {
            self.syms.insert(
                name.name.clone(),
                Sym::ExternVar {
                    c_name: name.name.clone(),
                    ty: int.clone(),
                },
            );
        }
        if let Some(n) = &ed.name {
            let c_name = if ed.typedef {
                n.name.clone()
            } else {
                format!("enum {}", n.name)
            };
            self.syms.insert(
                n.name.clone(),
                Sym::Type(Type::Opaque {
                    c_name: c_name.into(),
                    approx: Some(Rc::new(int)),
                }),
            );
        }
    }

    /// The C type of a function declared with a C signature.
    pub fn c_func_type(
        &mut self,
        f: &ast::FuncDef,
        block_nogil: bool,
        is_extern: bool,
    ) -> Option<FuncType> {
        let ret = match &f.ret {
            Some(t) => self.resolve_type(t)?,
            None => Type::object(),
        };
        let mut params = Vec::new();
        let mut varargs = false;
        for p in &f.params {
            match p.kind {
                ast::ParamKind::VarArgs => {
                    varargs = true;
                    continue;
                }
                ast::ParamKind::KwArgs => {
                    self.diags.push(Diagnostic::error(
                        "C functions cannot take **kwargs",
                        p.span,
                    ));
                    return None;
                }
                _ => {}
            }
            let ty = self.c_param_type(p)?;
            if ty == Type::Void && f.params.len() > 1 {
                self.diags
                    .push(crate::type_resolve::void_among_params(p.span));
                return None;
            }
            params.push(ty);
        }
        let error = self.error_return(&f.except, &ret, is_extern)?;
        Some(FuncType {
            ret,
            params,
            varargs,
            nogil: f.nogil || block_nogil,
            error,
        })
    }

    /// `not None` is a check of Python arguments of Python functions.
    fn not_none_allowed(&mut self, kind: tir::FuncKind, ty: &Type, span: Span) {
        let msg = if kind != tir::FuncKind::Def {
            "'not None' only allowed in Python functions"
        } else if ty.is_object() || matches!(ty, Type::MemView(_)) {
            return;
        } else {
            "only Python type arguments can have 'not None'"
        };
        self.diags.push(Diagnostic::error(msg, span));
    }

    /// The type of a `cdef` variable: any but `void`, which has no values.
    pub fn var_type(&mut self, te: &ast::TypeExpr) -> Option<Type> {
        let ty = self.resolve_type(te)?;
        if ty == Type::Void {
            self.diags.push(
                Diagnostic::error("variable type 'void' is incomplete", te.span)
                    .with_label_message("a variable cannot be void; a pointer 'void *' can"),
            );
            return None;
        }
        if !self.complete(&ty, te.span) {
            return None;
        }
        Some(ty)
    }

    /// An array of unknown size (`char buf[]`) is a complete type only in
    /// extern declarations, where C defines it elsewhere; pyxc's own
    /// variables and struct fields need its size (Cython's error).
    fn complete(&mut self, ty: &Type, span: Span) -> bool {
        if !matches!(ty, Type::Array(_, None)) {
            return true;
        }
        self.diags.push(
            Diagnostic::error(format!("variable type '{ty}' is incomplete"), span)
                .with_label_message("give the array a size, or declare a pointer"),
        );
        false
    }

    /// The type of a parameter in a C signature; a lone word that names a
    /// type is the type of an unnamed parameter.
    pub fn c_param_type(&mut self, p: &ast::Param) -> Option<Type> {
        match (&p.ty, &p.name) {
            (Some(t), _) => self.resolve_type(t).map(crate::type_resolve::param_decay),
            (None, Some(n)) => {
                let te = ast::TypeExpr {
                    kind: ast::TypeKind::Name(vec![n.clone()]),
                    span: n.span,
                };
                let is_type = matches!(self.lookup_sym(&n.name), Some(Sym::Type(_)))
                    || crate::type_resolve::builtin_type(&n.name).is_some();
                if is_type {
                    self.resolve_type(&te).map(crate::type_resolve::param_decay)
                } else {
                    Some(Type::object())
                }
            }
            (None, None) => Some(Type::object()),
        }
    }

    /// Cython 3's exception specification rules.
    pub(crate) fn error_return(
        &mut self,
        spec: &ast::ExceptSpec,
        ret: &Type,
        is_extern: bool,
    ) -> Option<ErrorReturn> {
        use ast::ExceptSpec as E;
        Some(match spec {
            // No value can mark an error of a function returning an object
            // (NULL does) or void (nothing is returned).
            E::Value { value, .. } if ret.is_object() || *ret.strip_const() == Type::Void => {
                let msg = if ret.is_object() {
                    "exception clause not allowed for function returning Python object"
                } else {
                    "exception value incompatible with function return type"
                };
                self.diags.push(Diagnostic::error(msg, value.span));
                return None;
            }
            _ if ret.is_object() => ErrorReturn::Null,
            E::NoExcept => ErrorReturn::None,
            E::Default if is_extern => ErrorReturn::None,
            E::Default => match ret.strip_const() {
                Type::Void => ErrorReturn::Always,
                t if t.is_numeric() => ErrorReturn::ValueCheck(ErrorValue::Int(-1)),
                Type::Ptr(_) => ErrorReturn::Always,
                _ => ErrorReturn::Always,
            },
            E::Star => ErrorReturn::Always,
            E::Plus => {
                self.diags.push(Diagnostic::error(
                    "'except +' is for C++ functions; pyxc compiles C only",
                    Span::default(),
                ));
                return None;
            }
            E::Value { value, check } => {
                let Some(v) = self.error_value(value) else {
                    self.diags.push(Diagnostic::error(
                        "exception value must be a constant",
                        value.span,
                    ));
                    return None;
                };
                if *check {
                    ErrorReturn::ValueCheck(v)
                } else {
                    ErrorReturn::Value(v)
                }
            }
        })
    }

    /// The constant of `except VALUE`: `NULL`, an integer constant
    /// expression, or a (negated) float literal.
    fn error_value(&self, value: &ast::Expr) -> Option<ErrorValue> {
        let float = |text: &str| text.replace('_', "").parse::<f64>().ok();
        match &value.kind {
            ExprKind::Name(n) if n == "NULL" => Some(ErrorValue::Null),
            _ if self.const_int(value).is_some() => self.const_int(value).map(ErrorValue::Int),
            ExprKind::Float { text, .. } => float(text).map(ErrorValue::Float),
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Neg,
                operand,
            } => match &operand.kind {
                ExprKind::Float { text, .. } => float(text).map(|f| ErrorValue::Float(-f)),
                _ => None,
            },
            _ => None,
        }
    }

    fn declare_function(&mut self, f: &ast::FuncDef) {
        self.declare_function_as(f, None);
    }

    /// The signature of a lambda or a `def` inside a function, under the
    /// unique name `c_name`; it binds no module name.
    pub fn declare_nested(&mut self, f: &ast::FuncDef, c_name: String) -> FuncId {
        self.declare_function_as(f, Some(c_name))
    }

    /// A function's return type and error return: a `def` returns an object
    /// (NULL on error); a C function what it declares, never an array.
    fn return_and_error(&mut self, f: &ast::FuncDef, kind: tir::FuncKind) -> (Type, ErrorReturn) {
        if kind == tir::FuncKind::Def {
            (Type::object(), ErrorReturn::Null)
        } else {
            let ret = match &f.ret {
                Some(t) => self.resolve_type(t).unwrap_or_else(Type::object),
                None => Type::object(),
            };
            if let (Type::Array(..), Some(t)) = (&ret, &f.ret) {
                self.diags.push(
                    Diagnostic::error("function cannot return an array", t.span)
                        .with_label_message("C functions return pointers, not arrays"),
                );
            }
            let error = self
                .error_return(&f.except, &ret, false)
                .unwrap_or(ErrorReturn::Always);
            (ret, error)
        }
    }

    fn declare_function_as(&mut self, f: &ast::FuncDef, nested: Option<String>) -> FuncId {
        let kind = match f.kind {
            ast::FuncKind::Def => tir::FuncKind::Def,
            ast::FuncKind::Cdef => tir::FuncKind::Cdef,
            ast::FuncKind::Cpdef => tir::FuncKind::Cpdef,
        };
        let mut params: Vec<SigParam> = Vec::new();
        for p in &f.params {
            let Some(name) = &p.name else {
                self.diags
                    .push(Diagnostic::error("parameter needs a name", p.span));
                continue;
            };
            // A duplicate argument: Cython's compile error (Python's is a
            // SyntaxError).
            // In a C signature a lone word may be a type (`cdef f(int, int)`).
            let lone_type = p.ty.is_none()
                && f.kind != ast::FuncKind::Def
                && (matches!(self.lookup_sym(&name.name), Some(Sym::Type(_)))
                    || crate::type_resolve::builtin_type(&name.name).is_some());
            if let Some(first) = params
                .iter()
                .find(|q| q.name == name.name)
                .filter(|_| !lone_type)
            {
                self.diags.push(
                    Diagnostic::error(format!("'{}' redeclared", name.name), name.span)
                        .with_secondary(first.span, "previous declaration is here"),
                );
                continue;
            }
            let mut annotated = false;
            let mut optional = false;
            let ty = match (&p.ty, &p.annotation) {
                // A bad type was reported; an object keeps later uses quiet.
                (Some(t), _) => self
                    .resolve_type(t)
                    .map_or_else(Type::object, crate::type_resolve::param_decay),
                (None, Some(a)) => {
                    annotated = true;
                    // `Optional[int]`: the type, or None.
                    match optional_arg(a) {
                        Some(inner) => {
                            optional = true;
                            match self.annotation_type(inner) {
                                t @ Type::Object(_) => t,
                                _ => Type::object(),
                            }
                        }
                        None => self.annotation_type(a),
                    }
                }
                (None, None) => Type::object(),
            };
            let pk = match p.kind {
                ast::ParamKind::Normal => tir::ParamKind::Normal,
                ast::ParamKind::KeywordOnly => tir::ParamKind::KeywordOnly,
                ast::ParamKind::VarArgs => tir::ParamKind::VarArgs,
                ast::ParamKind::KwArgs => tir::ParamKind::KwArgs,
            };
            // A char pointer takes a bytes/bytearray argument, as in Cython.
            let char_ptr = matches!(&ty, Type::Ptr(e)
                if matches!(e.strip_const(), Type::Int(IntKind::Char | IntKind::SChar | IntKind::UChar)));
            if matches!(ty, Type::Ptr(_)) && !char_ptr && kind == tir::FuncKind::Def {
                self.diags.push(
                    Diagnostic::error(
                        format!("a def function cannot take a '{ty}' argument"),
                        p.span,
                    )
                    .with_label_message(match &ty {
                        Type::Ptr(e) if matches!(e.strip_const(), Type::Int(_) | Type::Float(_)) => format!(
                            "Python callers cannot pass C pointers: take a memoryview (`{e}[:] {}`) or make the function cdef",
                            name.name
                        ),
                        _ => "Python callers cannot pass C pointers: make the function cdef".to_string(),
                    }),
                );
            }
            if p.not_none {
                self.not_none_allowed(kind, &ty, p.span);
            }
            // Cython: typed object and memoryview arguments accept None unless
            // `not None` is given (memoryviews and builtin types included).
            // Annotation typing is stricter: `x: list` rejects None (as Cython 3).
            let none_ok = !(p.not_none || annotated && !optional && ty != Type::object());
            let int_from_number = annotated && ty == Type::Object(ObjKind::Builtin("int"));
            params.push(SigParam {
                name: name.name.clone(),
                ty,
                kind: pk,
                default: p.default.clone(),
                not_none: p.not_none,
                none_ok,
                int_from_number,
                pos_only: p.pos_only,
                span: p.span,
            });
        }
        let (ret, error) = self.return_and_error(f, kind);
        let id = FuncId(self.sigs.len() as u32);
        let is_nested = nested.is_some();
        // A module-level `def` defined again (a later definition replaces
        // the earlier at run time): its own C name, `name#2`.
        let nested = nested.or_else(|| {
            let n = &f.name.name;
            let taken = self
                .sigs
                .iter()
                .filter(|s| s.name == *n || s.name.starts_with(&format!("{n}#")))
                .count();
            (kind == tir::FuncKind::Def && taken > 0).then(|| format!("{n}#{}", taken + 1))
        });
        self.sigs.push(FuncSig {
            name: nested.unwrap_or_else(|| f.name.name.clone()),
            kind,
            params,
            ret,
            error,
            nogil: f.nogil,
            with_gil: f.with_gil,
            inline: f.inline,
            span: f.name.span,
        });
        self.functions.push(None);
        if is_nested {
            return id;
        }
        if kind != tir::FuncKind::Def {
            self.syms.insert(f.name.name.clone(), Sym::CFunc(id));
        }
        if kind != tir::FuncKind::Cdef {
            self.py_globals.insert(f.name.name.clone());
        }
        id
    }

    /// The type a PEP 484 annotation gives a `def` parameter, as Cython 3's
    /// annotation typing reads it: builtin container types are checked
    /// exactly, `float` is a C double, C types written as `cython.int` are C
    /// types; anything else stays an object.
    fn annotation_type(&mut self, a: &ast::Expr) -> Type {
        match &a.kind {
            ExprKind::Name(n) => match n.as_str() {
                "list" | "tuple" | "dict" | "set" | "frozenset" | "str" | "bytes" | "bytearray" => {
                    crate::type_resolve::builtin_type(n).unwrap_or_else(Type::object)
                }
                "float" => Type::double(),
                // `int` converts numbers with int() semantics (see TParam).
                "int" => Type::Object(ObjKind::Builtin("int")),
                _ => Type::object(),
            },
            ExprKind::Attribute { value, attr } => match &value.kind {
                ExprKind::Name(ns) if matches!(self.lookup_sym(ns), Some(Sym::Namespace(_))) => {
                    let te = crate::type_resolve::expr_as_type(a);
                    match te {
                        Some(te) if matches!(self.lookup_sym(ns), Some(Sym::Namespace(n)) if n.lookup(&attr.name).is_some()) => {
                            self.resolve_type(&te).unwrap_or_else(Type::object)
                        }
                        _ => Type::object(),
                    }
                }
                _ => Type::object(),
            },
            _ => Type::object(),
        }
    }

    pub fn func_id_by_span(&self, span: Span) -> Option<FuncId> {
        self.sigs
            .iter()
            .position(|s| s.span == span)
            .map(|i| FuncId(i as u32))
    }

    // ---- pass 2: bodies ----

    pub fn finish(mut self, m: &ast::Module) -> (Option<TModule>, Vec<Diagnostic>) {
        let init = crate::stmt::analyze_module_body(&mut self, m);
        let doc = crate::stmt::docstring(&m.body);
        let mut functions = Vec::new();
        for (i, f) in self.functions.iter_mut().enumerate() {
            match f.take() {
                Some(f) => functions.push(f),
                None => {
                    // A signature whose body failed: keep indices stable.
                    let sig = &self.sigs[i];
                    functions.push(TFunction {
                        name: sig.name.clone(),
                        kind: sig.kind,
                        params: vec![],
                        ret: sig.ret.clone(),
                        error: sig.error.clone(),
                        nogil: false,
                        with_gil: false,
                        inline: false,
                        doc: None,
                        vars: vec![],
                        body: vec![],
                        span: sig.span,
                        line: 0,
                        first_line: 0,
                        closure: None,
                        trace: None,
                    })
                }
            }
        }
        let has_errors = self.diags.iter().any(|d| d.is_error());
        let numpy_c_api = self.uses_numpy && self.includes.iter().any(|i| names_numpy_c_api(i));
        let module = TModule {
            name: self.opts.module_name.clone(),
            filename: self.opts.filename.clone(),
            doc,
            functions,
            cglobals: self.cglobals,
            init,
            includes: self.includes,
            extra_sources: self.extra_sources,
            structs: self.structs,
            uses_openmp: self.uses_openmp,
            uses_numpy: self.uses_numpy,
            numpy_c_api,
            checks: self.directives.checks,
        };
        (if has_errors { None } else { Some(module) }, self.diags)
    }

    /// Parameters of a signature as TIR params plus their variables.
    pub fn sig_params(&self, id: FuncId) -> (Vec<TParam>, Vec<Var>) {
        let sig = &self.sigs[id.0 as usize];
        let mut params = Vec::new();
        let mut vars = Vec::new();
        for (i, p) in sig.params.iter().enumerate() {
            vars.push(Var {
                name: p.name.clone(),
                ty: p.ty.clone(),
                param: Some(i),
                span: p.span,
                hidden: false,
                written_through: false,
            });
            params.push(TParam {
                var: VarId(i as u32),
                kind: p.kind,
                default: None,
                none: none_arg(p),
                int_from_number: p.int_from_number,
                pos_only: p.pos_only,
            });
        }
        (params, vars)
    }
}

/// The lines of `text` without their common leading whitespace (the C code
/// of an extern block is written indented inside a Python string).
fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    text.lines()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names `global` statements in `body` declare (nested blocks and
/// nested functions included).
fn global_decls(body: &[ast::Stmt], out: &mut BTreeSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => out.extend(names.iter().map(|n| n.name.clone())),
            StmtKind::FuncDef(f) => global_decls(&f.body, out),
            _ => s.for_each_block(&mut |b, _| global_decls(b, out)),
        }
    }
}

/// `T` of an annotation `Optional[T]` (or `typing.Optional[T]`).
fn optional_arg(a: &ast::Expr) -> Option<&ast::Expr> {
    let ExprKind::Subscript { value, index } = &a.kind else {
        return None;
    };
    let named = match &value.kind {
        ExprKind::Name(n) => n == "Optional",
        ExprKind::Attribute { attr, .. } => attr.name == "Optional",
        _ => false,
    };
    named.then_some(&**index)
}

/// What `None` passed by a Python caller does to parameter `p`: Cython
/// accepts it for typed objects and memoryviews unless `not None` (or
/// annotation typing) refuses it; a builtin or extension type's test
/// refuses it with its own TypeError, others before converting.
fn none_arg(p: &SigParam) -> tir::NoneArg {
    let holds_none = matches!(
        p.ty.strip_const(),
        Type::Object(_) | Type::Buffer(_) | Type::MemView(_)
    );
    if !holds_none {
        tir::NoneArg::Refused
    } else if p.not_none
        && matches!(
            p.ty.strip_const(),
            Type::Object(ObjKind::Any) | Type::MemView(_)
        )
    {
        tir::NoneArg::NotNone
    } else if p.none_ok {
        tir::NoneArg::Accepted
    } else {
        tir::NoneArg::Refused
    }
}

/// Verbatim C (an `includes` entry starting with a newline) that names a
/// NumPy C-API function, type, macro or the API table.
fn names_numpy_c_api(include: &str) -> bool {
    include.starts_with('\n')
        && include
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|w| {
                w.starts_with("PyArray")
                    || w.starts_with("NPY_")
                    || w.starts_with("npy_")
                    || w.starts_with("import_array")
                    || w.starts_with("import_umath")
                    || w.starts_with("PyUFunc")
            })
}

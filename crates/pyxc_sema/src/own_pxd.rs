//! The module's own `.pxd`: `rolling.pxd` beside `rolling.pyx` is read
//! before the `.pyx`, as Cython reads it. Its declarations (ctypedefs,
//! structs, enums, extern blocks, cimports) are the module's own names; a
//! `cdef` function it declares must be defined by the `.pyx` with the same
//! signature (an error with both spans otherwise).

use crate::module_checker::ModuleChecker;
use crate::scope::Sym;
use crate::types::Type;
use pyxc_diagnostics::Diagnostic;
use pyxc_syntax::ast::{self, StmtKind};

impl ModuleChecker<'_> {
    /// Declares the names of the module's own `.pxd`, if there is one, and
    /// returns the `cdef` functions it declares, to be checked against
    /// their definitions once the `.pyx` is declared.
    pub fn declare_own_pxd(&mut self) -> Vec<ast::FuncDef> {
        let Some(dir) = self.opts.include_dirs.first() else {
            return vec![];
        };
        let stem = self.opts.module_name.rsplit('.').next().unwrap_or_default();
        let path = dir.join(format!("{stem}.pxd"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            return vec![];
        };
        // Named as the `.pyx` was (the first file read), so that messages
        // show it the same way and build tools can find it from that name.
        let pyx = self.map.names().next().unwrap_or(&self.opts.filename);
        let shown = std::path::Path::new(pyx).with_extension("pxd");
        let file = self.map.add(shown.display().to_string(), text.clone());
        let (pxd, diags) = pyxc_syntax::parse_module(&text, file);
        let had_errors = diags.iter().any(|d| d.is_error());
        self.diags.extend(diags);
        if had_errors {
            return vec![];
        }
        let mut functions = vec![];
        for s in &pxd.body {
            match &s.kind {
                StmtKind::FuncDef(f) => functions.push((**f).clone()),
                _ => self.declare_stmt(s, false),
            }
        }
        functions
    }

    /// Each `cdef` function the `.pxd` declares is defined in the `.pyx`
    /// with the same kind, parameter types and return type.
    pub fn check_own_pxd(&mut self, declared: &[ast::FuncDef]) {
        for d in declared {
            let name = &d.name.name;
            let Some(Sym::CFunc(id)) = self.lookup_sym(name) else {
                self.diags.push(
                    Diagnostic::error(
                        format!("'{name}' is declared in the .pxd but not defined"),
                        d.name.span,
                    )
                    .with_label_message("define it as a cdef function in the .pyx"),
                );
                continue;
            };
            let Some((params, ret)) = self.declared_types(d) else {
                continue;
            };
            let sig = &self.sigs[id.0 as usize];
            let same = sig.ret == ret
                && sig.params.len() == params.len()
                && sig.params.iter().zip(&params).all(|(p, t)| &p.ty == t)
                && (sig.kind == crate::tir::FuncKind::Cpdef) == (d.kind == ast::FuncKind::Cpdef);
            if !same {
                let sig_span = sig.span;
                self.diags.push(
                    Diagnostic::error(
                        format!("'{name}' does not match its declaration in the .pxd"),
                        sig_span,
                    )
                    .with_label_message("defined here")
                    .with_secondary(d.sig_span, "declared here")
                    .with_note("the kind, parameter types and return type must be the same"),
                );
            }
        }
    }

    /// The parameter and return types a `.pxd` function declaration names.
    fn declared_types(&mut self, d: &ast::FuncDef) -> Option<(Vec<Type>, Type)> {
        let mut params = vec![];
        for p in &d.params {
            params.push(match &p.ty {
                Some(t) => self.resolve_type(t)?,
                None => Type::object(),
            });
        }
        let ret = match &d.ret {
            Some(t) => self.resolve_type(t)?,
            None => Type::object(),
        };
        Some((params, ret))
    }
}

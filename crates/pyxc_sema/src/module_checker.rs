//! The state of one module's analysis: its compile-time names, the
//! signatures of its functions (known before any body is read), the bodies
//! analysed so far and its diagnostics. Declared here, apart from the passes
//! that fill it (`module.rs`, `own_pxd.rs`, `type_resolve.rs`) and the body
//! checker that reads it, so the state flows down and no pass imports another.

use crate::directives::Directives;
use crate::scope::{Namespace, Sym};
use crate::tir::{self, TFunction, Var};
use crate::types::{ErrorReturn, StructType, Type};
use crate::Options;
use pyxc_diagnostics::{Diagnostic, SourceMap, Span};
use pyxc_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The signature of a module function, known before bodies are analysed.
#[derive(Clone, Debug)]
pub struct FuncSig {
    pub name: String,
    pub kind: tir::FuncKind,
    pub params: Vec<SigParam>,
    pub ret: Type,
    pub error: ErrorReturn,
    pub nogil: bool,
    pub with_gil: bool,
    pub inline: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SigParam {
    pub name: String,
    pub ty: Type,
    pub kind: tir::ParamKind,
    pub default: Option<ast::Expr>,
    pub not_none: bool,
    pub none_ok: bool,
    pub int_from_number: bool,
    /// Before a `/`: never matched by a keyword.
    pub pos_only: bool,
    pub span: Span,
}

pub struct ModuleChecker<'a> {
    pub map: &'a mut SourceMap,
    pub opts: &'a Options,
    pub diags: Vec<Diagnostic>,
    /// Compile-time names of the module (types, C functions, cimports).
    pub syms: BTreeMap<String, Sym>,
    /// Values of the module's own enum constants (array sizes, later
    /// enum values).
    pub enum_consts: BTreeMap<String, i128>,
    /// `DEF` constants, as the literal each stands for.
    pub def_consts: BTreeMap<String, ast::Expr>,
    /// Inside an extern block: C function types there default to noexcept.
    pub in_extern: bool,
    /// Names the module binds at run time (assignments, imports, defs).
    pub py_globals: BTreeSet<String>,
    pub sigs: Vec<FuncSig>,
    pub functions: Vec<Option<TFunction>>,
    pub cglobals: Vec<Var>,
    pub includes: Vec<String>,
    pub directives: Directives,
    pub uses_numpy: bool,
    /// A `prange` loop runs in parallel: the module is built with OpenMP.
    pub uses_openmp: bool,
    pub extra_sources: Vec<String>,
    /// Structs and unions the module itself declares (not extern), in order.
    pub structs: Vec<Rc<StructType>>,
    pub(crate) pxd_cache: BTreeMap<String, Rc<Namespace>>,
    /// The `.pxd`s being read, outermost first, each with the names it has
    /// declared so far: a cimport cycle back to one sees those, as in Cython.
    pub(crate) pxd_loading: Vec<(String, BTreeMap<String, Sym>)>,
}

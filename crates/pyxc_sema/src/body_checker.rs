//! The state of one body's analysis (a function's, or the module's own
//! statements): its locals, cells and free names, the directives and `nogil`
//! state in force, and the module it belongs to. Its methods live with the
//! statements and expressions they check; the struct is declared here so
//! every one of those files imports it from one leaf.

use crate::directives::Directives;
use crate::module_checker::ModuleChecker;
use crate::tir::{MvIndex, TExpr, Var, VarId};
use crate::types::Type;
use std::collections::{BTreeMap, BTreeSet};

/// Analysis state of one function body.
pub struct BodyChecker<'m, 'a> {
    pub m: &'m mut ModuleChecker<'a>,
    pub vars: Vec<Var>,
    /// Local names in scope (comprehension targets shadow temporarily).
    pub names: BTreeMap<String, VarId>,
    pub is_module: bool,
    pub globals_decl: BTreeSet<String>,
    /// Names this function declares `nonlocal` (its enclosing function's).
    pub nonlocal_decl: BTreeSet<String>,
    pub dirs: Directives,
    /// Inside `with nogil:` or a `nogil` function.
    pub nogil: bool,
    pub ret: Type,
    /// Reported a nogil violation for the current statement already.
    pub(crate) nogil_reported: bool,
    /// Whether `nogil` is certain here: false only directly in a `nogil`
    /// function, which callers may enter holding the GIL or not.
    pub(crate) gil_known: bool,
    /// Nesting of statement blocks (1 = the function body itself).
    pub(crate) depth: u32,
    /// Locals certainly bound at this point: assigned by an earlier
    /// statement of the function body's own block, so reading them needs no
    /// "unbound" check.
    pub assigned: BTreeSet<VarId>,
    /// Names a `del` or an `except ... as name:` can unbind somewhere in the
    /// body: never treated as certainly assigned.
    pub(crate) unbindable: BTreeSet<String>,
    pub(crate) hidden: u32,
    /// Locals that lambdas or nested functions read: each lives in a cell
    /// held by a hidden local (name -> (cell local, the variable's type)).
    pub cells: BTreeMap<String, (VarId, Type)>,
    /// In a closure: the enclosing variables it reads (name -> index).
    pub free: BTreeMap<String, usize>,
    /// The function's name, prefix of its closures' names.
    pub fname: String,
    /// Closures created so far (numbers the lambdas).
    pub(crate) nested: u32,
    /// Names whose capture was refused (reported once): their uses in
    /// closures are silently erroneous.
    pub poisoned: BTreeSet<String>,
    /// Coercing a C call's argument: a `char *` may come from a temporary
    /// bytes object (it lives until the call returns).
    pub temp_cstr_ok: bool,
}

/// What indexing a view produced.
pub enum ViewIndex {
    Element(MvIndex),
    Slice(TExpr),
}

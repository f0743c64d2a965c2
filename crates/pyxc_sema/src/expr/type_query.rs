//! The type query: the type an expression would have here, with no effect
//! on the analysis around it.
//!
//! Type inference and the pinning of `a[i] += x` must know a type before
//! they decide how to analyse. The query runs the expression's own analysis
//! (so its answer cannot drift from the typing rules) inside a probe that
//! is rolled back, as rustc's inference probes are: every diagnostic,
//! compiler-made local, C tuple struct, binding and flag the analysis
//! changed is restored. Expressions that would create functions
//! (lambdas, comprehensions, f-strings with their own scopes) are not
//! queried: making a function is not undone.

use crate::body_checker::BodyChecker;
use crate::tir::VarId;
use crate::types::Type;
use pyxc_syntax::ast::{self, ExprKind};
use std::collections::{BTreeMap, BTreeSet};

/// What an expression's analysis can change, as it was before the probe.
struct Mark {
    diags: usize,
    structs: usize,
    vars: usize,
    hidden: u32,
    nested: u32,
    nogil_reported: bool,
    names: BTreeMap<String, VarId>,
    assigned: BTreeSet<VarId>,
    poisoned: BTreeSet<String>,
}

impl BodyChecker<'_, '_> {
    /// The type `e` has here; `None` when its analysis reports an error or
    /// it cannot be queried (see the module header).
    pub(crate) fn type_query(&mut self, e: &ast::Expr) -> Option<Type> {
        if makes_function(e) {
            return None;
        }
        let mark = self.mark();
        let t = self.expr(e);
        let clean = !self.m.diags[mark.diags..].iter().any(|d| d.is_error());
        self.roll_back(mark);
        clean.then_some(t.ty)
    }

    fn mark(&self) -> Mark {
        Mark {
            diags: self.m.diags.len(),
            structs: self.m.structs.len(),
            vars: self.vars.len(),
            hidden: self.hidden,
            nested: self.nested,
            nogil_reported: self.nogil_reported,
            names: self.names.clone(),
            assigned: self.assigned.clone(),
            poisoned: self.poisoned.clone(),
        }
    }

    fn roll_back(&mut self, m: Mark) {
        self.m.diags.truncate(m.diags);
        self.m.structs.truncate(m.structs);
        self.vars.truncate(m.vars);
        self.hidden = m.hidden;
        self.nested = m.nested;
        self.nogil_reported = m.nogil_reported;
        self.names = m.names;
        self.assigned = m.assigned;
        self.poisoned = m.poisoned;
    }
}

/// `e` contains a lambda, comprehension, walrus, yield or f-string.
fn makes_function(e: &ast::Expr) -> bool {
    if matches!(
        e.kind,
        ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield(_)
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::FString(_)
    ) {
        return true;
    }
    let mut found = false;
    e.for_each_child(&mut |c| found = found || makes_function(c));
    found
}

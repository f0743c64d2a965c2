//! Which numpy buffer variables a function writes through, as Cython's
//! `writable_needed`: a `cnp.ndarray[...]` argument or local whose elements
//! are assigned (or whose element address is taken, which C may write
//! through) is acquired writable; any other is acquired read-only, so a
//! read-only array passed to a function that only reads it is accepted.
//!
//! **Proof obligation:** every write through a buffer variable's data is
//! one of the nodes matched here; a variable not marked is never written
//! through, so acquiring it read-only cannot let a write reach an array
//! that refused one.

use crate::tir::{LValue, TExpr, TExprKind, TFunction, TModule, VarId};
use crate::types::Type;
use pyxc_tir::visit::{self, Node};
use std::collections::BTreeSet;

pub fn run(module: &mut TModule) {
    visit::functions_mut(module).for_each(mark);
}

fn mark(f: &mut TFunction) {
    let mut written = BTreeSet::new();
    visit::nodes_in_function(f, &mut |n| match n {
        Node::LValue(LValue::MvElement(ix)) => note(&ix.view, &mut written),
        Node::LValue(LValue::MvAll(view)) => note(view, &mut written),
        Node::Expr(TExpr {
            kind: TExprKind::MvElementAddr(ix),
            ..
        }) => note(&ix.view, &mut written),
        _ => {}
    });
    for v in written {
        f.vars[v.0 as usize].written_through = true;
    }
}

/// The buffer variable `view` reads, through any slicing of it.
fn note(view: &TExpr, out: &mut BTreeSet<VarId>) {
    match &view.kind {
        TExprKind::Local { var, .. } if matches!(view.ty.strip_const(), Type::Buffer(_)) => {
            out.insert(*var);
        }
        TExprKind::MvSlice { view, .. } => note(view, out),
        _ => {}
    }
}

//! The exact-float fast path: a Python arithmetic chain converted to a C
//! double is computed in C doubles when its operands allow.
//!
//! A chain is Python `+ - *` whose operands are C doubles (boxed for the
//! operation, so every operation is float's), other objects, and `x ** 2`
//! of objects, with at least one float operand at each operation. Its
//! [`ChainNode`] tree replaces `<double>(chain)`; codegen evaluates the
//! leaves once in Python's order, and when every object leaf is an exact
//! float, or an exact int whose value (or square) is exactly a double,
//! computes the chain in C; otherwise it applies the number protocol to the
//! leaves it already evaluated.
//!
//! **Proof obligation:** the fast path computes what float's own methods
//! compute: each operation is an IEEE double operation on operands that
//! float would see (an int converted exactly; `x ** 2` by libm's `pow` for
//! a float and exactly for an int), in the same order. Evaluating every
//! leaf before any operation is only allowed when no operation that could
//! raise precedes an object leaf in Python's order ([`Chain::order_ok`]),
//! so the first exception raised is Python's.

use crate::tir::{ChainNode, Coercion, PyBinOp, TExpr, TExprKind, TModule};
use crate::types::{FloatKind, Type};
use pyxc_diagnostics::Span;
use pyxc_tir::visit;

/// The pass: every conversion of a Python value to a C double whose
/// operand is a chain the fast path may compute becomes a
/// [`TExprKind::FloatChain`] (inner conversions first).
pub fn run(module: &mut TModule) {
    let mut rewrite_one = |e: &mut TExpr| {
        let TExprKind::Coerce {
            kind: Coercion::FromObject,
            operand,
        } = &e.kind
        else {
            return;
        };
        if e.ty.float_kind() != Some(FloatKind::Double) {
            return;
        }
        if let Some(chain) = rewrite(operand, &e.ty, e.span) {
            *e = chain;
        }
    };
    for f in visit::functions_mut(module) {
        visit::exprs_in_function(f, &mut rewrite_one);
    }
}

/// `<to>(operand)` as a [`TExprKind::FloatChain`] when `operand` is a
/// chain the fast path may compute.
fn rewrite(operand: &TExpr, to: &Type, span: Span) -> Option<TExpr> {
    let chain = chain_of(operand);
    if !matches!(chain, Chain::Bin(..)) || !chain.order_ok() {
        return None;
    }
    let node = Box::new(chain.to_node());
    Some(TExpr::new(TExprKind::FloatChain(node), to.clone(), span))
}

/// The chain read off the tree, borrowing it.
enum Chain<'a> {
    CDouble(&'a TExpr),
    Leaf(&'a TExpr),
    Square(&'a TExpr, &'a TExpr),
    Bin(PyBinOp, bool, Box<Chain<'a>>, Box<Chain<'a>>),
}

fn chain_of(e: &TExpr) -> Chain<'_> {
    match &e.kind {
        TExprKind::Coerce {
            kind: Coercion::ToObject,
            operand,
        } if operand.ty.float_kind() == Some(FloatKind::Double) => Chain::CDouble(operand),
        TExprKind::PyBinary {
            op: op @ (PyBinOp::Add | PyBinOp::Sub | PyBinOp::Mul),
            left,
            right,
            inplace,
        } => {
            let (l, r) = (chain_of(left), chain_of(right));
            if l.is_float() || r.is_float() {
                Chain::Bin(*op, *inplace, Box::new(l), Box::new(r))
            } else {
                Chain::Leaf(e)
            }
        }
        TExprKind::PyBinary {
            op: PyBinOp::Pow,
            left,
            right,
            ..
        } if crate::tir::is_python_int_two(right) => Chain::Square(left, right),
        _ => Chain::Leaf(e),
    }
}

impl Chain<'_> {
    fn is_float(&self) -> bool {
        matches!(self, Chain::CDouble(_) | Chain::Bin(..))
    }

    /// Contains an operation that may raise.
    fn has_op(&self) -> bool {
        matches!(self, Chain::Square(..) | Chain::Bin(..))
    }

    fn has_obj(&self) -> bool {
        match self {
            Chain::CDouble(_) => false,
            Chain::Leaf(_) | Chain::Square(..) => true,
            Chain::Bin(_, _, l, r) => l.has_obj() || r.has_obj(),
        }
    }

    /// All leaves may be evaluated before any operation: no operation that
    /// could raise comes before an object leaf in Python's order.
    fn order_ok(&self) -> bool {
        match self {
            Chain::Bin(_, _, l, r) => !(l.has_op() && r.has_obj()) && l.order_ok() && r.order_ok(),
            _ => true,
        }
    }

    fn to_node(&self) -> ChainNode {
        match self {
            Chain::CDouble(x) => ChainNode::CDouble((*x).clone()),
            Chain::Leaf(x) => ChainNode::Leaf((*x).clone()),
            Chain::Square(base, two) => ChainNode::Square {
                base: (*base).clone(),
                two: (*two).clone(),
            },
            Chain::Bin(op, inplace, l, r) => ChainNode::Bin {
                op: *op,
                inplace: *inplace,
                left: Box::new(l.to_node()),
                right: Box::new(r.to_node()),
            },
        }
    }
}

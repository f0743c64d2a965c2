//! Float fast-path chains ([`TExprKind::FloatChain`]): C doubles when every
//! leaf allows it, the number protocol otherwise.

use crate::fn_writer::{FnWriter, Val};
use crate::R;
use pyxc_tir::tir::*;
use pyxc_tir::types::Type;

impl<'m, 'a> FnWriter<'m, 'a> {
    /// A [`TExprKind::FloatChain`]: the leaves evaluated once, in order;
    /// the C computation when every object leaf is an exact float or an
    /// int exactly a double (`pyxc_cg_num_leaf`/`pyxc_cg_sq_leaf`), the
    /// number protocol on the evaluated leaves otherwise.
    pub(super) fn float_chain(&mut self, chain: &ChainNode) -> R<Val> {
        let mut leaves = Vec::new();
        self.chain_leaves(chain, &mut leaves)?;
        let dt = Type::double();
        let mut tests = Vec::new();
        let mut ys = Vec::new();
        for l in &leaves {
            match l {
                LeafVal::C(x) => ys.push(x.clone()),
                LeafVal::Obj(o, sq) => {
                    let y = self.c_temp(&dt);
                    let f = if *sq {
                        "pyxc_cg_sq_leaf"
                    } else {
                        "pyxc_cg_num_leaf"
                    };
                    self.require(f);
                    tests.push(format!("{f}({}, &{y})", o.code()));
                    ys.push(y);
                }
            }
        }
        let r = self.c_temp(&dt);
        self.w.open(format!("if ({})", tests.join(" && ")));
        let mut i = 0;
        let code = chain_c_code(chain, &ys, &mut i);
        self.w.line(format!("{r} = {code};"));
        self.w.else_();
        let mut i = 0;
        let res = self.chain_generic(chain, &leaves, &mut i)?;
        self.require("pyxc_as_double");
        self.w
            .line(format!("{r} = pyxc_as_double({});", res.code()));
        let occurred = self.err_occurred();
        self.check(&format!("{r} == -1 && {occurred}"), None);
        self.release(&res);
        self.w.close();
        for l in &leaves {
            if let LeafVal::Obj(o, _) = l {
                self.release(o);
            }
        }
        Ok(Val::atom(r))
    }

    fn chain_leaves(&mut self, c: &ChainNode, out: &mut Vec<LeafVal>) -> R<()> {
        match c {
            ChainNode::CDouble(x) => {
                // A copy: a later leaf must not see a changed value.
                let v = self.c_val(x)?;
                let t = self.c_temp(&Type::double());
                self.w.line(format!("{t} = {};", v.0));
                out.push(LeafVal::C(t));
            }
            ChainNode::Leaf(x) => {
                let o = self.obj(x)?;
                out.push(LeafVal::Obj(o, false));
            }
            ChainNode::Square { base, .. } => {
                let o = self.obj(base)?;
                out.push(LeafVal::Obj(o, true));
            }
            ChainNode::Bin { left, right, .. } => {
                self.chain_leaves(left, out)?;
                self.chain_leaves(right, out)?;
            }
        }
        Ok(())
    }

    /// The chain by the number protocol on evaluated leaves (a new reference,
    /// or a borrowed leaf).
    fn chain_generic(&mut self, c: &ChainNode, leaves: &[LeafVal], i: &mut usize) -> R<Val> {
        match c {
            ChainNode::CDouble(_) => {
                let LeafVal::C(x) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                Ok(self.call_obj(format!("PyFloat_FromDouble({x})")))
            }
            ChainNode::Leaf(_) => {
                let LeafVal::Obj(o, _) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                Ok(Val::borrowed(o.code().to_string()))
            }
            ChainNode::Square { two, .. } => {
                let LeafVal::Obj(o, _) = &leaves[*i] else {
                    unreachable!()
                };
                *i += 1;
                let o = o.code().to_string();
                let t = self.obj(two)?;
                self.require("pyxc_cg_pow2");
                let r = self.call_obj(format!("pyxc_cg_pow2({o}, {})", t.code()));
                self.release(&t);
                Ok(r)
            }
            ChainNode::Bin {
                op,
                inplace,
                left,
                right,
            } => {
                let a = self.chain_generic(left, leaves, i)?;
                let b = self.chain_generic(right, leaves, i)?;
                let op = chain_op(*op);
                self.require("pyxc_cg_arith");
                let res = self.call_obj(format!(
                    "pyxc_cg_arith({}, {}, '{op}', {})",
                    a.code(),
                    b.code(),
                    *inplace as u8
                ));
                self.release(&a);
                self.release(&b);
                Ok(res)
            }
        }
    }
}

enum LeafVal {
    C(String),
    /// An object leaf; `true` when its square is wanted.
    Obj(Val, bool),
}

/// The C operator of a chain's `+ - *`.
fn chain_op(op: PyBinOp) -> char {
    match op {
        PyBinOp::Add => '+',
        PyBinOp::Sub => '-',
        _ => '*',
    }
}

/// The chain in C doubles over the leaves' values `ys`.
fn chain_c_code(c: &ChainNode, ys: &[String], i: &mut usize) -> String {
    match c {
        ChainNode::Bin {
            op, left, right, ..
        } => {
            let a = chain_c_code(left, ys, i);
            let b = chain_c_code(right, ys, i);
            format!("({a} {} {b})", chain_op(*op))
        }
        _ => {
            *i += 1;
            ys[*i - 1].clone()
        }
    }
}

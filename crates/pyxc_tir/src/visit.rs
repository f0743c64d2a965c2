//! Walking the typed tree mutably, for sema's tree-to-tree passes: every
//! expression and assigned place of a function, children before their
//! parent, so a pass can rewrite a node after its operands are rewritten.
//!
//! The matches here are exhaustive on purpose: a new node kind does not
//! compile until this file says where its expressions are, so no pass can
//! silently skip it.

use crate::tir::*;

/// A place the walk reaches: every expression, and every assigned place
/// (after the expressions inside it).
pub enum Node<'a> {
    Expr(&'a mut TExpr),
    LValue(&'a mut LValue),
}

/// Every function of `module` and its module body, for a pass over all code.
pub fn functions_mut(module: &mut TModule) -> impl Iterator<Item = &mut TFunction> {
    module
        .functions
        .iter_mut()
        .chain(std::iter::once(&mut module.init))
}

/// Every expression of `f` (parameter defaults, then the body).
pub fn exprs_in_function(f: &mut TFunction, visit: &mut dyn FnMut(&mut TExpr)) {
    nodes_in_function(f, &mut |n| {
        if let Node::Expr(e) = n {
            visit(e)
        }
    });
}

/// Every expression and assigned place of `f` (parameter defaults, then
/// the body), children before their parent.
pub fn nodes_in_function(f: &mut TFunction, visit: &mut dyn FnMut(Node<'_>)) {
    for p in &mut f.params {
        match &mut p.default {
            Some(ParamDefault::Constant(e) | ParamDefault::Stored(e)) => expr(e, visit),
            Some(ParamDefault::InClosure) | None => {}
        }
    }
    nodes_in_body(&mut f.body, visit);
}

/// Every node of the statements `body`, nested blocks included.
pub fn nodes_in_body(body: &mut [TStmt], visit: &mut dyn FnMut(Node<'_>)) {
    for s in body {
        stmt(s, visit);
    }
}

fn stmt(s: &mut TStmt, v: &mut dyn FnMut(Node<'_>)) {
    match &mut s.kind {
        TStmtKind::ArrayFill { array, value, .. } => {
            expr(array, v);
            expr(value, v);
        }
        TStmtKind::Expr(e) => expr(e, v),
        TStmtKind::Assign { target, value } | TStmtKind::Import { target, value } => {
            lvalue(target, v);
            expr(value, v);
        }
        TStmtKind::Unpack {
            targets,
            value,
            items,
        } => {
            targets.iter_mut().for_each(|t| lvalue(t, v));
            expr(value, v);
            items.iter_mut().for_each(|e| expr(e, v));
        }
        TStmtKind::If { test, body, orelse } | TStmtKind::While { test, body, orelse } => {
            expr(test, v);
            nodes_in_body(body, v);
            nodes_in_body(orelse, v);
        }
        TStmtKind::ForRange { .. } => for_range(s, v),
        TStmtKind::ForIter {
            target,
            iter,
            item,
            body,
            orelse,
        } => {
            lvalue(target, v);
            expr(iter, v);
            expr(item, v);
            nodes_in_body(body, v);
            nodes_in_body(orelse, v);
        }
        TStmtKind::Break | TStmtKind::Continue | TStmtKind::Pass => {}
        TStmtKind::Return(e) => e.iter_mut().for_each(|e| expr(e, v)),
        TStmtKind::Raise { exc, cause } => {
            exc.iter_mut().for_each(|e| expr(e, v));
            cause.iter_mut().for_each(|e| expr(e, v));
        }
        TStmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            nodes_in_body(body, v);
            for h in handlers {
                h.ty.iter_mut().for_each(|e| expr(e, v));
                h.target.iter_mut().for_each(|t| lvalue(t, v));
                nodes_in_body(&mut h.body, v);
            }
            nodes_in_body(orelse, v);
            nodes_in_body(finalbody, v);
        }
        TStmtKind::WithGil { body, .. } => nodes_in_body(body, v),
        TStmtKind::ParallelBlock { num_threads, body } => {
            num_threads.iter_mut().for_each(|e| expr(e, v));
            nodes_in_body(body, v);
        }
        TStmtKind::With {
            context,
            target,
            body,
        } => {
            expr(context, v);
            target.iter_mut().for_each(|t| lvalue(t, v));
            nodes_in_body(body, v);
        }
        TStmtKind::Assert { test, msg } => {
            expr(test, v);
            msg.iter_mut().for_each(|e| expr(e, v));
        }
        TStmtKind::Del(target) => lvalue(target, v),
        TStmtKind::BindFunction { .. } => {}
    }
}

fn for_range(s: &mut TStmt, v: &mut dyn FnMut(Node<'_>)) {
    let TStmtKind::ForRange {
        var,
        counter_ty: _,
        start,
        stop,
        step,
        step_sign: _,
        body,
        orelse,
        fast,
        legacy: _,
        parallel,
    } = &mut s.kind
    else {
        return;
    };
    lvalue(var, v);
    for e in [start, stop, step] {
        expr(e, v);
    }
    if let Some(p) = parallel {
        p.num_threads.iter_mut().for_each(|e| expr(e, v));
        p.chunksize.iter_mut().for_each(|e| expr(e, v));
    }
    nodes_in_body(body, v);
    nodes_in_body(orelse, v);
    if let Some(f) = fast {
        expr(&mut f.guard, v);
        nodes_in_body(&mut f.body, v);
    }
}

fn lvalue(lv: &mut LValue, v: &mut dyn FnMut(Node<'_>)) {
    match lv {
        LValue::Local(_)
        | LValue::CGlobal(_)
        | LValue::Global(_)
        | LValue::Cell { .. }
        | LValue::FreeCell { .. } => {}
        LValue::MvElement(ix) => mv_index(ix, v),
        LValue::MvAll(e) => expr(e, v),
        LValue::PtrIndex { ptr: a, index: b }
        | LValue::PyItem { obj: a, index: b }
        | LValue::PyItemInt {
            obj: a, index: b, ..
        } => {
            expr(a, v);
            expr(b, v);
        }
        LValue::Field { base, .. } => lvalue(base, v),
        LValue::PyAttr { obj, .. } => expr(obj, v),
    }
    v(Node::LValue(lv));
}

fn mv_index(ix: &mut MvIndex, v: &mut dyn FnMut(Node<'_>)) {
    expr(&mut ix.view, v);
    ix.indices.iter_mut().for_each(|e| expr(e, v));
}

fn boxed(e: &mut Option<Box<TExpr>>, v: &mut dyn FnMut(Node<'_>)) {
    if let Some(e) = e {
        expr(e, v);
    }
}

/// `e`'s children, then `e`.
fn expr(e: &mut TExpr, v: &mut dyn FnMut(Node<'_>)) {
    children(e, v);
    v(Node::Expr(e));
}

fn children(e: &mut TExpr, v: &mut dyn FnMut(Node<'_>)) {
    use TExprKind as K;
    let mut go = |x: &mut TExpr| expr(x, v);
    match &mut e.kind {
        K::IntConst(_)
        | K::FloatConst(_)
        | K::BigIntConst(_)
        | K::ImagConst(_)
        | K::StrConst(_)
        | K::BytesConst(_)
        | K::CStrConst(_)
        | K::BoolConst(_)
        | K::NoneConst
        | K::NullConst
        | K::CName(_)
        | K::EnumConst(_)
        | K::ThreadId
        | K::Local { .. }
        | K::CGlobal(_)
        | K::Global(_)
        | K::BuiltinName(_)
        | K::CFuncRef(_)
        | K::CellGet { .. }
        | K::FreeVar { .. }
        | K::FreeCell(_)
        | K::SizeOf(_)
        | K::Import { .. }
        | K::UnpackedItem
        | K::IterItem
        | K::NewCell(None)
        | K::MakeFunction { closure: None, .. } => {}
        K::Let { value: x, .. }
        | K::NewCell(Some(x))
        | K::MakeFunction {
            closure: Some(x), ..
        }
        | K::CUnary { operand: x, .. }
        | K::PyUnary { operand: x, .. }
        | K::Coerce { operand: x, .. }
        | K::PyAttr { obj: x, .. }
        | K::ImportFrom { module: x, .. }
        | K::BufferData(x)
        | K::Field { base: x, .. } => go(x),
        K::CBinary { left, right, .. }
        | K::CCompare { left, right, .. }
        | K::CLogical { left, right, .. }
        | K::PyBinary { left, right, .. }
        | K::PyCompare { left, right, .. }
        | K::PyCompareBool { left, right, .. }
        | K::PyLogical { left, right, .. }
        | K::SoftComplexPow {
            base: left,
            exponent: right,
        }
        | K::PyGetItem {
            obj: left,
            index: right,
        }
        | K::PyGetItemInt {
            obj: left,
            index: right,
            ..
        }
        | K::BytesItem {
            obj: left,
            index: right,
            ..
        }
        | K::Append {
            list: left,
            item: right,
        }
        | K::PtrIndex {
            ptr: left,
            index: right,
        } => {
            go(left);
            go(right);
        }
        K::CStrSlice { ptr, start, stop } => {
            go(ptr);
            go(start);
            boxed(stop, v);
        }
        K::FloatChain(chain) => chain_leaves(chain, v),
        K::Effects { discarded, value } => {
            discarded.iter_mut().for_each(&mut go);
            go(value);
        }
        K::Cond { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        K::AddressOf(lv) => lvalue(lv, v),
        K::CChain {
            operands: items, ..
        }
        | K::MakeList(items)
        | K::MakeTuple(items)
        | K::MakeSet(items)
        | K::StructLit(items)
        | K::CCall { args: items, .. }
        | K::BuiltinCall { args: items, .. } => items.iter_mut().for_each(go),
        K::PyMethodCall {
            obj: head, args, ..
        }
        | K::CCallPtr {
            func: head, args, ..
        } => {
            go(head);
            args.iter_mut().for_each(go);
        }
        K::MvFromPtr { ptr, shape, .. } => {
            go(ptr);
            shape.iter_mut().for_each(go);
        }
        K::MakeDict(pairs) => pairs.iter_mut().for_each(|(k, x)| {
            expr(k, v);
            expr(x, v);
        }),
        K::PyCall { func, args } => {
            go(func);
            args.iter_mut().for_each(|a| match a {
                TArg::Positional(x) | TArg::Keyword(_, x) | TArg::Star(x) | TArg::DoubleStar(x) => {
                    expr(x, v)
                }
            });
        }
        K::PySlice {
            obj,
            lower,
            upper,
            step,
        } => {
            go(obj);
            for x in [lower, upper, step] {
                boxed(x, v);
            }
        }
        K::MakeSlice { lower, upper, step } => {
            for x in [lower, upper, step] {
                boxed(x, v);
            }
        }
        K::Display { parts, .. } => display(parts, v),
        K::Comp {
            elt,
            value,
            generators,
            ..
        } => {
            for g in generators {
                generator(g, v);
            }
            expr(elt, v);
            boxed(value, v);
        }
        K::FormatJoin(parts) => {
            for p in parts {
                if let TFormatPart::Value { value, spec, .. } = p {
                    expr(value, v);
                    spec.iter_mut().for_each(|s| expr(s, v));
                }
            }
        }
        K::MvElement(ix) | K::MvElementAddr(ix) => mv_index(ix, v),
        K::MvSlice { view, axes, .. } => {
            go(view);
            axes.iter_mut().for_each(|a| axis(a, v));
        }
        K::MvShapeAt { view, index, .. } => {
            go(view);
            go(index);
        }
        K::MvShape { view, .. }
        | K::MvStride { view, .. }
        | K::MvShapeList { view, .. }
        | K::MvAttr { view, .. }
        | K::MvCopy { view, .. }
        | K::MvIsContig { view, .. }
        | K::MvTranspose { view, .. } => go(view),
    }
}

fn chain_leaves(c: &mut ChainNode, v: &mut dyn FnMut(Node<'_>)) {
    match c {
        ChainNode::CDouble(e) | ChainNode::Leaf(e) => expr(e, v),
        ChainNode::Square { base, two } => {
            expr(base, v);
            expr(two, v);
        }
        ChainNode::Bin { left, right, .. } => {
            chain_leaves(left, v);
            chain_leaves(right, v);
        }
    }
}

fn display(parts: &mut [DisplayPart], v: &mut dyn FnMut(Node<'_>)) {
    for p in parts {
        match p {
            DisplayPart::Item(x) | DisplayPart::Star(x) | DisplayPart::DoubleStar(x) => expr(x, v),
            DisplayPart::Pair(k, x) => {
                expr(k, v);
                expr(x, v);
            }
        }
    }
}

fn generator(g: &mut TGenerator, v: &mut dyn FnMut(Node<'_>)) {
    lvalue(&mut g.target, v);
    expr(&mut g.iter, v);
    expr(&mut g.item, v);
    nodes_in_body(&mut g.unpack, v);
    g.ifs.iter_mut().for_each(|e| expr(e, v));
}

fn axis(a: &mut MvAxisIndex, v: &mut dyn FnMut(Node<'_>)) {
    match a {
        MvAxisIndex::Index(e) => expr(e, v),
        MvAxisIndex::Slice { start, stop, step } => {
            for x in [start, stop, step] {
                x.iter_mut().for_each(|e| expr(e, v));
            }
        }
    }
}

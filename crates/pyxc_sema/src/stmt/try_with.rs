//! `try` (`except`, `else`, `finally`) and `with` statements, `with gil` /
//! `with nogil` included.

use super::set_directive;
use crate::body_checker::BodyChecker;
use crate::scope::Intrinsic;
use crate::tir::*;
use crate::types::Type;
use pyxc_diagnostics::Span;
use pyxc_syntax::ast::{self, ExprKind, StmtKind};

impl<'m, 'a> BodyChecker<'m, 'a> {
    pub(super) fn stmt_try(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } = &s.kind
        else {
            return;
        };
        let span = s.span;
        if !handlers.is_empty() {
            // Catching needs the exception state (try/finally does not).
            self.require_gil("catching an exception ('except')", span);
        }
        let body = self.block(body);
        let mut hs = Vec::new();
        for h in handlers {
            let ty = h.ty.as_ref().map(|e| {
                let t = self.expr(e);
                self.coerce_object(t)
            });
            let target = h.name.as_ref().and_then(|n| {
                let e = ast::Expr {
                    kind: ExprKind::Name(n.name.clone()),
                    span: n.span,
                };
                self.lvalue(&e)
            });
            let mut body = self.block(&h.body);
            // Python 3 unbinds `except ... as name` when the handler
            // ends (`name = None; del name`), so it cannot leak.
            if let Some(t @ (LValue::Local(_) | LValue::Global(_))) = &target {
                let none = TExpr::new(TExprKind::NoneConst, Type::object(), h.span);
                let end = self.line(h.span);
                body.push(TStmt {
                    kind: TStmtKind::Assign {
                        target: t.clone(),
                        value: none,
                    },
                    span: h.span,
                    line: end,
                });
                body.push(TStmt {
                    kind: TStmtKind::Del(t.clone()),
                    span: h.span,
                    line: end,
                });
            }
            hs.push(THandler {
                ty,
                target,
                body,
                line: self.line(h.span),
            });
        }
        let orelse = self.block(orelse);
        let finalbody = self.block(finalbody);
        self.push(
            out,
            TStmtKind::Try {
                body,
                handlers: hs,
                orelse,
                finalbody,
            },
            span,
        );
    }

    pub(super) fn stmt_with_gil(&mut self, s: &ast::Stmt, out: &mut Vec<TStmt>) {
        let StmtKind::WithGil {
            release,
            condition,
            body,
        } = &s.kind
        else {
            return;
        };
        let span = s.span;
        if condition.is_some() {
            self.err("conditional 'with nogil(...)' is not supported yet", span);
        }
        if *release && self.is_module {
            self.err("'with nogil' is only allowed inside a function", span);
            return;
        }
        if self.gil_known && *release == self.nogil {
            self.err(
                if *release {
                    "trying to release the GIL while it was previously released"
                } else {
                    "trying to acquire the GIL while it is already held"
                },
                span,
            );
        }
        let saved = (self.nogil, self.gil_known);
        self.nogil = *release;
        self.gil_known = true;
        let body = self.block_same_depth(body);
        (self.nogil, self.gil_known) = saved;
        self.push(
            out,
            TStmtKind::WithGil {
                release: *release,
                body,
            },
            span,
        );
    }

    pub(super) fn with_stmt(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<TStmt>,
    ) {
        let Some((first, rest)) = items.split_first() else {
            return;
        };
        // `with parallel(num_threads=n):` runs the block in a thread team.
        if let ExprKind::Call { func, args } = &first.context.kind {
            if let Some(Intrinsic::Parallel) = self.intrinsic_of(func) {
                if !rest.is_empty() || first.target.is_some() {
                    self.err(
                        "parallel() stands alone in its 'with' statement",
                        first.context.span,
                    );
                    return;
                }
                self.parallel_block(args, body, span, out);
                return;
            }
        }
        // `with cython.boundscheck(False):` changes directives for the block.
        if let ExprKind::Call { func, args } = &first.context.kind {
            if let Some(Intrinsic::Directive(name)) = self.intrinsic_of(func) {
                let saved = self.dirs;
                let mut dirs = self.dirs;
                set_directive(self.m, &mut dirs, name, args, first.context.span);
                self.dirs = dirs;
                if rest.is_empty() {
                    let b = self.block(body);
                    out.extend(b);
                } else {
                    self.with_stmt(rest, body, span, out);
                }
                self.dirs = saved;
                return;
            }
        }
        self.require_gil("a 'with' statement on a Python object", span);
        let ctx = self.expr(&first.context);
        let ctx = self.coerce_object(ctx);
        let target = first.target.as_ref().and_then(|t| self.lvalue(t));
        let mut inner = Vec::new();
        if rest.is_empty() {
            inner = self.block(body);
        } else {
            self.with_stmt(rest, body, span, &mut inner);
        }
        self.push(
            out,
            TStmtKind::With {
                context: ctx,
                target,
                body: inner,
            },
            span,
        );
    }
}

//! The typed tree (TIR): what sema decided, in a crate of its own so that
//! codegen, which depends on this crate and not on sema, can only print
//! decisions, never make them.
//!
//! [`tir`] holds the tree's nodes, [`types`] the types sema gives every
//! expression. Neither holds C text: the names pyxc invents for C come from
//! codegen's naming module; only names the user wrote (extern C names)
//! appear here.

pub mod print;
pub mod tir;
pub mod types;
pub mod visit;

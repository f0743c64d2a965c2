//! Semantic analysis: scopes, types, Cython's coercion rules, and the typed
//! tree ([`tir`]) that codegen prints.

pub mod tir;
pub mod types;

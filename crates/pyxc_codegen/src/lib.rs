//! pyxc_codegen

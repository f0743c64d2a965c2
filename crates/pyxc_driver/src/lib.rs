//! pyxc_driver

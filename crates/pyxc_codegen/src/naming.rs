//! Every C name the generated code uses, in one place.
//!
//! User names never collide with ours: locals get `v_`, module constants
//! `k_`/`c_`, temps `t_`; runtime helpers are `pyxc_*`.

/// A Python identifier made safe for C (non-ASCII as `_uXXXX`).
pub fn ident(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            s.push(ch);
        } else {
            s.push_str(&format!("_u{:04x}", ch as u32));
        }
    }
    s
}

/// Native C body of a function.
pub fn native(func: &str) -> String {
    format!("pyxc_f_{}", ident(func))
}

/// CPython-convention wrapper of a `def`/`cpdef` function.
pub fn wrapper(func: &str) -> String {
    format!("pyxc_pw_{}", ident(func))
}

/// The `pyxc_func_sig` of a def's function objects.
pub fn sig(func: &str) -> String {
    format!("pyxc_sig_{}", ident(func))
}

/// The builder of a def's `__defaults__` and `__kwdefaults__`.
pub fn defaults_fn(func: &str) -> String {
    format!("pyxc_defaults_{}", ident(func))
}

/// Default value (object) of parameter `i` of a function, set at module exec.
pub fn default_value(func: &str, i: usize) -> String {
    format!("pyxc_d_{}_{}", ident(func), i)
}

/// The tuple a closure's native body receives: its cells, then its
/// defaults.
pub const CLOSURE: &str = "pyxc_closure";

/// The module's method table.
pub const METHODS: &str = "pyxc_methods";
/// The module body run at exec.
pub const MODULE_BODY: &str = "pyxc_module_body";
pub const MODULE_EXEC: &str = "pyxc_module_exec";
pub const MODULE_SLOTS: &str = "pyxc_module_slots";
pub const MODULE_DEF: &str = "pyxc_moduledef";
/// The module object and its dict (borrowed, set at exec).
pub const MODULE: &str = "pyxc_m";
pub const MODULE_DICT: &str = "pyxc_m_dict";

/// A local variable or parameter.
pub fn local(name: &str) -> String {
    format!("v_{}", ident(name))
}

/// The buffer slice that goes with a numpy buffer (`cnp.ndarray[...]`) local.
pub fn buffer_slice(name: &str) -> String {
    format!("b_{}", ident(name))
}

/// A module-level `cdef` variable.
pub fn cglobal(name: &str) -> String {
    format!("g_{}", ident(name))
}

/// A function-level temp.
pub fn temp(n: usize) -> String {
    format!("t_{n}")
}

/// The wrapper's converted argument `i`.
pub fn arg(n: usize) -> String {
    format!("a_{n}")
}

/// A str constant: `k_<ident>` for identifiers, else `k_<n>`.
pub fn str_const(s: &str, n: usize) -> String {
    let is_ident = !s.is_empty()
        && s.len() <= 40
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit());
    if is_ident {
        format!("k_{s}")
    } else {
        format!("k_{n}")
    }
}

/// Another kind of module constant (int, float, bytes, tuple).
pub fn other_const(n: usize) -> String {
    format!("c_{n}")
}

/// A cached builtin (`len`, `ValueError`).
pub fn builtin(name: &str) -> String {
    format!("pyxc_b_{}", ident(name))
}

/// An extension type fetched at module exec (`numpy.ndarray`).
pub fn ext_type(dotted: &str) -> String {
    format!("pyxc_type_{}", ident(&dotted.replace('.', "_")))
}

/// The dtype descriptor of a memoryview element type.
pub fn dtype(c_name: &str) -> String {
    format!("pyxc_dtype_{}", ident(&c_name.replace(' ', "_")))
}

/// A per-axis layout array (`S` strided, `C` contiguous per axis).
pub fn axes(code: &str) -> String {
    format!("pyxc_axes_{code}")
}

/// Function-local bookkeeping.
pub const RESULT: &str = "r";
pub const LINENO: &str = "pyxc_lineno";
pub const ERROR_LABEL: &str = "error";
pub const DONE_LABEL: &str = "done";

/// A numbered label (`L3_end`).
pub fn label(n: u32, what: &str) -> String {
    format!("L{n}_{what}")
}

/// The name Python sees for a function (`__name__`, argument errors): a
/// nested function's own name, without the `#n` that keeps C names unique.
pub fn python_name(f: &pyxc_tir::tir::TFunction) -> &str {
    let name = f
        .closure
        .as_ref()
        .map_or(f.name.as_str(), |c| c.py_name.as_str());
    let name = name.split('#').next().unwrap_or(name);
    name.rsplit('.').next().unwrap_or(name)
}

/// How C code names a struct: a header's struct by the header's name; the
/// structs pyxc defines by names no header uses (`struct pyxc_s_Point`), a C
/// tuple by its element types (`struct pyxc_ctuple_int__double`), so equal
/// tuples are one C struct.
pub fn struct_name(st: &pyxc_tir::types::StructType) -> String {
    if let Some(c) = &st.extern_name {
        return c.clone();
    }
    if st.tuple {
        let items: Vec<String> = st
            .fields()
            .iter()
            .map(|(_, t)| {
                t.to_string()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect()
            })
            .collect();
        return format!("struct pyxc_ctuple_{}", items.join("__"));
    }
    let tag = if st.union { "union" } else { "struct" };
    format!("{tag} pyxc_s_{}", st.name)
}

//! Finding `.pxd` files: the standard ones shipped inside pyxc, then the
//! user's (the source's folder and `-I` folders).

use std::path::PathBuf;

/// The `.pxd` files pyxc ships, by dotted module name.
const SHIPPED: &[(&str, &str)] = &[
    ("libc.math", include_str!("../pxd/libc/math.pxd")),
    ("libc.stdlib", include_str!("../pxd/libc/stdlib.pxd")),
    ("libc.string", include_str!("../pxd/libc/string.pxd")),
    ("libc.stdint", include_str!("../pxd/libc/stdint.pxd")),
    ("libc.limits", include_str!("../pxd/libc/limits.pxd")),
    ("libc.float", include_str!("../pxd/libc/float.pxd")),
    ("libc.errno", include_str!("../pxd/libc/errno.pxd")),
    ("libc.time", include_str!("../pxd/libc/time.pxd")),
    ("libc.stdio", include_str!("../pxd/libc/stdio.pxd")),
    ("libc.stddef", include_str!("../pxd/libc/stddef.pxd")),
    ("cpython.mem", include_str!("../pxd/cpython/mem.pxd")),
    ("cpython.exc", include_str!("../pxd/cpython/exc.pxd")),
    ("cpython.bytes", include_str!("../pxd/cpython/bytes.pxd")),
    ("numpy", include_str!("../pxd/numpy/__init__.pxd")),
];

/// The modules pyxc ships, for messages: `libc.math, libc.stdlib, ...`.
pub fn shipped_names() -> String {
    let mut names: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
    names.push("cython");
    names.join(", ")
}

/// The display name and text of the `.pxd` for `dotted`, if there is one.
/// A `.pxd` for `dotted` is shipped or on the search path.
pub fn exists(dotted: &str, include_dirs: &[PathBuf]) -> bool {
    SHIPPED.iter().any(|(n, _)| *n == dotted)
        || candidates(dotted, include_dirs).any(|c| c.is_file())
}

/// The files a cimport of `dotted` tries, in order.
fn candidates<'a>(dotted: &str, include_dirs: &'a [PathBuf]) -> impl Iterator<Item = PathBuf> + 'a {
    let rel = dotted.replace('.', "/");
    include_dirs.iter().flat_map(move |dir| {
        [
            dir.join(format!("{rel}.pxd")),
            dir.join(&rel).join("__init__.pxd"),
        ]
    })
}

pub fn find(dotted: &str, include_dirs: &[PathBuf]) -> Option<(String, String)> {
    if let Some((_, text)) = SHIPPED.iter().find(|(n, _)| *n == dotted) {
        return Some((
            format!("<pyxc>/{}.pxd", dotted.replace('.', "/")),
            text.to_string(),
        ));
    }
    candidates(dotted, include_dirs).find_map(|cand| {
        let text = std::fs::read_to_string(&cand).ok()?;
        Some((cand.display().to_string(), text))
    })
}

//! Embeds the C runtime topic files (`runtime-c/*.c`) into the crate.
//!
//! A topic file not written yet is embedded as `None`, so the crate builds
//! while the runtime is developed; codegen then reports an internal error
//! for a module that needs it.

use std::path::PathBuf;

const TOPICS: &[(&str, &str)] = &[
    ("HEADER", "pyxc_rt.h"),
    ("ERRORS", "errors.c"),
    ("ARGS", "args.c"),
    ("CONVERT", "convert.c"),
    ("PYOPS", "pyops.c"),
    ("MEMVIEW", "memview.c"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let rt = manifest.join("../../runtime-c");
    println!("cargo:rerun-if-changed={}", rt.display());
    let mut out = String::new();
    for (konst, file) in TOPICS {
        let path = rt.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.exists() {
            let path = path.canonicalize().unwrap();
            out.push_str(&format!(
                "pub const {konst}: Option<&str> = Some(include_str!({:?}));\n",
                path.display().to_string()
            ));
        } else {
            out.push_str(&format!("pub const {konst}: Option<&str> = None;\n"));
        }
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(dest, out).unwrap();
}

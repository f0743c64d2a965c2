//! Generates the LALRPOP parser from `grammar/pyx.lalrpop` (at the
//! repository root) into `OUT_DIR`. The generated parser is never committed.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let grammar_dir = manifest.join("../../grammar");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!(
        "cargo:rerun-if-changed={}",
        grammar_dir.join("pyx.lalrpop").display()
    );
    lalrpop::Configuration::new()
        .set_in_dir(&grammar_dir)
        .set_out_dir(&out_dir)
        .emit_rerun_directives(true)
        .process_file(grammar_dir.join("pyx.lalrpop"))
        .expect("generating the parser from grammar/pyx.lalrpop");
}

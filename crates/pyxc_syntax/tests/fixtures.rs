//! One harness per fixture folder: `ok/` files parse without diagnostics
//! (tree snapshot + span invariants), `err/` files produce diagnostics
//! (rendered snapshot).

mod common;

use pyxc_diagnostics::FileId;
use pyxc_syntax::parse_module;

#[test]
fn ok_fixtures() {
    let files = common::fixtures("ok");
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for path in files {
        let name = common::file_name(&path);
        let src = std::fs::read_to_string(&path).expect("read fixture");
        let (module, diags) = parse_module(&src, FileId(0));
        if !diags.is_empty() {
            failures.push(format!(
                "{name}:\n{}",
                common::rendered(&name, &src, &diags)
            ));
            continue;
        }
        let tree = format!("{module:#?}");
        if let Err(e) = common::check_spans(&tree, &src) {
            failures.push(format!("{name}: span invariant broken:\n{e}"));
        }
        insta::with_settings!({snapshot_suffix => name.clone(), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("ok", pyxc_syntax::printer::print_module(&module));
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn err_fixtures() {
    let files = common::fixtures("err");
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for path in files {
        let name = common::file_name(&path);
        let src = std::fs::read_to_string(&path).expect("read fixture");
        let (module, diags) = parse_module(&src, FileId(0));
        if diags.is_empty() {
            failures.push(format!("{name}: expected at least one diagnostic"));
            continue;
        }
        let tree = format!("{module:#?}");
        if let Err(e) = common::check_spans(&tree, &src) {
            failures.push(format!("{name}: span invariant broken:\n{e}"));
        }
        // Every `# error: TEXT` marker in the file must appear in a message.
        let rendered = common::rendered(&name, &src, &diags);
        for line in src.lines() {
            if let Some(want) = line.trim_start().strip_prefix("# error: ") {
                if !diags.iter().any(|d| d.message.contains(want.trim())) {
                    failures.push(format!("{name}: no diagnostic says `{want}`:\n{rendered}"));
                }
            }
        }
        insta::with_settings!({snapshot_suffix => name.clone(), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("err", rendered);
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

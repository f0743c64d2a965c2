//! The typed tree holds decisions, not C: every piece of text in it is a
//! name or a value the user wrote (a Python name, a string literal, a
//! header's C name). This test reads the tree's source and lists each field
//! of text type; a new one must be added here with the reason it is not C
//! that pyxc invented (that belongs in codegen's naming module).

use std::collections::BTreeSet;

/// `Item.field` or `Item::Variant.field` (`.0` for a tuple variant), and
/// what the text is.
const ALLOWED: &[(&str, &str)] = &[
    ("TModule.name", "the module's Python name"),
    ("TModule.filename", "the .pyx path shown in tracebacks"),
    ("TModule.doc", "the module docstring"),
    ("TModule.includes", "headers and verbatim C the user wrote"),
    ("TModule.extra_sources", "C files the user named"),
    ("TFunction.name", "the user's function name"),
    ("TFunction.doc", "the docstring"),
    ("Closure.py_name", "the name Python sees"),
    ("Var.name", "the user's variable name"),
    ("LValue::Global.0", "a module global's Python name"),
    ("LValue::Field.field", "the field name in .pyx code"),
    ("LValue::Field.c_field", "the header's C name of the field"),
    ("LValue::PyAttr.attr", "a Python attribute name"),
    (
        "LValue::Cell.name",
        "the captured variable's name, for NameError",
    ),
    (
        "LValue::FreeCell.name",
        "the nonlocal variable's name, for NameError",
    ),
    (
        "TStmtKind::BindFunction.name",
        "the Python name a def binds",
    ),
    (
        "TExprKind::CellGet.name",
        "the captured variable's name, for NameError",
    ),
    (
        "TExprKind::FreeVar.name",
        "the enclosing variable's name, for NameError",
    ),
    ("TExprKind::PyMethodCall.name", "a Python method name"),
    ("TExprKind::BigIntConst.0", "decimal digits of a Python int"),
    ("TExprKind::StrConst.0", "a Python str value"),
    ("TExprKind::CName.0", "a constant a header names"),
    ("TExprKind::Global.0", "a module global's Python name"),
    ("TExprKind::BuiltinName.0", "a builtin's Python name"),
    ("TExprKind::Field.field", "the field name in .pyx code"),
    ("TExprKind::PyAttr.attr", "a Python attribute name"),
    ("TExprKind::Import.module", "a Python module name"),
    ("TExprKind::Import.fromlist", "Python names"),
    ("TExprKind::ImportFrom.name", "a Python name"),
    ("CFuncTarget::Extern.c_name", "a function a header declares"),
    ("TArg::Keyword.0", "a keyword argument's name"),
    ("TFormatPart::Literal.0", "literal text of an f-string"),
    ("ObjKind::Builtin.0", "a builtin type's Python name"),
    (
        "ObjKind::Extension.0",
        "an extension type's dotted Python name",
    ),
    (
        "MemViewType.dtype_name",
        "the dtype as written, for messages",
    ),
    (
        "BufferType.dtype_name",
        "the dtype as written, for messages",
    ),
    ("StructType.extern_name", "a struct a header declares"),
    ("StructType.name", "the struct's name in .pyx code"),
    ("StructType.body", "field names in .pyx code"),
    (
        "StructType.c_fields",
        "field names and the header's C names",
    ),
    ("Type::Opaque.c_name", "a type a header names"),
];

fn is_text(ty: &str) -> bool {
    ["String", "str"].iter().any(|t| {
        ty.split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == *t)
    })
}

/// Every field of text type in `src`, as `Item.field` / `Item::Variant.field`.
fn text_fields(src: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let (mut item, mut variant): (Option<String>, Option<String>) = (None, None);
    for line in src.lines() {
        let t = line.trim();
        if let Some(rest) = t
            .strip_prefix("pub struct ")
            .or_else(|| t.strip_prefix("pub enum "))
        {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            item = Some(name);
            variant = None;
            continue;
        }
        let Some(it) = &item else { continue };
        if line == "}" {
            item = None;
            continue;
        }
        if t.starts_with("//") || t.starts_with('#') {
            continue;
        }
        let depth = line.len() - line.trim_start().len();
        if depth == 4 && t.ends_with('{') {
            variant = Some(t.trim_end_matches('{').trim().to_string());
            continue;
        }
        if depth == 4 && t.starts_with('}') {
            variant = None;
            continue;
        }
        let owner = match &variant {
            Some(v) if depth == 8 => format!("{it}::{v}"),
            _ => it.clone(),
        };
        if let Some((name, ty)) = t.split_once(": ") {
            let name = name.trim_start_matches("pub ");
            if is_text(ty) && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                out.insert(format!("{owner}.{name}"));
            }
        } else if let Some((name, payload)) = t.split_once('(') {
            if depth == 4 && is_text(payload) {
                out.insert(format!("{it}::{name}.0"));
            }
        }
    }
    out
}

#[test]
fn the_typed_tree_holds_no_invented_c_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeSet::new();
    for file in ["tir.rs", "types.rs"] {
        let src = std::fs::read_to_string(root.join(file)).expect("tree source");
        found.extend(text_fields(&src));
    }
    let allowed: BTreeSet<String> = ALLOWED.iter().map(|(k, _)| k.to_string()).collect();
    let new: Vec<_> = found.difference(&allowed).collect();
    let gone: Vec<_> = allowed.difference(&found).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "text fields in the typed tree that are not a name or value the user wrote: {new:?}\n\
         (C that pyxc invents belongs in codegen; if this is user text, list it here)\n\
         listed here but no longer in the tree: {gone:?}"
    );
}

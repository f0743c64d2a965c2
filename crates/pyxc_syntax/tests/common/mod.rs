//! Helpers shared by the syntax test harnesses.
#![allow(dead_code)]

use pyxc_diagnostics::{render, Diagnostic, FileId, SourceMap};
use std::path::{Path, PathBuf};

pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("reading {}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("pyx" | "pxd")))
        .collect();
    v.sort();
    v
}

pub fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|s| s.to_str())
        .unwrap_or("?")
        .to_string()
}

/// Render diagnostics without colour, as the CLI would.
pub fn rendered(name: &str, src: &str, diags: &[Diagnostic]) -> String {
    let mut map = SourceMap::new();
    let id = map.add(name, src);
    assert_eq!(id, FileId(0));
    render(&map, diags, false)
}

/// Check the span invariants on the pretty `Debug` form of a tree: every
/// `span`, `sig_span` and `header_span` is ordered, inside the file, on
/// character boundaries, and inside the span of the nearest enclosing node
/// that has one. Exceptions (spans that legitimately lie outside their
/// parent): `decorators` (written before `def`) and a `CVar`'s `ty` (the
/// base type is shared by all declarators of a line).
pub fn check_spans(debug: &str, src: &str) -> Result<(), String> {
    #[derive(Default)]
    struct Node {
        label: String,
        children: Vec<Node>,
    }
    fn parse(lines: &mut std::iter::Peekable<std::str::Lines<'_>>) -> Vec<Node> {
        let mut out = Vec::new();
        while let Some(line) = lines.next() {
            let t = line.trim();
            if matches!(t, "}" | "}," | ")" | ")," | "]" | "],") {
                return out;
            }
            let mut node = Node {
                label: t.to_string(),
                children: vec![],
            };
            if t.ends_with('{') || t.ends_with('(') || t.ends_with('[') {
                node.children = parse(lines);
            }
            out.push(node);
        }
        out
    }
    fn leaf_span(label: &str) -> Option<(u32, u32)> {
        let rest = label
            .strip_prefix("span: ")
            .or_else(|| label.strip_prefix("sig_span: "))
            .or_else(|| label.strip_prefix("header_span: "))?;
        let rest = rest.trim_end_matches(',');
        let (a, b) = rest.split_once("..")?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }
    fn walk(n: &Node, parent: Option<(u32, u32)>, src: &str, errs: &mut Vec<String>) {
        if n.label.starts_with("decorators:") {
            return;
        }
        let own = n
            .children
            .iter()
            .find(|c| c.label.starts_with("span: "))
            .and_then(|c| leaf_span(&c.label));
        let is_cvar = n.label.contains("CVar {");
        for c in &n.children {
            if let Some((a, b)) = leaf_span(&c.label) {
                if a > b || b as usize > src.len() {
                    errs.push(format!("bad span {a}..{b} in `{}`", n.label));
                    continue;
                }
                if !src.is_char_boundary(a as usize) || !src.is_char_boundary(b as usize) {
                    errs.push(format!(
                        "span {a}..{b} not on char boundary in `{}`",
                        n.label
                    ));
                }
                if let Some((pa, pb)) = parent {
                    if a < pa || b > pb {
                        errs.push(format!(
                            "span {a}..{b} of `{}` outside parent {pa}..{pb}",
                            n.label
                        ));
                    }
                }
                continue;
            }
            if is_cvar && c.label.starts_with("ty:") {
                continue;
            }
            walk(c, own.or(parent), src, errs);
        }
    }
    let mut lines = debug.lines().peekable();
    let roots = parse(&mut lines);
    let mut errs = Vec::new();
    for r in &roots {
        walk(r, Some((0, src.len() as u32)), src, &mut errs);
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("\n"))
    }
}

//! The C runtime as units, and choosing the units a module pastes.
//!
//! Every top-level definition in `runtime-c/*.c` follows a marker comment
//! `/* @unit NAME requires DEP ... */` naming it and the other units its text
//! names; text before a file's first marker is the file's preamble. A
//! `/* @proto NAME */` marker holds a forward declaration of unit `NAME`,
//! pasted where it stands whenever `NAME` is.
//!
//! A module gets the units its emitters recorded and their `requires`
//! closure, in library order (files in the order of [`FILES`], units in file
//! order), so definitions precede uses as they do in the files. Every
//! emitter that writes a unit's name into C records it there and then with
//! `ModuleWriter::require` (or `FnWriter::require`), as Cython's nodes
//! request the utility code they use; the module's C is not searched. A
//! test of the compile fixtures checks the record against the names the
//! module's C holds ([`identifiers`]), both ways.

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The runtime files, embedded when pyxc is built, in pasting order.
pub const FILES: &[(&str, &str)] = &[
    ("errors.c", include_str!("../../../runtime-c/errors.c")),
    ("args.c", include_str!("../../../runtime-c/args.c")),
    ("convert.c", include_str!("../../../runtime-c/convert.c")),
    ("pyops.c", include_str!("../../../runtime-c/pyops.c")),
    ("memview.c", include_str!("../../../runtime-c/memview.c")),
    ("function.c", include_str!("../../../runtime-c/function.c")),
    ("trace.c", include_str!("../../../runtime-c/trace.c")),
    (
        "cg_helpers.c",
        include_str!("../../../runtime-c/cg_helpers.c"),
    ),
];

/// The file of the code generator's own helpers, pasted under its own
/// section header (tools split the output on it).
pub const CG_HELPERS_FILE: &str = "cg_helpers.c";

const HEADER: &str = include_str!("../../../runtime-c/pyxc_rt.h");

/// The header text (`runtime-c/pyxc_rt.h`), pasted whole.
pub fn header() -> &'static str {
    HEADER
}

/// One marked piece of a runtime file.
#[derive(Debug)]
pub struct Unit {
    pub name: &'static str,
    /// Index into [`FILES`].
    pub file: usize,
    /// From its marker line to the next marker (the marker dropped).
    pub text: &'static str,
    pub requires: Vec<&'static str>,
    /// A forward declaration (`@proto`) of the unit `name`, not a unit.
    pub proto: bool,
}

/// All runtime files parsed into units, in library order.
pub struct Library {
    pub preambles: Vec<String>,
    pub units: Vec<Unit>,
}

/// The library, parsed once at first use.
pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| {
        let mut preambles = Vec::new();
        let mut units = Vec::new();
        for (i, (_, text)) in FILES.iter().enumerate() {
            let (pre, mut us) = parse_file(i, text);
            preambles.push(pre);
            units.append(&mut us);
        }
        Library { preambles, units }
    })
}

/// Split one file at its markers.
fn parse_file(file: usize, text: &'static str) -> (String, Vec<Unit>) {
    let starts: Vec<usize> = marker_starts(text);
    let pre_end = starts.first().copied().unwrap_or(text.len());
    let mut units = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let close = s + text[s..].find("*/").expect("unclosed runtime marker") + 2;
        let mut words = text[s + 2..close - 2]
            .split_whitespace()
            .filter(|w| *w != "*");
        let kind = words.next();
        let name = words.next().expect("runtime marker without a name");
        let requires: Vec<&str> = words.filter(|w| *w != "requires").collect();
        let body = text[close..end]
            .strip_prefix('\n')
            .unwrap_or(&text[close..end]);
        units.push(Unit {
            name,
            file,
            text: body,
            requires,
            proto: kind == Some("@proto"),
        });
    }
    (without_header_include(&text[..pre_end]), units)
}

/// Offsets of the marker comments (each at the start of a line).
fn marker_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with("/* @unit ") || line.starts_with("/* @proto ") {
            out.push(off);
        }
        off += line.len();
    }
    out
}

/// A preamble as pasted: the file compiles alone by including the header,
/// which the module already holds.
fn without_header_include(text: &str) -> String {
    text.lines()
        .filter(|l| l.trim() != "#include \"pyxc_rt.h\"")
        .flat_map(|l| [l, "\n"])
        .collect()
}

/// The identifiers of C text outside comments, strings and character
/// literals, in order (one pass).
pub fn identifiers(c: &str) -> Vec<&str> {
    let b = c.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = c[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = c[i..].find('\n').map_or(b.len(), |e| i + e);
            }
            q @ (b'"' | b'\'') => i = skip_quoted(b, i, q),
            x if x.is_ascii_alphabetic() || x == b'_' => {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                out.push(&c[s..i]);
            }
            x if x.is_ascii_digit() => {
                // A number's suffix (`10u`, `0x1f`) is not a name.
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn skip_quoted(b: &[u8], start: usize, q: u8) -> usize {
    let mut i = start + 1;
    while i < b.len() && b[i] != q {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    i + 1
}

/// Whether `name` names a unit of the library (not a `@proto` only).
pub fn is_unit(name: &str) -> bool {
    library().units.iter().any(|u| !u.proto && u.name == name)
}

/// The units that `roots` name and everything they require, as indices into
/// `library().units` in library order (protos of chosen units included).
pub fn select<'a>(roots: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let lib = library();
    let mut chosen: BTreeSet<&str> = BTreeSet::new();
    let mut todo: Vec<&str> = roots.into_iter().collect();
    while let Some(n) = todo.pop() {
        let Some(u) = lib.units.iter().find(|u| !u.proto && u.name == n) else {
            continue;
        };
        if chosen.insert(u.name) {
            todo.extend(u.requires.iter().copied());
        }
    }
    (0..lib.units.len())
        .filter(|&i| chosen.contains(lib.units[i].name))
        .collect()
}

/// The units `roots` name (those the module's C was recorded naming) and
/// those they require, with the section headers tools split on, and the
/// files they came from.
pub fn paste<'a>(roots: impl IntoIterator<Item = &'a str>) -> (String, Vec<&'static str>) {
    let lib = library();
    let chosen = select(roots);
    let mut out = String::new();
    let mut files = Vec::new();
    for i in chosen {
        let u = &lib.units[i];
        let (file, _) = FILES[u.file];
        if files.last() != Some(&file) {
            files.push(file);
            if file == CG_HELPERS_FILE {
                out.push_str("\n/* ---- code generator helpers ---- */\n");
            } else {
                out.push_str(&format!("\n/* ---- runtime: {file} ---- */\n"));
            }
            out.push_str(&lib.preambles[u.file]);
        }
        out.push_str(u.text);
    }
    (out, files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit_names() -> BTreeSet<&'static str> {
        library()
            .units
            .iter()
            .filter(|u| !u.proto)
            .map(|u| u.name)
            .collect()
    }

    #[test]
    fn unit_names_are_unique_and_protos_name_a_unit() {
        let lib = library();
        let mut seen = BTreeSet::new();
        for u in lib.units.iter().filter(|u| !u.proto) {
            assert!(seen.insert(u.name), "two units named {}", u.name);
        }
        for u in lib.units.iter().filter(|u| u.proto) {
            assert!(seen.contains(u.name), "@proto of no unit: {}", u.name);
        }
    }

    /// A unit's `requires` is exactly the other units its C names, so the
    /// written dependencies cannot drift from the code.
    #[test]
    fn each_unit_requires_exactly_the_units_it_names() {
        let names = unit_names();
        for u in library().units.iter().filter(|u| !u.proto) {
            let named: BTreeSet<&str> = identifiers(u.text)
                .into_iter()
                .filter(|n| names.contains(n) && *n != u.name)
                .collect();
            let written: BTreeSet<&str> = u.requires.iter().copied().collect();
            assert_eq!(
                written, named,
                "requires of {} ({})",
                u.name, FILES[u.file].0
            );
        }
    }

    /// Pasted in library order, a unit may use a later one only when the
    /// header or a `@proto` before it declares that one.
    #[test]
    fn required_units_are_declared_before_use() {
        let lib = library();
        let declared: BTreeSet<&str> = header_rt_functions().into_iter().collect();
        let pos = |name: &str, proto: bool| {
            lib.units
                .iter()
                .position(|u| u.name == name && u.proto == proto)
        };
        for (i, u) in lib.units.iter().enumerate().filter(|(_, u)| !u.proto) {
            for r in &u.requires {
                let before = |p: Option<usize>| p.is_some_and(|p| p < i);
                assert!(
                    before(pos(r, false)) || before(pos(r, true)) || declared.contains(r),
                    "{} uses {r} before it is declared",
                    u.name
                );
            }
        }
    }

    /// Names the header declares as `PYXC_RT` functions.
    fn header_rt_functions() -> Vec<&'static str> {
        let mut out = Vec::new();
        for line in header().split(';') {
            // Declarations start a line; `#define PYXC_RT` does not.
            let Some(at) = line.find("\nPYXC_RT ") else {
                continue;
            };
            let decl = &line[at..];
            if let Some(open) = decl.find('(') {
                if let Some(name) = identifiers(&decl[..open]).last() {
                    out.push(*name);
                }
            }
        }
        out
    }

    #[test]
    fn every_header_helper_is_a_unit() {
        let names = unit_names();
        let declared = header_rt_functions();
        assert!(declared.len() > 40, "parsed only {declared:?}");
        for h in declared {
            assert!(
                names.contains(h),
                "{h} is declared in pyxc_rt.h but is no unit"
            );
        }
    }

    #[test]
    fn selection_follows_requires_in_library_order() {
        let lib = library();
        let chosen: Vec<&str> = select(["pyxc_slice_copy"])
            .into_iter()
            .map(|i| lib.units[i].name)
            .collect();
        assert!(chosen.contains(&"pyxc_contig_root"), "{chosen:?}");
        assert!(chosen.contains(&"pyxc_memview_type"), "{chosen:?}");
        assert!(!chosen.contains(&"pyxc_slice_from_object"), "{chosen:?}");
        let root = chosen.iter().position(|n| *n == "pyxc_contig_root");
        assert!(root < chosen.iter().position(|n| *n == "pyxc_slice_copy"));
    }

    #[test]
    fn names_in_comments_and_strings_are_not_identifiers() {
        let ids = identifiers("/* pyxc_len */ f(\"pyxc_len\", 'x', 10u); // pyxc_len\ng");
        assert_eq!(ids, ["f", "g"]);
    }

    #[test]
    fn pasted_preambles_drop_the_header_include() {
        let (text, files) = paste(["pyxc_raise_bounds", "pyxc_cg_reraise"]);
        assert_eq!(files, ["memview.c", "cg_helpers.c"]);
        assert!(!text.contains("#include \"pyxc_rt.h\""));
        assert!(!text.contains("@unit"));
    }
}

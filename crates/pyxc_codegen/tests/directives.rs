//! The generated C of one small function per directive, in each place the
//! directive can be set (the default, a `# cython:` header, `-X`, a
//! decorator, a `with` block): the check is in the C by default and gone
//! when the directive turns it off (or the reverse for `nonecheck` and
//! `cdivision`, off by default). Each body is snapshotted; a marker of the
//! check is also asserted present or absent so a snapshot update cannot
//! silently lose it.

struct Directive {
    name: &'static str,
    /// The value that differs from the default.
    flipped: &'static str,
    /// Parameters and the statement reading through the check.
    params: &'static str,
    prelude: &'static [&'static str],
    stmt: &'static str,
    /// A string in the C exactly when the check is there.
    marker: &'static str,
    /// The check is there by default.
    on_by_default: bool,
}

const DIRECTIVES: &[Directive] = &[
    Directive {
        name: "boundscheck",
        flipped: "False",
        params: "double[:] a, Py_ssize_t i",
        prelude: &[],
        stmt: "return a[i]",
        marker: "pyxc_raise_bounds(0)",
        on_by_default: true,
    },
    Directive {
        name: "wraparound",
        flipped: "False",
        params: "double[:] a, Py_ssize_t i",
        prelude: &[],
        stmt: "return a[i]",
        marker: "+= v_a.shape[0]",
        on_by_default: true,
    },
    Directive {
        name: "cdivision",
        flipped: "True",
        params: "int a, int b",
        prelude: &[],
        stmt: "return a // b",
        marker: "pyxc_raise_zero_division",
        on_by_default: true,
    },
    Directive {
        name: "nonecheck",
        flipped: "True",
        params: "double[:] a",
        prelude: &[],
        stmt: "return a[0]",
        marker: "pyxc_raise_none_view",
        on_by_default: false,
    },
    Directive {
        name: "initializedcheck",
        flipped: "False",
        params: "double[:] a, bint flag",
        prelude: &["cdef double[:] v", "if flag:", "    v = a"],
        stmt: "return v[0]",
        marker: "pyxc_raise_unbound_view",
        on_by_default: true,
    },
];

#[derive(Clone, Copy, Debug)]
enum Place {
    Default,
    Header,
    CommandLine,
    Decorator,
    With,
}

fn program(d: &Directive, place: Place) -> (String, Vec<(String, String)>) {
    let mut src = String::new();
    let mut cli = vec![];
    match place {
        Place::Header => src.push_str(&format!("# cython: {}={}\n", d.name, d.flipped)),
        Place::CommandLine => cli.push((d.name.to_string(), d.flipped.to_string())),
        _ => {}
    }
    src.push_str("cimport cython\n\n\n");
    if let Place::Decorator = place {
        src.push_str(&format!("@cython.{}({})\n", d.name, d.flipped));
    }
    src.push_str(&format!("def f({}):\n", d.params));
    for l in d.prelude {
        src.push_str(&format!("    {l}\n"));
    }
    if let Place::With = place {
        src.push_str(&format!(
            "    with cython.{}({}):\n        {}\n",
            d.name, d.flipped, d.stmt
        ));
    } else {
        src.push_str(&format!("    {}\n", d.stmt));
    }
    (src, cli)
}

/// The native body of `f` in the module's C.
fn body_of_f(src: &str, cli: Vec<(String, String)>) -> String {
    let mut map = pyxc_diagnostics::SourceMap::new();
    let file = map.add("d.pyx".to_string(), src.to_string());
    let (ast, diags) = pyxc_syntax::parse_module(src, file);
    assert!(
        !diags.iter().any(|d| d.is_error()),
        "parse errors in\n{src}"
    );
    let opts = pyxc_sema::Options {
        module_name: "d".into(),
        filename: "d.pyx".into(),
        cli_directives: cli,
        include_dirs: vec![],
    };
    let (m, diags) = pyxc_sema::analyze(&ast, &mut map, &opts);
    let Some(m) = m else {
        panic!("{}", pyxc_diagnostics::render(&map, &diags, false));
    };
    let c = pyxc_codegen::generate(
        &m,
        &pyxc_codegen::Options {
            pyx_display_name: "d.pyx".into(),
        },
    )
    .expect("codegen")
    .c;
    let funcs = c
        .find("/* ---- functions ---- */")
        .expect("functions section");
    let start = funcs + c[funcs..].find("pyxc_f_f(").expect("f's body");
    let start = c[..start].rfind('\n').map_or(0, |i| i + 1);
    let end = start + c[start..].find("\n}\n").expect("end of f") + 3;
    c[start..end].to_string()
}

#[test]
fn directive_checks_in_every_place() {
    for d in DIRECTIVES {
        for place in [
            Place::Default,
            Place::Header,
            Place::CommandLine,
            Place::Decorator,
            Place::With,
        ] {
            let (src, cli) = program(d, place);
            let body = body_of_f(&src, cli.clone());
            let checked = matches!(place, Place::Default) == d.on_by_default;
            assert_eq!(
                body.contains(d.marker),
                checked,
                "{} in {place:?}: check {} expected\n{src}\n{body}",
                d.name,
                if checked { "present" } else { "absent" },
            );
            let setting = match place {
                Place::Default => "default".to_string(),
                _ => format!("{}={}", d.name, d.flipped),
            };
            let name = format!("{}_{place:?}", d.name).to_lowercase();
            let described = format!(
                "{} ({setting}, {place:?}); check {}\n-X: {cli:?}\n{src}\n",
                d.name,
                if checked { "present" } else { "absent" },
            );
            insta::assert_snapshot!(name, format!("{described}---- C ----\n{body}"));
        }
    }
}

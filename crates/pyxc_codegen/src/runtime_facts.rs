//! What the runtime's units are, for tools that read generated C (the
//! annotation): whether calling one works on Python objects.

use crate::runtime::library;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Whether the runtime unit `name` calls the Python C API, itself or
/// through a unit it requires. False for a name that is not a unit (a
/// macro of the header, a function of the module).
pub fn touches_python(name: &str) -> bool {
    static FACTS: OnceLock<BTreeMap<&'static str, bool>> = OnceLock::new();
    let facts = FACTS.get_or_init(|| {
        let lib = library();
        let direct: BTreeMap<&str, (bool, &[&str])> = lib
            .units
            .iter()
            .filter(|u| !u.proto)
            .map(|u| (u.name, (names_python_api(u.text), u.requires.as_slice())))
            .collect();
        direct
            .keys()
            .map(|&n| (n, reaches_python(n, &direct, &mut Vec::new())))
            .collect()
    });
    facts.get(name).copied().unwrap_or(false)
}

fn reaches_python<'a>(
    name: &'a str,
    units: &BTreeMap<&'a str, (bool, &'a [&'a str])>,
    seen: &mut Vec<&'a str>,
) -> bool {
    if seen.contains(&name) {
        return false;
    }
    seen.push(name);
    match units.get(name) {
        Some((true, _)) => true,
        Some((false, deps)) => deps.iter().any(|d| reaches_python(d, units, seen)),
        None => false,
    }
}

/// The code (comments aside) names a `Py*`/`_Py*` function, type or
/// macro other than the `Py_ssize_t` type.
fn names_python_api(text: &str) -> bool {
    let mut code = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("/*") {
        code.push_str(&rest[..open]);
        rest = rest[open..]
            .find("*/")
            .map_or("", |close| &rest[open + close + 2..]);
    }
    code.push_str(rest);
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|w| (w.starts_with("Py") || w.starts_with("_Py")) && w != "Py_ssize_t")
}

#[cfg(test)]
mod tests {
    use super::touches_python;

    #[test]
    fn object_helpers_touch_python_and_integer_power_does_not() {
        assert!(touches_python("pyxc_getitem"));
        assert!(touches_python("pyxc_cg_arith"));
        assert!(!touches_python("pyxc_cg_ipow"));
        assert!(!touches_python("not_a_unit"));
    }
}

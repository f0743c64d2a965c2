//! Which runtime topic files a module uses, and pasting them.

/// The runtime, embedded when pyxc is built.
mod files {
    pub const HEADER: Option<&str> = Some(include_str!("../../../runtime-c/pyxc_rt.h"));
    pub const ERRORS: Option<&str> = Some(include_str!("../../../runtime-c/errors.c"));
    pub const ARGS: Option<&str> = Some(include_str!("../../../runtime-c/args.c"));
    pub const CONVERT: Option<&str> = Some(include_str!("../../../runtime-c/convert.c"));
    pub const PYOPS: Option<&str> = Some(include_str!("../../../runtime-c/pyops.c"));
    pub const MEMVIEW: Option<&str> = Some(include_str!("../../../runtime-c/memview.c"));
    pub const FUNCTION: Option<&str> = Some(include_str!("../../../runtime-c/function.c"));
}

/// A runtime topic file (`runtime-c/<name>.c`), in pasting order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Topic {
    Errors,
    Args,
    Convert,
    PyOps,
    MemView,
    Function,
}

impl Topic {
    pub fn file(self) -> &'static str {
        match self {
            Topic::Errors => "errors.c",
            Topic::Args => "args.c",
            Topic::Convert => "convert.c",
            Topic::PyOps => "pyops.c",
            Topic::MemView => "memview.c",
            Topic::Function => "function.c",
        }
    }
    fn text(self) -> Option<&'static str> {
        match self {
            Topic::Errors => files::ERRORS,
            Topic::Args => files::ARGS,
            Topic::Convert => files::CONVERT,
            Topic::PyOps => files::PYOPS,
            Topic::MemView => files::MEMVIEW,
            Topic::Function => files::FUNCTION,
        }
    }
}

/// The topic that defines a runtime helper, by name.
pub fn topic_of(helper: &str) -> Option<Topic> {
    let t = match helper {
        "pyxc_add_traceback"
        | "pyxc_raise_name_error"
        | "pyxc_raise_unbound_local"
        | "pyxc_write_unraisable"
        | "pyxc_raise" => Topic::Errors,
        "pyxc_parse_args" | "pyxc_arg_type_test" | "pyxc_raise_arg_none" => Topic::Args,
        "pyxc_as_longlong"
        | "pyxc_as_ulonglong"
        | "pyxc_as_signed"
        | "pyxc_as_unsigned"
        | "pyxc_as_double"
        | "pyxc_as_charptr"
        | "pyxc_as_ucs4"
        | "pyxc_is_true"
        | "pyxc_as_ssize_t"
        | "pyxc_int_from_number" => Topic::Convert,
        "pyxc_getitem_int"
        | "pyxc_setitem_int"
        | "pyxc_getitem"
        | "pyxc_small_index"
        | "pyxc_setitem"
        | "pyxc_append"
        | "pyxc_len"
        | "pyxc_get_global"
        | "pyxc_call_method"
        | "pyxc_floordiv_ll"
        | "pyxc_mod_ll"
        | "pyxc_mod_double"
        | "pyxc_pow_double"
        | "pyxc_raise_zero_division" => Topic::PyOps,
        "pyxc_memview_init"
        | "pyxc_slice_from_object"
        | "pyxc_slice_to_object"
        | "pyxc_slice_clear"
        | "pyxc_slice_assign"
        | "pyxc_slice_copy"
        | "pyxc_slice_from_ptr"
        | "pyxc_slice_check_layout"
        | "pyxc_slice_copy_into"
        | "pyxc_raise_bounds"
        | "pyxc_raise_none_view"
        | "pyxc_raise_none_view_attr"
        | "pyxc_raise_none_view_pyattr"
        | "pyxc_slice_bounds"
        | "pyxc_raise_unbound_view" => Topic::MemView,
        "pyxc_function_new" => Topic::Function,
        _ => return None,
    };
    Some(t)
}

/// Every helper name generated code may call (for the header check test).
pub const HELPERS: &[&str] = &[
    "pyxc_add_traceback",
    "pyxc_raise_name_error",
    "pyxc_raise_unbound_local",
    "pyxc_write_unraisable",
    "pyxc_raise",
    "pyxc_parse_args",
    "pyxc_arg_type_test",
    "pyxc_raise_arg_none",
    "pyxc_as_longlong",
    "pyxc_as_ulonglong",
    "pyxc_as_signed",
    "pyxc_as_unsigned",
    "pyxc_as_double",
    "pyxc_as_charptr",
    "pyxc_as_ucs4",
    "pyxc_is_true",
    "pyxc_as_ssize_t",
    "pyxc_int_from_number",
    "pyxc_getitem_int",
    "pyxc_setitem_int",
    "pyxc_getitem",
    "pyxc_small_index",
    "pyxc_setitem",
    "pyxc_append",
    "pyxc_len",
    "pyxc_get_global",
    "pyxc_call_method",
    "pyxc_floordiv_ll",
    "pyxc_mod_ll",
    "pyxc_mod_double",
    "pyxc_pow_double",
    "pyxc_raise_zero_division",
    "pyxc_memview_init",
    "pyxc_slice_from_object",
    "pyxc_slice_to_object",
    "pyxc_slice_clear",
    "pyxc_slice_assign",
    "pyxc_slice_copy",
    "pyxc_slice_from_ptr",
    "pyxc_slice_check_layout",
    "pyxc_slice_copy_into",
    "pyxc_raise_bounds",
    "pyxc_raise_none_view",
    "pyxc_raise_none_view_attr",
    "pyxc_raise_none_view_pyattr",
    "pyxc_slice_bounds",
    "pyxc_raise_unbound_view",
    "pyxc_function_new",
];

/// The header text (`runtime-c/pyxc_rt.h`).
pub fn header() -> Option<&'static str> {
    files::HEADER
}

/// A topic file's text with its `#include "pyxc_rt.h"` line dropped.
pub fn topic_text(t: Topic) -> Option<String> {
    let text = t.text()?;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.trim() == "#include \"pyxc_rt.h\"" {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every runtime helper codegen may call is declared in the header and
    /// defined in the topic file codegen pastes for it.
    #[test]
    fn helpers_are_declared_and_defined_where_expected() {
        let header = header().unwrap();
        for h in HELPERS {
            assert!(
                header.contains(&format!("{h}(")),
                "{h} is not declared in pyxc_rt.h"
            );
            let topic = topic_of(h).unwrap_or_else(|| panic!("{h} has no topic"));
            let text = topic_text(topic).unwrap();
            assert!(
                text.contains(&format!("{h}(")),
                "{h} is not defined in {}",
                topic.file()
            );
        }
    }

    #[test]
    fn pasted_topics_drop_the_header_include() {
        for t in [
            Topic::Errors,
            Topic::Args,
            Topic::Convert,
            Topic::PyOps,
            Topic::MemView,
            Topic::Function,
        ] {
            assert!(!topic_text(t).unwrap().contains("#include \"pyxc_rt.h\""));
        }
    }
}

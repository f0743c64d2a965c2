//! `pyxc cython ARGS...` (or pyxc installed as `cython` / `pyxc-cython`):
//! the options of the `cython` command that build systems pass, read the
//! way Cython reads them. meson passes `--fast-fail -3 -M -o OUT.c`
//! (`--cplus` for C++), cython-cmake `--output-file OUT.c --depfile`.
//! Options pyxc cannot honour are refused by name, never dropped.

use crate::{translate_file, write_outputs, CommonArgs, COMPILE_ERROR, USAGE_ERROR};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The Cython release whose behaviour pyxc is tested against (the test
/// oracle pinned in tests/requirements.txt). `--version` leads with it
/// because meson and CMake read the Cython version from that line.
const CYTHON_COMPAT: &str = "3.3.1";

const HELP: &str = "\
Usage: pyxc cython [OPTIONS] FILE.pyx...

Cython-compatible command line (also used when pyxc is run as `cython` or
`pyxc-cython`). Writes FILE.c beside each source unless -o is given.

Options:
  -o, --output-file FILE   write the C here (one source only; `-` for stdout)
  -I, --include-dir DIR    search DIR for .pxd files (repeatable)
  -X, --directive N=V[,N=V...]
                           set compiler directives (repeatable)
  -M, --depfile            write FILE.c.dep, a Makefile rule of the files read
  -w, --working DIR        resolve paths from DIR
  --module-name NAME       the module's full dotted name
  -3, --3str               Python 3 semantics (the only ones pyxc has)
  --fast-fail              stop at the first module with an error
  -Werror                  treat warnings as errors
  -a, --annotate           also write FILE.html, the annotation (see `pyxc annotate`)
  --line-directives        accepted; pyxc does not emit #line directives yet
  -v, --verbose            name each file as it is translated
  -V, --version            print the Cython version pyxc follows and pyxc's
  -h, --help               print this help

Refused, with a message: --cplus, --embed, -E/--compile-time-env, -2 and
any other Cython option pyxc does not implement.";

/// Why pyxc refuses a Cython option it knows about.
fn refusal(opt: &str) -> Option<&'static str> {
    let name = opt.split('=').next().unwrap_or(opt);
    Some(match name {
        "--cplus" => "pyxc generates C only, not C++",
        "--embed" => "pyxc does not embed an interpreter in a main() program",
        "-E" | "--compile-time-env" => {
            "pyxc has no compile-time environment (DEF names come from the source only)"
        }
        "-2" => "pyxc compiles with Python 3 semantics only (language_level=3)",
        "-D"
        | "--no-docstrings"
        | "--gdb"
        | "--gdb-outdir"
        | "-p"
        | "--embed-positions"
        | "-r"
        | "--timestamps"
        | "-t"
        | "--capi-reexport-cincludes"
        | "--cimport-from-pyx"
        | "--generate-shared"
        | "--shared"
        | "-+"
        | "--lenient"
        | "--warning-errors"
        | "--warning-extra"
        | "-Wextra"
        | "--old-style-globals"
        | "-f"
        | "--force"
        | "--annotate-coverage"
        | "--annotate-fullc"
        | "-k"
        | "--keep-going"
        | "-j"
        | "--parallel" => "pyxc does not implement this option",
        _ => return None,
    })
}

/// The value of an option given as `-oVALUE`, `--opt=VALUE` or `-o VALUE`.
fn take_value(
    arg: &str,
    short: &str,
    long: &str,
    rest: &mut std::slice::Iter<'_, String>,
) -> Option<Result<String, String>> {
    let value = if arg == short || arg == long {
        match rest.next() {
            Some(v) => v.clone(),
            None => return Some(Err(format!("option '{arg}' needs a value"))),
        }
    } else if let Some(v) = arg.strip_prefix(&format!("{long}=")) {
        v.to_string()
    } else if short.len() == 2 && arg.starts_with(short) && !arg.starts_with("--") {
        arg[2..].trim_start_matches('=').to_string()
    } else {
        return None;
    };
    Some(Ok(value))
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\n\nFor more information, try 'pyxc cython --help'.");
    ExitCode::from(USAGE_ERROR)
}

pub fn run(args: Vec<String>) -> ExitCode {
    let mut common = CommonArgs {
        directives: Vec::new(),
        include: Vec::new(),
        module_name: None,
    };
    let mut output: Option<PathBuf> = None;
    let mut workdir: Option<PathBuf> = None;
    let (mut depfile, mut werror, mut verbose, mut fast_fail) = (false, false, false, false);
    let mut annotate = false;
    let mut sources: Vec<PathBuf> = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let a = arg.as_str();
        // CMake passes an empty argument for an empty list of extra options.
        if a.is_empty() {
            continue;
        }
        if !a.starts_with('-') || a == "-" {
            sources.push(PathBuf::from(a));
            continue;
        }
        match a {
            "-h" | "--help" => {
                println!("{HELP}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                // CMake's FindCython reads the version up to the first comma.
                println!(
                    "Cython version {CYTHON_COMPAT}, pyxc {} (a Cython-compatible compiler)",
                    env!("CARGO_PKG_VERSION")
                );
                return ExitCode::SUCCESS;
            }
            "-3" | "--3str" => continue,
            "--fast-fail" => {
                fast_fail = true;
                continue;
            }
            "-Werror" => {
                werror = true;
                continue;
            }
            "-M" | "--depfile" => {
                depfile = true;
                continue;
            }
            "-v" | "--verbose" => {
                verbose = true;
                continue;
            }
            "-a" | "--annotate" => {
                annotate = true;
                continue;
            }
            "--line-directives" => {
                eprintln!("warning: {a}: pyxc does not emit #line directives yet; the C is written without them");
                continue;
            }
            _ => {}
        }
        if let Some(why) = refusal(a) {
            return usage(&format!("the Cython option '{a}' is not supported: {why}"));
        }
        if let Some(v) = take_value(a, "-o", "--output-file", &mut iter) {
            match v {
                Ok(v) => output = Some(PathBuf::from(v)),
                Err(e) => return usage(&e),
            }
        } else if let Some(v) = take_value(a, "-I", "--include-dir", &mut iter) {
            match v {
                Ok(v) => common.include.push(PathBuf::from(v)),
                Err(e) => return usage(&e),
            }
        } else if let Some(v) = take_value(a, "-X", "--directive", &mut iter) {
            match v {
                Ok(v) => common.directives.push(v),
                Err(e) => return usage(&e),
            }
        } else if let Some(v) = take_value(a, "--module-name", "--module-name", &mut iter) {
            match v {
                Ok(v) => common.module_name = Some(v),
                Err(e) => return usage(&e),
            }
        } else if let Some(v) = take_value(a, "-w", "--working", &mut iter) {
            match v {
                Ok(v) => workdir = Some(PathBuf::from(v)),
                Err(e) => return usage(&e),
            }
        } else {
            return usage(&format!("the Cython option '{a}' is not supported by pyxc"));
        }
    }
    if sources.is_empty() {
        return usage("no .pyx file given");
    }
    if output.is_some() && sources.len() > 1 {
        return usage("-o/--output-file takes one source file only");
    }
    if let Some(dir) = &workdir {
        if let Err(e) = std::env::set_current_dir(dir) {
            return usage(&format!("-w {}: {e}", dir.display()));
        }
    }
    let directives = match crate::cli_directives(&common.directives) {
        Ok(d) => d,
        Err(e) => return usage(&e),
    };
    let mut status = ExitCode::SUCCESS;
    for src in &sources {
        if verbose {
            eprintln!("Compiling {}", src.display());
        }
        let ok = match translate_file(src, &common, &directives, false, annotate) {
            Some(t) if werror && t.warnings > 0 => {
                eprintln!(
                    "error: {} warning(s) in {} with -Werror",
                    t.warnings,
                    src.display()
                );
                false
            }
            Some(t) => {
                let out = output.clone().unwrap_or_else(|| src.with_extension("c"));
                let dep = depfile.then(|| {
                    let mut d = out.clone().into_os_string();
                    d.push(".dep");
                    PathBuf::from(d)
                });
                let html = if out == Path::new("-") {
                    src.with_extension("html")
                } else {
                    out.with_extension("html")
                };
                let written = write_outputs(src, &out, &t, dep.as_deref(), None)
                    .and_then(|()| crate::annotate_cmd::write_html(&t, &html));
                match written {
                    Ok(()) => true,
                    Err(e) => {
                        eprintln!("error: {e}");
                        false
                    }
                }
            }
            None => false,
        };
        if !ok {
            status = ExitCode::from(COMPILE_ERROR);
            if fast_fail {
                break;
            }
        }
    }
    status
}

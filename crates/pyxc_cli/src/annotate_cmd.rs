//! `pyxc annotate`, and the `--annotate` of `build`, `translate` and the
//! cython-compatible command line: where a module's C still calls into
//! the interpreter, as HTML, JSON or diagnostics for CI.

use crate::{cli_directives, translate_file, usage_error, CommonArgs, Translated};
use clap::Args;
use pyxc_diagnostics::{render, FileId, SourceMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct AnnotateArgs {
    /// The .pyx file to annotate.
    #[arg(value_name = "FILE.pyx")]
    file: PathBuf,
    /// Where to write the HTML (default: FILE.html beside the source; with
    /// --json, FILE.json; `-` for standard output).
    #[arg(short = 'o', long = "output-file", value_name = "OUT")]
    output: Option<PathBuf>,
    /// Write the annotation as JSON (schema: docs/annotation.md) instead of
    /// HTML.
    #[arg(long)]
    json: bool,
    /// Write nothing; report each line inside a loop that still calls into
    /// the interpreter, and exit with status 1 if there is one.
    #[arg(long = "check-loops")]
    check_loops: bool,
    #[command(flatten)]
    common: CommonArgs,
}

/// A module's annotation and its loop report.
pub struct Annotated {
    pub annotation: pyxc_annotate::Annotation,
    /// The loop lines that need the interpreter, rendered as diagnostics.
    pub loop_report: String,
    pub hot_lines: usize,
}

/// Annotate a translated module (its `.pyx` is the first file of `map`).
pub fn annotate(
    module: &pyxc_tir::tir::TModule,
    map: &SourceMap,
    display: &str,
    c: &str,
) -> Annotated {
    let file = FileId(0);
    let c_functions = pyxc_codegen::function_c_names(module);
    let annotation = pyxc_annotate::annotate(&pyxc_annotate::Input {
        module,
        map,
        file,
        display_name: display,
        c,
        c_functions: &c_functions,
        touches_python: &pyxc_codegen::runtime_touches_python,
        checks: module.checks,
        version: env!("CARGO_PKG_VERSION"),
    });
    let diags = pyxc_annotate::loop_diagnostics(&annotation, map, file);
    Annotated {
        loop_report: render(map, &diags, std::io::stderr().is_terminal()),
        hot_lines: diags.len(),
        annotation,
    }
}

/// Write the HTML annotation of `t` (translated with annotation on).
pub fn write_html(t: &Translated, path: &Path) -> Result<(), String> {
    let Some(a) = &t.annotation else {
        return Ok(());
    };
    write_text(path, &pyxc_annotate::render_html(&a.annotation))
}

fn write_text(path: &Path, text: &str) -> Result<(), String> {
    if path == Path::new("-") {
        print!("{text}");
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

pub fn run(args: AnnotateArgs) -> ExitCode {
    let directives = match cli_directives(&args.common.directives) {
        Ok(d) => d,
        Err(e) => return usage_error(&e),
    };
    let Some(t) = translate_file(&args.file, &args.common, &directives, false, true) else {
        return ExitCode::from(crate::COMPILE_ERROR);
    };
    let a = t.annotation.as_ref().expect("annotation was asked for");
    if args.check_loops {
        if a.hot_lines == 0 {
            return ExitCode::SUCCESS;
        }
        eprint!("{}", a.loop_report);
        eprintln!(
            "error: {} line(s) inside loops of {} still call into the Python interpreter",
            a.hot_lines,
            args.file.display()
        );
        return ExitCode::from(crate::COMPILE_ERROR);
    }
    let (text, ext) = if args.json {
        (pyxc_annotate::render_json(&a.annotation), "json")
    } else {
        (pyxc_annotate::render_html(&a.annotation), "html")
    };
    let out = args.output.unwrap_or_else(|| args.file.with_extension(ext));
    match write_text(&out, &text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(crate::COMPILE_ERROR)
        }
    }
}

//! The `pyxc` command: compile Cython `.pyx` files into CPython extension
//! modules.

use clap::{Args, Parser, Subcommand};
use pyxc_diagnostics::{render, Diagnostic, SourceMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// pyxc compiles Cython (.pyx) modules to C and builds them into
/// importable CPython extension modules.
#[derive(Parser)]
#[command(name = "pyxc", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  pyxc build rolling.pyx                 build rolling.<EXT_SUFFIX> beside the source\n  pyxc build -X boundscheck=False a.pyx  build with a directive set\n  pyxc translate rolling.pyx -o out.c    write the C only"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile .pyx files into extension modules (<stem><EXT_SUFFIX>).
    Build(BuildArgs),
    /// Translate one .pyx file into C, like the `cython` command.
    Translate(TranslateArgs),
}

#[derive(Args)]
struct CommonArgs {
    /// Set a compiler directive, e.g. -X boundscheck=False (repeatable).
    #[arg(short = 'X', value_name = "NAME=VALUE")]
    directives: Vec<String>,
    /// Search this folder for .pxd files and C headers (repeatable).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
}

#[derive(Args)]
struct BuildArgs {
    /// The .pyx files to build.
    #[arg(required = true, value_name = "FILE.pyx")]
    files: Vec<PathBuf>,
    /// Write the modules into this folder (default: beside each source).
    #[arg(short = 'o', long = "output-dir", value_name = "OUTDIR")]
    outdir: Option<PathBuf>,
    /// The Python interpreter to build for (default: python3 on PATH).
    #[arg(long, value_name = "PYTHON")]
    python: Option<PathBuf>,
    /// An extra C file to compile and link into the module (repeatable).
    #[arg(long = "source", value_name = "EXTRA.c")]
    sources: Vec<PathBuf>,
    /// Print the C compiler command.
    #[arg(short, long)]
    verbose: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct TranslateArgs {
    /// The .pyx file to translate.
    #[arg(value_name = "FILE.pyx")]
    file: PathBuf,
    /// Where to write the C (default: beside the source, FILE.c).
    #[arg(short = 'o', value_name = "OUT.c")]
    output: Option<PathBuf>,
    #[command(flatten)]
    common: CommonArgs,
}

/// Exit status for a compile error (usage errors exit 2 through clap).
const COMPILE_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;

/// Stack of the thread the compiler runs on. The front end bounds nesting
/// (pyxc_syntax::limits), and the recursive passes (sema, codegen) need far
/// more than the main thread's 8 MB at those bounds in a debug build.
const COMPILER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let run = move || match cli.command {
        Command::Build(args) => build(args),
        Command::Translate(args) => translate(args),
    };
    match std::thread::Builder::new()
        .name("pyxc".into())
        .stack_size(COMPILER_STACK)
        .spawn(run)
    {
        // A panic has printed its message; exit as an uncaught panic does.
        Ok(handle) => handle.join().unwrap_or(ExitCode::from(101)),
        Err(e) => {
            eprintln!("error: cannot start the compiler thread: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\n\nFor more information, try '--help'.");
    ExitCode::from(USAGE_ERROR)
}

/// Parse and check `-X name=value` options.
fn cli_directives(raw: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for d in raw {
        let Some((name, value)) = d.split_once('=') else {
            return Err(format!("-X expects NAME=VALUE, got '{d}'"));
        };
        let (name, value) = (name.trim(), value.trim());
        pyxc_sema::check_cli_directive(name, value)?;
        if pyxc_sema::directives::IGNORED.contains(&name) {
            eprintln!("warning: directive '{name}' is not implemented by pyxc and is ignored");
        }
        out.push((name.to_string(), value.to_string()));
    }
    Ok(out)
}

/// Everything translation produced for one file.
struct Translated {
    c: String,
    module_name: String,
    extra_sources: Vec<PathBuf>,
    uses_numpy: bool,
    uses_openmp: bool,
}

fn print_diags(map: &SourceMap, diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal();
    eprint!("{}", render(map, diags, color));
}

/// Front end and code generation for one file. Diagnostics are printed;
/// `None` means a compile error.
fn translate_file(
    path: &Path,
    common: &CommonArgs,
    directives: &[(String, String)],
) -> Option<Translated> {
    let mut map = SourceMap::new();
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                print_diags(
                    &map,
                    &[Diagnostic::error_nospan(format!(
                        "{} is not valid UTF-8",
                        path.display()
                    ))],
                );
                return None;
            }
        },
        Err(e) => {
            print_diags(
                &map,
                &[Diagnostic::error_nospan(format!(
                    "cannot read {}: {e}",
                    path.display()
                ))],
            );
            return None;
        }
    };
    let display = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let module_name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_identifier(&module_name) {
        print_diags(
            &map,
            &[Diagnostic::error_nospan(format!(
                "'{module_name}' is not a valid module name: the file name must be a Python identifier"
            ))],
        );
        return None;
    }
    let src_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut include_dirs = vec![if src_dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        src_dir.clone()
    }];
    include_dirs.extend(common.include.iter().cloned());
    let opts = pyxc_sema::Options {
        module_name: module_name.clone(),
        filename: display,
        cli_directives: directives.to_vec(),
        include_dirs,
    };
    let (compiled, diags) =
        pyxc_cli::compile_text(&mut map, path.display().to_string(), &text, &opts);
    print_diags(&map, &diags);
    let pyxc_cli::Compiled { module, generated } = compiled?;
    let extra_sources = module
        .extra_sources
        .iter()
        .map(|s| src_dir.join(s))
        .collect();
    Some(Translated {
        c: generated.c,
        module_name,
        extra_sources,
        // Generated code reaches arrays through the buffer protocol and never
        // includes numpy's headers; only a user's extern block can. Asking the
        // interpreter for numpy's include folder costs a numpy import (~0.2 s).
        uses_numpy: module.includes.iter().any(|i| i.contains("numpy/")),
        uses_openmp: module.uses_openmp,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn translate(args: TranslateArgs) -> ExitCode {
    let directives = match cli_directives(&args.common.directives) {
        Ok(d) => d,
        Err(e) => return usage_error(&e),
    };
    let Some(t) = translate_file(&args.file, &args.common, &directives) else {
        return ExitCode::from(COMPILE_ERROR);
    };
    let out = args.output.unwrap_or_else(|| args.file.with_extension("c"));
    if let Err(e) = std::fs::write(&out, t.c) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return ExitCode::from(COMPILE_ERROR);
    }
    ExitCode::SUCCESS
}

fn build(args: BuildArgs) -> ExitCode {
    let directives = match cli_directives(&args.common.directives) {
        Ok(d) => d,
        Err(e) => return usage_error(&e),
    };
    for s in &args.sources {
        if !s.is_file() {
            return usage_error(&format!("--source {}: no such file", s.display()));
        }
    }
    // Translate everything first: front-end errors come before any C compile.
    let mut units = Vec::new();
    let mut failed = false;
    for f in &args.files {
        match translate_file(f, &args.common, &directives) {
            Some(t) => units.push((f.clone(), t)),
            None => failed = true,
        }
    }
    if failed {
        return ExitCode::from(COMPILE_ERROR);
    }
    let cfg = match pyxc_driver::PythonConfig::discover(args.python.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(COMPILE_ERROR);
        }
    };
    let tmp = match tempfile::tempdir() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot create a temporary folder: {e}");
            return ExitCode::from(COMPILE_ERROR);
        }
    };
    for (src, t) in units {
        let outdir = match &args.outdir {
            Some(d) => d.clone(),
            None => src
                .parent()
                .map(Path::to_path_buf)
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or_else(|| PathBuf::from(".")),
        };
        if let Err(e) = std::fs::create_dir_all(&outdir) {
            eprintln!("error: cannot create {}: {e}", outdir.display());
            return ExitCode::from(COMPILE_ERROR);
        }
        let c_path = tmp.path().join(format!("{}.c", t.module_name));
        if let Err(e) = std::fs::write(&c_path, &t.c) {
            eprintln!("error: cannot write {}: {e}", c_path.display());
            return ExitCode::from(COMPILE_ERROR);
        }
        // The source's folder first: its headers are found as a C user expects
        // even though the generated .c lives in a temporary folder.
        let src_dir = src.parent().filter(|p| !p.as_os_str().is_empty());
        let mut include_dirs = vec![src_dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf)];
        include_dirs.extend(args.common.include.iter().cloned());
        // The `# distutils: sources` comment and `--source` often name the
        // same file (Cython users keep the comment, build helpers pass the
        // flag): compile each file once, or the link fails on duplicates.
        let mut extra_sources: Vec<PathBuf> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for s in t.extra_sources.iter().chain(&args.sources) {
            if !s.is_file() {
                eprintln!(
                    "error: {}: the C source named by `# distutils: sources` does not exist",
                    s.display()
                );
                return ExitCode::from(COMPILE_ERROR);
            }
            let key = std::fs::canonicalize(s).unwrap_or_else(|_| s.clone());
            if seen.insert(key) {
                extra_sources.push(s.clone());
            }
        }
        let req = pyxc_driver::BuildRequest {
            c_source: c_path,
            output: outdir.join(format!("{}{}", t.module_name, cfg.ext_suffix)),
            extra_sources,
            include_dirs,
            openmp: t.uses_openmp,
            numpy: t.uses_numpy,
        };
        if args.verbose {
            eprintln!("{}", pyxc_driver::command_line(&cfg, &req).join(" "));
        }
        if let Err(e) = pyxc_driver::compile(&cfg, &req) {
            let d = Diagnostic::internal(
                format!(
                    "the C compiler failed on the code generated for {}",
                    src.display()
                ),
                None,
            )
            .with_note(e.to_string());
            print_diags(&SourceMap::new(), &[d]);
            return ExitCode::from(COMPILE_ERROR);
        }
    }
    ExitCode::SUCCESS
}

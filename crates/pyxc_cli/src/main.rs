//! The `pyxc` command: compile Cython `.pyx` files into CPython extension
//! modules.

use clap::{Args, Parser, Subcommand};
use pyxc_diagnostics::{render, Diagnostic, SourceMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod annotate_cmd;
mod cython_compat;

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
    /// Show where a module's C still calls into the Python interpreter, and
    /// why: one self-contained HTML page (like `cython -a`), JSON, or a
    /// CI check of its loops.
    Annotate(annotate_cmd::AnnotateArgs),
    /// Run as the `cython` command line does, for build systems that call
    /// `cython` (meson, CMake, Makefiles); see `pyxc cython --help`.
    #[command(disable_help_flag = true)]
    Cython {
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "ARGS"
        )]
        args: Vec<String>,
    },
}

#[derive(Args)]
struct CommonArgs {
    /// Set compiler directives, e.g. -X boundscheck=False or
    /// -X boundscheck=False,wraparound=False (repeatable).
    #[arg(short = 'X', long = "directive", value_name = "NAME=VALUE")]
    directives: Vec<String>,
    /// Search this folder for .pxd files and C headers (repeatable).
    #[arg(short = 'I', long = "include-dir", value_name = "DIR")]
    include: Vec<PathBuf>,
    /// The module's full dotted name (default: the file stem, under the
    /// packages of the folders above it that hold an __init__ file).
    #[arg(long = "module-name", value_name = "NAME")]
    module_name: Option<String>,
}

#[derive(Args)]
struct BuildArgs {
    /// The .pyx files to build.
    #[arg(required = true, value_name = "FILE.pyx")]
    files: Vec<PathBuf>,
    /// Write the modules into this folder (default: beside each source).
    #[arg(short = 'o', long = "output-dir", value_name = "OUTDIR")]
    outdir: Option<PathBuf>,
    /// The Python interpreter to build for (default: $PYXC_PYTHON, else
    /// python3 on PATH).
    #[arg(long, value_name = "PYTHON")]
    python: Option<PathBuf>,
    /// An extra C file to compile and link into the module (repeatable).
    #[arg(long = "source", value_name = "EXTRA.c")]
    sources: Vec<PathBuf>,
    /// Print the C compiler commands.
    #[arg(short, long)]
    verbose: bool,
    /// Compile up to N modules at once.
    #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 1)]
    jobs: usize,
    /// Rebuild modules whose inputs are unchanged too.
    #[arg(short, long)]
    force: bool,
    /// Also write each module's annotation, FILE.html beside its source.
    #[arg(short = 'a', long)]
    annotate: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct TranslateArgs {
    /// The .pyx file to translate.
    #[arg(value_name = "FILE.pyx")]
    file: PathBuf,
    /// Where to write the C (default: beside the source, FILE.c; `-` for
    /// standard output).
    #[arg(short = 'o', long = "output-file", value_name = "OUT.c")]
    output: Option<PathBuf>,
    /// Write a Makefile rule `OUT.c: FILE.pyx DEPS...` naming the .pxd files
    /// the translation read.
    #[arg(long, value_name = "FILE")]
    depfile: Option<PathBuf>,
    /// Write, as JSON, what a build tool needs to compile the C: the extra C
    /// sources, the files read, whether numpy is cimported and OpenMP used.
    #[arg(long, value_name = "FILE")]
    info: Option<PathBuf>,
    /// Also write the annotation, OUT.html beside the C (see `pyxc annotate`).
    #[arg(short = 'a', long)]
    annotate: bool,
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
    // Installed (or linked) under the name `cython` or `pyxc-cython`, pyxc
    // is the cython-compatible command itself.
    let argv0 = std::env::args_os().next().unwrap_or_default();
    let invoked_as = Path::new(&argv0)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if invoked_as == "cython" || invoked_as == "pyxc-cython" {
        return cython_compat::run(std::env::args().skip(1).collect());
    }
    let cli = Cli::parse();
    let run = move || match cli.command {
        Command::Build(args) => build(args),
        Command::Translate(args) => translate(args),
        Command::Annotate(args) => annotate_cmd::run(args),
        Command::Cython { args } => cython_compat::run(args),
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

/// Parse and check `-X name=value` options (each may hold several,
/// comma-separated, as Cython's `-X a=b,c=d`).
fn cli_directives(raw: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for d in raw
        .iter()
        .flat_map(|d| d.split(','))
        .filter(|d| !d.trim().is_empty())
    {
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
    /// The module cimports numpy (its headers may be needed by user C).
    cimports_numpy: bool,
    /// The user files read besides the source (.pxd), in reading order.
    depends: Vec<PathBuf>,
    /// How many warnings were printed.
    warnings: usize,
    distutils: Distutils,
    /// The C headers the module's extern blocks include (as sema records
    /// them: quoted, or verbatim C).
    headers: Vec<String>,
    /// The annotation, when asked for, with its loop diagnostics rendered.
    annotation: Option<annotate_cmd::Annotated>,
}

fn print_diags(map: &SourceMap, diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal();
    eprint!("{}", render(map, diags, color));
}

/// What the `# distutils:` comments ask of the C compile (`sources` is read
/// by sema, `depends` matters to incremental builders only).
#[derive(Default)]
struct Distutils {
    include_dirs: Vec<PathBuf>,
    library_dirs: Vec<PathBuf>,
    libraries: Vec<String>,
    define_macros: Vec<(String, Option<String>)>,
    undef_macros: Vec<String>,
    extra_compile_args: Vec<String>,
    extra_link_args: Vec<String>,
}

/// A list value as Cython's `parse_list` reads it: `[a, "b c"]` is split on
/// commas, anything else on whitespace; quotes are dropped.
fn distutils_list(value: &str) -> Vec<String> {
    let v = value.trim();
    let items: Vec<&str> = match v.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(inner) => inner.split(',').collect(),
        None => v.split_whitespace().collect(),
    };
    items
        .iter()
        .map(|i| i.trim().trim_matches(|c| c == '"' || c == '\'').to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// The `# distutils:` settings of a module built by `pyxc build`; an
/// unknown key or another language than C is an error naming it. Folders
/// are relative to the source's folder, as `sources` are.
fn distutils_settings(
    module: &pyxc_syntax::ast::Module,
    src_dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Distutils {
    use pyxc_syntax::ast::HeaderKind;
    const KEYS: &str = "sources, include_dirs, libraries, library_dirs, define_macros, \
                        undef_macros, extra_compile_args, extra_link_args, depends, language";
    let mut d = Distutils::default();
    let dirs = |v: &str| distutils_list(v).into_iter().map(|p| src_dir.join(p));
    for c in module
        .header_comments
        .iter()
        .filter(|c| c.kind == HeaderKind::Distutils)
    {
        match c.name.as_str() {
            "sources" | "depends" => {}
            "include_dirs" => d.include_dirs.extend(dirs(&c.value)),
            "library_dirs" => d.library_dirs.extend(dirs(&c.value)),
            "libraries" => d.libraries.extend(distutils_list(&c.value)),
            "undef_macros" => d.undef_macros.extend(distutils_list(&c.value)),
            "extra_compile_args" => d.extra_compile_args.extend(distutils_list(&c.value)),
            "extra_link_args" => d.extra_link_args.extend(distutils_list(&c.value)),
            "define_macros" => d
                .define_macros
                .extend(
                    distutils_list(&c.value)
                        .into_iter()
                        .map(|m| match m.split_once('=') {
                            Some((n, v)) => (n.to_string(), Some(v.to_string())),
                            None => (m, None),
                        }),
                ),
            "language" if c.value.eq_ignore_ascii_case("c") => {}
            "language" => diags.push(
                Diagnostic::error(
                    format!("`# distutils: language = {}` is not supported", c.value),
                    c.span,
                )
                .with_label_message("pyxc generates C only"),
            ),
            other => diags.push(
                Diagnostic::error(format!("unknown `# distutils:` key '{other}'"), c.span)
                    .with_note(format!("pyxc reads: {KEYS}")),
            ),
        }
    }
    d
}

/// Front end and code generation for one file. Diagnostics are printed;
/// `None` means a compile error. `for_build`: the module is to be compiled
/// by `pyxc build`, so its `# distutils:` comments are read and checked
/// (translating alone ignores them, as the `cython` command does).
fn translate_file(
    path: &Path,
    common: &CommonArgs,
    directives: &[(String, String)],
    for_build: bool,
    annotate: bool,
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
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if common.module_name.is_none() && !is_identifier(&stem) {
        print_diags(
            &map,
            &[Diagnostic::error_nospan(format!(
                "'{stem}' is not a valid module name: the file name must be a Python identifier"
            ))],
        );
        return None;
    }
    let module_name = common
        .module_name
        .clone()
        .unwrap_or_else(|| dotted_name(path, &stem));
    if !module_name.split('.').all(is_identifier) {
        print_diags(
            &map,
            &[Diagnostic::error_nospan(format!(
                "'{module_name}' is not a valid module name"
            ))],
        );
        return None;
    }
    let (ast, mut diags) = pyxc_cli::parse_text(&mut map, path.display().to_string(), &text);
    let Some(ast) = ast else {
        print_diags(&map, &diags);
        return None;
    };
    let src_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let distutils = if for_build {
        distutils_settings(&ast, &src_dir, &mut diags)
    } else {
        Distutils::default()
    };
    let mut include_dirs = vec![if src_dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        src_dir.clone()
    }];
    include_dirs.extend(common.include.iter().cloned());
    let opts = pyxc_sema::Options {
        module_name: module_name.clone(),
        filename: display.clone(),
        cli_directives: directives.to_vec(),
        include_dirs,
    };
    let (compiled, diags) = pyxc_cli::compile_ast(&mut map, &ast, &opts, diags);
    print_diags(&map, &diags);
    let pyxc_cli::Compiled { module, generated } = compiled?;
    // Shipped .pxd files are named `<pyxc>/...`; the rest were read from disk.
    let depends = map
        .names()
        .skip(1)
        .filter(|n| !n.starts_with('<'))
        .map(PathBuf::from)
        .collect();
    let cimports_numpy = map.names().any(|n| n == "<pyxc>/numpy.pxd");
    let annotation =
        annotate.then(|| annotate_cmd::annotate(&module, &map, &display, &generated.c));
    let warnings = diags.iter().filter(|d| !d.is_error()).count();
    let extra_sources = module
        .extra_sources
        .iter()
        .map(|s| src_dir.join(s))
        .collect();
    Some(Translated {
        c: generated.c,
        module_name,
        extra_sources,
        // Generated code reaches arrays through the buffer protocol and
        // includes numpy's headers only for verbatim C that uses NumPy's C
        // API; otherwise only a user's extern block can. Asking the
        // interpreter for numpy's include folder costs a numpy import (~0.2 s).
        uses_numpy: module.numpy_c_api || module.includes.iter().any(|i| i.contains("numpy/")),
        headers: module.includes.clone(),
        uses_openmp: module.uses_openmp,
        cimports_numpy,
        depends,
        warnings,
        distutils,
        annotation,
    })
}

/// The module's dotted name as Cython finds it: one package per folder
/// above the file that holds an `__init__.py` (or `.pyx`, `.pxd`).
fn dotted_name(path: &Path, stem: &str) -> String {
    let mut parts = vec![stem.to_string()];
    let mut dir = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf));
    while let Some(d) = dir {
        let is_package = ["__init__.py", "__init__.pyx", "__init__.pxd"]
            .iter()
            .any(|f| d.join(f).is_file());
        let name = d.file_name().map(|n| n.to_string_lossy().into_owned());
        match name {
            Some(name) if is_package && is_identifier(&name) => parts.push(name),
            _ => break,
        }
        dir = d.parent().map(Path::to_path_buf);
    }
    parts.reverse();
    parts.join(".")
}

/// The last part of a dotted module name: its file name and `PyInit_` name.
fn short_name(module_name: &str) -> &str {
    module_name.rsplit('.').next().unwrap_or(module_name)
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
    let Some(t) = translate_file(&args.file, &args.common, &directives, false, args.annotate)
    else {
        return ExitCode::from(COMPILE_ERROR);
    };
    let out = args.output.unwrap_or_else(|| args.file.with_extension("c"));
    if let Err(e) = write_outputs(
        &args.file,
        &out,
        &t,
        args.depfile.as_deref(),
        args.info.as_deref(),
    )
    .and_then(|()| {
        let html = if out == Path::new("-") {
            args.file.with_extension("html")
        } else {
            out.with_extension("html")
        };
        annotate_cmd::write_html(&t, &html)
    }) {
        eprintln!("error: {e}");
        return ExitCode::from(COMPILE_ERROR);
    }
    ExitCode::SUCCESS
}

/// Write the C (`-` is standard output), then the depfile and the JSON
/// facts if asked for.
fn write_outputs(
    src: &Path,
    out: &Path,
    t: &Translated,
    depfile: Option<&Path>,
    info: Option<&Path>,
) -> Result<(), String> {
    if out == Path::new("-") {
        use std::io::Write;
        std::io::stdout()
            .write_all(t.c.as_bytes())
            .map_err(|e| format!("cannot write the C to standard output: {e}"))?;
    } else {
        std::fs::write(out, &t.c).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    if let Some(dep) = depfile {
        std::fs::write(dep, depfile_text(src, out, t))
            .map_err(|e| format!("cannot write {}: {e}", dep.display()))?;
    }
    if let Some(info) = info {
        std::fs::write(info, info_json(t))
            .map_err(|e| format!("cannot write {}: {e}", info.display()))?;
    }
    Ok(())
}

/// A Makefile rule, as `cython -M` writes: the C depends on the source and
/// on every user file the translation read.
fn depfile_text(src: &Path, out: &Path, t: &Translated) -> String {
    let esc = |p: &Path| p.display().to_string().replace(' ', "\\ ");
    let mut text = format!("{}: \\\n  {}", esc(out), esc(src));
    for d in &t.depends {
        text.push_str(&format!(" \\\n  {}", esc(d)));
    }
    text.push('\n');
    text
}

fn json_string(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_paths(paths: &[PathBuf]) -> String {
    let items: Vec<String> = paths
        .iter()
        .map(|p| json_string(&p.display().to_string()))
        .collect();
    format!("[{}]", items.join(", "))
}

/// The facts `pyxc.build` needs to compile the C as setuptools does
/// (`headers`: the user headers the extern blocks include, as written).
fn info_json(t: &Translated) -> String {
    let headers: Vec<PathBuf> = t
        .headers
        .iter()
        .filter_map(|h| h.strip_prefix('"')?.strip_suffix('"'))
        .map(PathBuf::from)
        .collect();
    format!(
        "{{\"module\": {}, \"openmp\": {}, \"cimports_numpy\": {}, \"includes_numpy\": {}, \"sources\": {}, \"depends\": {}, \"headers\": {}}}\n",
        json_string(&t.module_name),
        t.uses_openmp,
        t.cimports_numpy,
        t.uses_numpy,
        json_paths(&t.extra_sources),
        json_paths(&t.depends),
        json_paths(&headers),
    )
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
        match translate_file(f, &args.common, &directives, true, args.annotate) {
            Some(t) => units.push((f.clone(), t)),
            None => failed = true,
        }
    }
    if failed {
        return ExitCode::from(COMPILE_ERROR);
    }
    for (src, t) in &units {
        if let Err(e) = annotate_cmd::write_html(t, &src.with_extension("html")) {
            eprintln!("error: {e}");
            return ExitCode::from(COMPILE_ERROR);
        }
    }
    // `python -m pyxc` and `pyxc.build` set PYXC_PYTHON to their own
    // interpreter, so that builds target it rather than python3 on PATH.
    let python = args
        .python
        .clone()
        .or_else(|| std::env::var_os("PYXC_PYTHON").map(PathBuf::from));
    let cfg = match pyxc_driver::PythonConfig::discover(python.as_deref()) {
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
    let _tmp_guard = pyxc_driver::Temporary::register(tmp.path());
    let mut jobs = Vec::new();
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
        let c_path = tmp.path().join(format!("{}.c", short_name(&t.module_name)));
        if let Err(e) = std::fs::write(&c_path, &t.c) {
            eprintln!("error: cannot write {}: {e}", c_path.display());
            return ExitCode::from(COMPILE_ERROR);
        }
        // The source's folder first: its headers are found as a C user expects
        // even though the generated .c lives in a temporary folder.
        let src_dir = src.parent().filter(|p| !p.as_os_str().is_empty());
        let mut include_dirs = vec![src_dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf)];
        include_dirs.extend(args.common.include.iter().cloned());
        include_dirs.extend(t.distutils.include_dirs.iter().cloned());
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
            output: outdir.join(format!("{}{}", short_name(&t.module_name), cfg.ext_suffix)),
            extra_sources,
            include_dirs,
            openmp: t.uses_openmp,
            numpy: t.uses_numpy || (t.cimports_numpy && numpy_for_user_headers(&cfg, &t)),
            define_macros: t.distutils.define_macros.clone(),
            undef_macros: t.distutils.undef_macros.clone(),
            extra_compile_args: t.distutils.extra_compile_args.clone(),
            library_dirs: t.distutils.library_dirs.clone(),
            libraries: t.distutils.libraries.clone(),
            extra_link_args: t.distutils.extra_link_args.clone(),
        };
        let key = build_key(&cfg, &req, &t);
        jobs.push(Job { src, req, key });
    }
    run_builds(&cfg, jobs, &args, tmp.path())
}

/// A module that cimports numpy and includes a header of its own may reach
/// numpy's headers through it: add numpy's include folder when numpy is
/// there to ask (the generated code itself needs none, so a missing numpy
/// is not an error here).
fn numpy_for_user_headers(cfg: &pyxc_driver::PythonConfig, t: &Translated) -> bool {
    t.headers.iter().any(|h| h.starts_with('"')) && cfg.numpy_include().is_ok()
}

/// One module for the C compiler.
struct Job {
    src: PathBuf,
    req: pyxc_driver::BuildRequest,
    /// A hash of every input of the build (see [`build_key`]).
    key: String,
}

/// The stamp beside a module: the key of the build that wrote it.
fn stamp_path(output: &Path) -> PathBuf {
    let name = output.file_name().unwrap_or_default().to_string_lossy();
    output.with_file_name(format!(".{name}.pyxc-stamp"))
}

/// A hash of everything a module's build reads: the generated C (so the
/// source, its .pxd files and the directives), pyxc's version, the
/// interpreter's configuration, the compile settings and the compiler's
/// environment, and the contents of the user's C files and headers.
fn build_key(
    cfg: &pyxc_driver::PythonConfig,
    req: &pyxc_driver::BuildRequest,
    t: &Translated,
) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    t.c.hash(&mut h);
    // The interpreter's settings (not whether numpy was asked for yet).
    let python = (&cfg.executable, &cfg.include_dir, &cfg.plat_include_dir);
    format!(
        "{python:?} {} {:?} {:?}",
        cfg.ext_suffix, cfg.cflags, cfg.ldflags
    )
    .hash(&mut h);
    // Every field but the generated C's temporary path.
    let settings = pyxc_driver::BuildRequest {
        c_source: PathBuf::new(),
        ..req.clone()
    };
    format!("{settings:?}").hash(&mut h);
    for var in ["CC", "CFLAGS", "CPPFLAGS", "LDFLAGS"] {
        std::env::var_os(var).hash(&mut h);
    }
    for s in &req.extra_sources {
        std::fs::read(s).ok().hash(&mut h);
    }
    // `"x.h"` or `<x.h>`; verbatim C (starting with a newline) is in the C.
    let headers = t.headers.iter().filter(|h| !h.starts_with('\n'));
    for header in headers.map(|h| h.trim_matches(['"', '<', '>'])) {
        for dir in &req.include_dirs {
            if let Ok(text) = std::fs::read(dir.join(header)) {
                text.hash(&mut h);
                break;
            }
        }
    }
    format!("{:016x}", h.finish())
}

/// Compile the jobs, `--jobs` at a time, with one progress line per module
/// when there are several; a module whose stamp matches its key is left
/// alone unless `--force`. Every failure is reported, in the order given.
fn run_builds(
    cfg: &pyxc_driver::PythonConfig,
    jobs: Vec<Job>,
    args: &BuildArgs,
    tmp: &Path,
) -> ExitCode {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let total = jobs.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, Diagnostic)>> = Mutex::new(Vec::new());
    let progress = |job: &Job, what: String| {
        let n = done.fetch_add(1, Ordering::SeqCst) + 1;
        if total > 1 || what == "up to date" {
            eprintln!("[{n}/{total}] {}  {what}", job.src.display());
        }
    };
    let worker = || loop {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some(job) = jobs.get(i) else { break };
        let stamp = stamp_path(&job.req.output);
        let fresh = !args.force
            && job.req.output.is_file()
            && std::fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == job.key);
        if fresh {
            progress(job, "up to date".into());
            continue;
        }
        if args.verbose {
            let objdir = tmp.join(format!("obj{i}"));
            for cmd in pyxc_driver::command_line(cfg, &job.req, &objdir) {
                eprintln!("{}", cmd.join(" "));
            }
        }
        let start = std::time::Instant::now();
        // A stale stamp must not survive a failed or interrupted build.
        let _ = std::fs::remove_file(&stamp);
        match pyxc_driver::compile(cfg, &job.req) {
            Ok(()) => {
                let _ = std::fs::write(&stamp, format!("{}\n", job.key));
                progress(job, format!("{:.2} s", start.elapsed().as_secs_f64()));
            }
            Err(e) => {
                progress(job, "failed".into());
                let d = compile_failure(&job.src, &job.req, &e);
                failures
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((i, d));
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..args.jobs.clamp(1, total.max(1)) {
            scope.spawn(worker);
        }
        worker();
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    if failures.is_empty() {
        return ExitCode::SUCCESS;
    }
    failures.sort_by_key(|(i, _)| *i);
    let diags: Vec<Diagnostic> = failures.into_iter().map(|(_, d)| d).collect();
    print_diags(&SourceMap::new(), &diags);
    ExitCode::from(COMPILE_ERROR)
}

/// A failed C compile or link as the user should read it: what is missing
/// and which setting to check when the cause is on their side (a library,
/// a header, a flag, their own C file, no compiler); "internal compiler
/// error" is kept for C that pyxc generated wrong.
fn compile_failure(
    src: &Path,
    req: &pyxc_driver::BuildRequest,
    e: &pyxc_driver::DriverError,
) -> Diagnostic {
    let detail = e.to_string();
    let user = |msg: String, hint: &str| {
        Diagnostic::error_nospan(format!("{msg} (building {})", src.display()))
            .with_note(hint.to_string())
            .with_note(detail.clone())
    };
    let pyxc_driver::DriverError::CompileFailed { stderr, .. } = e else {
        // No compiler, no interpreter, a file that cannot be written.
        return Diagnostic::error_nospan(detail);
    };
    if let Some(rest) = stderr.lines().find_map(|l| l.split_once("cannot find -l")) {
        let lib = rest.1.split([':', ' ']).next().unwrap_or_default();
        return user(
            format!("the linker cannot find the library '{lib}'"),
            "check `# distutils: libraries` and `library_dirs`, and LDFLAGS",
        );
    }
    if let Some(header) = stderr.lines().find_map(|l| {
        let (_, rest) = l.split_once("fatal error: ")?;
        rest.strip_suffix(": No such file or directory")
    }) {
        return user(
            format!("the C header {header} was not found"),
            "add its folder with -I, `# distutils: include_dirs`, or CFLAGS",
        );
    }
    let env_flags = |var: &str| std::env::var(var).unwrap_or_default();
    let user_flags = [
        env_flags("CFLAGS"),
        env_flags("CPPFLAGS"),
        env_flags("LDFLAGS"),
    ];
    let user_flags: Vec<&str> = req
        .extra_compile_args
        .iter()
        .chain(&req.extra_link_args)
        .map(String::as_str)
        .chain(user_flags.iter().flat_map(|f| f.split_whitespace()))
        .collect();
    if let Some(line) = stderr
        .lines()
        .find(|l| l.contains("unrecognized command") || l.contains("unknown argument"))
    {
        if let Some(flag) = user_flags.iter().find(|f| line.contains(*f)) {
            return user(
                format!("the C compiler rejected the option {flag}"),
                "check `# distutils: extra_compile_args` / `extra_link_args`, CFLAGS and LDFLAGS",
            );
        }
    }
    if let Some(own) = req
        .extra_sources
        .iter()
        .find(|s| stderr.contains(&*s.to_string_lossy()))
    {
        return user(
            format!("the C compiler failed on {}", own.display()),
            "the error is in that C file (named by `# distutils: sources` or --source)",
        );
    }
    Diagnostic::internal(
        format!(
            "the C compiler failed on the code generated for {}",
            src.display()
        ),
        None,
    )
    .with_note(detail)
}

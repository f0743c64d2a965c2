//! pyxc_driver: finds out how to build an extension for a Python
//! interpreter, and drives the system C compiler to build one.
//!
//! Two steps, each a function:
//!
//! - [`PythonConfig::discover`] runs the interpreter once and reads the facts
//!   a build needs (include folder, extension suffix, the compile and link
//!   flags setuptools would use). numpy's include folder is asked for
//!   separately ([`PythonConfig::numpy_include`]), only for modules that
//!   cimport numpy.
//! - [`compile`] compiles and links a generated `.c` (plus extra sources) in
//!   one compiler invocation into a temporary file beside the output, then
//!   renames it into place, so a failed or interrupted build never leaves a
//!   half-written module behind.
//!
//! The compiler is the one the `cc` crate finds (`CC`, wrappers such as
//! `ccache gcc` included; else `cc`). Flags are ordered so the user has the
//! last word: Python's flags, the include folders, then `CPPFLAGS` and `CFLAGS`; link flags
//! from Python's `LDSHARED`, then `LDFLAGS`.
//!
//! Python's own flags are used as they are except `-g`: measured on this
//! project's runtime and on a 40k-line Cython module, `-g` costs 15-25% of
//! the compile time and makes the module about 5 times bigger, and pyxc
//! users debug the `.pyx`, not the C. Put `-g` in `CFLAGS` to get it back.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// What went wrong while discovering Python or compiling.
#[derive(Debug)]
pub enum DriverError {
    /// The interpreter could not be started.
    PythonNotFound { python: PathBuf, error: io::Error },
    /// The interpreter ran but failed, or printed something unexpected.
    Python { python: PathBuf, detail: String },
    /// numpy is not importable by the interpreter.
    NumpyMissing { python: PathBuf, detail: String },
    /// No C compiler could be determined.
    NoCompiler { detail: String },
    /// The C compiler could not be started.
    CompilerSpawn {
        command: Vec<String>,
        error: io::Error,
    },
    /// The C compiler failed: the full command and what it printed.
    CompileFailed {
        command: Vec<String>,
        status: String,
        stderr: String,
    },
    /// A file operation around the build failed.
    Io { path: PathBuf, error: io::Error },
}

impl fmt::Display for DriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriverError::PythonNotFound { python, error } => {
                write!(
                    f,
                    "cannot run the Python interpreter `{}`: {error}",
                    python.display()
                )
            }
            DriverError::Python { python, detail } => {
                write!(
                    f,
                    "asking `{}` for its build configuration failed: {detail}",
                    python.display()
                )
            }
            DriverError::NumpyMissing { python, detail } => write!(
                f,
                "the module cimports numpy, but `{}` cannot import numpy: {detail}",
                python.display()
            ),
            DriverError::NoCompiler { detail } => write!(f, "no C compiler found: {detail}"),
            DriverError::CompilerSpawn { command, error } => write!(
                f,
                "cannot run the C compiler `{}`: {error}\ncommand: {}",
                command.first().map(String::as_str).unwrap_or(""),
                shell_join(command)
            ),
            DriverError::CompileFailed {
                command,
                status,
                stderr,
            } => {
                write!(
                    f,
                    "the C compiler failed ({status})\ncommand: {}",
                    shell_join(command)
                )?;
                let stderr = stderr.trim_end();
                if !stderr.is_empty() {
                    write!(f, "\n{stderr}")?;
                }
                Ok(())
            }
            DriverError::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for DriverError {}

/// What pyxc needs to know about a Python interpreter to build for it.
#[derive(Clone, Debug)]
pub struct PythonConfig {
    /// The interpreter (`sys.executable`).
    pub executable: PathBuf,
    /// `sysconfig.get_paths()['include']`.
    pub include_dir: PathBuf,
    /// `sysconfig.get_paths()['platinclude']` when it differs from `include_dir`.
    pub plat_include_dir: Option<PathBuf>,
    /// `EXT_SUFFIX`, e.g. `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// Compile flags: sysconfig `CFLAGS` then `CCSHARED`, without `-g`.
    pub cflags: Vec<String>,
    /// Link flags: sysconfig `LDSHARED` without its leading compiler.
    pub ldflags: Vec<String>,
    /// `sys.version_info[:2]`.
    pub version: (u32, u32),
    numpy: OnceLock<PathBuf>,
}

/// The interpreter's side of discovery: one `key=value` per line.
const DISCOVER_SCRIPT: &str = r#"
import sys, sysconfig
v = sysconfig.get_config_var
p = sysconfig.get_paths()
print("executable=" + (sys.executable or ""))
print("version=%d.%d" % sys.version_info[:2])
print("include=" + p.get("include", ""))
print("platinclude=" + p.get("platinclude", ""))
print("ext_suffix=" + (v("EXT_SUFFIX") or ".so"))
print("cflags=" + (v("CFLAGS") or ""))
print("ccshared=" + (v("CCSHARED") or ""))
print("ldshared=" + (v("LDSHARED") or ""))
"#;

impl PythonConfig {
    /// Ask `python` (else `python3` on PATH) for its build configuration,
    /// running it once.
    pub fn discover(python: Option<&Path>) -> Result<PythonConfig, DriverError> {
        let python = python
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("python3"));
        let out = run_python(&python, DISCOVER_SCRIPT)?;
        PythonConfig::from_discovery(&python, &out)
    }

    /// Build the configuration from the discovery script's output.
    fn from_discovery(python: &Path, text: &str) -> Result<PythonConfig, DriverError> {
        let get = |key: &str| -> Option<&str> {
            text.lines()
                .filter_map(|l| l.split_once('='))
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.trim_end_matches('\r'))
        };
        let bad = |detail: String| DriverError::Python {
            python: python.to_path_buf(),
            detail,
        };
        let version = get("version")
            .and_then(|v| v.split_once('.'))
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            .ok_or_else(|| bad(format!("unexpected output:\n{text}")))?;
        let include = get("include").filter(|s| !s.is_empty());
        let include_dir = PathBuf::from(include.ok_or_else(|| bad("no include folder".into()))?);
        let plat_include_dir = get("platinclude")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .filter(|p| *p != include_dir);
        let executable = get("executable")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| python.to_path_buf());
        let mut cflags: Vec<String> = split_flags(get("cflags").unwrap_or(""));
        cflags.retain(|f| f != "-g");
        for f in split_flags(get("ccshared").unwrap_or("")) {
            if !cflags.contains(&f) {
                cflags.push(f);
            }
        }
        let mut ldflags = split_flags(get("ldshared").unwrap_or(""));
        // LDSHARED starts with the compiler (possibly several words, e.g.
        // "ccache gcc"): keep what follows the first flag-like word.
        let first_flag = ldflags
            .iter()
            .position(|w| w.starts_with('-'))
            .unwrap_or(ldflags.len());
        ldflags.drain(..first_flag);
        if !ldflags
            .iter()
            .any(|f| f == "-shared" || f == "-bundle" || f == "-dynamiclib")
        {
            ldflags.insert(0, "-shared".to_string());
        }
        Ok(PythonConfig {
            executable,
            include_dir,
            plat_include_dir,
            ext_suffix: get("ext_suffix").unwrap_or(".so").to_string(),
            cflags,
            ldflags,
            version,
            numpy: OnceLock::new(),
        })
    }

    /// numpy's include folder (`numpy.get_include()`), asked of the
    /// interpreter the first time and remembered.
    pub fn numpy_include(&self) -> Result<PathBuf, DriverError> {
        if let Some(p) = self.numpy.get() {
            return Ok(p.clone());
        }
        let out = run_python(&self.executable, "import numpy; print(numpy.get_include())")
            .map_err(|e| match e {
                DriverError::Python { python, detail } => {
                    DriverError::NumpyMissing { python, detail }
                }
                e => e,
            })?;
        let dir = PathBuf::from(out.trim());
        Ok(self.numpy.get_or_init(|| dir).clone())
    }
}

fn run_python(python: &Path, script: &str) -> Result<String, DriverError> {
    let out = Command::new(python)
        .args(["-I", "-c", script])
        .output()
        .map_err(|error| DriverError::PythonNotFound {
            python: python.to_path_buf(),
            error,
        })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr.trim_end().lines().last().unwrap_or("").to_string();
        return Err(DriverError::Python {
            python: python.to_path_buf(),
            detail: format!("{} ({})", last, out.status),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// One extension module to build.
#[derive(Clone, Debug, Default)]
pub struct BuildRequest {
    /// The generated C file.
    pub c_source: PathBuf,
    /// The module file to write (`<name><EXT_SUFFIX>`).
    pub output: PathBuf,
    /// More C files compiled into the module (`--source`).
    pub extra_sources: Vec<PathBuf>,
    /// `-I` folders, in order (the `.pyx` file's folder, then the user's).
    pub include_dirs: Vec<PathBuf>,
    /// Compile and link with OpenMP (the module uses `prange`).
    pub openmp: bool,
    /// Add numpy's include folder (the module cimports numpy).
    pub numpy: bool,
    /// The module's `# distutils:` settings, passed as setuptools passes
    /// them: macros and extra compile arguments with the compile flags,
    /// library folders, libraries and extra link arguments after the
    /// sources (so that `-l` resolves their symbols).
    pub define_macros: Vec<(String, Option<String>)>,
    pub undef_macros: Vec<String>,
    pub extra_compile_args: Vec<String>,
    pub library_dirs: Vec<PathBuf>,
    pub libraries: Vec<String>,
    pub extra_link_args: Vec<String>,
}

/// The C compiler command prefix: wrapper and compiler (from `CC` or the
/// `cc` crate's default), and the environment it wants.
struct Compiler {
    argv: Vec<String>,
    envs: Vec<(std::ffi::OsString, std::ffi::OsString)>,
}

fn host_triple() -> String {
    let arch = std::env::consts::ARCH;
    match std::env::consts::OS {
        "linux" => format!("{arch}-unknown-linux-gnu"),
        "macos" => format!("{arch}-apple-darwin"),
        "freebsd" => format!("{arch}-unknown-freebsd"),
        "windows" => format!("{arch}-pc-windows-msvc"),
        os => format!("{arch}-unknown-{os}"),
    }
}

fn find_compiler() -> Result<Compiler, DriverError> {
    let triple = host_triple();
    let tool = cc::Build::new()
        .target(&triple)
        .host(&triple)
        .opt_level(0)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .emit_rerun_if_env_changed(false)
        .no_default_flags(true)
        .try_get_compiler()
        .map_err(|e| DriverError::NoCompiler {
            detail: e.to_string(),
        })?;
    let cc_env = tool.cc_env();
    let argv = if cc_env.is_empty() {
        vec![tool.path().to_string_lossy().into_owned()]
    } else {
        split_flags(&cc_env.to_string_lossy())
    };
    let envs = tool
        .get_envs()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    Ok(Compiler { argv, envs })
}

/// The C compiler command prefix `compile` uses: `CC` split into words
/// (wrappers such as `ccache gcc` included), else the `cc` crate's default.
pub fn compiler_command() -> Result<Vec<String>, DriverError> {
    find_compiler().map(|c| c.argv)
}

fn env_flags(name: &str) -> Vec<String> {
    std::env::var(name)
        .map(|v| split_flags(&v))
        .unwrap_or_default()
}

/// The user's `CPPFLAGS`, `CFLAGS` and `LDFLAGS`, read from the environment.
#[derive(Clone, Debug, Default)]
struct UserFlags {
    cppflags: Vec<String>,
    cflags: Vec<String>,
    ldflags: Vec<String>,
}

impl UserFlags {
    fn from_env() -> UserFlags {
        UserFlags {
            cppflags: env_flags("CPPFLAGS"),
            cflags: env_flags("CFLAGS"),
            ldflags: env_flags("LDFLAGS"),
        }
    }
}

/// The arguments that compile one C file `src` into the object `obj`
/// (`-c`), as setuptools compiles: the interpreter's flags, include
/// folders, macros, then the user's flags (`CPPFLAGS`, `CFLAGS`, the
/// module's `extra_compile_args`), which win.
fn compile_args(
    cfg: &PythonConfig,
    req: &BuildRequest,
    numpy_include: Option<&Path>,
    src: &Path,
    obj: &Path,
    openmp: bool,
    user: &UserFlags,
) -> Vec<String> {
    let mut args: Vec<String> = cfg.cflags.clone();
    let path = |p: &Path| p.to_string_lossy().into_owned();
    for dir in &req.include_dirs {
        args.push(format!("-I{}", path(dir)));
    }
    if let Some(np) = numpy_include {
        args.push(format!("-I{}", path(np)));
    }
    args.push(format!("-I{}", path(&cfg.include_dir)));
    if let Some(p) = &cfg.plat_include_dir {
        args.push(format!("-I{}", path(p)));
    }
    if openmp {
        args.push("-fopenmp".to_string());
    }
    for (name, value) in &req.define_macros {
        args.push(match value {
            Some(v) => format!("-D{name}={v}"),
            None => format!("-D{name}"),
        });
    }
    args.extend(req.undef_macros.iter().map(|m| format!("-U{m}")));
    args.extend(user.cppflags.iter().cloned());
    args.extend(user.cflags.iter().cloned());
    args.extend(req.extra_compile_args.iter().cloned());
    args.extend(["-c".to_string(), path(src), "-o".to_string(), path(obj)]);
    args
}

/// The arguments that link `objs` into the module `out`: the interpreter's
/// link flags, `LDFLAGS`, then the module's library folders, libraries and
/// `extra_link_args` after the objects (so that `-l` resolves their symbols).
fn link_args(
    cfg: &PythonConfig,
    req: &BuildRequest,
    objs: &[PathBuf],
    out: &Path,
    openmp: bool,
    user: &UserFlags,
) -> Vec<String> {
    let path = |p: &Path| p.to_string_lossy().into_owned();
    let mut args: Vec<String> = objs.iter().map(|o| path(o)).collect();
    args.extend(["-o".to_string(), path(out)]);
    args.extend(cfg.ldflags.iter().cloned());
    if openmp {
        args.push("-fopenmp".to_string());
    }
    args.extend(user.ldflags.iter().cloned());
    args.extend(req.library_dirs.iter().map(|d| format!("-L{}", path(d))));
    args.extend(req.libraries.iter().map(|l| format!("-l{l}")));
    args.extend(req.extra_link_args.iter().cloned());
    args
}

/// Every C file of the module with its object file's name in `objdir`.
fn objects(req: &BuildRequest, objdir: &Path) -> Vec<(PathBuf, PathBuf)> {
    std::iter::once(&req.c_source)
        .chain(&req.extra_sources)
        .enumerate()
        .map(|(i, src)| {
            let stem = src.file_stem().map(|s| s.to_string_lossy().into_owned());
            // Numbered: two sources may share a stem (a/x.c, b/x.c).
            let obj = objdir.join(format!("{}.{i}.o", stem.unwrap_or_default()));
            (src.clone(), obj)
        })
        .collect()
}

/// The commands [`compile`] runs, one per C file then the link (writing
/// `req.output` directly and objects under `objdir`, for `--verbose`; the
/// real run writes a temporary file and renames it). If numpy's include
/// folder is not known yet it is asked for.
pub fn command_line(cfg: &PythonConfig, req: &BuildRequest, objdir: &Path) -> Vec<Vec<String>> {
    let np = if req.numpy {
        cfg.numpy_include().ok()
    } else {
        None
    };
    let cc = find_compiler()
        .map(|c| c.argv)
        .unwrap_or_else(|_| vec!["cc".to_string()]);
    let user = UserFlags::from_env();
    let objs = objects(req, objdir);
    let mut cmds: Vec<Vec<String>> = objs
        .iter()
        .map(|(src, obj)| {
            let mut c = cc.clone();
            c.extend(compile_args(
                cfg,
                req,
                np.as_deref(),
                src,
                obj,
                req.openmp,
                &user,
            ));
            c
        })
        .collect();
    let objs: Vec<PathBuf> = objs.into_iter().map(|(_, o)| o).collect();
    let mut link = cc;
    link.extend(link_args(cfg, req, &objs, &req.output, req.openmp, &user));
    cmds.push(link);
    cmds
}

/// Compile each C file of `req` to an object, then link them into
/// `req.output`: separate compiler runs, as setuptools does, so that a
/// compiler cache in `CC` (`ccache gcc`) caches the compiles.
///
/// Objects go to a temporary folder; the module is written to a temporary
/// name in the output folder and renamed into place. With `openmp`, a
/// compiler that rejects OpenMP (its error mentions it) gets a second,
/// serial attempt; nothing else is ever compiled twice.
pub fn compile(cfg: &PythonConfig, req: &BuildRequest) -> Result<(), DriverError> {
    let np = if req.numpy {
        Some(cfg.numpy_include()?)
    } else {
        None
    };
    let compiler = find_compiler()?;
    let user = UserFlags::from_env();
    let dir = match req.output.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = req
        .output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| DriverError::Io { path, error }
    };
    let objdir = tempfile::tempdir().map_err(io(Path::new("a temporary folder")))?;
    let _objdir_guard = Temporary::register(objdir.path());
    // A free name beside the output (not created: the linker creates it
    // with the usual permissions); removed on drop unless persisted.
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .make_in(&dir, |_| Ok(()))
        .map_err(io(&dir))?;
    let tmp_path = tmp.path().to_path_buf();
    let _tmp_guard = Temporary::register(&tmp_path);

    let run = |args: Vec<String>| -> Result<(Vec<String>, Output), DriverError> {
        let mut command = compiler.argv.clone();
        command.extend(args);
        let mut c = Command::new(&command[0]);
        c.args(&command[1..]);
        for (k, v) in &compiler.envs {
            c.env(k, v);
        }
        match c.output() {
            Ok(out) => Ok((command, out)),
            Err(error) => Err(DriverError::CompilerSpawn { command, error }),
        }
    };
    // Every compile then the link; the first failing run, if any.
    let attempt = |openmp: bool| -> Result<Option<(Vec<String>, Output)>, DriverError> {
        let objs = objects(req, objdir.path());
        for (src, obj) in &objs {
            let (command, out) = run(compile_args(
                cfg,
                req,
                np.as_deref(),
                src,
                obj,
                openmp,
                &user,
            ))?;
            if !out.status.success() {
                return Ok(Some((command, out)));
            }
        }
        let objs: Vec<PathBuf> = objs.into_iter().map(|(_, o)| o).collect();
        let (command, out) = run(link_args(cfg, req, &objs, &tmp_path, openmp, &user))?;
        Ok((!out.status.success()).then_some((command, out)))
    };
    let mut failure = attempt(req.openmp)?;
    if let Some((_, out)) = &failure {
        if req.openmp && rejects_openmp(&String::from_utf8_lossy(&out.stderr)) {
            failure = attempt(false)?;
        }
    }
    if let Some((command, out)) = failure {
        let _ = std::fs::remove_file(&tmp_path);
        return Err(DriverError::CompileFailed {
            command,
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    tmp.persist(&req.output).map_err(|e| DriverError::Io {
        path: req.output.clone(),
        error: e.error,
    })?;
    Ok(())
}

/// Whether a failed compile's stderr says OpenMP is unavailable (flag
/// rejected, no `omp.h`, no OpenMP runtime library).
fn rejects_openmp(stderr: &str) -> bool {
    let s = stderr.to_lowercase();
    s.contains("openmp") || s.contains("omp.h") || s.contains("gomp") || s.contains("-lomp")
}

/// Split a flags string the way a POSIX shell splits words (quotes and
/// backslashes honoured; no expansions).
pub fn split_flags(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    cur.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some(n @ ('"' | '\\' | '$' | '`')) => cur.push(n),
                            Some(n) => {
                                cur.push('\\');
                                cur.push(n);
                            }
                            None => cur.push('\\'),
                        },
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

/// Quote a command for display so it can be pasted into a shell.
fn shell_join(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            if !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_=+./,:@%^".contains(c))
            {
                w.clone()
            } else {
                format!("'{}'", w.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

mod interrupt;
pub use interrupt::Temporary;

#[cfg(test)]
mod tests;

//! `cargo xtask`: the project's chores, with no dependencies beyond std.
//!
//! - `cargo xtask venv`  creates `.venv/` with the pinned test environment
//!   (`tests/requirements.txt`: numpy, pytest, and Cython as the test oracle
//!   and benchmark peer); does nothing when it is already up to date.
//! - `cargo xtask test`  the whole suite: fmt, clippy, cargo test, the release
//!   build, then the end-to-end pytest suite in `tests/`.
//! - `cargo xtask demo`  builds `examples/rolling.pyx` with pyxc and prints the
//!   seed's benchmark table for it (quick mode of the rolling benchmark).
//! - `cargo xtask bench` the full benchmarks in `benches/`: the rolling
//!   benchmark, then every seed listing (`benches/seed_bench.py`).
//! - `cargo xtask fuzz [--minutes N] [--seed S]` a long mutation-fuzzing
//!   run (`tests/fuzz/fuzz_run.py`); failures are minimised into
//!   `tests/fuzz/regressions/`, which the suite replays.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

const USAGE: &str = "\
usage: cargo xtask <command> [args...]

commands:
  venv    create or update .venv/ with the pinned test environment
          (tests/requirements.txt); fast when already up to date
  test    the whole suite: cargo fmt --check, clippy -D warnings, cargo test,
          release build, then `pytest tests` in .venv
  demo    build examples/rolling.pyx with pyxc and print the seed's
          benchmark table for it (quick run)
  bench   the full benchmarks: benches/rolling_bench.py, then
          benches/seed_bench.py (every seed listing); extra args go to both
  fuzz    a long mutation-fuzzing run (--minutes N, default 10; --seed S);
          failures are minimised into tests/fuzz/regressions/

environment:
  PYXC_PYTHON   the python3 used to create .venv (default: python3)
";

fn main() -> ExitCode {
    let mut args = env::args().skip(1);
    let cmd = args.next();
    let rest: Vec<String> = args.collect();
    let result = match cmd.as_deref() {
        Some("venv") => venv().map(|_| true),
        Some("test") => test(&rest),
        Some("demo") => bench(true, &rest),
        Some("bench") => bench(false, &rest),
        Some("fuzz") => fuzz(&rest),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => {
            eprint!("xtask: unknown command `{other}`\n\n{USAGE}");
            return ExitCode::from(2);
        }
        None => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(msg) => {
            eprintln!("xtask: error: {msg}");
            ExitCode::FAILURE
        }
    }
}

type Result<T> = std::result::Result<T, String>;

/// The repository root (this crate lives in `crates/xtask`).
fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .expect("crates/xtask sits two levels below the root")
        .to_path_buf()
}

fn cargo() -> OsString {
    env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

fn pyxc_release() -> PathBuf {
    target_dir()
        .join("release")
        .join(format!("pyxc{}", env::consts::EXE_SUFFIX))
}

fn venv_dir() -> PathBuf {
    root().join(".venv")
}

fn venv_bin() -> PathBuf {
    venv_dir().join(if cfg!(windows) { "Scripts" } else { "bin" })
}

fn venv_python() -> PathBuf {
    venv_bin().join(format!("python{}", env::consts::EXE_SUFFIX))
}

/// Runs `cmd` in the repository root with inherited output and no stdin.
fn run(label: &str, cmd: &mut Command) -> Result<bool> {
    eprintln!("\n==> {label}");
    let status = cmd
        .current_dir(root())
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    Ok(status.success())
}

/// A `Command` for the venv's python with the venv activated.
fn venv_command() -> Command {
    let mut cmd = Command::new(venv_python());
    let mut path = vec![venv_bin()];
    if let Some(old) = env::var_os("PATH") {
        path.extend(env::split_paths(&old));
    }
    cmd.env(
        "PATH",
        env::join_paths(path).expect("PATH entries are joinable"),
    )
    .env("VIRTUAL_ENV", venv_dir())
    .env("PYTHONDONTWRITEBYTECODE", "1")
    .env("PIP_NO_INPUT", "1")
    .env("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    cmd
}

/// FNV-1a, 64 bits: a stable hash for the stamp file (std's hasher is not
/// guaranteed stable across Rust releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn venv() -> Result<()> {
    let requirements = root().join("tests").join("requirements.txt");
    let reqs = fs::read(&requirements)
        .map_err(|e| format!("cannot read {}: {e}", requirements.display()))?;
    let stamp_path = venv_dir().join(".pyxc-requirements-stamp");
    let stamp = format!("{:016x}\n", fnv1a(&reqs));

    let python_works = Command::new(venv_python())
        .args(["-c", "pass"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if python_works && fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp) {
        eprintln!("==> .venv is up to date (tests/requirements.txt unchanged)");
        return Ok(());
    }

    if !python_works {
        if venv_dir().exists() {
            eprintln!("==> .venv is broken: recreating it");
            fs::remove_dir_all(venv_dir()).map_err(|e| format!("cannot remove .venv: {e}"))?;
        }
        let python = env::var_os("PYXC_PYTHON").unwrap_or_else(|| "python3".into());
        let ok = run(
            &format!("{} -m venv .venv", python.to_string_lossy()),
            Command::new(&python).args(["-m", "venv"]).arg(venv_dir()),
        )?;
        if !ok {
            return Err("creating .venv failed (is the python3 venv module installed?)".into());
        }
    }
    let _ = fs::remove_file(&stamp_path);
    let ok = run(
        "pip install -r tests/requirements.txt",
        venv_command()
            .args(["-m", "pip", "install", "--quiet", "-r"])
            .arg(&requirements),
    )?;
    if !ok {
        return Err("pip install -r tests/requirements.txt failed".into());
    }
    fs::write(&stamp_path, stamp).map_err(|e| format!("cannot write the stamp file: {e}"))?;
    Ok(())
}

fn release_build() -> Result<bool> {
    run(
        "cargo build --release -p pyxc_cli",
        Command::new(cargo()).args(["build", "--release", "-p", "pyxc_cli"]),
    )
}

fn test(extra: &[String]) -> Result<bool> {
    let cargo_steps: [(&str, &[&str]); 4] = [
        (
            "cargo fmt --all -- --check",
            &["fmt", "--all", "--", "--check"],
        ),
        (
            "cargo clippy --workspace --all-targets -- -D warnings",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
        ("cargo test --workspace", &["test", "--workspace"]),
        (
            "cargo build --release -p pyxc_cli",
            &["build", "--release", "-p", "pyxc_cli"],
        ),
    ];
    let mut failed = Vec::new();
    for (label, args) in cargo_steps {
        if !run(label, Command::new(cargo()).args(args))? {
            failed.push(label);
        }
    }
    venv()?;
    // Report the cargo steps now, so that pytest's closing line stays the
    // last line of the run.
    if failed.is_empty() {
        eprintln!("\n==> cargo steps passed");
    } else {
        eprintln!("\n==> FAILED cargo steps: {}", failed.join("; "));
    }
    let pytest_ok = run(
        "pytest tests -q",
        venv_command()
            .args(["-m", "pytest", "tests", "-q"])
            .args(extra)
            .env("PYXC", pyxc_release()),
    )?;
    Ok(failed.is_empty() && pytest_ok)
}

fn bench(quick: bool, extra: &[String]) -> Result<bool> {
    if !release_build()? {
        return Err("the release build of pyxc failed".into());
    }
    venv()?;
    // `demo` is the README's main job: the rolling table only, quickly.
    let scripts: &[&str] = if quick {
        &["rolling_bench.py"]
    } else {
        &["rolling_bench.py", "seed_bench.py"]
    };
    let mut ok = true;
    for script in scripts {
        let mut cmd = venv_command();
        cmd.arg(root().join("benches").join(script))
            .arg("--pyxc")
            .arg(pyxc_release());
        if quick {
            cmd.arg("--quick");
        }
        cmd.args(extra);
        let label = format!("benches/{script}{}", if quick { " --quick" } else { "" });
        ok &= run(&label, &mut cmd)?;
    }
    Ok(ok)
}

fn fuzz(extra: &[String]) -> Result<bool> {
    if !release_build()? {
        return Err("the release build of pyxc failed".into());
    }
    venv()?;
    let mut cmd = venv_command();
    cmd.arg(root().join("tests").join("fuzz").join("fuzz_run.py"))
        .arg("--pyxc")
        .arg(pyxc_release())
        .args(extra);
    run("tests/fuzz/fuzz_run.py", &mut cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_reference_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn root_holds_the_workspace() {
        assert!(root().join("Cargo.toml").is_file());
        assert!(root().join("tests").join("requirements.txt").is_file());
    }
}

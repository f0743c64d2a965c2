//! `pyxc-cython ARGS...` is `pyxc cython ARGS...`: a single executable for
//! build systems that take the path of a `cython` program and no arguments
//! before its own (CMake's `CYTHON_EXECUTABLE`). It runs the `pyxc` binary
//! installed beside it, and stays tiny (no compiler inside).

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let me = std::env::current_exe().unwrap_or_default();
    let pyxc = me
        .parent()
        .map(|d| d.join(format!("pyxc{}", std::env::consts::EXE_SUFFIX)))
        .unwrap_or_default();
    let mut cmd = Command::new(&pyxc);
    cmd.arg("cython").args(std::env::args_os().skip(1));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let err = cmd.exec();
        eprintln!("error: cannot run {}: {err}", pyxc.display());
        ExitCode::from(2)
    }
    #[cfg(not(unix))]
    match cmd.status() {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1) as u8),
        Err(err) => {
            eprintln!("error: cannot run {}: {err}", pyxc.display());
            ExitCode::from(2)
        }
    }
}

//! Temporary files survive no interrupted build: a build registers each
//! temporary file and folder it makes, and an interrupt (Ctrl-C, `kill`,
//! a closed terminal) removes every one still registered before pyxc exits
//! with the signal's status, so no `.so.tmp` is left beside the output and
//! no generated C in the temporary folder. `SIGKILL` cannot be caught; the
//! module file is only ever renamed into place, so it is never torn.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes `path` (a file or folder) if pyxc is interrupted while this
/// guard lives; dropping it forgets the path (its owner removes or keeps
/// it as usual).
pub struct Temporary(PathBuf);

impl Temporary {
    pub fn register(path: &Path) -> Temporary {
        install();
        lock().push(path.to_path_buf());
        Temporary(path.to_path_buf())
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        let mut temps = lock();
        if let Some(i) = temps.iter().rposition(|p| *p == self.0) {
            temps.remove(i);
        }
    }
}

fn lock() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    TEMPS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Listens for SIGINT, SIGTERM and SIGHUP on a thread of its own (once).
fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                for p in lock().iter() {
                    if p.is_dir() {
                        let _ = std::fs::remove_dir_all(p);
                    } else {
                        let _ = std::fs::remove_file(p);
                    }
                }
                std::process::exit(128 + sig);
            }
        });
    });
}

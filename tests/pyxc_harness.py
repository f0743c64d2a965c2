"""Build helpers shared by the tests (through conftest.py) and the benches.

Two builders turn a ``.pyx`` file into an imported module:

* ``build_pyxc`` runs ``pyxc build`` and imports the result;
* ``build_cython`` runs the pinned Cython (``cython -3``) and compiles its C
  with setuptools' own ``build_ext``, so the C compiler and flags are exactly
  the ones a ``setup.py`` build of the seed would use. Cython builds are slow,
  so they are cached in ``tests/_build/cython`` keyed by a hash of everything
  that goes into them.

Every build lands in a directory of its own and is imported from there with
importlib, so two builds of the same file (or two files with the same stem)
never clash.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import itertools
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
BUILD_ROOT = ROOT / "tests" / "_build"
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")

_counter = itertools.count()
CASES_TIMEOUT = 300  # seconds for one child running cases; all of them take a few


class BuildError(Exception):
    """A builder failed; the message carries the command and its output."""


def find_pyxc() -> Path:
    """The pyxc binary: $PYXC, else target/release/pyxc, else target/debug/pyxc."""
    env = os.environ.get("PYXC")
    if env:
        path = Path(env)
        if not path.is_file():
            raise FileNotFoundError(f"$PYXC is set to {env}, which is not a file")
        return path.resolve()
    looked = []
    for profile in ("release", "debug"):
        path = ROOT / "target" / profile / "pyxc"
        looked.append(str(path))
        if path.is_file():
            return path
    raise FileNotFoundError(
        "no pyxc binary: set $PYXC or run `cargo build --release -p pyxc_cli` "
        f"(looked in {', '.join(looked)})"
    )


def fresh_dir(base: Path, stem: str) -> Path:
    """A new, empty directory under ``base`` named after ``stem``."""
    base = Path(base)
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{stem}-{os.getpid()}-{next(_counter)}-", dir=base))


def load_module(name: str, directory: Path) -> ModuleType:
    """Import the extension module ``name`` from ``directory`` (not via sys.path)."""
    path = Path(directory) / f"{name}{EXT_SUFFIX}"
    if not path.is_file():
        found = sorted(p.name for p in Path(directory).iterdir())
        raise BuildError(f"expected {path.name} in {directory}, found {found}")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    """Run ``cmd`` capturing text output; never reads stdin."""
    return subprocess.run(
        [str(c) for c in cmd],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        **kwargs,
    )


def _check(proc: subprocess.CompletedProcess, what: str) -> None:
    if proc.returncode != 0:
        raise BuildError(
            f"{what} failed with exit status {proc.returncode}\n"
            f"$ {' '.join(proc.args)}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}"
        )


# --------------------------------------------------------------------- pyxc


def pyxc_build_cmd(pyxc: Path, pyx_path: Path, outdir: Path, *args: str) -> list:
    """The ``pyxc build`` command line the tests and benches use.

    Only ``--python`` is passed (the interpreter running the tests, the one
    with numpy): pyxc must find every flag and include folder by itself.
    """
    return [pyxc, "build", pyx_path, "-o", outdir, "--python", sys.executable, *args]


def pyxc_build_dir(pyxc: Path, pyx_path: Path, tmpdir: Path, *args: str) -> Path:
    """Build ``pyx_path`` with pyxc into a fresh directory under ``tmpdir``; return it."""
    pyx_path = Path(pyx_path)
    outdir = fresh_dir(tmpdir, pyx_path.stem)
    proc = run(pyxc_build_cmd(pyxc, pyx_path, outdir, *args))
    _check(proc, "pyxc build")
    if not (outdir / f"{pyx_path.stem}{EXT_SUFFIX}").is_file():
        raise BuildError(
            f"pyxc build exited 0 but wrote no {pyx_path.stem}{EXT_SUFFIX} in {outdir}\n"
            f"$ {' '.join(proc.args)}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}"
        )
    return outdir


def build_pyxc(pyxc: Path, pyx_path: Path, tmpdir: Path, *args: str) -> ModuleType:
    """Build ``pyx_path`` with pyxc into a fresh directory under ``tmpdir`` and import it."""
    return load_module(Path(pyx_path).stem, pyxc_build_dir(pyxc, pyx_path, tmpdir, *args))


# ------------------------------------------------------------------- Cython


def cython_cmd() -> list:
    """The pinned Cython's command line translator, from the running venv."""
    exe = Path(sys.executable).parent / "cython"
    if exe.is_file():
        return [exe]
    return [sys.executable, "-m", "cython"]


def cython_translate(pyx_path: Path, c_path: Path, *args: str) -> None:
    """``cython -3 [args] FILE.pyx -o OUT.c``, run beside the file.

    Cython records the source path as given, relative to its working
    directory, for tracebacks: running it beside the file records the bare
    file name, as a user's ``cythonize`` in the project folder would.
    """
    pyx_path = Path(pyx_path).resolve()
    c_path = Path(c_path).resolve()
    proc = run([*cython_cmd(), "-3", *args, pyx_path.name, "-o", c_path], cwd=pyx_path.parent)
    _check(proc, "cython")


def numpy_include() -> str:
    import numpy

    return numpy.get_include()


def setuptools_compile(
    c_path: Path,
    name: str,
    outdir: Path,
    temp_dir: Path,
    execute: bool = True,
    sources: tuple = (),
    extra_compile_args: tuple = (),
    extra_link_args: tuple = (),
) -> list:
    """Compile ``c_path`` into ``outdir/<name><EXT_SUFFIX>`` with setuptools' build_ext.

    Uses the seed's setup.py configuration (include_dirs=[np.get_include()],
    no extra flags unless ``extra_compile_args``/``extra_link_args`` ask, as
    the seed's setup.py for parallel.pyx asks for ``-fopenmp``), so the
    compiler and flags are whatever setuptools picks for this Python,
    honouring CC/CFLAGS/LDFLAGS. Returns the compiler and linker command
    lines it ran, for replaying in the build-time benchmark; with
    ``execute=False`` it only records them.
    """
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    commands: list = []

    class RecordingBuildExt(build_ext):
        def build_extensions(self):
            # Newer setuptools runs commands through `call`, older through `spawn`.
            method = "call" if hasattr(self.compiler, "call") else "spawn"
            original = getattr(self.compiler, method)

            def recording(cmd, *a, **kw):
                commands.append([str(c) for c in cmd])
                if execute:
                    original(cmd, *a, **kw)

            setattr(self.compiler, method, recording)
            super().build_extensions()

    # ``sources``: the user's extra C files (a ``# distutils: sources = ...``
    # comment); their folder is searched for headers, as cythonize does.
    ext = Extension(
        name,
        [str(c_path), *(str(s) for s in sources)],
        include_dirs=[numpy_include(), *sorted({str(Path(s).parent) for s in sources})],
        extra_compile_args=list(extra_compile_args),
        extra_link_args=list(extra_link_args),
    )
    dist = Distribution({"name": name, "ext_modules": [ext], "script_name": "setup.py"})
    dist.cmdclass["build_ext"] = RecordingBuildExt
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(outdir)
    cmd.build_temp = str(temp_dir)
    cmd.force = True
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            cmd.ensure_finalized()
            cmd.run()
    except Exception as exc:  # setuptools raises CompileError/LinkError
        raise BuildError(f"setuptools build_ext failed: {exc}\n{out.getvalue()}") from exc
    return commands


def cython_cache_key(pyx_path: Path, args: tuple, extra_files: tuple = ()) -> str:
    import Cython
    import numpy
    import setuptools

    h = hashlib.sha256()
    for part in (
        Path(pyx_path).read_bytes(),
        repr(args).encode(),
        *(Path(f).name.encode() + b"\0" + Path(f).read_bytes() for f in extra_files),
        Cython.__version__.encode(),
        numpy.__version__.encode(),
        setuptools.__version__.encode(),
        sys.version.encode(),
        sys.executable.encode(),
        *(os.environ.get(k, "").encode() for k in ("CC", "CFLAGS", "LDFLAGS", "CPPFLAGS")),
    ):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


def distutils_sources(pyx_path: Path) -> list:
    """The C files a ``# distutils: sources = a.c b.c`` comment of ``pyx_path`` names (beside it)."""
    pyx_path = Path(pyx_path)
    m = re.search(r"^#\s*distutils:\s*sources\s*=\s*(.+)$", pyx_path.read_text(), re.MULTILINE)
    if not m:
        return []
    return [pyx_path.parent / s.strip() for s in re.split(r"[,\s]+", m.group(1).strip()) if s.strip()]


def cython_build_dir(
    pyx_path: Path,
    cache_root: Path | None = None,
    *args: str,
    sources: tuple = (),
    extra_compile_args: tuple = (),
    extra_link_args: tuple = (),
) -> Path:
    """Build ``pyx_path`` with the pinned Cython (cached); return the module's directory.

    ``args`` go to the ``cython`` command (for example ``"-X",
    "boundscheck=False"``) and are part of the cache key. ``sources`` are
    extra C files compiled and linked into the module (what a ``#
    distutils: sources = ...`` comment asks of cythonize); they are copied
    beside the translated file together with the ``.h`` files of their
    folders, and their contents are part of the cache key.
    ``extra_compile_args``/``extra_link_args`` go to setuptools' Extension
    (and into the cache key). The directory also holds Cython's ``.c`` file.
    """
    pyx_path = Path(pyx_path)
    sources = tuple(Path(s) for s in sources)
    headers = tuple(sorted({h for s in sources for h in s.resolve().parent.glob("*.h")}))
    cache_root = Path(cache_root or BUILD_ROOT / "cython")
    key_args = (*args, ("extra args", tuple(extra_compile_args), tuple(extra_link_args))) if (
        extra_compile_args or extra_link_args
    ) else args
    key = cython_cache_key(pyx_path, key_args, sources + headers) if sources else cython_cache_key(pyx_path, key_args)
    outdir = cache_root / f"{pyx_path.stem}-{key}"
    if not (outdir / f"{pyx_path.stem}{EXT_SUFFIX}").is_file():
        work = fresh_dir(cache_root / "tmp", pyx_path.stem)
        try:
            # Translate a copy alone in the work directory so that nothing is
            # written beside the original and tracebacks name "<stem>.pyx".
            src = work / pyx_path.name
            shutil.copyfile(pyx_path, src)
            for extra in sources + headers:
                shutil.copyfile(extra, work / extra.name)
            c_path = work / f"{pyx_path.stem}.c"
            cython_translate(src, c_path, *args)
            lib = work / "lib"
            setuptools_compile(
                c_path,
                pyx_path.stem,
                lib,
                work / "temp",
                sources=tuple(work / s.name for s in sources),
                extra_compile_args=extra_compile_args,
                extra_link_args=extra_link_args,
            )
            shutil.copyfile(c_path, lib / c_path.name)
            try:
                os.rename(lib, outdir)
            except OSError:
                if not outdir.is_dir():  # lost a race with another process: fine
                    raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return outdir


def build_cython(pyx_path: Path, cache_root: Path | None = None, *args: str) -> ModuleType:
    """Build ``pyx_path`` with the pinned Cython (cached) and import it."""
    return load_module(Path(pyx_path).stem, cython_build_dir(pyx_path, cache_root, *args))


# ------------------------------------------------------------------ results


def outcome(fn, *args, **kwargs):
    """``("ok", value)`` or ``("raise", exception type, message)`` for a call."""
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as exc:  # noqa: BLE001 - the point is to record it
        return ("raise", type(exc), str(exc))


def run_cases_isolated(modules: dict, case_ids: list, workdir: Path, runner: Path | None = None) -> dict:
    """Run ``case_ids`` (from rolling_cases.py) on built modules in a child process.

    ``runner`` is the child's script (default ``tests/run_cases.py``); it
    takes the same SPEC.json and writes the same records (the differential
    suite's ``tests/diff/run_diff.py`` does).

    ``modules`` maps a .pyx stem to the directory holding its built module.
    Returns ``{case id: outcome}``. A case that kills the child (a segfault,
    an abort) gets ``("crash", description)`` and the remaining cases are
    run again in a new child, so one crash costs one case.
    """
    import json
    import pickle

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    pending = list(case_ids)
    attempt = 0
    while pending:
        attempt += 1
        out = workdir / f"cases-{attempt}.pickle"
        spec = workdir / f"cases-{attempt}.json"
        out.unlink(missing_ok=True)
        spec.write_text(
            json.dumps(
                {"modules": {k: str(v) for k, v in modules.items()}, "cases": pending, "out": str(out)}
            )
        )
        cmd = [sys.executable, "-X", "faulthandler", runner or ROOT / "tests" / "run_cases.py", spec]
        try:
            proc = run(cmd, timeout=CASES_TIMEOUT)
        except subprocess.TimeoutExpired as exc:  # a hang counts as a crash of its case
            err = exc.stderr or ""
            err = err.decode(errors="replace") if isinstance(err, bytes) else err
            proc = subprocess.CompletedProcess(cmd, -9, "", err + f"\n(killed after {CASES_TIMEOUT} s)")
        if out.exists():
            with open(out, "rb") as f:
                while True:
                    try:
                        case_id, outcome = pickle.load(f)
                    except EOFError:
                        break
                    results[case_id] = outcome
        pending = [c for c in pending if c not in results]
        if proc.returncode == 0 or not pending:
            break
        started = [line[5:] for line in proc.stderr.splitlines() if line.startswith("CASE ")]
        culprit = started[-1] if started and started[-1] in pending else None
        detail = f"child exited with status {proc.returncode}\n{proc.stderr[-3000:]}"
        if culprit is None:  # died before running a case (import failure): all fail
            for c in pending:
                results[c] = ("error", f"could not import the built modules: {detail}")
            break
        results[culprit] = ("crash", detail)
        pending.remove(culprit)
    return results

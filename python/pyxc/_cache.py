"""Builds of one .pyx module into a content-addressed cache folder, shared by
the import hook (``pyxc.importer``) and the ``%%pyxc`` notebook magic.

A build is keyed by a hash of the source, the ``.pxd`` files it cimports
(``pyxc translate --info`` names them), the directives and include folders,
pyxc's version (and its binary's size and time, so a development build
counts as new), the compiler's environment and the Python ABI
(``sys.implementation.cache_tag`` and EXT_SUFFIX). The module is built into
a temporary folder in the cache and renamed into place under a file lock, so
a concurrent import never sees half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

from ._find_pyxc import find_pyxc_bin

EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
_ENV_KEYS = ("CC", "CFLAGS", "CPPFLAGS", "LDFLAGS")


class CompileError(Exception):
    """pyxc refused the module or its C did not build; str() is pyxc's
    diagnostic text."""


def cache_root() -> str:
    """``$PYXC_CACHE_DIR``, else the platform's cache folder for pyxc."""
    env = os.environ.get("PYXC_CACHE_DIR")
    if env:
        return os.path.abspath(env)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
        return os.path.join(base, "pyxc", "Cache")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/pyxc")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "pyxc")


def abi_tag() -> str:
    return f"{sys.implementation.cache_tag}{EXT_SUFFIX}"


_IDENTITY: dict = {}


def pyxc_identity(pyxc: str) -> str:
    """pyxc's version, with its binary's size and modification time."""
    if pyxc not in _IDENTITY:
        out = subprocess.run([pyxc, "--version"], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL)
        st = os.stat(pyxc)
        _IDENTITY[pyxc] = f"{out.stdout.strip()} {st.st_size} {st.st_mtime_ns}"
    return _IDENTITY[pyxc]


def directive_args(directives) -> list:
    args = []
    for k, v in (directives or {}).items():
        if isinstance(v, bool):
            v = "True" if v else "False"
        args += ["-X", f"{k}={v}"]
    return args


@contextlib.contextmanager
def _locked(path: str):
    with open(path, "a+b") as f:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                f.seek(0)
                msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _full_key(skey: str, depends: list) -> str:
    h = hashlib.sha256(skey.encode())
    for d in depends:
        h.update(b"\0" + d.encode() + b"\0")
        try:
            with open(d, "rb") as f:
                h.update(f.read())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:20]


def build_module(
    source: str,
    fullname: str,
    cache_dir: str,
    *,
    directives=None,
    include_dirs=(),
    cflags=(),
    ldflags=(),
    force: bool = False,
    quiet: bool = False,
) -> str:
    """Build ``source`` as the module ``fullname`` into ``cache_dir``, or
    find it built there; return the path of the extension module.

    Raises CompileError with pyxc's diagnostics; FileNotFoundError when there
    is no pyxc binary.
    """
    pyxc = find_pyxc_bin()
    source = os.path.abspath(source)
    src_dir, src_name = os.path.split(source)
    os.makedirs(cache_dir, exist_ok=True)
    args = directive_args(directives)
    for inc in include_dirs:
        args += ["-I", os.path.abspath(inc)]
    args += ["--module-name", fullname]
    env = dict(os.environ)
    for var, extra in (("CFLAGS", cflags), ("LDFLAGS", ldflags)):
        if extra:
            env[var] = " ".join([env.get(var, ""), *extra]).strip()

    h = hashlib.sha256()
    for part in ("pyxc-cache-1", pyxc_identity(pyxc), abi_tag(), sys.executable,
                 fullname, json.dumps(args), json.dumps([env.get(k) for k in _ENV_KEYS])):
        h.update(part.encode() + b"\0")
    with open(source, "rb") as f:
        h.update(f.read())
    skey = h.hexdigest()[:20]
    manifest = os.path.join(cache_dir, f"{fullname}-{skey}.json")

    def lookup():
        try:
            with open(manifest, encoding="utf-8") as f:
                depends = json.load(f)
        except (OSError, ValueError):
            return None
        so = os.path.join(cache_dir, f"{fullname}-{_full_key(skey, depends)}{EXT_SUFFIX}")
        return so if os.path.isfile(so) else None

    if not force:
        found = lookup()
        if found:
            return found
    with _locked(os.path.join(cache_dir, f"{fullname}.lock")):
        if not force:
            found = lookup()  # another process may have built it meanwhile
            if found:
                return found
        tmp = tempfile.mkdtemp(prefix=f".build-{fullname}-", dir=cache_dir)
        try:
            info_path = os.path.join(tmp, "info.json")
            proc = subprocess.run(
                [pyxc, "translate", src_name, "-o", os.path.join(tmp, "module.c"),
                 "--info", info_path, *args],
                cwd=src_dir, capture_output=True, text=True, stdin=subprocess.DEVNULL,
            )
            if proc.returncode != 0:
                raise CompileError(proc.stderr.rstrip() or f"pyxc translate exited {proc.returncode}")
            with open(info_path, encoding="utf-8") as f:
                info = json.load(f)
            depends = sorted(os.path.normpath(os.path.join(src_dir, d)) for d in info.get("depends", []))
            so = os.path.join(cache_dir, f"{fullname}-{_full_key(skey, depends)}{EXT_SUFFIX}")
            if force or not os.path.isfile(so):
                out = os.path.join(tmp, "out")
                proc = subprocess.run(
                    [pyxc, "build", src_name, "-o", out, "--python", sys.executable, *args],
                    cwd=src_dir, env=env, capture_output=True, text=True,
                    stdin=subprocess.DEVNULL,
                )
                if proc.returncode != 0:
                    raise CompileError(proc.stderr.rstrip() or f"pyxc build exited {proc.returncode}")
                if proc.stderr.strip() and not quiet:
                    sys.stderr.write(proc.stderr)
                built = os.path.join(out, fullname.rpartition(".")[2] + EXT_SUFFIX)
                os.replace(built, so)
            tmp_manifest = os.path.join(tmp, "manifest.json")
            with open(tmp_manifest, "w", encoding="utf-8") as f:
                json.dump(depends, f)
            os.replace(tmp_manifest, manifest)
            return so
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

"""setuptools integration: a drop-in for ``Cython.Build.cythonize``.

    from pyxc.build import cythonize      # instead of: from Cython.Build import cythonize
    setup(ext_modules=cythonize("src/*.pyx", compiler_directives={...}))

Each ``.pyx`` is translated to ``.c`` by the ``pyxc translate`` binary, and
the returned ``Extension`` objects list the ``.c`` files, so setuptools'
``build_ext`` compiles them with the user's compiler, flags and habits
(``-j``, ``CC="ccache gcc"``). A module is translated again only when its
source, the user ``.pxd`` files it read, its directives or pyxc's version
changed.
"""

from __future__ import annotations

import copy
import glob
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from ._find_pyxc import find_pyxc_bin

__all__ = ["cythonize", "pyxcize"]

# `# distutils:` keys, as Cython reads them: list values, except `language`.
_DISTUTILS_LIST_KEYS = (
    "sources",
    "include_dirs",
    "libraries",
    "library_dirs",
    "runtime_library_dirs",
    "define_macros",
    "undef_macros",
    "extra_compile_args",
    "extra_link_args",
    "extra_objects",
    "export_symbols",
    "depends",
)
_TOOL_KEYS = ("directives", "annotate", "include_path", "language_level")
# The first line of every .c this module writes; it holds the stamp of the
# inputs, so that the stamp can never be out of step with the C.
_STAMP_PREFIX = "/* pyxc-build: "
_OPENMP_FLAG = "/openmp" if sys.platform == "win32" else "-fopenmp"


class _UserError(Exception):
    """A mistake in the user's project: reported as a message, no traceback."""


def _fail(msg: str):
    # SystemExit with a string prints it and exits with status 1: setup.py
    # and pip show the message, not a traceback from inside pyxc.build.
    raise SystemExit(f"error: {msg}")


# ------------------------------------------------------------ inputs


def _parse_list(value: str) -> list:
    """A list value of a `# distutils:` comment, as Cython's parse_list:
    `[a, "b c"]` is split on commas, anything else on whitespace."""
    value = value.strip()
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]":
        items = value[1:-1].split(",")
    else:
        items = value.split()
    return [i.strip().strip("'\"") for i in items if i.strip().strip("'\"")]


def _distutils_comments(path: str) -> dict:
    """The `# distutils: key = value` comments of the file's leading comment
    block (Cython reads them only there)."""
    values: dict = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if not body.startswith("distutils:"):
                continue
            key, _, value = (s.strip() for s in body[len("distutils:") :].partition("="))
            if key == "language":
                if value.lower() not in ("c", ""):
                    raise _UserError(
                        f"{path}: `# distutils: language = {value}`: pyxc generates C only"
                    )
                continue
            if key not in _DISTUTILS_LIST_KEYS:
                raise _UserError(
                    f"{path}: unknown or unsupported `# distutils: {key}` comment "
                    f"(pyxc reads: {', '.join(_DISTUTILS_LIST_KEYS)}, language)"
                )
            items = _parse_list(value)
            if key == "define_macros":
                items = [tuple(m.split("=", 1)) if "=" in m else (m, None) for m in items]
            values[key] = items
    return values


def _tool_pyxc(start: str) -> dict:
    """`[tool.pyxc]` of the pyproject.toml of the project being built (the
    nearest one at or above `start`)."""
    d = os.path.abspath(start)
    while True:
        path = os.path.join(d, "pyproject.toml")
        if os.path.isfile(path):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return {}
        d = parent
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        try:
            import tomli as tomllib
        except ImportError:
            return {}
    with open(path, "rb") as f:
        try:
            table = tomllib.load(f).get("tool", {}).get("pyxc", {})
        except tomllib.TOMLDecodeError as e:
            raise _UserError(f"{path}: {e}") from None
    unknown = sorted(set(table) - set(_TOOL_KEYS))
    if unknown:
        raise _UserError(
            f"{path}: unknown key(s) in [tool.pyxc]: {', '.join(unknown)} "
            f"(known: {', '.join(_TOOL_KEYS)})"
        )
    return table


def _directive_value(v) -> str:
    # Cython takes Python values (False); pyxc's -X takes Cython's spelling.
    if isinstance(v, bool):
        return "True" if v else "False"
    return str(v)


def _module_name(pyx: str) -> str:
    """The dotted name of a module found by path, as Cython finds it: one
    package level per folder holding an __init__ file."""
    path = os.path.abspath(pyx)
    parts = [os.path.splitext(os.path.basename(path))[0]]
    d = os.path.dirname(path)
    while any(os.path.isfile(os.path.join(d, "__init__" + e)) for e in (".py", ".pyx", ".pxd")):
        parts.append(os.path.basename(d))
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return ".".join(reversed(parts))


def _is_extension(item) -> bool:
    # setuptools' and distutils' Extension classes alike, as Cython accepts.
    return hasattr(item, "name") and hasattr(item, "sources") and not isinstance(item, str)


def _expand(module_list, exclude) -> list:
    """Every module to build: (template Extension or None, name, .pyx, other sources)."""
    if isinstance(module_list, (str, os.PathLike)) or _is_extension(module_list):
        module_list = [module_list]
    excluded = set()
    for pat in [exclude] if isinstance(exclude, str) else exclude or []:
        excluded.update(os.path.normpath(p) for p in glob.glob(pat, recursive=True))
    modules = []
    for item in module_list:
        if isinstance(item, (str, os.PathLike)):
            pattern = os.fspath(item)
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches and not glob.has_magic(pattern):
                raise _UserError(f"{pattern}: no such file")
            for pyx in matches:
                if os.path.normpath(pyx) not in excluded:
                    modules.append((None, _module_name(pyx), pyx, []))
        elif _is_extension(item):
            if getattr(item, "language", None) not in (None, "c"):
                raise _UserError(
                    f"Extension {item.name!r}: language={item.language!r}: pyxc generates C only"
                )
            pyx_pats = [s for s in item.sources if s.endswith((".pyx", ".py"))]
            others = [s for s in item.sources if s not in pyx_pats]
            if len(pyx_pats) != 1:
                raise _UserError(
                    f"Extension {item.name!r}: expected one .pyx source, got {pyx_pats or 'none'}"
                )
            if glob.has_magic(pyx_pats[0]) or "*" in item.name:
                for pyx in sorted(glob.glob(pyx_pats[0], recursive=True)):
                    if os.path.normpath(pyx) not in excluded:
                        modules.append((item, _module_name(pyx), pyx, others))
            else:
                if not os.path.isfile(pyx_pats[0]):
                    raise _UserError(f"Extension {item.name!r}: {pyx_pats[0]}: no such file")
                modules.append((item, item.name, pyx_pats[0], others))
        else:
            raise _UserError(
                f"cythonize: expected a path, a glob or an Extension, got {item!r}"
            )
    return modules


# ------------------------------------------------------------ translation


_VERSION_CACHE: dict = {}


def _pyxc_version(pyxc: str) -> str:
    if pyxc not in _VERSION_CACHE:
        out = subprocess.run([pyxc, "--version"], capture_output=True, text=True)
        _VERSION_CACHE[pyxc] = out.stdout.strip()
    return _VERSION_CACHE[pyxc]


def _stamp_key(pyx: str, depends: list, args: list, version: str) -> str | None:
    """A hash of everything the translation read and was told; None when a
    file it read is gone."""
    h = hashlib.sha256()
    h.update(version.encode())
    h.update(json.dumps(args).encode())
    for path in [pyx, *depends]:
        try:
            with open(path, "rb") as f:
                h.update(path.encode() + b"\0" + f.read() + b"\0")
        except OSError:
            return None
    return h.hexdigest()


def _newer_than(c_path: str, inputs: list) -> bool:
    """An input modified after the C was written: `touch x.pxd` asks for a
    new translation, as under Cython's cythonize, even with equal content."""
    try:
        written = os.path.getmtime(c_path)
        return any(os.path.getmtime(p) > written for p in inputs)
    except OSError:
        return True


def _read_stamp(c_path: str) -> dict | None:
    try:
        with open(c_path, encoding="utf-8") as f:
            first = f.readline()
    except OSError:
        return None
    if not first.startswith(_STAMP_PREFIX):
        return None
    try:
        return json.loads(first[len(_STAMP_PREFIX) :].rsplit("*/", 1)[0])
    except ValueError:
        return None


def _translate(pyxc: str, pyx: str, c_path: str, args: list, version: str):
    """Run `pyxc translate`. Returns (info, stderr text); info is None on a
    compile error."""
    os.makedirs(os.path.dirname(c_path) or ".", exist_ok=True)
    tmp_c = f"{c_path}.{os.getpid()}.tmp"
    tmp_info = tmp_c + ".json"
    # `--annotate` writes the HTML beside the C it is given.
    tmp_html = os.path.splitext(tmp_c)[0] + ".html"
    try:
        proc = subprocess.run(
            [pyxc, "translate", pyx, "-o", tmp_c, "--info", tmp_info, *args],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            return None, proc.stderr
        with open(tmp_info, encoding="utf-8") as f:
            info = json.load(f)
        with open(tmp_c, encoding="utf-8") as f:
            c_text = f.read()
        depends = [os.path.normpath(d) for d in info["depends"]]
        stamp = {
            "key": _stamp_key(pyx, depends, args, version),
            "depends": depends,
            "openmp": info["openmp"],
            "numpy": info["cimports_numpy"] or info["includes_numpy"],
            "numpy_headers": info["includes_numpy"],
            "headers": info.get("headers", []),
        }
        # "*/" cannot occur in JSON text except inside a string; escape it there.
        line = _STAMP_PREFIX + json.dumps(stamp).replace("*/", "*\\/") + " */\n"
        with open(tmp_c, "w", encoding="utf-8") as f:
            f.write(line + c_text)
        # Renamed into place: a concurrent build never sees half a file.
        os.replace(tmp_c, c_path)
        if os.path.exists(tmp_html):
            os.replace(tmp_html, os.path.splitext(c_path)[0] + ".html")
        return stamp, proc.stderr
    finally:
        for p in (tmp_c, tmp_info, tmp_html):
            if os.path.exists(p):
                os.remove(p)


def _add_once(lst: list, items) -> list:
    out = list(lst or [])
    for i in items:
        if i not in out:
            out.append(i)
    return out


def cythonize(
    module_list,
    exclude=None,
    nthreads: int = 0,
    aliases=None,
    quiet: bool = False,
    force: bool | None = None,
    language=None,
    exclude_failures: bool = False,
    show_all_warnings: bool = False,
    annotate=None,
    compiler_directives: dict | None = None,
    include_path=None,
    build_dir=None,
    language_level=None,
    **options,
):
    """Translate `.pyx` modules to C with pyxc; return setuptools Extensions.

    Takes what ``Cython.Build.cythonize`` takes. Directives come from, in
    rising precedence: ``[tool.pyxc] directives`` of pyproject.toml,
    ``compiler_directives``, then each file's ``# cython:`` header comments
    (as in Cython, a file's own header wins).
    """
    try:
        return _cythonize(
            module_list, exclude, nthreads, aliases, quiet, force, language,
            exclude_failures, annotate, compiler_directives, include_path,
            build_dir, language_level, options,
        )
    except _UserError as e:
        _fail(str(e))


pyxcize = cythonize


def _cythonize(
    module_list, exclude, nthreads, aliases, quiet, force, language,
    exclude_failures, annotate, compiler_directives, include_path,
    build_dir, language_level, options,
):
    # Options of Cython's that only steer Cython's own machinery.
    options.pop("depfile", None)
    options.pop("cache", None)
    if options:
        raise _UserError(
            f"cythonize: option(s) not supported by pyxc: {', '.join(sorted(options))}"
        )
    if aliases:
        raise _UserError("cythonize: `aliases` is not supported by pyxc")
    if language not in (None, "c"):
        raise _UserError(f"cythonize: language={language!r}: pyxc generates C only")

    tool = _tool_pyxc(os.getcwd())
    directives = dict(tool.get("directives", {}))
    directives.update(compiler_directives or {})
    level = language_level if language_level is not None else tool.get("language_level")
    if level is not None:
        directives.setdefault("language_level", level)
    if str(directives.get("language_level", "3")) not in ("3", "3str"):
        raise _UserError(
            f"language_level={directives['language_level']}: pyxc compiles Python 3 semantics only"
        )
    # As Cython's: an annotation FILE.html beside each FILE.c.
    annotate = bool(annotate if annotate is not None else tool.get("annotate", False))
    includes = list(include_path or []) + list(tool.get("include_path", []))

    modules = _expand(module_list, exclude)
    try:
        pyxc = find_pyxc_bin()
    except FileNotFoundError as e:
        raise _UserError(str(e)) from None
    version = _pyxc_version(pyxc)

    jobs = []
    for template, name, pyx, other_sources in modules:
        dist = _distutils_comments(pyx)
        if build_dir:
            c_path = os.path.join(build_dir, os.path.splitext(os.path.normpath(pyx))[0] + ".c")
        else:
            c_path = os.path.splitext(pyx)[0] + ".c"
        args = []
        for k, v in directives.items():
            args += ["-X", f"{k}={_directive_value(v)}"]
        for inc in includes:
            args += ["-I", os.fspath(inc)]
        # `from pkg.shared cimport x` in pkg/m.pyx: found from the folder
        # above the top package, as Cython finds it.
        depth = _module_name(pyx).count(".")
        if depth:
            root = os.path.dirname(os.path.abspath(pyx))
            for _ in range(depth):
                root = os.path.dirname(root)
            args += ["-I", os.path.relpath(root)]
        if annotate:
            args.append("--annotate")
        stamp = None if force else _read_stamp(c_path)
        if annotate and not os.path.exists(os.path.splitext(c_path)[0] + ".html"):
            stamp = None
        if stamp is not None and (
            stamp.get("key") != _stamp_key(pyx, stamp.get("depends", []), args, version)
            or _newer_than(c_path, [pyx, *stamp.get("depends", [])])
        ):
            stamp = None
        jobs.append((template, name, pyx, other_sources, dist, c_path, args, stamp))

    todo = [j for j in jobs if j[7] is None]
    results = {}
    if todo:
        def run(job):
            return job[2], _translate(pyxc, job[2], job[5], job[6], version)

        workers = max(1, int(nthreads or 1))
        total = len(todo)
        with ThreadPoolExecutor(workers) as pool:
            for i, (pyx, (stamp, err)) in enumerate(pool.map(run, todo), 1):
                if not quiet:
                    print(f"[{i}/{total}] pyxc: translating {pyx}", file=sys.stderr)
                if err:
                    sys.stderr.write(err)
                results[pyx] = stamp
    failed = [j[2] for j in todo if results[j[2]] is None]
    if failed and not exclude_failures:
        _fail(
            f"pyxc could not translate {len(failed)} of {len(jobs)} module(s): {', '.join(failed)}"
        )

    from setuptools import Extension

    exts = []
    for template, name, pyx, other_sources, dist, c_path, args, stamp in jobs:
        stamp = stamp or results.get(pyx)
        if stamp is None:  # failed, and exclude_failures was asked for
            continue
        ext = copy.deepcopy(template) if template is not None else Extension(name, [])
        ext.name = name
        ext.sources = _add_once([c_path], list(other_sources) + dist.get("sources", []))
        for key in _DISTUTILS_LIST_KEYS:
            if key != "sources" and key in dist:
                setattr(ext, key, _add_once(getattr(ext, key, None), dist[key]))
        # The user headers the extern blocks include, where the C compiler
        # will find them: setuptools rebuilds the module when one changes,
        # though the .c does not.
        search = [os.path.dirname(pyx) or ".", os.path.dirname(c_path) or ".", *ext.include_dirs]
        headers = []
        for h in stamp.get("headers", []):
            found = next((os.path.join(d, h) for d in search if os.path.isfile(os.path.join(d, h))), None)
            if found:
                headers.append(os.path.normpath(found))
        ext.depends = _add_once(ext.depends, [pyx, *stamp["depends"], *headers])
        if build_dir:
            # Quoted #includes of headers beside the .pyx, as when the .c sits there.
            ext.include_dirs = _add_once(ext.include_dirs, [os.path.dirname(pyx) or "."])
        if stamp["numpy"]:
            try:
                import numpy
            except ImportError:
                if stamp["numpy_headers"]:
                    raise _UserError(
                        f"{pyx} includes numpy's headers: install numpy in the build "
                        "environment (add it to [build-system] requires)"
                    ) from None
            else:
                ext.include_dirs = _add_once(ext.include_dirs, [numpy.get_include()])
        if stamp["openmp"]:
            ext.extra_compile_args = _add_once(ext.extra_compile_args, [_OPENMP_FLAG])
            if sys.platform != "win32":
                ext.extra_link_args = _add_once(ext.extra_link_args, [_OPENMP_FLAG])
        exts.append(ext)
    return exts

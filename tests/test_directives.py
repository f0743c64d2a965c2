"""Issue 5's directive suite: every directive, set in every place Cython
allows (header comment, ``-X`` / compiler directives, decorator, ``with``
block), built by the pinned Cython and by pyxc.

* test_cython[case]: Cython (the oracle) does what the case says (returns
  the value, or raises the type with the message). A failure here is a
  wrong case, never a compiler bug.
* test_pyxc[case]: pyxc does what Cython did: the same value of the same
  type, or the same exception type with the same message.
* test_rejected[builder-program]: both compilers refuse the program.

Builds and cases are in tests/directives/cases.py, programs in
tests/directives/programs. Cases that fail against pyxc today are listed in
tests/directives/known_failures.txt and are xfail(strict=True).
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DIRS = HERE / "directives"
PROGRAMS = DIRS / "programs"
sys.path.insert(0, str(DIRS))
sys.path.insert(0, str(HERE / "diff"))

import pyxc_harness as harness  # noqa: E402
from cases import BUILDS, CASES, MISSING, REJECTED  # noqa: E402
from diffcase import describe, encode, read_known_failures, same_value  # noqa: E402

RUNNER = DIRS / "run_directives.py"
KNOWN = read_known_failures(DIRS / "known_failures.txt")
JOBS = 2


def _cython_build(build):
    try:
        return str(harness.cython_build_dir(PROGRAMS / f"{build.program}.pyx", None, *build.args)), None
    except Exception as exc:  # noqa: BLE001 - reported per case
        return None, f"Cython build failed: {exc}"


def _pyxc_build(pyxc, build, base):
    try:
        return str(harness.pyxc_build_dir(pyxc, PROGRAMS / f"{build.program}.pyx", base, *build.args)), None
    except Exception as exc:  # noqa: BLE001
        return None, f"pyxc build failed: {exc}"


def run_all(builder: str, workdir: Path, builds=None) -> dict:
    """Build every build with ``builder`` and run its cases: ``{case id: outcome}``."""
    builds = sorted(builds or BUILDS.values(), key=lambda b: b.name)
    if builder == "cython":
        with ProcessPoolExecutor(JOBS) as pool:  # setuptools is not thread-safe
            dirs = dict(zip([b.name for b in builds], pool.map(_cython_build, builds)))
    else:
        pyxc = harness.find_pyxc()
        with ThreadPoolExecutor(JOBS) as pool:
            dirs = dict(
                zip([b.name for b in builds], pool.map(lambda b: _pyxc_build(pyxc, b, workdir / "builds"), builds))
            )

    def run(build):
        directory, error = dirs[build.name]
        ids = [c.id for c in CASES if c.build == build.name]
        if error is not None:
            return {i: ("error", error) for i in ids}
        return harness.run_cases_isolated(
            {build.program: Path(directory)}, ids, workdir / "run" / build.name, runner=RUNNER
        )

    results: dict = {}
    with ThreadPoolExecutor(JOBS) as pool:
        for out in pool.map(run, builds):
            results.update(out)
    return results


_outcomes: dict = {}


def _run(builder, tmp_path_factory):
    if builder not in _outcomes:
        _outcomes[builder] = run_all(builder, tmp_path_factory.mktemp(f"directives-{builder}"))
    return _outcomes[builder]


@pytest.fixture(scope="session")
def cython_dirs(tmp_path_factory):
    return _run("cython", tmp_path_factory)


@pytest.fixture(scope="session")
def pyxc_dirs(tmp_path_factory):
    return _run("pyxc", tmp_path_factory)


def check_cython(case, want) -> str | None:
    """Why Cython's outcome contradicts the case, or None."""
    if want[0] not in ("ok", "raise"):
        return f"Cython: {want[1][:3000]}"
    if case.raises is None:
        if want[0] == "raise":
            return f"the case expects a return, Cython {describe(want)}\n{want[3]}"
        if case.value is not MISSING and not same_value(encode(case.value), want[1]):
            return f"the case expects {case.value!r}, Cython {describe(want)}"
        return None
    if want[0] != "raise" or want[1] != case.raises.__qualname__:
        return f"the case expects {case.raises.__qualname__}, Cython {describe(want)}"
    if case.msg is not None and want[2] != case.msg:
        return f"the case expects the message {case.msg!r}, Cython said {want[2]!r}"
    return None


def compare(want, got) -> str | None:
    """Why pyxc's outcome differs from Cython's, or None."""
    if got[0] == "crash":
        return f"pyxc-built module crashed the interpreter: {got[1][:2000]}"
    if got[0] == "error":
        return f"pyxc: {got[1][:3000]}"
    if got[0] != want[0] or (want[0] == "raise" and got[1:3] != want[1:3]):
        extra = f"\n{got[3]}" if got[0] == "raise" else ""
        return f"Cython {describe(want)}\npyxc {describe(got)}{extra}"
    if want[0] == "ok" and not same_value(want[1], got[1]):
        return f"values differ\nCython {describe(want)}\npyxc   {describe(got)}"
    return None


def _param(case):
    reason = KNOWN.get(case.id) or KNOWN.get(case.build)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cython(cython_dirs, case):
    problem = check_cython(case, cython_dirs[case.id])
    assert problem is None, problem


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_pyxc(cython_dirs, pyxc_dirs, case):
    want = cython_dirs[case.id]
    if check_cython(case, want) is not None:
        pytest.skip("the Cython side of this case fails (see test_cython)")
    problem = compare(want, pyxc_dirs[case.id])
    assert problem is None, problem


@pytest.mark.parametrize("builder", ["cython", "pyxc"])
@pytest.mark.parametrize("program", sorted(REJECTED))
def test_rejected(builder, program, tmp_path):
    path = PROGRAMS / f"{program}.pyx"
    if builder == "cython":
        c_path = tmp_path / f"{program}.c"
        with pytest.raises(harness.BuildError):
            harness.cython_translate(path, c_path)
        return
    proc = harness.run(harness.pyxc_build_cmd(harness.find_pyxc(), path, tmp_path))
    assert proc.returncode == 1, proc.stderr
    assert REJECTED[program] in proc.stderr, proc.stderr


def test_known_failures_are_cases():
    ids = {c.id for c in CASES} | set(BUILDS)
    stale = sorted(k for k in KNOWN if k not in ids)
    assert not stale, f"known_failures.txt names unknown builds/cases: {stale}"


def test_every_directive_everywhere():
    """Each checked directive is set by a header, -X, a decorator and a with block."""
    texts = {b.name: (PROGRAMS / f"{b.program}.pyx").read_text() for b in BUILDS.values()}
    for d in ("boundscheck", "wraparound", "cdivision", "nonecheck", "initializedcheck"):
        assert any(f"# cython: {d}=" in t for t in texts.values()), f"{d}: no header"
        assert any(f"{d}=" in " ".join(b.args) for b in BUILDS.values()), f"{d}: no -X"
        assert any(f"@cython.{d}(" in t for t in texts.values()), f"{d}: no decorator"
        assert any(f"with cython.{d}(" in t for t in texts.values()), f"{d}: no with block"

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

import json
import os
import pickle
import re
import shutil
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
from cases import BUILDS, BY_ID, CASES, CONTROL, MISSING, PYXC_ONLY, REJECTED  # noqa: E402
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
        if builder == "pyxc":
            ids += [c.id for c in PYXC_ONLY if c.build == build.name]
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


@pytest.mark.parametrize("case", PYXC_ONLY, ids=[c.id for c in PYXC_ONLY])
def test_pyxc_only(pyxc_dirs, case):
    """Where Cython's module crashes, pyxc's raises (or returns) as the case says."""
    problem = check_cython(case, pyxc_dirs[case.id]) if pyxc_dirs[case.id][0] != "crash" else "crashed"
    assert problem is None, f"{problem}\n{pyxc_dirs[case.id]}"


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


# ------------------------------------------------------- command-line -X

ANSI_ESC = "\x1b["


@pytest.mark.parametrize(
    "setting, message",
    [
        ("boundcheck=False", "unknown directive 'boundcheck' (did you mean 'boundscheck'?)"),
        ("no_such_directive=1", "unknown directive 'no_such_directive'"),
        ("boundscheck=maybe", "boundscheck directive must be set to True or False, got 'maybe'"),
        ("boundscheck", "-X expects NAME=VALUE, got 'boundscheck'"),
        ("language_level=2", "language_level=2 is not supported: pyxc compiles Python 3 semantics only"),
        ("infer_types=sometimes", "infer_types directive must be True, False or None, got 'sometimes'"),
    ],
)
@pytest.mark.parametrize("command", ["build", "translate"])
def test_cli_bad_directive_is_a_usage_error(command, setting, message, tmp_path):
    out = ["-o", tmp_path / ("x.c" if command == "translate" else "")]
    proc = harness.run([harness.find_pyxc(), command, PROGRAMS / "lang.pyx", *out, "-X", setting])
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr, proc.stderr
    assert "panicked" not in proc.stderr


@pytest.mark.parametrize("setting", ["boundcheck=False", "boundscheck=maybe"])
def test_cython_rejects_the_same_cli_directives(setting, tmp_path):
    with pytest.raises(harness.BuildError):
        harness.cython_translate(PROGRAMS / "lang.pyx", tmp_path / "x.c", "-X", setting)


def test_cli_ignored_directive_warns_and_builds(tmp_path):
    proc = harness.run(
        [harness.find_pyxc(), "translate", PROGRAMS / "lang.pyx", "-o", tmp_path / "x.c", "-X", "always_allow_keywords=False",
         "-X", "embedsignature=True"]
    )
    assert proc.returncode == 0, proc.stderr
    assert "warning: directive 'always_allow_keywords' is not implemented by pyxc and is ignored" in proc.stderr
    assert "warning: directive 'embedsignature' is not implemented by pyxc and is ignored" in proc.stderr
    assert (tmp_path / "x.c").is_file()


def test_header_warnings_do_not_fail_the_build(tmp_path):
    src = tmp_path / "hdr.pyx"
    src.write_text("# cython: boundcheck=False, profile=True, binding=True\ncimport cython\n\n\n"
                   "@cython.embedsignature(True)\ndef f(double[:] a):\n    return a[0]\n")
    proc = harness.run([harness.find_pyxc(), "translate", src, "-o", tmp_path / "hdr.c"])
    assert proc.returncode == 0, proc.stderr
    text = proc.stderr.replace(ANSI_ESC, "")
    assert "unknown directive 'boundcheck' is ignored" in text
    assert "did you mean 'boundscheck'?" in text
    for name in ("binding", "embedsignature"):
        assert f"directive '{name}' is not implemented by pyxc and is ignored" in text
    # profile is implemented: set, it warns of nothing.
    assert "'profile'" not in text


# ------------------------------------------------------------- valgrind

# Every build whose checks are on (defaults, or turned on by a header or -X).
VALGRIND_BUILDS = (
    "bc_default",
    "bc_header_over_cli",
    "bc_late_header",
    "div_default",
    "div_header_cli",
    "none_default",
    "none_header",
    "init_default",
)
CONTROL_BUILD = CONTROL.build


def valgrind_cases() -> list:
    """Every case of the checks-on builds (those that raise and those that return)."""
    out = []
    for name in VALGRIND_BUILDS:
        out += [c.id for c in CASES if c.build == name]
    return out


def valgrind_errors(text: str) -> list:
    """Memcheck's error reports in a log: ``[(kind, [frame lines])]``."""
    errors = []
    for line in text.splitlines():
        m = re.match(r"==\d+== (.*)$", line)
        if not m:
            continue
        body = m.group(1)
        if re.match(r"\s+(at|by) 0x", body) and errors:
            errors[-1][1].append(body.strip())
        elif body and not body.startswith(" ") and re.match(
            r"(Invalid|Conditional|Use of|Syscall|Mismatched|Source and destination|Argument)", body
        ):
            errors.append((body, []))
    return errors


@pytest.mark.skipif(not shutil.which("valgrind"), reason="valgrind is not installed")
def test_checks_on_cases_are_clean_under_valgrind(tmp_path):
    """Out-of-bounds, zero-divisor, None and unbound-view cases of pyxc builds
    raise with no memcheck error in pyxc's code (PYTHONMALLOC=malloc).

    The interpreter and the dynamic loader themselves report a few errors
    under memcheck on this machine (ld.so's strncmp, CPython's long
    parsing): only errors with a frame in pyxc code (a ``pyxc_`` function or
    a built module) count. A positive control (a read one past the end of an
    array with boundscheck off) proves such errors are seen.
    """
    builds = [BUILDS[n] for n in (*VALGRIND_BUILDS, CONTROL_BUILD)]
    assert len({b.program for b in builds}) == len(builds), "one module per program"
    pyxc = harness.find_pyxc()
    dirs = {b.program: harness.pyxc_build_dir(pyxc, PROGRAMS / f"{b.program}.pyx", tmp_path, *b.args) for b in builds}
    ids = valgrind_cases()
    control = CONTROL.id
    out = tmp_path / "out.pickle"
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"modules": {k: str(v) for k, v in dirs.items()}, "cases": ids, "out": str(out)}))
    log = tmp_path / "valgrind.log"
    cmd = ["valgrind", "--tool=memcheck", "--leak-check=no", f"--log-file={log}", sys.executable, RUNNER, spec]
    env = {**os.environ, "PYTHONMALLOC": "malloc"}
    proc = harness.run(cmd, env=env, timeout=600)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr[-3000:]}"
    ours = [e for e in valgrind_errors(log.read_text()) if any("pyxc_" in f or str(tmp_path) in f for f in e[1])]
    assert not ours, "memcheck errors in pyxc code:\n" + "\n\n".join(k + "\n" + "\n".join(f) for k, f in ours)
    got = {}
    with open(out, "rb") as f:
        while True:
            try:
                case_id, outcome = pickle.load(f)
            except EOFError:
                break
            got[case_id] = outcome
    assert sorted(got) == sorted(ids)
    for case_id in ids:
        case = BY_ID[case_id]
        if case.raises is None:
            assert got[case_id][0] == "ok", (case_id, got[case_id])
        else:
            assert got[case_id][0] == "raise" and got[case_id][1] == case.raises.__qualname__, (case_id, got[case_id])
    print(f"valgrind: {len(ids)} cases of {len(VALGRIND_BUILDS)} checks-on builds, 0 memcheck errors in pyxc code")

    # The control: the same run with one unchecked out-of-bounds read.
    spec.write_text(json.dumps({"modules": {k: str(v) for k, v in dirs.items()}, "cases": [control], "out": str(out)}))
    proc = harness.run(cmd, env=env, timeout=600)
    ours = [e for e in valgrind_errors(log.read_text()) if any("pyxc_" in f or str(tmp_path) in f for f in e[1])]
    assert any(k.startswith("Invalid read") for k, _ in ours), log.read_text()[-6000:]


"""Replays the cases long fuzzing runs kept (tests/fuzz/regressions/,
written by `cargo xtask fuzz`): each must now end in a diagnostic or in C
the C compiler accepts, with no panic, signal or time-out."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "fuzz"))

import fuzz_run  # noqa: E402

CASES = sorted((HERE / "fuzz" / "regressions").glob("*.pyx"))


def test_kept_fuzz_cases_are_a_diagnostic_or_compile(pyxc_bin, tmp_path):
    failing = [
        (case.name, kind)
        for case in CASES
        if (kind := fuzz_run.failure(pyxc_bin, tmp_path, case.read_text(), case.parent))
    ]
    assert not failing, f"kept fuzz cases failing again: {failing}"


def fake_pyxc(tmp_path: Path, script: str) -> Path:
    """A stand-in for pyxc that behaves as `script` says."""
    path = tmp_path / "fake-pyxc"
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(0o755)
    return path


def test_the_fuzzer_tells_each_kind_of_failure(tmp_path):
    text = "def f():\n    return 1\n"
    panics = fake_pyxc(tmp_path, "echo \"thread 'pyxc' panicked at x\" >&2; exit 101\n")
    assert fuzz_run.failure(panics, tmp_path, text, tmp_path) == "panic"
    crashes = fake_pyxc(tmp_path, "kill -SEGV $$\n")
    assert fuzz_run.failure(crashes, tmp_path, text, tmp_path) == "signal"
    # `translate X -o OUT ...`: the fifth argument is the C file.
    bad_c = fake_pyxc(tmp_path, 'echo "int broken(" > "$4"; exit 0\n')
    assert fuzz_run.failure(bad_c, tmp_path, text, tmp_path) == "cc"
    refuses = fake_pyxc(tmp_path, "echo 'error: no' >&2; exit 1\n")
    assert fuzz_run.failure(refuses, tmp_path, text, tmp_path) is None


def test_minimising_keeps_the_failure_and_drops_the_rest(tmp_path):
    # A pyxc that panics whenever the source holds the word `boom`.
    fake = fake_pyxc(tmp_path, 'grep -q boom "$2" && { echo panicked >&2; exit 101; }; exit 1\n')
    text = "x = 1\ny = boom\nz = 3\n"
    small = fuzz_run.minimise(fake, tmp_path, text, tmp_path, "panic")
    assert "boom" in small and "x = 1" not in small and len(small) < len(text)

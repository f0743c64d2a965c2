"""Deterministic mutation fuzzing of the compiler.

Mutants of the project's own programs (tests/diff/programs and examples,
fixed seed): a token or a line deleted, duplicated or swapped with its
neighbour, or a token repeated hundreds of times (deep nesting: operators,
calls, subscripts, brackets, pointer stars). For every mutant pyxc must end in time without a panic or a
signal, and either refuse it with a diagnostic or produce C that the C
compiler accepts (syntax and semantic checks, against the Python and numpy
headers). Mutants of programs with `cdef extern from` blocks are not given
to the C compiler: a mutation there can break the user's own C (a verbatim
block, a header name), which the C compiler rightly rejects.
"""

from __future__ import annotations

import os
import random
import re
import shlex
import subprocess
import sysconfig
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyxc_harness as harness

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261207
MUTANTS = int(os.environ.get("PYXC_FUZZ_MUTANTS", "3000"))
# Accepted mutants whose C is compiled: the C compiler dominates the time.
C_CHECKS = int(os.environ.get("PYXC_FUZZ_C_CHECKS", "300"))
TIMEOUT = 10
TOKEN = re.compile(r"\w+|[^\w\s]|\s+")


def sources() -> list:
    programs = sorted((ROOT / "tests" / "diff" / "programs").glob("*.pyx"))
    return programs + sorted((ROOT / "examples").glob("*.pyx"))


def mutate(text: str, rng: random.Random) -> str:
    """One random edit of ``text``, by token or by line."""
    by_line = rng.random() < 0.3
    parts = text.splitlines(keepends=True) if by_line else TOKEN.findall(text)
    if len(parts) < 2:
        return text
    i = rng.randrange(len(parts) - 1)
    op = rng.choice(("delete", "duplicate", "swap", "delete", "duplicate", "swap", "repeat"))
    if op == "repeat" and not by_line:
        parts.insert(i, parts[i] * rng.randint(100, 4000))
    elif op == "delete":
        del parts[i]
    elif op == "duplicate":
        parts.insert(i, parts[i])
    else:
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    return "".join(parts)


def mutants() -> list:
    rng = random.Random(SEED)
    texts = [(p, p.read_text()) for p in sources()]
    out = []
    for n in range(MUTANTS):
        path, text = texts[n % len(texts)]
        # One to three edits: most stay close to valid programs.
        for _ in range(rng.randint(1, 3)):
            text = mutate(text, rng)
        out.append((f"m{n:05d}_{path.stem}", path, text))
    return out


def c_check_command(c_path: Path) -> list:
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC"))
    includes = [f"-I{sysconfig.get_paths()['include']}", f"-I{harness.numpy_include()}"]
    return [*cc, "-fsyntax-only", *includes, str(c_path)]


def translate(pyxc: Path, work: Path, name: str, origin: Path, text: str):
    """A problem description, ``"ok"`` for C to check, or None (a diagnostic)."""
    pyx = work / f"{name}.pyx"
    pyx.write_text(text)
    c_path = work / f"{name}.c"
    cmd = [str(pyxc), "translate", str(pyx), "-o", str(c_path), "-I", str(origin.parent)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"{name} (from {origin.name}): no result in {TIMEOUT} s"
    if proc.returncode == 0:
        return "ok"
    if proc.returncode == 1 and "error" in proc.stderr:
        return None
    return f"{name} (from {origin.name}): exit {proc.returncode}\n{proc.stderr[-2000:]}"


def test_mutants_give_a_diagnostic_or_c_that_compiles(pyxc_bin, tmp_path):
    cases = mutants()
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda c: translate(pyxc_bin, tmp_path, *c), cases))
    problems = [r for r in results if r not in (None, "ok")]
    accepted = [c for c, r in zip(cases, results) if r == "ok"]
    own_c = [c for c in accepted if "cdef extern from" not in c[2]]
    checked = random.Random(SEED).sample(own_c, min(C_CHECKS, len(own_c)))

    def compile_c(case):
        name, origin, _ = case
        cmd = [*c_check_command(tmp_path / f"{name}.c"), f"-I{origin.parent}"]
        cc = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        return f"{name} (from {origin.name}): the C compiler failed\n{cc.stderr[-2000:]}" if cc.returncode else None

    with ThreadPoolExecutor(2) as pool:
        problems += [p for p in pool.map(compile_c, checked) if p]
    assert len(accepted) > MUTANTS // 10, "too few mutants compile: the mutations are too coarse"
    assert not problems, f"{len(problems)} of {MUTANTS} mutants:\n" + "\n".join(problems[:5])

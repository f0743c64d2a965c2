"""Long fuzzing runs: `cargo xtask fuzz [--minutes N]`.

Mutates the project's programs as tests/test_mutation_fuzz.py does, but
with a fresh seed each run and for as long as asked, and checks every
accepted mutant's C with the C compiler. Each mutant that ends in a panic,
a signal, a time-out or C the compiler rejects is minimised (lines, then
tokens, removed while the same kind of failure remains) and kept in
tests/fuzz/regressions/, which the suite replays
(tests/test_fuzz_regressions.py). Prints the mutants tried and the
failures by kind.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import test_mutation_fuzz as fuzz  # noqa: E402

REGRESSIONS = HERE / "regressions"


def failure(pyxc: Path, work: Path, text: str, origin_dir: Path) -> str | None:
    """The kind of failure of `text` ("panic", "signal", "timeout", "cc"),
    or None when pyxc gives a diagnostic or C the compiler accepts."""
    pyx = work / "case.pyx"
    pyx.write_text(text)
    c_path = work / "case.c"
    cmd = [str(pyxc), "translate", str(pyx), "-o", str(c_path), "-I", str(origin_dir)]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=fuzz.TIMEOUT, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    if proc.returncode == 101 or "panicked" in proc.stderr:
        return "panic"
    if proc.returncode < 0:
        return "signal"
    if proc.returncode != 0 or "cdef extern from" in text:
        return None
    cc = subprocess.run(
        [*fuzz.c_check_command(c_path), f"-I{origin_dir}"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    return "cc" if cc.returncode else None


def minimise(pyxc: Path, work: Path, text: str, origin_dir: Path, kind: str) -> str:
    """`text` with lines, then tokens, removed while it still fails as `kind`."""
    for split in (lambda t: t.splitlines(keepends=True), fuzz.TOKEN.findall):
        parts = split(text)
        i = 0
        while i < len(parts):
            trial = "".join(parts[:i] + parts[i + 1 :])
            if failure(pyxc, work, trial, origin_dir) == kind:
                parts = parts[:i] + parts[i + 1 :]
            else:
                i += 1
        text = "".join(parts)
    return text


def keep(text: str, kind: str, origin: Path) -> Path:
    digest = hashlib.sha1(text.encode()).hexdigest()[:12]
    path = REGRESSIONS / f"{kind}_{digest}.pyx"
    path.write_text(f"# fuzz: {kind}, mutated from {origin.name}\n{text}")
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyxc", required=True)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    texts = [(p, p.read_text()) for p in fuzz.sources()]
    deadline = time.monotonic() + args.minutes * 60
    tried = 0
    found: dict = {}
    REGRESSIONS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        while time.monotonic() < deadline:
            origin, text = rng.choice(texts)
            for _ in range(rng.randint(1, 3)):
                text = fuzz.mutate(text, rng)
            tried += 1
            kind = failure(Path(args.pyxc), work, text, origin.parent)
            if kind is None:
                continue
            small = minimise(Path(args.pyxc), work, text, origin.parent, kind)
            path = keep(small, kind, origin)
            found.setdefault(kind, []).append(path.name)
            print(f"{kind}: kept {path.relative_to(HERE.parent.parent)}", flush=True)
    print(f"seed {seed}: {tried} mutants in {args.minutes:g} min")
    for kind in ("panic", "signal", "timeout", "cc"):
        print(f"  {kind}: {len(found.get(kind, []))}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

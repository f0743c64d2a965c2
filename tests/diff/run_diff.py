"""Child process: import one program's build and run its differential cases.

Usage: python run_diff.py SPEC.json
SPEC = {"modules": {program: directory}, "cases": [case ids], "out": path}
(the protocol of tests/run_cases.py, driven by
pyxc_harness.run_cases_isolated).

One pickled record ``(case id, outcome)`` is appended to ``out`` per case
as soon as it returns, so that a crash costs only the case it happened on.
An outcome is ``("ok", encoded value, encoded arguments after the call)`` or
``("raise", exception type name, message, traceback text)``.
"""

from __future__ import annotations

import json
import pickle
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import numpy  # noqa: E402,F401  (imported before the modules, as users do)

from diffcase import encode, load_cases  # noqa: E402
from pyxc_harness import load_module  # noqa: E402


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    modules = {stem: load_module(stem, Path(d)) for stem, d in spec["modules"].items()}
    by_id = {}
    for program in modules:
        by_id.update({c.id: c for c in load_cases(program)})
    with open(spec["out"], "ab") as out:
        for case_id in spec["cases"]:
            case = by_id[case_id]
            print(f"CASE {case_id}", file=sys.stderr, flush=True)
            args, kwargs = case.make()
            try:
                fn = getattr(modules[case.program], case.func)
                value = fn(*args, **kwargs)
                result = ("ok", encode(value), encode((args, kwargs)) if case.show_args else None)
            except Exception as exc:  # noqa: BLE001 - recorded for the parent
                kind = type(exc)
                name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
                result = ("raise", name, str(exc), traceback.format_exc())
            pickle.dump((case_id, result), out)
            out.flush()


if __name__ == "__main__":
    main()

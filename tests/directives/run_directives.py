"""Child process: import one build of the directive suite and run its cases.

Usage: python run_directives.py SPEC.json
SPEC = {"modules": {program stem: directory}, "cases": [case ids], "out": path}
(the protocol of tests/run_cases.py, driven by
pyxc_harness.run_cases_isolated). Outcomes are those of
tests/diff/run_diff.py: ``("ok", encoded value, None)`` or
``("raise", type name, message, traceback text)``.
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
sys.path.insert(0, str(HERE.parent / "diff"))

import numpy  # noqa: E402,F401  (imported before the modules, as users do)

from cases import BUILDS, BY_ID  # noqa: E402
from diffcase import encode  # noqa: E402
from pyxc_harness import load_module  # noqa: E402


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    modules = {stem: load_module(stem, Path(d)) for stem, d in spec["modules"].items()}
    with open(spec["out"], "ab") as out:
        for case_id in spec["cases"]:
            case = BY_ID[case_id]
            print(f"CASE {case_id}", file=sys.stderr, flush=True)
            args = case.make()
            try:
                value = getattr(modules[BUILDS[case.build].program], case.func)(*args)
                result = ("ok", encode(value), None)
            except Exception as exc:  # noqa: BLE001 - recorded for the parent
                kind = type(exc)
                name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
                result = ("raise", name, str(exc), traceback.format_exc())
            pickle.dump((case_id, result), out)
            out.flush()


if __name__ == "__main__":
    main()

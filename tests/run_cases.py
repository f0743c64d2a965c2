"""Child process: import built modules and run cases from rolling_cases.py.

Usage: python run_cases.py SPEC.json
SPEC = {"modules": {stem: directory}, "cases": [case ids], "out": path}

For each case, one pickled record ``(case id, outcome)`` is appended to
``out`` as soon as the call returns, so the parent can tell which case a
crash happened on and rerun the rest. An outcome is
``("ok", kind, value)`` or ``("raise", type, message, traceback text)``.
"""

from __future__ import annotations

import json
import pickle
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

from pyxc_harness import load_module  # noqa: E402
from rolling_cases import BY_ID  # noqa: E402


def normalise(value):
    if type(value) is list:
        return ("ok", "list", value)
    if isinstance(value, np.ndarray):
        return ("ok", "ndarray", np.array(value, copy=True))
    try:
        arr = np.array(np.asarray(value), copy=True)
    except Exception as exc:  # noqa: BLE001
        return ("ok", f"other:{type(value).__name__}", repr(value) + f" ({exc})")
    return ("ok", f"buffer:{type(value).__name__}", arr)


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    modules = {stem: load_module(stem, Path(d)) for stem, d in spec["modules"].items()}
    with open(spec["out"], "ab") as out:
        for case_id in spec["cases"]:
            case = BY_ID[case_id]
            print(f"CASE {case_id}", file=sys.stderr, flush=True)
            fn = getattr(modules[case.module], case.func)
            args, kwargs = case.make()
            try:
                result = normalise(fn(*args, **kwargs))
            except Exception as exc:  # noqa: BLE001 - recorded for the parent
                kind = type(exc)
                if kind.__module__ != "builtins":  # keep the record picklable
                    kind = f"{kind.__module__}.{kind.__qualname__}"
                result = ("raise", kind, str(exc), traceback.format_exc())
            pickle.dump((case_id, result), out)
            out.flush()


if __name__ == "__main__":
    main()

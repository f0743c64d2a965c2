"""Loop versioning (bounds checks hoisted out of range loops) keeps Cython's
behaviour: same results, and an out-of-bounds access raises IndexError at the
same iteration, after the writes of the earlier iterations."""

from pathlib import Path

import numpy as np
import pytest

SRC = Path(__file__).parent / "hoist" / "versioned.pyx"


@pytest.fixture(scope="module")
def modules(build_pyxc, build_cython, tmp_path_factory):
    return {
        "pyxc": build_pyxc(SRC, tmp_path_factory.mktemp("hoist")),
        "cython": build_cython(SRC),
    }


def run(mod, name, *args):
    try:
        return ("ok", getattr(mod, name)(*args))
    except Exception as exc:  # noqa: BLE001 - the type is the result
        return ("raise", type(exc).__name__, str(exc))


def test_window_sums(modules):
    data = np.arange(20, dtype=np.float64)
    outs = {}
    for name, mod in modules.items():
        out = np.zeros(20)
        outs[name] = (run(mod, "window_sums", data, 5, out), out.tolist())
    assert outs["pyxc"] == outs["cython"]


@pytest.mark.parametrize(
    "start,stop,shift",
    [(0, 10, 0), (2, 8, 2), (0, 10, 1), (5, 12, 0), (0, 10, -1), (3, 3, 100), (0, 4, -12)],
)
def test_shifted_copy_same_partial_writes(modules, start, stop, shift):
    results = {}
    for name, mod in modules.items():
        src = np.arange(10, dtype=np.float64) * 1.5
        dst = np.full(12, -1.0)[::1]
        results[name] = (run(mod, "shifted_copy", src, dst[:10], start, stop, shift), dst.tolist())
    assert results["pyxc"] == results["cython"]


@pytest.mark.parametrize("offset", [-3, -2, 0, 1, 2, 5, -6])
def test_negative_offsets_wrap(modules, offset):
    data = np.arange(5, dtype=np.float64) + 0.25
    assert run(modules["pyxc"], "negative_offsets", data, offset) == run(
        modules["cython"], "negative_offsets", data, offset
    )

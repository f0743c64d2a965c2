"""Import-time code of a plugin-style module: conditional definitions,
redefinition, registries filled by loops at import, module-level
try/while/with, __all__, and a __main__ guard."""
import math
import sys
from contextlib import nullcontext

__all__ = ["area", "PLUGINS", "describe"]

PLUGINS = {}
INIT_LOG = []

if sys.version_info >= (3, 8):
    def area(r):
        return math.pi * r * r
else:
    def area(r):
        return 3.14 * r * r


def describe():
    return "first"


def _describe_v2():
    return "second"


describe = _describe_v2

def fast_sum(xs):
    return sum(xs)


try:
    from math import fsum as fast_sum
except ImportError:
    pass


for _name, _factor in (("double", 2), ("triple", 3), ("square", None)):
    if _factor is None:
        PLUGINS[_name] = lambda x: x * x
    else:
        PLUGINS[_name] = (lambda f: (lambda x: x * f))(_factor)
    INIT_LOG.append(_name)

_n = 0
while _n < 3:
    _n += 1
else:
    INIT_LOG.append(f"while done {_n}")

try:
    _broken = int("not a number")
except ValueError as _e:
    INIT_LOG.append("caught " + type(_e).__name__)
    _broken = None
finally:
    INIT_LOG.append("finally")

with nullcontext("ctx") as _c:
    INIT_LOG.append(_c)

SQUARE_TABLE = [PLUGINS["square"](i) for i in range(5)]
DEFAULT_SCALE = PLUGINS["triple"](7)

if __name__ == "__main__":
    INIT_LOG.append("main!")


def run_plugin(str name, x):
    try:
        return PLUGINS[name](x)
    except KeyError:
        raise LookupError(f"no plugin {name!r}; have {sorted(PLUGINS)}") from None


def add_plugin(str name, int power):
    if name in PLUGINS:
        raise ValueError(f"duplicate plugin {name}")
    PLUGINS[name] = lambda x, p=power: x ** p
    return sorted(PLUGINS)


def module_facts():
    return (__all__, INIT_LOG, SQUARE_TABLE, DEFAULT_SCALE, _broken, round(area(2), 9), describe(),
            __name__, fast_sum([0.1] * 10))


def default_bound_at_def(x, scale=DEFAULT_SCALE):
    return x * scale

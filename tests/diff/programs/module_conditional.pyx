# cython: language_level=3
"""Module-level code that chooses definitions at import time: def statements
inside if/else, try/except ImportError fallbacks and loops, and
`from X import name` of a missing name caught as ImportError."""
import sys

try:
    from nonexistent_fastlib_zz import fast_sum
except ImportError:
    def fast_sum(xs):
        return sum(xs)

if sys.version_info >= (3, 8):
    def version_tag():
        return "modern"
else:
    def version_tag():
        return "legacy"

try:
    import json

    def to_json(x):
        return json.dumps(x, sort_keys=True)
except ImportError:
    to_json = None

for _k in range(3):
    def last_loop_def():
        return _k

HAVE_FAST = "fast_sum" in globals()


def call_fast_sum(xs):
    return fast_sum(xs)


def call_version_tag():
    return version_tag()


def call_to_json(x):
    return to_json(x)


def call_last_loop_def():
    return last_loop_def()


def module_flags():
    return HAVE_FAST, "version_tag" in globals()


def import_missing_name():
    try:
        from math import no_such_function_zz
    except ImportError as e:
        return "ImportError", type(e).__name__
    return "imported"


def import_missing_name_uncaught():
    from math import no_such_function_zz
    return no_such_function_zz


def import_missing_module():
    try:
        import no_such_module_zz
    except ImportError as e:
        return type(e).__name__
    return "imported"

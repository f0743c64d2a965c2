"""Registry module: module-level code, globals, constants built at import,
`global`, `del` and docstrings."""

__version__ = "1.4.2"
VERSION_INFO = tuple(int(p) for p in __version__.split("."))
SQUARES = {i: i * i for i in range(10)}
PRIMES = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
LOOKUP = dict(zip("abc", range(3)))
_registry = {}
_calls = 0
ANSWER = 6 * 7
if ANSWER > 40:
    MODE = "big"
else:
    MODE = "small"
for _k in ("x", "y"):
    LOOKUP[_k] = len(LOOKUP)
del _k
try:
    import nonexistent_module_for_pyl  # noqa
    HAVE_OPT = True
except ImportError:
    HAVE_OPT = False


def register(str name, value, *, bint overwrite=False):
    """Register `value` under `name`."""
    global _calls
    _calls += 1
    if name in _registry and not overwrite:
        raise KeyError(f"{name} already registered")
    _registry[name] = value
    return len(_registry)


def unregister(name):
    global _calls
    _calls += 1
    del _registry[name]
    return sorted(_registry)


def lookup(name, default=None):
    return _registry.get(name, default)


def reset():
    global _registry, _calls
    old = (len(_registry), _calls)
    _registry = {}
    _calls = 0
    return old


def calls():
    return _calls


def constants():
    return VERSION_INFO, SQUARES[9], PRIMES, LOOKUP, MODE, HAVE_OPT, ANSWER


def docs():
    return register.__doc__, lookup.__doc__, __doc__.splitlines()[0]


def rebind_constant(v):
    global ANSWER
    old = ANSWER
    ANSWER = v
    return old, ANSWER


def uses_deleted():
    return _k


def del_locals(x, bint drop):
    y = x * 2
    if drop:
        del x
    try:
        return x
    except UnboundLocalError:
        return ("unbound", y)


def module_name():
    return __name__, lookup.__name__, lookup.__qualname__, type(register).__name__

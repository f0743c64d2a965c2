# cython: language_level=3
"""Module-level state as real modules keep it: lookup tables computed at
import time (C arrays and Python lists), cdef module variables changed by
functions, `global` counters and caches, constants derived from other
constants, registries filled by module-level calls."""
from libc.math cimport sqrt, M_PI

DEF_VERSION = (1, 4, 2)
__version__ = ".".join([str(v) for v in DEF_VERSION])
__all__ = ["crc8", "is_prime", "registry_names"]

cdef int N_PRIMES = 0
cdef unsigned char CRC_TABLE[256]
cdef double SQRT_TABLE[32]
cdef bint _initialised = False
cdef long _calls = 0
cdef object _cache = {}
cdef list _history = []

_counter = 0
_registry = {}
LIMIT = 100
PRIMES = []

cdef int _i, _j
cdef unsigned char _crc
for _i in range(256):
    _crc = _i
    for _j in range(8):
        if _crc & 0x80:
            _crc = ((_crc << 1) ^ 0x07) & 0xFF
        else:
            _crc = (_crc << 1) & 0xFF
    CRC_TABLE[_i] = _crc

for _i in range(32):
    SQRT_TABLE[_i] = sqrt(_i)

for _n in range(2, LIMIT):
    for _p in PRIMES:
        if _p * _p > _n:
            PRIMES.append(_n)
            break
        if _n % _p == 0:
            break
    else:
        PRIMES.append(_n)
N_PRIMES = len(PRIMES)
PRIME_SET = frozenset(PRIMES)
HALF_PI = M_PI / 2
NAMES = {v: k for k, v in enumerate(["zero", "one", "two"])}
_initialised = True


def register(name, value=None):
    global _counter
    _counter += 1
    _registry[name] = value if value is not None else _counter
    return _counter


register("first")
register("second", "two")


def registry_names():
    return sorted(_registry.items())


def crc8(bytes data):
    cdef unsigned char crc = 0
    cdef unsigned char b
    for b in data:
        crc = CRC_TABLE[crc ^ b]
    return crc


def crc_table_slice(int start, int stop):
    return [CRC_TABLE[i] for i in range(start, stop)]


def sqrt_lookup(int i):
    if i < 0 or i >= 32:
        raise IndexError("table index out of range")
    return SQRT_TABLE[i]


def is_prime(int n):
    if n < LIMIT:
        return n in PRIME_SET
    cdef int d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return n >= 2


def prime_stats():
    return N_PRIMES, PRIMES[:5], PRIMES[-3:], _initialised


def bump():
    global _calls
    _calls += 1
    return _calls


def calls():
    return _calls


def set_limit(int new_limit):
    global LIMIT
    old = LIMIT
    LIMIT = new_limit
    return old, LIMIT


def cached_square(x):
    if x in _cache:
        return _cache[x], True
    r = x * x
    _cache[x] = r
    return r, False


def clear_cache():
    n = len(_cache)
    _cache.clear()
    return n


def remember(item):
    _history.append(item)
    return len(_history)


def history():
    return list(_history)


def rebind_history():
    global _history
    old = _history
    _history = []
    return old


def version_info():
    return __version__, DEF_VERSION, __all__, HALF_PI


def module_name_and_doc():
    return __name__, __doc__.splitlines()[0]


def name_lookup(key):
    return NAMES[key]


def reset_counter():
    global _counter
    _counter = 0
    return _counter


def shadow_global(int LIMIT):
    return LIMIT * 2


def global_in_nested_loop(int n):
    global _counter
    cdef int i, j
    for i in range(n):
        for j in range(i):
            _counter += 1
    return _counter


def read_undefined_later():
    return LATE_CONSTANT


LATE_CONSTANT = "defined after the function"


DEFAULT_SCALE = 1.5


def scaled_default(x, double scale=DEFAULT_SCALE, obj_scale=DEFAULT_SCALE, int width=len(__version__)):
    return x * scale, x * obj_scale, width


cpdef double cp_scaled_default(double x, double scale=DEFAULT_SCALE * 2):
    return x * scale


def set_default_scale(v):
    global DEFAULT_SCALE
    old = DEFAULT_SCALE
    DEFAULT_SCALE = v
    return old

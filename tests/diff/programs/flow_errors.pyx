# cython: language_level=3
"""Control flow and exceptions as real modules write them: validation
helpers declared `except -1`, errors crossing cdef layers, nested
try/except/else/finally with return/break/continue inside, re-raise,
raise ... from, assert with messages, while True / for-else searches."""
from libc.math cimport sqrt

cdef int _check_positive(double x, str name) except -1:
    if x <= 0:
        raise ValueError(f"{name} must be positive, got {x!r}")
    return 0


cdef double _safe_sqrt(double x) except? -1.0:
    if x < 0:
        raise ValueError("math domain error")
    return sqrt(x)


cdef int _validate_shape(int rows, int cols) except -1:
    _check_positive(rows, "rows")
    _check_positive(cols, "cols")
    if rows * cols > 1000:
        raise MemoryError("too big: %d x %d" % (rows, cols))
    return rows * cols


cdef object _lookup(dict table, key):
    try:
        return table[key]
    except KeyError:
        raise KeyError(f"unknown key {key!r}") from None


cdef void _log(list log, str msg) noexcept:
    log.append(msg)


cdef int _parse_int(str s) except? -1:
    return int(s)


def make_grid(int rows, int cols):
    cdef int n = _validate_shape(rows, cols)
    return [[0] * cols for _ in range(rows)], n


def hypot_checked(double a, double b):
    _check_positive(a, "a")
    _check_positive(b, "b")
    return _safe_sqrt(a * a + b * b)


def sqrt_or_minus(double x):
    return _safe_sqrt(x)


def lookup(dict table, key):
    return _lookup(table, key)


def lookup_context(dict table, key):
    try:
        _lookup(table, key)
    except KeyError as e:
        return e.__cause__ is None, e.__suppress_context__, str(e)
    return None


def parse_all(list items):
    cdef list out = []
    cdef list errors = []
    for i, s in enumerate(items):
        try:
            v = _parse_int(s)
        except ValueError:
            errors.append(i)
            continue
        except TypeError as e:
            errors.append(("type", i))
            break
        else:
            out.append(v)
        finally:
            out.append("|")
    return out, errors


def parse_c_minus_one(str s):
    return _parse_int(s)


def retry(list outcomes, int max_tries):
    cdef int attempt = 0
    log = []
    while True:
        attempt += 1
        try:
            o = outcomes[attempt - 1]
            if o == "fail":
                raise RuntimeError("attempt %d failed" % attempt)
            log.append("ok")
            return attempt, log
        except RuntimeError as e:
            log.append(str(e))
            if attempt >= max_tries:
                raise
        finally:
            log.append("f%d" % attempt)


def find_first(list xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i


def find_pair(list xs, int total):
    cdef int i, j
    cdef int n = len(xs)
    for i in range(n):
        for j in range(i + 1, n):
            if xs[i] + xs[j] == total:
                return i, j
    return None


def finally_return_wins(int x):
    try:
        if x > 0:
            raise ValueError("x")
        return "try"
    finally:
        if x > 1:
            return "finally"


def finally_swallow_in_loop(list xs):
    out = []
    for x in xs:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("zero")
            continue
        finally:
            out.append("done")
        out.append("after")
    return out


def break_in_finally(int n):
    cdef int i = 0
    log = []
    while i < n:
        try:
            i += 1
            if i == 3:
                raise ValueError("three")
        finally:
            log.append(i)
            if i >= 3:
                break
    return log


def nested_handlers(int kind):
    log = []
    try:
        try:
            if kind == 1:
                raise KeyError("k")
            elif kind == 2:
                raise ValueError("v")
            elif kind == 3:
                raise TypeError("t")
            log.append("body")
        except KeyError:
            log.append("inner-key")
            raise IndexError("from-key")
        except ValueError as e:
            log.append("inner-value:" + str(e))
        else:
            log.append("inner-else")
        finally:
            log.append("inner-finally")
    except IndexError as e:
        log.append("outer-index:" + str(e) + ":" + type(e.__context__).__name__)
    except Exception as e:
        log.append("outer:" + type(e).__name__)
    return log


def reraise_after_cleanup(x):
    log = []
    try:
        try:
            return 1 / x
        except ZeroDivisionError:
            log.append("caught")
            raise
    except ArithmeticError as e:
        log.append(type(e).__name__)
        return log


def raise_from_cause(str s):
    try:
        return int(s)
    except ValueError as exc:
        raise TypeError("bad literal: " + s) from exc


def cause_chain(str s):
    try:
        raise_from_cause(s)
    except TypeError as e:
        return type(e.__cause__).__name__, e.__cause__ is e.__context__
    return "ok"


def assert_shape(list m):
    assert len(m) > 0, "empty matrix"
    cdef Py_ssize_t n = len(m[0])
    for row in m:
        assert len(row) == n, f"ragged: {len(row)} != {n}"
    return len(m), n


def exception_attrs(int code):
    try:
        if code == 0:
            raise OSError(2, "missing")
        elif code == 1:
            raise KeyError("key", 2)
        else:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
    except OSError as e:
        return "os", e.errno, e.strerror
    except KeyError as e:
        return "key", e.args
    except UnicodeError as e:
        return "uni", e.start, e.end, e.reason


def exc_in_else(x):
    try:
        y = int(x)
    except ValueError:
        return "bad"
    else:
        return 100 // y


def while_else_search(int n):
    cdef int k = 2
    while k * k <= n:
        if n % k == 0:
            break
        k += 1
    else:
        return "prime"
    return "divisible by %d" % k


def continue_in_try_finally(int n):
    total = 0
    cdef int i
    for i in range(n):
        try:
            if i % 2:
                continue
            total += i
        finally:
            total += 100
    return total


def except_star_cdef(int x):
    _void_maybe(x)
    return x


cdef void _void_maybe(int x) except *:
    if x < 0:
        raise ValueError("negative")


def call_noexcept_log(str msg):
    log = []
    _log(log, msg)
    _log(log, msg.upper())
    return log


def error_message_types(int which):
    if which == 0:
        return [][0]
    elif which == 1:
        return {}["missing"]
    elif which == 2:
        obj = which
        return obj.nope
    elif which == 3:
        return int("x")
    elif which == 4:
        return 1 + "a"
    elif which == 5:
        return [1, 2].missing_method()
    return None

"""Statements: if/elif/else, loops, break/continue, else clauses, unpacking,
augmented assignment, assert, global, del, with, docstrings."""

from contextlib import nullcontext
from types import SimpleNamespace

counter = 0


def sign(x):
    """Return -1, 0 or 1."""
    if x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return 1


def classify(int n):
    if n % 15 == 0:
        return "fizzbuzz"
    elif n % 5 == 0:
        return "buzz"
    elif n % 3 == 0:
        return "fizz"
    return str(n)


def while_sum(int n):
    cdef int i = 0
    cdef long total = 0
    while i < n:
        total += i
        i += 1
    return total


def collatz_steps(long n):
    cdef int steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def range1(int n):
    return [i for i in range(n)]


def range2(int a, int b):
    cdef int i
    out = []
    for i in range(a, b):
        out.append(i)
    return out


def range3(int a, int b, int step):
    cdef int i
    out = []
    for i in range(a, b, step):
        out.append(i)
    return out


def range3_untyped(a, b, step):
    out = []
    for i in range(a, b, step):
        out.append(i)
    return out


def range_neg_step_typed(int n):
    cdef int i
    out = []
    for i in range(n, -1, -2):
        out.append(i)
    return out


def range_ssize(Py_ssize_t n):
    cdef Py_ssize_t i
    cdef Py_ssize_t total = 0
    for i in range(n):
        total += i * i
    return total


def loop_var_after(int n):
    cdef int i = -5
    for i in range(n):
        pass
    return i


def loop_var_after_untyped(n):
    i = -5
    for i in range(n):
        pass
    return i


def for_iterable(seq):
    total = 0
    for x in seq:
        total += x
    return total


def for_dict_items(dict d):
    out = []
    for k, v in d.items():
        out.append((k, v * 2))
    return out


def break_continue(int n):
    out = []
    cdef int i
    for i in range(n):
        if i % 2 == 0:
            continue
        if i > 9:
            break
        out.append(i)
    return out


def for_else(seq, target):
    for x in seq:
        if x == target:
            found = True
            break
    else:
        found = False
    return found


def for_else_typed(int n, int target):
    cdef int i
    cdef int where = -1
    for i in range(n):
        if i == target:
            where = i
            break
    else:
        where = -100
    return where


def while_else(int n):
    cdef int i = 0
    result = "none"
    while i < n:
        if i == 7:
            result = "broke"
            break
        i += 1
    else:
        result = "done"
    return result, i


def nested_break(int n):
    cdef int i, j
    count = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            count += 1
    return count


def tuple_unpack(t):
    a, b, c = t
    return c, b, a


def swap(a, b):
    a, b = b, a
    return a, b


def nested_unpack(t):
    (a, b), c = t
    return a + b + c


def star_unpack(seq):
    first, *rest = seq
    return first, rest


def unpack_typed(t):
    cdef int a
    cdef double b
    a, b = t
    return a + b


def fib_pairs(int n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def augmented_names(x):
    y = x
    y += 3
    y -= 1
    y *= 4
    y //= 3
    y %= 1000
    y **= 2
    y <<= 2
    y >>= 1
    y |= 1
    y &= 0xFFFF
    y ^= 0x55
    return y


def augmented_float(double x):
    cdef double y = x
    y += 1.5
    y *= 3.0
    y -= 0.25
    y /= 7.0
    return y


def augmented_subscript(list xs):
    xs[0] += 10
    xs[-1] *= 2
    xs[1] -= xs[0]
    return xs


def augmented_dict(d, key):
    d[key] = d.get(key, 0)
    d[key] += 1
    return d


def augmented_attribute(v):
    b = SimpleNamespace(v=v)
    b.v += 5
    b.v *= 2
    return b.v


def assert_positive(x):
    assert x > 0, "x must be positive"
    return x


def assert_no_msg(x):
    assert x
    return 1


def bump_global(int k):
    global counter
    counter = 0
    for _ in range(k):
        counter += 1
    return counter


def del_name_then_use(flag):
    x = 5
    if flag:
        del x
    return x


def del_item(list xs, int i):
    del xs[i]
    return xs


def del_dict(dict d, k):
    del d[k]
    return sorted(d.items())


def with_ok(Recorder):
    log = []
    with Recorder(log) as r:
        log.append("body")
    log.append(r is not None)
    return log


def with_raise(Recorder, suppress):
    log = []
    try:
        with Recorder(log, suppress):
            log.append("body")
            raise ValueError("inside")
        log.append("after")
    except ValueError:
        log.append("caught")
    return log


def with_return(Recorder):
    log = []
    with Recorder(log):
        return log


def with_nullcontext(x):
    with nullcontext(x) as y:
        z = y * 2
    return z


def docstring_of(name):
    return globals()[name].__doc__


def pass_stmt():
    pass


def conditional_expr(x):
    return "big" if x > 10 else ("small" if x >= 0 else "negative")


def while_true_counter(int limit):
    cdef int n = 0
    while True:
        n += 1
        if n >= limit:
            break
    return n

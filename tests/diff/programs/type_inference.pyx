# cython: language_level=3
"""Untyped locals in typed code: Cython infers a C type for a local from
all its assignments (an int literal and a double make a double), so
accumulators started at 0 hold C doubles and come back as floats even
when the loop never runs. This is the everyday pattern of numeric .pyx
files that declare only their arguments."""
import numpy as np


def total(double[:] a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def best_value(double[:] a):
    best = -1
    besti = -1
    for i in range(a.shape[0]):
        if a[i] > best:
            best = a[i]
            besti = i
    return best, besti


def mean(double[:] a):
    m = 0
    for i in range(a.shape[0]):
        m += a[i]
    if a.shape[0]:
        m /= a.shape[0]
    return m


def power_loop(double x, int n):
    r = 1
    for k in range(n):
        r *= x
    return r


def acc_from_int(int n):
    acc = 0.0
    acc = n
    return acc


def maybe_float(int n):
    x = 1
    if n > 0:
        x = 1.5
    return x


def dot(double[:] a, double[:] b):
    s = 0
    for i in range(min(a.shape[0], b.shape[0])):
        s += a[i] * b[i]
    return s


def weighted(double[:] a, double w):
    out = 0
    for i in range(a.shape[0]):
        out = out + w * a[i]
    return out


def float32_acc(float[:] a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def int_acc(int[:] a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s, type(s).__name__


def counter_and_sum(double[:] a, double t):
    n = 0
    s = 0
    for i in range(a.shape[0]):
        if a[i] > t:
            n += 1
            s += a[i]
    return n, s


def div_result(int a, int b):
    q = a / b
    return q


def double_then_object(double x):
    y = 0
    y = x
    y = str(y)
    return y


def loop_var_type(int n):
    out = []
    for i in range(n):
        out.append(i / 2)
    return out


def ratio_or_zero(double num, double den):
    r = 0
    if den != 0:
        r = num / den
    return r


def min_tracker(double[:] a):
    lo = 1e300
    for i in range(a.shape[0]):
        if a[i] < lo:
            lo = a[i]
    return lo


def bool_or_double(double x):
    v = False
    if x > 0:
        v = x
    return v


def squared_error(double[:] y, double[:] p):
    err = 0
    for i in range(y.shape[0]):
        d = y[i] - p[i]
        err += d * d
    return err / max(y.shape[0], 1)


def int_literal_then_float_literal(int n):
    x = 0
    for k in range(n):
        x = x + 0.5
    return x


def ndarray_element_acc(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


# Integer inference: Cython types these locals Py_ssize_t / long / the
# widest C integer assigned, unless they are read under arithmetic that
# could overflow; results must not change either way.
def index_sum(list xs):
    n = len(xs)
    s = 0.0
    for i in range(n):
        s += xs[i]
    return s


def nested_index(list rows):
    n = len(rows)
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            out[j][i] = rows[i][j]
    return out


def widest_assigned(short a, unsigned int b):
    x = a
    first = x
    x = b
    return first, x


def stays_object_under_arithmetic(list xs):
    n = len(xs)
    m = n * 3000000000
    k = -n
    return m, k


def literal_then_len(xs):
    x = 0
    y = x
    x = len(xs)
    return x, y


def stepped(list xs, int step):
    n = len(xs)
    out = []
    for i in range(0, n, step):
        out.append(xs[i])
    return out


def counter_then_index(list xs, target):
    c = 0
    n = len(xs)
    for i in range(n):
        if xs[i] == target:
            c = c + 1
    return c


def big_literal():
    x = 3000000000
    y = x
    return y * y


def char_of(bytes b):
    cdef char* p = b
    c = p[0]
    return c


def bitand_keeps_int(list xs):
    n = len(xs)
    w = n & 3
    return w, xs[n & 1] if xs else None

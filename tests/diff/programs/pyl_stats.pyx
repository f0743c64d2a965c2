"""Descriptive statistics helpers over Python sequences."""
import math
from libc.math cimport sqrt, fabs


def mean(xs):
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def fmean(list xs):
    cdef double s = 0.0
    cdef Py_ssize_t n = len(xs)
    if n == 0:
        raise ValueError("fmean of empty data")
    for x in xs:
        s += x
    return s / n


def median(xs):
    data = sorted(xs)
    n = len(data)
    if n == 0:
        raise ValueError("no median for empty data")
    mid = n // 2
    if n % 2:
        return data[mid]
    return (data[mid - 1] + data[mid]) / 2


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return min(k for k, v in counts.items() if v == best)


def variance(xs, bint sample=True):
    cdef Py_ssize_t n = len(xs)
    if n < 2 and sample:
        raise ValueError("variance requires at least two data points")
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    return ss / (n - 1 if sample else n)


def stdev(xs):
    return sqrt(variance(xs))


def percentile(xs, double q):
    if not 0 <= q <= 100:
        raise ValueError(f"percentile out of range: {q}")
    data = sorted(xs)
    if not data:
        return math.nan
    cdef double pos = (len(data) - 1) * q / 100.0
    cdef Py_ssize_t lo = <Py_ssize_t>pos
    hi = min(lo + 1, len(data) - 1)
    frac = pos - lo
    return data[lo] + (data[hi] - data[lo]) * frac


def histogram(xs, int bins, lo=None, hi=None):
    if bins <= 0:
        raise ValueError("bins must be positive")
    lo = min(xs) if lo is None else lo
    hi = max(xs) if hi is None else hi
    width = (hi - lo) / bins or 1
    counts = [0] * bins
    for x in xs:
        if lo <= x <= hi:
            k = int((x - lo) / width)
            counts[min(k, bins - 1)] += 1
    return counts


def zscores(xs):
    m = mean(xs)
    s = stdev(xs)
    return [round((x - m) / s, 6) for x in xs]


def correlation(xs, ys):
    if len(xs) != len(ys):
        raise ValueError("length mismatch")
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def running_mean(xs, int window):
    out = []
    acc = 0
    for i, x in enumerate(xs):
        acc += x
        if i >= window:
            acc -= xs[i - window]
        if i >= window - 1:
            out.append(acc / window)
    return out


def summary(xs):
    return {"n": len(xs), "min": min(xs), "max": max(xs), "mean": round(mean(xs), 4),
            "median": median(xs), "range": max(xs) - min(xs)}


def max_abs_dev(list xs):
    cdef double m = fmean(xs), best = 0.0, d
    for x in xs:
        d = fabs(x - m)
        if d > best:
            best = d
    return best

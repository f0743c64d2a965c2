"""Searching and sorting on Python lists with typed index arithmetic."""


def binary_search(list xs, x):
    cdef Py_ssize_t lo = 0, hi = len(xs)
    cdef Py_ssize_t mid
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(xs) and xs[lo] == x:
        return lo
    return -1


def lower_upper(xs, x):
    import bisect
    return bisect.bisect_left(xs, x), bisect.bisect_right(xs, x)


def insertion_sort(list xs):
    cdef Py_ssize_t i, j
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def merge_sort(xs, key=None):
    if key is None:
        key = lambda v: v
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left = merge_sort(xs[:mid], key)
    right = merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


cdef Py_ssize_t partition(list xs, Py_ssize_t lo, Py_ssize_t hi) except -1:
    pivot = xs[hi]
    cdef Py_ssize_t i = lo - 1
    cdef Py_ssize_t j
    for j in range(lo, hi):
        if xs[j] <= pivot:
            i += 1
            xs[i], xs[j] = xs[j], xs[i]
    xs[i + 1], xs[hi] = xs[hi], xs[i + 1]
    return i + 1


cdef int _quick(list xs, Py_ssize_t lo, Py_ssize_t hi) except -1:
    cdef Py_ssize_t p
    while lo < hi:
        p = partition(xs, lo, hi)
        if p - lo < hi - p:
            _quick(xs, lo, p - 1)
            lo = p + 1
        else:
            _quick(xs, p + 1, hi)
            hi = p - 1
    return 0


def quicksort(list xs):
    _quick(xs, 0, len(xs) - 1)
    return xs


def kth_smallest(xs, int k):
    if not 0 <= k < len(xs):
        raise IndexError(f"k={k} out of range for {len(xs)} items")
    data = list(xs)
    quicksort(data)
    return data[k]


def sort_records(records):
    by_age = sorted(records, key=lambda r: (r["age"], r["name"]))
    by_name_desc = sorted(records, key=lambda r: r["name"], reverse=True)
    return [r["name"] for r in by_age], [r["name"] for r in by_name_desc]


def stable_multi_key(pairs):
    s = sorted(pairs, key=lambda p: p[1])
    s.sort(key=lambda p: p[0], reverse=True)
    return s


def counting_sort(xs, int maxval):
    counts = [0] * (maxval + 1)
    for x in xs:
        counts[x] += 1
    out = []
    for v, c in enumerate(counts):
        out += [v] * c
    return out


def two_sum(list xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None


def is_sorted(seq, bint strict=False):
    if strict:
        return all(a < b for a, b in zip(seq, seq[1:]))
    return all(a <= b for a, b in zip(seq, seq[1:]))

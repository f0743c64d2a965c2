# cython: language_level=3
"""A ring buffer of doubles in a malloc'd C struct (the kind of helper
pandas' rolling-window code and streaming filters keep): push/pop with
wraparound, growth by realloc, a moving average and a sliding-window
maximum with a monotonic deque of indices, all behind def wrappers that
free the memory on every path."""
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy
import numpy as np

cdef struct Ring:
    double* data
    Py_ssize_t cap
    Py_ssize_t head      # index of the oldest item
    Py_ssize_t size


cdef int ring_init(Ring* r, Py_ssize_t cap) except -1:
    if cap <= 0:
        raise ValueError("capacity must be positive, got %d" % cap)
    r.data = <double*>malloc(cap * sizeof(double))
    if r.data == NULL:
        raise MemoryError()
    r.cap = cap
    r.head = 0
    r.size = 0
    return 0


cdef void ring_free(Ring* r) noexcept:
    free(r.data)
    r.data = NULL


cdef int ring_grow(Ring* r) except -1:
    cdef Py_ssize_t newcap = r.cap * 2, i
    cdef double* nd = <double*>malloc(newcap * sizeof(double))
    if nd == NULL:
        raise MemoryError()
    for i in range(r.size):
        nd[i] = r.data[(r.head + i) % r.cap]
    free(r.data)
    r.data = nd
    r.cap = newcap
    r.head = 0
    return 0


cdef int ring_push(Ring* r, double v, bint overwrite) except -1:
    if r.size == r.cap:
        if overwrite:
            r.data[r.head] = v
            r.head = (r.head + 1) % r.cap
            return 0
        ring_grow(r)
    r.data[(r.head + r.size) % r.cap] = v
    r.size += 1
    return 0


cdef double ring_pop(Ring* r) except? -1.0:
    if r.size == 0:
        raise IndexError("pop from an empty ring")
    cdef double v = r.data[r.head]
    r.head = (r.head + 1) % r.cap
    r.size -= 1
    return v


cdef list ring_items(Ring* r):
    return [r.data[(r.head + i) % r.cap] for i in range(r.size)]


def run_ops(list ops, Py_ssize_t cap, bint overwrite=False):
    """ops: numbers are pushed, None pops; returns (popped, remaining, capacity)."""
    cdef Ring r
    ring_init(&r, cap)
    popped = []
    try:
        for op in ops:
            if op is None:
                popped.append(ring_pop(&r))
            else:
                ring_push(&r, op, overwrite)
        return popped, ring_items(&r), r.cap
    finally:
        ring_free(&r)


def moving_average(const double[:] x, Py_ssize_t w):
    cdef Ring r
    ring_init(&r, w)
    cdef double s = 0.0
    cdef Py_ssize_t i
    out = np.empty(x.shape[0])
    cdef double[::1] o = out
    try:
        for i in range(x.shape[0]):
            if r.size == w:
                s -= ring_pop(&r)
            ring_push(&r, x[i], False)
            s += x[i]
            o[i] = s / r.size
        return out
    finally:
        ring_free(&r)


def sliding_max(const double[:] x, Py_ssize_t w):
    if w <= 0:
        raise ValueError("window must be positive")
    cdef Py_ssize_t n = x.shape[0], i, head = 0, tail = 0
    cdef Py_ssize_t* dq = <Py_ssize_t*>malloc((n + 1) * sizeof(Py_ssize_t))
    if dq == NULL:
        raise MemoryError()
    out = []
    try:
        for i in range(n):
            while tail > head and x[dq[tail - 1]] <= x[i]:
                tail -= 1
            dq[tail] = i
            tail += 1
            if dq[head] <= i - w:
                head += 1
            if i >= w - 1:
                out.append(x[dq[head]])
        return out
    finally:
        free(dq)


def delay_line(const float[:] x, int delay):
    """y[n] = x[n - delay] with zeros before the start, via a fixed ring."""
    cdef Ring r
    ring_init(&r, delay + 1)
    cdef Py_ssize_t i
    cdef list out = []
    try:
        for i in range(delay):
            ring_push(&r, 0.0, False)
        for i in range(x.shape[0]):
            ring_push(&r, x[i], False)
            out.append(ring_pop(&r))
        return out
    finally:
        ring_free(&r)


def realloc_stack(int n):
    cdef Py_ssize_t cap = 1, size = 0
    cdef long* st = <long*>malloc(cap * sizeof(long))
    cdef long* tmp
    cdef int i
    cdef int grows = 0
    for i in range(n):
        if size == cap:
            cap *= 2
            tmp = <long*>realloc(st, cap * sizeof(long))
            if tmp == NULL:
                free(st)
                raise MemoryError()
            st = tmp
            grows += 1
        st[size] = i * i
        size += 1
    cdef long total = 0
    while size > 0:
        size -= 1
        total += st[size]
    free(st)
    return total, cap, grows

# cython: language_level=3
"""An open-addressing hash table of int64 keys in a malloc'd array of C
structs (the khash pattern behind pandas' value_counts/unique/isin):
insert with linear probing and growth, lookup, counting, unique in
first-seen order, and isin membership, all freed on every path."""
import numpy as np
from libc.stdlib cimport calloc, free
from libc.stdint cimport int64_t, uint64_t

cdef struct Slot:
    int64_t key
    Py_ssize_t count
    Py_ssize_t order
    bint used

cdef struct Table:
    Slot* slots
    Py_ssize_t cap
    Py_ssize_t size


cdef inline uint64_t _mix(int64_t k) noexcept nogil:
    cdef uint64_t x = <uint64_t>k
    x ^= x >> 33
    x *= 0xff51afd7ed558ccdULL
    x ^= x >> 33
    return x


cdef int table_init(Table* t, Py_ssize_t cap) except -1:
    t.slots = <Slot*>calloc(cap, sizeof(Slot))
    if t.slots == NULL:
        raise MemoryError()
    t.cap = cap
    t.size = 0
    return 0


cdef Py_ssize_t _probe(Table* t, int64_t key) noexcept nogil:
    cdef Py_ssize_t i = <Py_ssize_t>(_mix(key) & <uint64_t>(t.cap - 1))
    while t.slots[i].used and t.slots[i].key != key:
        i = (i + 1) & (t.cap - 1)
    return i


cdef int table_grow(Table* t) except -1:
    cdef Slot* old = t.slots
    cdef Py_ssize_t oldcap = t.cap, i, j
    table_init(t, oldcap * 2)
    for i in range(oldcap):
        if old[i].used:
            j = _probe(t, old[i].key)
            t.slots[j] = old[i]
            t.size += 1
    free(old)
    return 0


cdef int table_add(Table* t, int64_t key) except -1:
    if 2 * (t.size + 1) > t.cap:
        table_grow(t)
    cdef Py_ssize_t i = _probe(t, key)
    if not t.slots[i].used:
        t.slots[i].used = True
        t.slots[i].key = key
        t.slots[i].count = 0
        t.slots[i].order = t.size
        t.size += 1
    t.slots[i].count += 1
    return 0


def value_counts(const int64_t[:] values):
    cdef Table t
    table_init(&t, 8)
    cdef Py_ssize_t i
    try:
        for i in range(values.shape[0]):
            table_add(&t, values[i])
        items = [(t.slots[i].order, t.slots[i].key, t.slots[i].count) for i in range(t.cap) if t.slots[i].used]
        items.sort()
        return [(k, c) for _, k, c in items], t.cap
    finally:
        free(t.slots)


def unique(const int64_t[:] values):
    pairs, _ = value_counts(values)
    return np.array([k for k, _ in pairs], dtype=np.int64)


def isin(const int64_t[:] values, const int64_t[:] test):
    cdef Table t
    table_init(&t, 8)
    cdef Py_ssize_t i
    out = np.zeros(values.shape[0], dtype=bool)
    cdef unsigned char[:] o = out.view(np.uint8)
    try:
        for i in range(test.shape[0]):
            table_add(&t, test[i])
        for i in range(values.shape[0]):
            o[i] = t.slots[_probe(&t, values[i])].used
        return out
    finally:
        free(t.slots)


def duplicated(const int64_t[:] values, str keep="first"):
    if keep not in ("first", "last"):
        raise ValueError("keep must be 'first' or 'last'")
    cdef Table t
    table_init(&t, 8)
    cdef Py_ssize_t i, n = values.shape[0], k
    out = [False] * n
    try:
        for k in range(n):
            i = k if keep == "first" else n - 1 - k
            if t.slots[_probe(&t, values[i])].used:
                out[i] = True
            else:
                table_add(&t, values[i])
        return out
    finally:
        free(t.slots)

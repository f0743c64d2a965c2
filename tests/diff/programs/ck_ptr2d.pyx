# cython: language_level=3
"""Pointer-to-pointer structures: ragged 2-D arrays as ``double**`` rows,
row swapping by pointer exchange, arrays of ``char*`` built from Python
bytes (kept alive by a list), NULL-terminated pointer lists, pointer
comparison and difference, and a jagged CSR-to-rows conversion."""
from libc.stdlib cimport malloc, free, calloc
from libc.string cimport strlen, strcmp


cdef double** alloc_rows(const long[:] lengths) except NULL:
    cdef Py_ssize_t n = lengths.shape[0], i
    cdef double** rows = <double**>calloc(n + 1, sizeof(double*))
    if rows == NULL:
        raise MemoryError()
    for i in range(n):
        if lengths[i] < 0:
            free_rows(rows)
            raise ValueError("negative row length %d" % lengths[i])
        rows[i] = <double*>malloc((lengths[i] + 1) * sizeof(double))
    rows[n] = NULL
    return rows


cdef void free_rows(double** rows) noexcept:
    cdef Py_ssize_t i = 0
    while rows[i] != NULL:
        free(rows[i])
        i += 1
    free(rows)


def ragged_sums(const long[:] lengths):
    cdef double** rows = alloc_rows(lengths)
    cdef Py_ssize_t i, j
    cdef list out = []
    cdef double* tmp
    for i in range(lengths.shape[0]):
        rows[i][0] = i          # every row has room for one more item than its length
        for j in range(lengths[i]):
            rows[i][j + 1] = i + j * 0.5
    for i in range(1, lengths.shape[0], 2):   # swap neighbouring row pointers
        tmp = rows[i]
        rows[i] = rows[i - 1]
        rows[i - 1] = tmp
    for i in range(lengths.shape[0]):
        out.append(rows[i][0])
    free_rows(rows)
    return out


def count_rows(const long[:] lengths):
    cdef double** rows = alloc_rows(lengths)
    cdef double** p = rows
    cdef Py_ssize_t n = 0
    while p[0] != NULL:
        n += 1
        p += 1
    cdef Py_ssize_t dist = p - rows
    free_rows(rows)
    return n, dist


def sort_words(list words):
    """Insertion sort of char* pointers by strcmp; the bytes stay alive in ``words``."""
    cdef Py_ssize_t n = len(words), i, j
    cdef const char** ptrs = <const char**>malloc((n + 1) * sizeof(char*))
    cdef const char* t
    cdef bytes b
    if ptrs == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            b = words[i]
            ptrs[i] = b
        for i in range(1, n):
            t = ptrs[i]
            j = i - 1
            while j >= 0 and strcmp(ptrs[j], t) > 0:
                ptrs[j + 1] = ptrs[j]
                j -= 1
            ptrs[j + 1] = t
        return [ptrs[i][:strlen(ptrs[i])] for i in range(n)]
    finally:
        free(ptrs)


def matrix_via_rows(const double[:, ::1] A):
    """Row pointers into a C-contiguous view, then a transposed sum."""
    cdef Py_ssize_t r = A.shape[0], c = A.shape[1], i, j
    if r == 0:
        return []
    cdef const double** rows = <const double**>malloc(r * sizeof(double*))
    for i in range(r):
        rows[i] = &A[i, 0] if c > 0 else NULL
    out = []
    cdef double s
    for j in range(c):
        s = 0
        for i in range(r):
            s += rows[i][j]
        out.append(s)
    free(rows)
    return out


def pointer_compare(const double[::1] a, Py_ssize_t i, Py_ssize_t j):
    cdef const double* p = &a[i]
    cdef const double* q = &a[j]
    return p < q, p == q, q - p, (p + (j - i)) == q

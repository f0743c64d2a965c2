# cython: language_level=3
"""Anonymous and named cdef enums as compile-time sizes and codes:
``cdef enum: NBINS = 16`` sizing C arrays, constant expressions in array
declarations, enum-typed locals in switch-like dispatch, sizeof of
variables and of arrays, and module-level arrays of structs initialised
at import."""
from libc.string cimport memset

cdef enum:
    NBINS = 16
    MAXK = 2 * NBINS

cdef enum Op:
    OP_ADD = 1
    OP_SUB = 2
    OP_MUL = 4
    OP_DIV = 8

cdef struct Entry:
    int code
    double weight

cdef Entry TABLE[4]
TABLE[0].code = OP_ADD; TABLE[0].weight = 1.0
TABLE[1].code = OP_SUB; TABLE[1].weight = -1.0
TABLE[2].code = OP_MUL; TABLE[2].weight = 2.0
TABLE[3].code = OP_DIV; TABLE[3].weight = 0.5


def histogram16(const double[:] x, double lo, double hi):
    cdef long counts[NBINS]
    cdef Py_ssize_t i
    cdef int b
    memset(counts, 0, sizeof(counts))
    for i in range(x.shape[0]):
        if lo <= x[i] < hi:
            b = <int>((x[i] - lo) / (hi - lo) * NBINS)
            counts[b] += 1
    return [counts[b] for b in range(NBINS)], sizeof(counts) // sizeof(counts[0])


def sizes():
    cdef double buf[MAXK + 1]
    cdef int x = 0
    cdef double y = 0
    return sizeof(buf) // sizeof(double), sizeof(x), sizeof(y), NBINS, MAXK


cdef double apply(Op op, double a, double b) except? -1:
    if op == OP_ADD:
        return a + b
    elif op == OP_SUB:
        return a - b
    elif op == OP_MUL:
        return a * b
    elif op == OP_DIV:
        if b == 0:
            raise ZeroDivisionError("division by zero in apply")
        return a / b
    raise ValueError("bad op %d" % <int>op)


def evaluate(int code, double a, double b):
    return apply(<Op>code, a, b)


def table_sum(double a, double b):
    cdef int i
    cdef double s = 0
    for i in range(4):
        s += TABLE[i].weight * apply(<Op>TABLE[i].code, a, b)
    return s, [TABLE[i].code for i in range(4)]


def flags(int mask):
    out = []
    for op in (OP_ADD, OP_SUB, OP_MUL, OP_DIV):
        if mask & op:
            out.append(op)
    return out, OP_ADD | OP_MUL

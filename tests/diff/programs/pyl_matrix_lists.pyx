"""Matrix helpers on nested Python lists (rows of numbers)."""
from fractions import Fraction


def shape(m):
    if not m:
        return (0, 0)
    cols = len(m[0])
    for r in m:
        if len(r) != cols:
            raise ValueError("ragged matrix")
    return (len(m), cols)


def identity(int n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    n, k = shape(a)
    k2, p = shape(b)
    if k != k2:
        raise ValueError(f"shapes {n}x{k} and {k2}x{p} not aligned")
    cdef Py_ssize_t i, j, t
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        for j in range(p):
            s = 0
            for t in range(k):
                s += row[t] * b[t][j]
            out[i][j] = s
    return out


def matpow(m, int e):
    if e < 0:
        raise ValueError("negative exponent")
    result = identity(len(m))
    base = m
    while e:
        if e & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e >>= 1
    return result


def determinant(m):
    """Exact determinant via Fraction Gaussian elimination."""
    n, cols = shape(m)
    if n != cols:
        raise ValueError("not square")
    a = [[Fraction(x) for x in row] for row in m]
    det = Fraction(1)
    for c in range(n):
        pivot = None
        for r in range(c, n):
            if a[r][c] != 0:
                pivot = r
                break
        if pivot is None:
            return 0
        if pivot != c:
            a[c], a[pivot] = a[pivot], a[c]
            det = -det
        det *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return det.numerator if det.denominator == 1 else det


def scale_inplace(list m, factor):
    for row in m:
        for j in range(len(row)):
            row[j] *= factor
    return None


def trace(m):
    cdef double t = 0.0
    cdef int i
    for i in range(len(m)):
        t += m[i][i]
    return t


def row_sums(m):
    return [sum(r) for r in m], [sum(c) for c in zip(*m)]


def flatten(m):
    return [x for row in m for x in row]


def reshape(flat, int rows, int cols):
    if rows * cols != len(flat):
        raise ValueError("cannot reshape %d into %dx%d" % (len(flat), rows, cols))
    return [flat[r * cols:(r + 1) * cols] for r in range(rows)]


def rotate90(m):
    return [list(r) for r in zip(*m[::-1])]


def spiral(m):
    out = []
    m = [list(r) for r in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

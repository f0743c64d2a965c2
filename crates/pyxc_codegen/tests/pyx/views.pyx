# cython: language_level=3
# (no imports: the test interpreter may lack numpy)

def fill(double[:, :] m, double x):
    m[0, 0] = x
    m[1, 1] = x
    return m[1, 1]

def copy_into(double[:] dst, double[:] src):
    dst[:] = src
    return dst[0]

def transpose_sum(double[:, ::1] m):
    cdef double[:, :] t = m.T
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            s += t[i, j] * (j + 1)
    return s

def fortran(double[:, :] m):
    cdef double[::1, :] f = m.copy_fortran()
    return f[1, 0], f.strides[0], f.strides[1]

def readonly_sum(const double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s

def neg_index(double[:] v):
    return v[-1], v[-2]

def step_loop(int a, int b, int c):
    cdef int i
    cdef list out = []
    for i in range(a, b, c):
        out.append(i)
    return out

def down(int n):
    cdef int i
    cdef int s = 0
    for i in range(n, 0, -1):
        s = s * 10 + i
    return s, i

def row(double[:, ::1] m, int r):
    cdef double[::1] v = m[r]
    return v[0] + v[1]

cpdef int add1(int x):
    return x + 1

def call_cpdef(int x):
    return add1(add1(x))

def int_ops(long a, long b):
    return a ** 3, a << 2, a & b, a | b, a ^ b, ~a, -a, abs(a), min(a, b), max(a, b, 0)

def float_ops(double a, double b):
    return abs(a), min(a, b), a / b if b else 0.0, a // b if b else 0.0

def none_view(double[:] v=None):
    if v is None:
        return "none"
    return v.shape[0]

def obj_cmp(a, b):
    return a < b, a == b, a is b, a in [b], a not in (b,)

def broadcast(double[:, :] m, double[:] r):
    m[:] = 1.5
    m[0, :] = r
    m[:, 1] = 2
    m[1:, 0] = m[0, 2:3]
    return m.size, m.nbytes, m.itemsize, m.shape, m.strides[1], [m[i, j] for i in range(m.shape[0]) for j in range(m.shape[1])]

def sizes(double[:, :, ::1] a):
    return a.size, a.ndim, a.shape, a.strides

def obj_index(double[:] a, i):
    return a[i], [a[j] for j in range(a.shape[0])]

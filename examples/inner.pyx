# inner.pyx

cdef double _inner_compute(double x, double y) nogil:
    """Pure C function - not callable from Python."""
    return x * x + y * y

cpdef double compute(double x, double y):
    """Callable from both Python and Cython efficiently."""
    return _inner_compute(x, y)

def compute_batch(list xs, list ys):
    """Standard Python-callable function."""
    cdef int n = len(xs)
    cdef int i
    cdef list result = [0.0] * n

    for i in range(n):
        result[i] = _inner_compute(xs[i], ys[i])
    return result


def compute_from_module(double x, double y):
    # cpdef called from pyxc code: the C fast path
    return compute(x, y) + compute(y, x)

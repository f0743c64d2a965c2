# math_ext.pyx
import numpy as np

# Declare the C functions we want to use
cdef extern from "math.h":
    double sin(double x) nogil
    double cos(double x) nogil
    double sqrt(double x) nogil
    double fabs(double x) nogil

# Or use Cython's built-in C math declarations:
from libc.math cimport sin, cos, sqrt, fabs, M_PI

def compute_polar_to_cartesian(
    double[::1] r,
    double[::1] theta,
):
    """Convert polar coordinates to Cartesian - vectorised in C."""
    cdef int n = r.shape[0]
    cdef double[::1] x = np.empty(n, dtype=np.float64)
    cdef double[::1] y = np.empty(n, dtype=np.float64)
    cdef int i

    with nogil:
        for i in range(n):
            x[i] = r[i] * cos(theta[i])
            y[i] = r[i] * sin(theta[i])

    return np.asarray(x), np.asarray(y)


def norms(double[::1] x, double[::1] y):
    return [sqrt(x[i] * x[i] + y[i] * y[i]) + fabs(x[i]) * 0.0 for i in range(x.shape[0])], M_PI

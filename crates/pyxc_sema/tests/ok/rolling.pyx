# rolling.pyx - the seed's "Same Algorithm, Three Versions" listing:
# a rolling sum of squares, pure Python, cdef-typed, and typed memoryview.
import numpy as np
cimport numpy as cnp


# Version 1: Pure Python
def rolling_sum_squares_py(data: list, window: int) -> list:
    result = []
    n = len(data)
    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j] ** 2
        result.append(total)
    return result


# Version 2: Cython with cdef types
def rolling_sum_squares_typed(list data, int window):
    cdef int n = len(data)
    cdef int i, j
    cdef double total
    cdef list result = []

    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j] ** 2
        result.append(total)
    return result


# Version 3: Cython with typed memoryviews
def rolling_sum_squares_mv(
    cnp.ndarray[cnp.float64_t, ndim=1] data,
    int window
):
    cdef double[::1] data_mv = data  # typed memoryview
    cdef int n = data_mv.shape[0]
    cdef int i, j
    cdef double total
    cdef cnp.ndarray[cnp.float64_t, ndim=1] result = np.empty(n - window + 1)

    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data_mv[i + j] * data_mv[i + j]
        result[i] = total
    return result

# rolling_stats.pyx
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp

def rolling_mean_std(
    double[::1] data,
    int window,
):
    """
    Compute rolling mean and standard deviation.
    Returns two arrays: means, stds.

    Welford's online algorithm - numerically stable.
    """
    cdef int n = data.shape[0]
    cdef int out_len = n - window + 1
    cdef double[::1] means = np.empty(out_len, dtype=np.float64)
    cdef double[::1] stds = np.empty(out_len, dtype=np.float64)

    cdef int i, j
    cdef double m, s, x, delta, delta2, M2

    for i in range(out_len):
        # Welford's algorithm over the window
        m = 0.0
        M2 = 0.0
        for j in range(window):
            x = data[i + j]
            delta = x - m
            m += delta / (j + 1)
            delta2 = x - m
            M2 += delta * delta2

        means[i] = m
        stds[i] = (M2 / window) ** 0.5

    return np.asarray(means), np.asarray(stds)

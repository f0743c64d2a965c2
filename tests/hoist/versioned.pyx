# Loops whose bounds checks pyxc hoists (loop versioning): results and the
# iteration an IndexError happens at must be the same as with checks in place.

def window_sums(double[::1] data, int window, double[::1] out):
    cdef int n = data.shape[0]
    cdef int i, j
    cdef double total
    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j]
        out[i] = total
    return out.shape[0]


def shifted_copy(double[:] src, double[:] dst, int start, int stop, int shift):
    """Writes dst[k] for k in range(start, stop) from src[k + shift]; an
    out-of-range index raises after the earlier writes happened."""
    cdef int k
    for k in range(start, stop):
        dst[k] = src[k + shift]
    return 0


def negative_offsets(double[::1] data, int offset):
    """Negative indices wrap around (wraparound on): the fast path must not
    be taken for them."""
    cdef int k
    cdef double s = 0.0
    for k in range(3):
        s += data[k + offset]
    return s

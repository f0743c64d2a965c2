# v[j + 1] and v[j] in a loop over j: one guard covers both offsets, and
# the write out[j] too.
# expect tir: versioned:
def forward_diff(double[:] v, double[:] out, int n):
    cdef int j
    for j in range(n):
        out[j] = v[j + 1] - v[j]

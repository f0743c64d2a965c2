# v[j - 1] is not matched by loop versioning (only `j + c` is): the loop
# keeps every check.
# expect no tir: versioned:
def backward_diff(double[:] v, double[:] out, int n):
    cdef int j
    for j in range(1, n):
        out[j] = v[j] - v[j - 1]

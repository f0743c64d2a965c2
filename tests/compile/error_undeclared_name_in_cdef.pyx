# A compile error: the diagnostics are the snapshot.
cdef int f(int x):
    cdef int y = undefined_c_name
    return y

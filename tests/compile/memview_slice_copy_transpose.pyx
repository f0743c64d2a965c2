# Slicing a view, copying it and transposing it.
def f(double[:, ::1] m, int n):
    cdef double[:, :] t = m.T
    cdef double[:, ::1] c = m[1:n, :].copy()
    cdef double[:] row = m[0, ::2]
    return t[0, 0] + c[0, 0] + row[0]

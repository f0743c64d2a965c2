# A view local assigned only on one path is read with check_bound.
# expect tir: Local v#2 [check_bound]
def f(double[:] a, bint flag):
    cdef double[:] v
    if flag:
        v = a
    return v[0]

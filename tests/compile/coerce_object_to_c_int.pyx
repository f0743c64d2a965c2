# Assigning an object to a cdef int converts it (Coerce FromObject).
# expect tir: Coerce FromObject object -> int
def f(x):
    cdef int n = x
    return n + 1

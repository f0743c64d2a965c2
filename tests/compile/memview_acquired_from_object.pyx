# A memoryview parameter and a local acquired from an object.
# expect tir: Coerce FromObject object -> double[:]
def first(obj):
    cdef double[:] v = obj
    return v[0]

"""Functions returning a Python object that fall off their end return None."""

cimport numpy as cnp


cdef untyped_pass():
    pass


cdef object object_no_return(int x):
    if x > 0:
        return x


cdef list list_no_return(int x):
    if x > 0:
        return [x]


cpdef cpdef_no_return():
    pass


cdef cnp.ndarray array_no_return():
    pass


def call_untyped_pass():
    return untyped_pass()


def call_object(int x):
    return object_no_return(x)


def call_list(int x):
    return list_no_return(x)


def call_cpdef():
    return cpdef_no_return()


def call_array():
    return array_no_return() is None


def none_refcount_stays_balanced():
    # Each fall-off result is a new reference to None; dropping many of
    # them must not take None's count down.
    cdef int i
    for i in range(100000):
        untyped_pass()
        object_no_return(0)
    return untyped_pass()

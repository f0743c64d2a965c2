# Where the GIL state is not known (directly in a nogil function),
# both "with gil" and "with nogil" are allowed, as in Cython.
cdef void f() noexcept nogil:
    with nogil:
        pass
    with gil:
        pass


cdef void g() noexcept nogil:
    with gil:
        with nogil:
            pass

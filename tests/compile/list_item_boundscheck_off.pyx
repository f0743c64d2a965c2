# With boundscheck and wraparound off the list fast path skips both checks.
# expect tir: PyGetItemInt []
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
def f(list xs, int i):
    return xs[i]

# cython: language_level=3
"""Pure-Python-mode decorators and declarations inside a .pyx
(@cython.cfunc, @cython.ccall, @cython.locals, @cython.returns,
cython.declare), as in code shared between .py and .pyx builds."""
import cython


@cython.cfunc
@cython.returns(cython.int)
@cython.locals(a=cython.int)
def _twice(a):
    return 2 * a


def call_cfunc(int a):
    return _twice(a)


@cython.ccall
def ccall_inc(x: cython.int) -> cython.int:
    return x + 1


def declared():
    n = cython.declare(cython.int, 5)
    return n * 2


@cython.locals(i=cython.Py_ssize_t, s=cython.double)
def locals_sum(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s

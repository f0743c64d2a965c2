# An untyped target over an object bound: a hidden Py_ssize_t counter boxed
# into the target each iteration, Python's range as the fallback.
# expect tir: BuiltinCall FitsSsize
# expect tir: ForIter
def f(n):
    s = 0
    for i in range(n):
        s = s + i
    return s

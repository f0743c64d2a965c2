# A `with gil` cdef function acquires the GIL on entry.
# expect tir: with-gil
cdef void report(int x) with gil:
    print(x)

def f(int x):
    report(x)

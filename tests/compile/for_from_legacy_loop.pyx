# `for i from a <= i < b by s`: the legacy C loop on the target itself.
# expect tir: legacy for-from (inclusive)
def f(int n):
    cdef int i
    cdef int s = 0
    for i from 0 <= i < n by 2:
        s += i
    for i from 0 <= i <= n:
        s += 1
    return s

# cython: language_level=3, infer_types=True
# Accepted directives: results as with the defaults.


def total(double[:] a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def half(int n):
    return n / 2


def words(s):
    return [w.upper() for w in s.split()]

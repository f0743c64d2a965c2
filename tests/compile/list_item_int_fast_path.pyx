# A list indexed with a C int takes the list fast path, read and write.
# expect tir: PyItemInt [boundscheck wraparound]
def f(list xs, int i):
    xs[i] = xs[i + 1]
    return xs[-1]

def f(double[:] v, double x):
    return v[x]

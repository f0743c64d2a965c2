def f(const double[:] v):
    v[0] = 1.0

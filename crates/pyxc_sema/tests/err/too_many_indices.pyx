def f(double[:, ::1] m):
    return m[0, 1, 2]

def f(double[:, ::1, :] v):
    return 0

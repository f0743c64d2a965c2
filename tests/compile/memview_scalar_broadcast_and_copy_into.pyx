# v[:] = 0.0 broadcasts a scalar; v[:] = w copies a view in.
def f(double[:] v, double[:] w):
    v[:] = 0.0
    v[:] = w

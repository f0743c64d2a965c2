# An unsigned value compared with 0.
def f(unsigned int u, int s):
    return u >= 0, s < u

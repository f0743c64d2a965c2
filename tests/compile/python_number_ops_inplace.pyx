# In-place Python operators on an object local.
def f(x, y):
    x += y
    x *= 2
    x //= y
    x **= 2
    x @= y
    return x

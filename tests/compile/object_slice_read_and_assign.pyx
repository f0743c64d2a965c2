# Slicing an object, assigning and deleting a slice (slice objects).
def f(x, y):
    x[1:3] = y
    del x[::2]
    return x[1:], x[:2:1]

# Assigning and deleting an item of an object by an object key.
def f(d, k, v):
    d[k] = v
    d[(k, 1)] = [v]
    return d

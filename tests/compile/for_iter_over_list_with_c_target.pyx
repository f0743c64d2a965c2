# Iterating an object into a C double converts each item.
def f(list xs):
    cdef double x
    cdef double t = 0
    for x in xs:
        t += x
    else:
        t += 1
    return t

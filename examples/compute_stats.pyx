# rolling.pyx (the seed's section 3 listing)

def compute_stats(data):
    """No type declarations - almost identical speed to Python."""
    n = len(data)
    total = 0.0
    for i in range(n):
        total += data[i]
    mean = total / n
    return mean
def compute_stats_typed(data):
    """With type declarations - C-speed inner loop."""
    cdef int n = len(data)
    cdef int i
    cdef double total = 0.0
    cdef double mean

    for i in range(n):
        total += data[i] # still Python object access if data is a list
    mean = total / n
    return mean

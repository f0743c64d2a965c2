# A module-level cdef variable is a C global.
cdef int counter = 0

def bump():
    global counter
    counter += 1
    return counter

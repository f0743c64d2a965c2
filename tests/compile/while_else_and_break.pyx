# while with break/continue and an else block.
def f(int n):
    cdef int i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 10:
            break
    else:
        i = -1
    return i

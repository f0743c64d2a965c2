# A nested def assigning a nonlocal: it writes the enclosing cell.
# expect tir: FreeCell n
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

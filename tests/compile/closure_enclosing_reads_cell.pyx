# The enclosing function reads and writes a captured local through its cell.
# expect tir: CellGet
def f():
    x = 1
    g = lambda: x
    x = 2
    return g, x

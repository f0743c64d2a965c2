# A lambda reading a C double: the double lives boxed in a cell.
# expect tir: Coerce ToObject double -> object
# expect tir: FreeVar x
def f(double x):
    g = lambda: x + 1
    return g()

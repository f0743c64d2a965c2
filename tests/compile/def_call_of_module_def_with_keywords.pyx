# A def calling another module def goes through Python's call protocol
# (a module global looked up at run time), keywords included.
# expect tir: keyword scale:
def g(a, scale=1):
    return a * scale

def f(x):
    return g(x, scale=2)

# A C comparison returned from a def is boxed as a Python bool.
# expect tir: Coerce ToObject bint -> object
def positive(int a):
    return a > 0

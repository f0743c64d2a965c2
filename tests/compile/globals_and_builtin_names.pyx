# Module globals are looked up at run time; builtins by name.
K = 3

def f():
    return K, globals(), ValueError

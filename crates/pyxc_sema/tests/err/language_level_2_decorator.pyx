cimport cython


@cython.language_level(2)
def f():
    pass

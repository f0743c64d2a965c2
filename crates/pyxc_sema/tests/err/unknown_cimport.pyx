from libc.nosuchmodule cimport foo

def f():
    pass

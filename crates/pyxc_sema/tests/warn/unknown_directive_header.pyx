# cython: boundcheck=False
# cython: no_such_thing=True

def f():
    pass

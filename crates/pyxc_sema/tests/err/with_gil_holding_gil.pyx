def f():
    with gil:
        pass

# A with statement binding the manager's value.
def f(path):
    with open(path) as fh:
        return fh.read()

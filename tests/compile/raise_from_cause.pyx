# raise ... from ..., and a bare re-raise.
def f(x):
    try:
        return int(x)
    except ValueError as e:
        raise TypeError("bad") from e

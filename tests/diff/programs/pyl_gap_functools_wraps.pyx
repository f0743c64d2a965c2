"""functools.wraps on wrappers defined in the module (writes __name__,
__qualname__, __doc__, __wrapped__ and __dict__ onto the wrapper)."""
import functools

CALLS = []


def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        CALLS.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper


@traced
def area(w, h=1):
    """Rectangle area."""
    return w * h


def info():
    return area.__name__, area.__doc__, area.__wrapped__(2, 3), hasattr(area, "__wrapped__")


def use(int n):
    del CALLS[:]
    total = 0
    for i in range(n):
        total += area(i, h=2)
    return total, list(CALLS)


def update_wrapper_direct():
    def target():
        """target doc"""
        return 1
    def shim():
        return target()
    functools.update_wrapper(shim, target)
    return shim.__name__, shim.__doc__, shim()

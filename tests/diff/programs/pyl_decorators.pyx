"""Decorators as utility modules write them (without functools.wraps, see
pyl_gap_functools_wraps): decorators with arguments, call logging, retry, argument validation, registration."""

REGISTRY = {}
LOG = []


def register(name=None):
    def deco(f):
        REGISTRY[name or f.__name__] = f
        return f
    return deco


def logged(f):
    def wrapper(*args, **kwargs):
        LOG.append(f"call {f.__name__}{args}")
        try:
            result = f(*args, **kwargs)
        except Exception as e:
            LOG.append(f"fail {type(e).__name__}")
            raise
        LOG.append(f"ok {result!r}")
        return result
    return wrapper


def retry(times, exceptions=(ValueError,)):
    def deco(f):
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return f(attempt, *args)
                except exceptions as e:
                    last = e
            raise RuntimeError(f"{f.__name__} failed {times} times") from last
        return wrapper
    return deco


def typecheck(*types):
    def deco(f):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{f.__name__}: argument {i} must be {t.__name__}, not {type(a).__name__}")
            return f(*args)
        return wrapper
    return deco


@register("add")
@logged
def add(a, b):
    """Add two things."""
    return a + b


@register("mul")
@typecheck(int, int)
def multiply(a, b):
    return a * b


@retry(3)
def flaky(int attempt, int succeed_at):
    if attempt < succeed_at:
        raise ValueError(f"attempt {attempt}")
    return f"ok at {attempt}"


def call_registered(str name, *args):
    return REGISTRY[name](*args)


def log_and_clear():
    out = list(LOG)
    del LOG[:]
    return out


def metadata():
    return add.__name__, add.__doc__, multiply.__name__, flaky.__name__, sorted(REGISTRY)


def cause_of_retry(int succeed_at):
    try:
        flaky(succeed_at)
    except RuntimeError as e:
        return str(e), str(e.__cause__)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def pipeline(x):
    return compose(str, abs, lambda v: v * 3)(x)

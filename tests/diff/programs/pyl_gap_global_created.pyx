"""Module globals created inside functions via `global` (lazy caches), read
back by other functions, and deleted again."""


def lazy_cache():
    global _lazy
    try:
        return "hit", _lazy
    except NameError:
        _lazy = [1, 2, 3]
        return "miss", _lazy


def drop_lazy():
    global _lazy
    try:
        del _lazy
        return True
    except NameError:
        return False


def set_registry(value):
    global REGISTRY
    REGISTRY = value
    return True


def get_registry():
    return REGISTRY


def module_names():
    g = globals()
    return sorted(k for k in ("_lazy", "REGISTRY", "lazy_cache") if k in g)

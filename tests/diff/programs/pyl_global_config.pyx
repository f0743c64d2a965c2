"""Module configuration through globals: setters with `global`, defaults
created on first use, nested helpers that update module state, `del` of a
global."""

DEFAULTS = {"verbose": False, "precision": 3, "sep": ","}
config = dict(DEFAULTS)
_log = []
counter = 0


def configure(**options):
    global config
    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise TypeError(f"unknown options: {sorted(unknown)}")
    config = {**config, **options}
    return dict(sorted(config.items()))


def reset():
    global config, counter, _log
    config = dict(DEFAULTS)
    counter = 0
    _log = []
    return True


def fmt(values):
    global counter
    counter += 1
    p = config["precision"]
    text = config["sep"].join(f"{v:.{p}f}" for v in values)
    if config["verbose"]:
        _log.append(text)
    return text


def stats():
    return counter, list(_log)


def nested_global_update(int n):
    def bump():
        global counter
        counter += 10
    for _ in range(n):
        bump()
    return counter


def read_shadow():
    counter = "local"
    return counter, globals()["counter"]


def global_in_loop(items):
    global counter
    for x in items:
        if x is None:
            continue
        counter += x
    return counter

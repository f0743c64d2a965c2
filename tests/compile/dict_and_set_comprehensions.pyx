# Dict and set comprehensions; tuple targets unpacked per item.
def f(pairs):
    d = {k: v for k, v in pairs}
    s = {v for k, v in pairs}
    return d, s

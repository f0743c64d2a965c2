"""Evaluation order and single evaluation: chained comparisons, call
arguments, subscripts in augmented assignments, dict displays, and/or."""

trace = []


def t(label, value=None):
    trace.append(label)
    return label if value is None else value


def reset():
    del trace[:]
    return True


def chained_once(a, b, c):
    reset()
    r = t("a", a) < t("b", b) < t("c", c)
    return r, list(trace)


def call_args_order():
    reset()
    def f(*args, **kw):
        return args, sorted(kw)
    r = f(t("p1"), t("p2"), k1=t("k1"), *[t("star")], **{"k2": t("kw")})
    return r, list(trace)


def subscript_aug():
    reset()
    d = {"x": [0, 0]}
    d[t("key", "x")][t("idx", 1)] += t("val", 5)
    return d, list(trace)


def dict_display_order():
    reset()
    d = {t("k1"): t("v1"), t("k2"): t("v2")}
    return list(d.items()), list(trace)


def assignment_order():
    reset()
    xs = [0, 0, 0]
    xs[t("i", 0)], xs[t("j", 2)] = t("v1", 10), t("v2", 20)
    return xs, list(trace)


def and_or_order(a, b):
    reset()
    r1 = t("a", a) and t("b", b)
    r2 = t("c", a) or t("d", b)
    return r1, r2, list(trace)


def conditional_order(flag):
    reset()
    r = t("yes") if t("cond", flag) else t("no")
    return r, list(trace)


def binop_order():
    reset()
    r = t("l", 2) ** t("r", 3) - t("m", 1) * t("n", 4)
    return r, list(trace)


def comprehension_order(int n):
    reset()
    r = [t(f"x{i}", i) for i in range(n) if t(f"c{i}", i % 2)]
    return r, list(trace)


def exception_mid_args():
    reset()
    try:
        (t("first"), 1 // 0, t("never"))
    except ZeroDivisionError:
        pass
    return list(trace)


def walrus_free_counter(list xs):
    reset()
    total = 0
    for x in xs:
        total += t(f"v{x}", x)
        if total > 10:
            break
    return total, list(trace)


def method_chain(str s):
    reset()
    return t("s", s).strip().lower().replace(t("old", "a"), t("new", "4")), list(trace)

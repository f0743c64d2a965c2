"""List and tuple semantics that surprise: aliasing with *, copies,
comparisons, in-place vs new objects, sort stability and key errors,
index/count with bounds, list equality with NaN."""
import copy


def alias_grid(int n):
    bad = [[0] * n] * n
    good = [[0] * n for _ in range(n)]
    if n:
        bad[0][0] = 1
        good[0][0] = 1
    return bad, good


def copies(list xs):
    shallow = list(xs)
    sliced = xs[:]
    deep = copy.deepcopy(xs)
    xs[0].append("x") if xs and isinstance(xs[0], list) else None
    return shallow, sliced, deep, shallow[0] is xs[0] if xs else None


def comparisons(a, b):
    return a == b, a < b, a <= b, a > b, max(a, b), sorted([b, a])


def nan_equality():
    nan = float("nan")
    xs = [nan]
    return xs == xs, [nan] == [nan], nan in xs, xs.count(nan), (nan,) == (nan,), [float("nan")] == [float("nan")]


def index_bounds(list xs, x, int start, int stop):
    return xs.index(x, start, stop)


def inplace_vs_new(list xs):
    ys = xs
    xs = xs + [1]
    zs = ys
    ys += [2]
    return xs, ys, zs is ys, len(xs), len(zs)


def sort_stability(records):
    by_second = sorted(records, key=lambda r: r[1])
    by_first_desc = sorted(by_second, key=lambda r: r[0], reverse=True)
    return by_first_desc


def mutate_during_sort(list xs):
    def key(v):
        xs.append(v)
        return v
    xs.sort(key=key)
    return xs


def tuple_ops(tuple t):
    return t * 2, t + (None,), t.count(1), hash(t) == hash(tuple(list(t))), t[::2], len(t)


def list_mult_negative(list xs, int n):
    return xs * n, n * xs


def extend_self(list xs):
    xs.extend(xs)
    xs += xs[:1]
    return xs


def remove_all(list xs, value):
    while value in xs:
        xs.remove(value)
    return xs


def insert_positions(list xs):
    xs.insert(100, "end")
    xs.insert(-100, "start")
    xs.insert(-1, "before-last")
    return xs


def pop_positions(list xs):
    return xs.pop(), xs.pop(0), xs.pop(-2) if len(xs) >= 2 else None, xs

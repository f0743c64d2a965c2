"""Loop shapes found in real code: ranges with variable and negative steps,
for-else / while-else searches, nested break/continue, loop variables after
the loop."""


def find_first(seq, pred_value):
    for i, x in enumerate(seq):
        if x == pred_value:
            break
    else:
        return -1
    return i


def first_divisor(n):
    cdef long d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def stepped(start, stop, step):
    return [i for i in range(start, stop, step)]


def typed_stepped(int start, int stop, int step):
    cdef int i
    cdef list out = []
    for i in range(start, stop, step):
        out.append(i)
        if len(out) > 50:  # guard: an overflowing counter must not loop forever
            break
    return out


def countdown_pairs(int n):
    out = []
    cdef int i, j
    for i in range(n, 0, -1):
        for j in range(i - 1, -1, -2):
            if (i + j) % 3 == 0:
                continue
            if j < i // 2:
                break
            out.append((i, j))
    return out


def loop_var_after(int n):
    cdef int i = -100
    for i in range(n):
        pass
    k = "unset"
    for k in range(n, 0, -3):
        pass
    return i, k


def matrix_search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None


def while_else_break(items, int limit):
    total = 0
    i = 0
    while i < len(items):
        total += items[i]
        if total > limit:
            result = ("over", i)
            break
        i += 1
    else:
        result = ("under", total)
    return result


def big_range(a, b, step=1):
    r = range(a, b, step)
    return len(r), r[0] if r else None, r[-1] if r else None, sum(range(a, min(b, a + 5 * step), step)) if step > 0 else None


def reversed_iter(seq):
    out = []
    for x in reversed(seq):
        out.append(x)
    for i in range(len(seq) - 1, -1, -1):
        out.append(seq[i])
    return out


def zip_longest_manual(a, b, fill=None):
    out = []
    cdef Py_ssize_t i
    for i in range(max(len(a), len(b))):
        out.append((a[i] if i < len(a) else fill, b[i] if i < len(b) else fill))
    return out


def iterate_any(obj):
    out = []
    for x in obj:
        out.append(x)
        if len(out) > 20:
            break
    return out


def modify_while_iterating(list xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            del xs[i]
            continue
        xs[i] *= 10
        i += 1
    return xs


def dict_iteration(dict d):
    keys = [k for k in d]
    vals = [v for v in d.values()]
    items = [f"{k}={v}" for k, v in d.items()]
    return keys, vals, items


def step_variable(int n):
    out = []
    step = 1
    i = 0
    while i < n:
        out.append(i)
        i += step
        step *= 2
    return out

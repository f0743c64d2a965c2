# cython: language_level=3
"""dict/set/list-heavy code: counting, grouping, inverted indexes, sorting
with keys, comprehensions with conditions, enumerate/zip, slicing."""


def _by_count_desc(item):
    return (-item[1], item[0])


def _second(item):
    return item[1]


def count_items(items):
    cdef dict counts = {}
    for it in items:
        counts[it] = counts.get(it, 0) + 1
    return counts


def top_k(items, int k=3):
    counts = count_items(items)
    return sorted(counts.items(), key=_by_count_desc)[:k]


def group_by_len(words):
    cdef dict groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return {k: sorted(v) for k, v in sorted(groups.items())}


def invert_index(dict docs):
    index = {}
    for doc_id, text in docs.items():
        for pos, word in enumerate(text.split(), start=1):
            index.setdefault(word, set()).add(doc_id)
    return {w: sorted(ids) for w, ids in index.items()}


def zip3_rows(a, b, c):
    return [(x, y, z, x + y + z) for x, y, z in zip(a, b, c)]


def nested_comp(int n):
    return [[i * j for j in range(i + 1) if (i + j) % 2 == 0] for i in range(n)]


def flatten(list_of_lists):
    return [x for sub in list_of_lists for x in sub if x is not None]


def dict_filter(dict d, threshold):
    return {k: v for k, v in d.items() if v >= threshold}


def set_algebra(a, b):
    sa = set(a)
    sb = set(b)
    return sorted(sa | sb), sorted(sa & sb), sorted(sa - sb), sorted(sa ^ sb), sa <= sb, sa.isdisjoint(sb)


def unique_in_order(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def slicing_suite(list xs):
    return xs[::2], xs[1::2], xs[::-1], xs[-3:], xs[:-3], xs[-1:-4:-1], xs[5:1:-2], xs[100:], xs[-100:2]


def sorted_variants(list xs):
    return (sorted(xs), sorted(xs, reverse=True), sorted(xs, key=abs), sorted(xs, key=abs, reverse=True),
            min(xs, key=abs), max(xs, key=abs))


def sort_records(list recs):
    recs.sort(key=_second, reverse=True)
    return recs


def merge_dicts(dict a, dict b):
    c = dict(a)
    for k, v in b.items():
        if k in c:
            c[k] = c[k] + v
        else:
            c[k] = v
    return c


def dict_views(dict d):
    keys = d.keys()
    vals = d.values()
    items = d.items()
    return sorted(keys), sorted(vals), sorted(items), len(keys), ("a" in keys), (("a", 1) in items)


def pop_variants(dict d, key):
    e = dict(d)
    a = e.pop(key, None)
    b = e.popitem() if e else None
    return a, b, e


def pop_missing(dict d, key):
    return d.pop(key)


def list_mutations(list xs):
    ys = list(xs)
    ys += [1, 2]
    ys *= 2
    del ys[::3]
    ys[1:1] = ["ins"]
    return ys, ys.count(1), ys.index(2) if 2 in ys else None


def matrix_transpose(list m):
    return [list(row) for row in zip(*m)]


def enumerate_pairs(seq, int start=0):
    return [(i, v) for i, v in enumerate(seq, start)]


def running_totals(list xs):
    cdef list out = []
    total = 0
    for x in xs:
        total += x
        out.append(total)
    return out


def dict_of_lists_to_rows(dict cols):
    keys = sorted(cols)
    n = min([len(cols[k]) for k in keys]) if keys else 0
    return [{k: cols[k][i] for k in keys} for i in range(n)]


def histogram_bins(list values, double lo, double hi, int nbins):
    cdef list bins = [0] * nbins
    cdef double width = (hi - lo) / nbins
    cdef int b
    for v in values:
        if v < lo or v >= hi:
            continue
        b = <int>((v - lo) / width)
        bins[b] += 1
    return bins


def tuple_keys(list pairs):
    d = {}
    for a, b in pairs:
        d[(a, b)] = d.get((b, a), 0) + 1
    return sorted(d.items())


def frozenset_keys(list groups):
    d = {}
    for g in groups:
        d[frozenset(g)] = d.get(frozenset(g), 0) + 1
    return sorted([(sorted(k), v) for k, v in d.items()])


def any_all_gen(list xs):
    return any(x > 10 for x in xs), all(x > 0 for x in xs), sum(x * x for x in xs), max(xs, default=None)


def list_index_typed(list xs, Py_ssize_t i, Py_ssize_t j):
    return xs[i], xs[-j], xs[i:j]


def dict_missing_key(dict d, key):
    return d[key]


def set_remove_discard(s, x):
    s = set(s)
    s.discard(x)
    s.remove(x)
    return s


def chained_get(dict config, str path, default=None):
    cur = config
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return default
        cur = cur[part]
    return cur

"""Inventory bookkeeping on dicts, sets and collections: the glue code around
a numeric core."""
from collections import Counter, defaultdict, OrderedDict, namedtuple

Item = namedtuple("Item", "sku name qty price")


def load(rows):
    inv = {}
    for sku, name, qty, price in rows:
        if sku in inv:
            raise KeyError(f"duplicate sku {sku}")
        inv[sku] = Item(sku, name, int(qty), float(price))
    return inv


def total_value(dict inv):
    cdef double total = 0.0
    for item in inv.values():
        total += item.qty * item.price
    return round(total, 2)


def restock(dict inv, dict deliveries):
    out = dict(inv)
    for sku, n in deliveries.items():
        if sku not in out:
            raise KeyError(sku)
        out[sku] = out[sku]._replace(qty=out[sku].qty + n)
    return {k: v.qty for k, v in out.items()}


def low_stock(dict inv, int threshold=5):
    return sorted((it.sku for it in inv.values() if it.qty < threshold))


def by_first_letter(dict inv):
    groups = defaultdict(list)
    for it in inv.values():
        groups[it.name[0].upper()].append(it.sku)
    return {k: sorted(v) for k, v in sorted(groups.items())}


def word_counts(str text, int top=3):
    c = Counter(w.strip(".,!?").lower() for w in text.split())
    del c[""]
    return c.most_common(top), sum(c.values())


def set_report(a, b):
    sa, sb = set(a), set(b)
    return {
        "both": sorted(sa & sb),
        "only_a": sorted(sa - sb),
        "only_b": sorted(sb - sa),
        "either": len(sa | sb),
        "disjoint": sa.isdisjoint(sb),
        "subset": sa <= sb,
    }


def invert(dict d):
    out = {}
    for k, v in d.items():
        out.setdefault(v, []).append(k)
    return out


def ordered_moves(moves):
    od = OrderedDict()
    for key in moves:
        if key in od:
            od.move_to_end(key)
            od[key] += 1
        else:
            od[key] = 1
    return list(od.items())


def frozen_keys(pairs):
    d = {}
    for a, b in pairs:
        d[frozenset((a, b))] = d.get(frozenset((a, b)), 0) + 1
    return sorted((tuple(sorted(k)), v) for k, v in d.items())


def nested_update(dict base, dict patch):
    out = dict(base)
    for k, v in patch.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = nested_update(out[k], v)
        elif v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def dict_methods(dict d):
    d2 = d.copy()
    popped = d2.pop("a", "missing")
    last = d2.popitem() if d2 else None
    d2.update([("x", 1)], y=2)
    return popped, last, sorted(d2), dict.fromkeys("ab", 0), list(d2.keys() & {"x", "q"})


def pipeline(rows, dict deliveries, int threshold=5):
    inv = load(rows)
    return (total_value(inv), restock(inv, deliveries), low_stock(inv, threshold),
            by_first_letter(inv), inv[rows[0][0]] if rows else None)

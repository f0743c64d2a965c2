"""Interval arithmetic and run-length encoding on Python lists."""


def merge_intervals(intervals):
    """Merge overlapping [start, end) intervals."""
    out = []
    for start, end in sorted(intervals):
        if start > end:
            raise ValueError(f"bad interval ({start}, {end})")
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1][1] = end
        else:
            out.append([start, end])
    return [tuple(iv) for iv in out]


def insert_interval(list ivs, new):
    lo, hi = new
    left = [iv for iv in ivs if iv[1] < lo]
    right = [iv for iv in ivs if iv[0] > hi]
    middle = ivs[len(left):len(ivs) - len(right)]
    if middle:
        lo = min(lo, middle[0][0])
        hi = max(hi, middle[-1][1])
    return left + [(lo, hi)] + right


def total_covered(intervals):
    cdef double acc = 0
    for a, b in merge_intervals(intervals):
        acc += b - a
    return acc


def intersect(a, b):
    cdef Py_ssize_t i = 0, j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def rle_encode(seq):
    out = []
    prev = object()
    count = 0
    for x in seq:
        if count and x == prev:
            count += 1
            continue
        if count:
            out.append((prev, count))
        prev = x
        count = 1
    if count:
        out.append((prev, count))
    return out


def rle_decode(pairs):
    out = []
    for value, n in pairs:
        if n < 0:
            raise ValueError("negative run length %d" % n)
        out.extend([value] * n)
    return out


def rle_string(str s):
    """'aaabcc' -> '3ab2c'."""
    parts = []
    for ch, n in rle_encode(s):
        parts.append(ch if n == 1 else f"{n}{ch}")
    return "".join(parts)


def unrle_string(str s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    if num:
        raise ValueError("dangling count " + repr(num))
    return "".join(out)


def gaps(intervals, lo, hi):
    cur = lo
    out = []
    for a, b in merge_intervals(intervals):
        if a > cur:
            out.append((cur, min(a, hi)))
        cur = max(cur, b)
        if cur >= hi:
            break
    else:
        if cur < hi:
            out.append((cur, hi))
    return out


def point_coverage(intervals, points):
    events = []
    for a, b in intervals:
        events.append((a, 1))
        events.append((b, -1))
    events.sort()
    res = {}
    for p in sorted(points):
        res[p] = sum(d for x, d in events if x <= p)
    return [res[p] for p in points]

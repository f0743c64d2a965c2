"""2-D computational geometry on tuples: convex hull, polygon area,
point-in-polygon, segment intersection, bounding boxes, closest pair."""
import math
from libc.math cimport hypot


cdef double cross(tuple o, tuple a, tuple b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points):
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return pts
    lower = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def polygon_area(poly):
    cdef double s = 0.0
    cdef Py_ssize_t i, n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


def point_in_polygon(pt, poly):
    x, y = pt
    inside = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def segments_intersect(p1, p2, p3, p4):
    d1 = cross(p3, p4, p1)
    d2 = cross(p3, p4, p2)
    d3 = cross(p1, p2, p3)
    d4 = cross(p1, p2, p4)
    if ((d1 > 0 and d2 < 0) or (d1 < 0 and d2 > 0)) and ((d3 > 0 and d4 < 0) or (d3 < 0 and d4 > 0)):
        return True
    def on_seg(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])
    return ((d1 == 0 and on_seg(p3, p4, p1)) or (d2 == 0 and on_seg(p3, p4, p2))
            or (d3 == 0 and on_seg(p1, p2, p3)) or (d4 == 0 and on_seg(p1, p2, p4)))


def bbox(points):
    if not points:
        raise ValueError("bbox of no points")
    xs, ys = zip(*points)
    return (min(xs), min(ys)), (max(xs), max(ys))


def closest_pair(list points):
    cdef double best = float("inf"), d
    cdef Py_ssize_t i, j, n = len(points)
    pair = None
    pts = sorted(points)
    for i in range(n):
        for j in range(i + 1, n):
            if pts[j][0] - pts[i][0] >= best:
                break
            d = hypot(pts[j][0] - pts[i][0], pts[j][1] - pts[i][1])
            if d < best:
                best = d
                pair = (pts[i], pts[j])
    return (round(best, 12), pair) if pair is not None else None


def perimeter(poly):
    return round(sum(math.dist(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly))), 12)


def centroid(poly):
    a = 0.0
    cx = cy = 0.0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if a == 0:
        raise ZeroDivisionError("degenerate polygon")
    a *= 3
    return round(cx / a, 12), round(cy / a, 12)


def rotate(points, double degrees):
    r = math.radians(degrees)
    c, s = math.cos(r), math.sin(r)
    return [(round(x * c - y * s, 9), round(x * s + y * c, 9)) for x, y in points]

"""Recursive algorithms: flattening, permutations, subsets, n-queens,
Hanoi, mutual recursion, recursive cdef helpers, structural equality."""


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        out = []
        for x in obj:
            out.extend(flatten(x))
        return out
    return [obj]


def permutations(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i in range(len(seq)):
        rest = seq[:i] + seq[i + 1:]
        for p in permutations(rest):
            out.append([seq[i]] + p)
    return out


def subsets(list items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def n_queens(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    def place(int row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); placement.pop()
    place(0)
    return len(solutions), solutions[:2]


def hanoi(int n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)


def is_even(int n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(int n):
    return False if n == 0 else is_even(n - 1)


cdef long c_ackermann(long m, long n) except -1:
    if m == 0:
        return n + 1
    if n == 0:
        return c_ackermann(m - 1, 1)
    return c_ackermann(m - 1, c_ackermann(m, n - 1))


def ackermann(long m, long n):
    return c_ackermann(m, n)


def depth(obj):
    if isinstance(obj, dict):
        return 1 + max([depth(v) for v in obj.values()], default=0)
    if isinstance(obj, (list, tuple)):
        return 1 + max([depth(v) for v in obj], default=0)
    return 0


def deep_equal(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(deep_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(deep_equal(x, y) for x, y in zip(a, b))
    return a == b


def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)


def binary_strings(int n, str prefix=""):
    if n == 0:
        return [prefix]
    return binary_strings(n - 1, prefix + "0") + binary_strings(n - 1, prefix + "1")

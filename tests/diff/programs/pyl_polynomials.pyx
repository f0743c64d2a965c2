"""Polynomials as coefficient lists (lowest degree first)."""
from fractions import Fraction


def trim(p):
    p = list(p)
    while p and p[-1] == 0:
        p.pop()
    return p


def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])


def mul(p, q):
    if not p or not q:
        return []
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        if a == 0:
            continue
        for j, b in enumerate(q):
            out[i + j] += a * b
    return trim(out)


def evaluate(p, x):
    acc = 0
    for c in reversed(p):
        acc = acc * x + c
    return acc


def c_evaluate(list p, double x):
    cdef double acc = 0.0
    cdef Py_ssize_t i
    for i in range(len(p) - 1, -1, -1):
        acc = acc * x + p[i]
    return acc


def derivative(p):
    return [i * c for i, c in enumerate(p)][1:]


def divmod_poly(num, den):
    den = trim(den)
    if not den:
        raise ZeroDivisionError("polynomial division by zero")
    num = [Fraction(c) for c in trim(num)]
    q = [Fraction(0)] * max(len(num) - len(den) + 1, 0)
    while len(num) >= len(den) and num:
        shift = len(num) - len(den)
        factor = num[-1] / Fraction(den[-1])
        q[shift] = factor
        for i, c in enumerate(den):
            num[i + shift] -= factor * c
        num = trim(num)
    return [str(c) for c in q], [str(c) for c in num]


def to_string(p, str var="x"):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        mag = abs(c)
        if i == 0:
            body = f"{mag}"
        else:
            coef = "" if mag == 1 else f"{mag}"
            body = coef + var + (f"^{i}" if i > 1 else "")
        terms.append((sign, body))
    if not terms:
        return "0"
    first_sign, first = terms[0]
    out = ("-" if first_sign == "-" else "") + first
    for sign, body in terms[1:]:
        out += f" {sign} {body}"
    return out


def from_roots(roots):
    p = [1]
    for r in roots:
        p = mul(p, [-r, 1])
    return p


def newton_root(list p, double x0, int iters=50, double tol=1e-12):
    dp = derivative(p)
    cdef double x = x0, fx, dfx
    cdef int k
    for k in range(iters):
        fx = c_evaluate(p, x)
        dfx = c_evaluate(dp, x)
        if dfx == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        x -= fx / dfx
        if abs(fx) < tol:
            break
    return round(x, 9), k


def power(p, int n):
    if n < 0:
        raise ValueError("negative power")
    result = [1]
    for _ in range(n):
        result = mul(result, p)
    return result

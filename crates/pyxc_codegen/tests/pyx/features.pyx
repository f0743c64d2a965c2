# cython: language_level=3
cimport cython

cdef int checked_div(int a, int b) except -1:
    if b == 0:
        raise ValueError("b must not be zero")
    return a // b

cdef double half(double x) noexcept nogil:
    return x / 2.0

cpdef long fact(long n):
    cdef long r = 1
    cdef long i
    for i in range(2, n + 1):
        r *= i
    return r

def use_div(int a, int b):
    return checked_div(a, b)

def floors(int a, int b):
    return a // b, a % b

def fmod_(double a, double b):
    return a % b, a // b

def defaults(x, int y=3, *, z=None, double w=1.5):
    return (x, y, z, w)

def star(*args, **kwargs):
    return (args, kwargs)

def loop_else(list xs, int target):
    cdef int i
    for i in range(len(xs)):
        if xs[i] == target:
            break
    else:
        return -1
    return i

def while_loop(int n):
    cdef int s = 0
    while n > 0:
        n -= 1
        if n % 2 == 0:
            continue
        s += n
    return s

def iterate(it):
    total = 0
    for x in it:
        total += x
    return total

def unpack(pair):
    a, b = pair
    return b, a

def comp(int n):
    return [i * i for i in range(n) if i % 2 == 0]

def fstr(x, double y):
    return f"x={x!r} y={y:.2f}"

def containers(a):
    d = {"a": a, "b": [a, a]}
    s = {a, 1}
    return d, s, (a,)

def tryexcept(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        pass

def reraise(x):
    try:
        x.missing
    except AttributeError:
        raise

def chained(int a, int b, int c):
    return a < b < c

def condexpr(x):
    return "yes" if x else "no"

def nogil_bounds(double[:] v, int i):
    cdef double r
    with nogil:
        r = half(v[i])
    return r

def asserting(x):
    assert x > 0, "x must be positive"
    return x

counter = 0
def bump():
    global counter
    counter += 1
    return counter

def fpow_unused(double x, double y):
    return x ** y

def logical(a, b):
    return a and b, a or b, not a

def call_star(f, args, kw):
    return f(1, *args, **kw)

def only_raises():
    raise ValueError("no")

# cython: language_level=3
"""C loop semantics Cython guarantees for typed loop variables: the value
of the variable after a ``for ... in range`` loop (last value taken, or
unchanged when the loop did not run), ``break`` leaving it in place, a
run-time step (including zero: ValueError), negative steps with signed and
unsigned bounds, loops whose bounds change inside the body (evaluated
once), and ``while`` loops over pointers with early exit and ``else``."""


def after_loop(int n):
    cdef int i = -100
    for i in range(n):
        pass
    return i


def after_break(int n, int stop):
    cdef Py_ssize_t i = -1
    for i in range(n):
        if i == stop:
            break
    return i


def run_step(int start, int stop, int step):
    cdef int i
    cdef list out = []
    for i in range(start, stop, step):
        out.append(i)
    return out


def bounds_once(int n):
    cdef int i, count = 0
    for i in range(n):
        n = n - 1      # does not change the number of iterations
        count += 1
    return count, n


def unsigned_down(unsigned int n):
    cdef unsigned int i
    cdef list out = []
    for i in range(n, 0, -1):
        out.append(i)
    return out


def ssize_reverse(Py_ssize_t n):
    cdef Py_ssize_t i
    cdef long s = 0
    for i in range(n - 1, -1, -1):
        s = s * 2 + i
    return s


def loop_else(const double[:] a, double target):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] == target:
            found = i
            break
    else:
        found = None
    return found


def while_ptr(bytes s, char c):
    cdef const char* p = s
    cdef const char* end = p + len(s)
    cdef Py_ssize_t pos = -1
    while p < end:
        if p[0] == c:
            pos = p - <const char*>s
            break
        p += 1
    else:
        return "not found"
    return pos


def nested_continue(int n):
    cdef int i, j, pairs = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        for j in range(i):
            if (i + j) % 2:
                continue
            pairs += 1
    return pairs


def char_loop():
    cdef char c
    cdef list out = []
    for c in range(65, 70):
        out.append(c)
    return out, c

"""Closures that keep state with nonlocal: counters, accumulators,
rate limiters, event emitters."""


def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return tick, peek


def use_counter(n):
    tick, peek = make_counter(10, 5)
    vals = [tick() for _ in range(n)]
    return vals, peek()


def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def reset():
        nonlocal total, history
        old = total
        total = 0
        history = []
        return old
    def state():
        return total, list(history)
    return add, reset, state


def accumulate(values):
    add, reset, state = make_accumulator()
    for v in values:
        add(v)
    s1 = state()
    old = reset()
    add(1)
    return s1, old, state()


def emitter():
    handlers = {}
    def on(event, fn):
        handlers.setdefault(event, []).append(fn)
    def emit(event, *args):
        return [fn(*args) for fn in handlers.get(event, [])]
    return on, emit


def use_emitter(x):
    on, emit = emitter()
    log = []
    on("num", lambda v: v + 1)
    on("num", lambda v: v * 2)
    on("log", log.append)
    r = emit("num", x)
    emit("log", "first")
    emit("log", "second")
    return r, emit("none"), log


def nested_nonlocal(n):
    a = 0
    def outer():
        b = 0
        def inner():
            nonlocal a, b
            a += 1
            b += 10
            return a + b
        r = [inner() for _ in range(n)]
        return r, b
    return outer(), a


def rate_limiter(limit):
    used = 0
    def allow():
        nonlocal used
        if used >= limit:
            return False
        used += 1
        return True
    return allow


def limited(limit, attempts):
    allow = rate_limiter(limit)
    return [allow() for _ in range(attempts)]


def fib_gen_closure(n):
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return [nxt() for _ in range(n)]


def shadowing(x):
    def f():
        x = "inner"
        return x
    def g():
        return x
    return f(), g(), x

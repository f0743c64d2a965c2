"""Function attributes: decorators that hang state on the wrapper
(wrapper.calls, wrapper.cache), as many real modules do."""


def counted(f):
    def wrapper(*args, **kw):
        wrapper.calls += 1
        return f(*args, **kw)
    wrapper.calls = 0
    wrapper.__wrapped__ = f
    return wrapper


@counted
def add(a, b):
    return a + b


def use_counted(int n):
    for i in range(n):
        add(i, i)
    return add.calls


def tag(label):
    def deco(f):
        f.label = label
        return f
    return deco


@tag("important")
def tagged():
    return tagged.label


def set_and_read():
    def g():
        return 1
    g.extra = [1, 2]
    g.__doc__ = "doc set later"
    return g.extra, g.__doc__, sorted(vars(g))

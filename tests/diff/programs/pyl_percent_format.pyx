"""printf-style formatting as legacy code writes it: %d/%x/%o/%c/%e/%f/%%,
dict-based %(name)s, single non-tuple operands, and type errors."""


def pd(x):
    return "%d|" % (x,)


def px(x):
    return "%x|%o" % (x, x)


def pf(x):
    return "%.2f%%|%e" % (x, x)


def pc(x):
    return "%c" % (x,)


def pdict(dict d):
    return "%(a)s-%(b)d" % d


def pone(x):
    return "%s" % x


def typed_fmt(double x, int n):
    return "%d %s %.1f %r" % (n, n, x, x)


def report_line(str name, int qty, double price):
    return "%-8s x%3d @ %7.2f = %8.2f" % (name, qty, price, qty * price)


def log_line(level, msg, *args):
    return "[%s] " % level + (msg % args if args else msg)

"""Printing reports to a text buffer: print's sep/end/file/flush, printing
containers and None, and writing through file-like objects."""
import io
import sys


def report(rows, str title="Report"):
    buf = io.StringIO()
    print(title, file=buf)
    print("=" * len(title), file=buf)
    for name, value in rows:
        print(f"{name:<10}", value, sep=": ", file=buf)
    print(file=buf)
    print("rows:", len(rows), end="", file=buf, flush=True)
    return buf.getvalue()


def print_many(*objs, sep=" ", end="\n"):
    buf = io.StringIO()
    r = print(*objs, sep=sep, end=end, file=buf)
    return buf.getvalue(), r


def print_containers():
    buf = io.StringIO()
    print([1, "a", None], (2,), {"k": [3]}, {4}, 5.0, -0.0, True, b"b", file=buf)
    print(None, sep=None, end=None, file=buf)
    return buf.getvalue()


def redirect_stdout_print(str msg):
    buf = io.StringIO()
    old = sys.stdout
    sys.stdout = buf
    try:
        print(msg)
        print(msg.upper(), end="!")
    finally:
        sys.stdout = old
    return buf.getvalue()


def write_lines(lines):
    buf = io.StringIO()
    n = 0
    for line in lines:
        n += buf.write(str(line) + "\n")
    buf.writelines(["x\n", "y\n"])
    return n, buf.getvalue(), buf.tell()


def table_print(dict data):
    buf = io.StringIO()
    width = max([len(str(k)) for k in data], default=0)
    for k in sorted(data, key=str):
        print(str(k).rjust(width), "|", *data[k], file=buf)
    return buf.getvalue()


def bad_sep():
    print("a", "b", sep=5, file=io.StringIO())


def bad_file():
    print("a", file=5)

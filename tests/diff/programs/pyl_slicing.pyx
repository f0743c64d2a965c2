"""Slicing Python sequences: windows, strides, slice assignment and deletion,
slice objects, negative and out-of-range bounds."""


def windows(seq, int size, int step=1):
    if size <= 0 or step <= 0:
        raise ValueError("size and step must be positive")
    return [seq[i:i + size] for i in range(0, len(seq) - size + 1, step)]


def all_slices(seq):
    return [seq[:], seq[1:], seq[:-1], seq[::2], seq[1::2], seq[::-1], seq[-2:], seq[-100:100], seq[5:2], seq[::-2]]


def dynamic_slice(seq, start, stop, step):
    return seq[start:stop:step]


def typed_slice(str s, Py_ssize_t a, Py_ssize_t b):
    return s[a:b], s[a:], s[:b]


def list_slice_typed(list xs, int a, int b):
    return xs[a:b], xs[b:a:-1]


def slice_assign(list xs, int a, int b, repl):
    xs[a:b] = repl
    return xs


def extended_assign(list xs, repl):
    xs[::2] = repl
    return xs


def delete_slices(list xs):
    del xs[::3]
    del xs[-1:]
    del xs[:1]
    return xs


def slice_object(seq, a, b, c):
    sl = slice(a, b, c)
    return seq[sl], sl.indices(len(seq))


def bytes_slices(bytes data):
    return data[1:3], data[::-1], data[-1], data[:0], bytearray(data)[1:]


def chunks(seq, int n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def palindromes(str text):
    words = [w.lower() for w in text.split()]
    return [w for w in words if len(w) > 1 and w == w[::-1]]


def rotate(seq, int k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[k:] + seq[:k]


def tuple_slices(tuple t):
    return t[1:], t[:1], t[::-1], t[len(t):]


def huge_bounds(seq):
    return seq[-(10**30):10**30], seq[2**63:], seq[:-(2**70)]


def insert_via_slice(list xs, int pos, value):
    xs[pos:pos] = [value]
    return xs

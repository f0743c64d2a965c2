# cython: language_level=3
"""Python attributes and methods of C-typed values (Cython boxes the value
into a Python int/float and looks the attribute up at run time)."""


def int_bit_length(int n):
    return n.bit_length()


def double_methods(double x):
    return x.is_integer(), x.real, x.imag, x.hex()


def longlong_to_bytes(long long n):
    return n.to_bytes(8, "little", signed=True)


def ssize_as_ratio(Py_ssize_t n):
    return n.as_integer_ratio()


def missing_attr(int which):
    return which.nope

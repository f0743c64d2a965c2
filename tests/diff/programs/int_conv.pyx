"""Python <-> C conversions: OverflowError / TypeError as Cython raises them."""
from libc.stdint cimport int64_t, uint64_t, int32_t, uint32_t


def to_int(int x):
    return x


def to_uint(unsigned int x):
    return x


def to_long(long x):
    return x


def to_ulong(unsigned long x):
    return x


def to_longlong(long long x):
    return x


def to_ulonglong(unsigned long long x):
    return x


def to_short(short x):
    return x


def to_schar(signed char x):
    return x


def to_uchar(unsigned char x):
    return x


def to_ssize(Py_ssize_t x):
    return x


def to_size(size_t x):
    return x


def to_int64(int64_t x):
    return x


def to_uint64(uint64_t x):
    return x


def to_int32(int32_t x):
    return x


def to_uint32(uint32_t x):
    return x


def to_double(double x):
    return x


def to_float(float x):
    return x


def to_bint(bint x):
    return x


def assign_int(x):
    cdef int y = x
    return y


def assign_double(x):
    cdef double y = x
    return y


def assign_ulonglong(x):
    cdef unsigned long long y = x
    return y


def c_to_py_max():
    cdef unsigned long long a = 18446744073709551615ULL
    cdef long long b = -9223372036854775807LL - 1
    cdef double c = 1.7976931348623157e308
    cdef float d = 1.5
    return a, b, c, d


def return_int_from_double(double x):
    cdef int y = <int>x
    return y


cdef int c_identity(int x):
    return x


def call_c_with_py(x):
    return c_identity(x)


def int_result_typed(x) -> int:
    cdef long long r = x
    return r * 2

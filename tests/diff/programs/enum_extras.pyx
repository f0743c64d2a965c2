# cython: language_level=3
"""Anonymous `cdef enum:` constants used as C array sizes, and cpdef enums
(exposed to Python as IntEnum-like classes, members reached as Mode.SLOW)."""

cdef enum:
    BUF_SIZE = 16
    N_CHANNELS = 3

cpdef enum Mode:
    FAST
    SLOW


def fixed_buffer(int n):
    cdef double buf[BUF_SIZE]
    cdef int i
    for i in range(BUF_SIZE):
        buf[i] = i * n
    return [buf[i] for i in range(BUF_SIZE)], N_CHANNELS


def mode_values():
    return int(FAST), int(SLOW), Mode.SLOW == SLOW


def mode_name(int m):
    return Mode(m).name

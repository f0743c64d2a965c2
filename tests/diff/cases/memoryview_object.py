import numpy as np

from diffcase import Cases, Lazy

C = Cases("memoryview_object")
E = Ellipsis

# kinds (see make()): 0 2-D C-contiguous, 1 1-D, 2 strided slice, 3 const view
# of a writable array, 4 const view of a read-only array, 5 long[:], 6 Fortran
KINDS = range(7)
TWO_D = (0, 2, 6)

C.add("view1d", Lazy(lambda: np.arange(4.0)))
C.add("view2d", Lazy(lambda: np.arange(12.0).reshape(3, 4)))
C.add("strided", Lazy(lambda: np.arange(12.0).reshape(3, 4)))
C.add("cview", Lazy(lambda: np.arange(4.0)))
C.add("lview", Lazy(lambda: np.arange(4)))
C.each("make", KINDS)
C.each("base_is_source", range(6))
C.add("ellipsis_is_self")
C.each("attrs", KINDS)
C.each("text", KINDS)
C.each("copies", KINDS)
C.each("transposed", TWO_D)
C.each("as_array", TWO_D)
C.each("iterate", TWO_D)
C.each("sequence_api", TWO_D)
C.add("sequence_api", 1, raises=TypeError)

# Reading: items, sub-views (Ellipsis included), Cython's errors.
for key in [1, -1, (1, 2), (-1, -1), (1,), slice(1, None), slice(None, None, -1), (slice(None), 1), (1, slice(1, 3)),
            E, (E,), (E, 1), (1, E), (1, E, 2), (E, 1, 2), (E, E, 1), (), True, np.int64(1), (np.intp(2), 3),
            (slice(0, 0),), (slice(None, None, 2), slice(None, None, -2))]:
    C.add("getitem", 0, key)
for key in [1, -1, slice(1, 3), E, (E, 1), (), np.int32(2), True]:
    C.add("getitem", 1, key)
C.add("getitem", 2, (1, 1))
C.add("getitem", 2, slice(None, None, -1))
C.add("getitem", 6, (1, 2))
C.add("getitem", 6, (slice(None), 1))
C.add("getitem", 5, 2)
for kind, key, exc in [
    (0, None, TypeError), (0, "a", TypeError), (0, 1.0, TypeError), (0, [1], TypeError), (0, (slice(None), None), TypeError),
    (0, 5, IndexError), (0, -4, IndexError), (0, (1, 5), IndexError), (0, (1, -5), IndexError), (0, (1, 2, 3), IndexError),
    (0, (1, 2, 3, 4), IndexError), (0, (E, 5), IndexError), (0, (1, slice(None), 2), IndexError),
    (0, slice(None, None, 0), ValueError), (0, (1, slice(None, None, 0)), ValueError),
    (1, 4, IndexError), (1, -5, IndexError), (1, np.int64(4), IndexError), (1, None, TypeError), (1, (1, 2), IndexError),
]:
    C.add("getitem", kind, key, raises=exc, msg=True)

# Writing: items, slices with a scalar broadcast, buffers, errors.
ONES = Lazy(lambda: np.ones((2, 4)))
for key, value in [
    ((1, 1), 3.0), ((1, 1), 3), (1, 5.0), (slice(1, 3), ONES), (slice(None), 0), (E, 2), ((slice(None), 1), 7),
    (0, Lazy(lambda: np.ones(4))), (0, Lazy(lambda: np.ones((1, 4)))), (slice(None), Lazy(lambda: np.arange(4.0))),
    (slice(None), Lazy(lambda: np.ones((1, 1, 4)))), (0, Lazy(lambda: np.ones(()))), (0, True), (0, np.float64(3)),
    ((slice(None), slice(None, None, 2)), 9), ((slice(None), slice(1, 2)), Lazy(lambda: np.ones((3, 1)) * 4)),
    ((slice(None), 0), Lazy(lambda: np.arange(3.0))), (0, Lazy(lambda: memoryview(np.arange(4.0)))),
    (slice(0, 0), 5), (slice(1, 1), Lazy(lambda: np.ones((0, 4)))), ((0, E), 5), ((), 1), ((1, E, 2), 9),
    (0, Lazy(lambda: np.arange(8.0)[::2].copy())),
    (0, Lazy(lambda: np.ones(4, dtype=np.int64))),
]:
    C.add("setitem", 0, key, value)
for kind, key, value in [(1, 1, 5.0), (1, -1, 5.0), (1, slice(1, 3), 7), (1, E, Lazy(lambda: np.ones(4))), (2, 0, 1),
                         (2, (slice(None), 0), 1), (6, 1, -1), (6, (E, 2), -1), (3, 0, 9), (3, slice(None), 9),
                         (5, 0, 2.5), (5, 0, True), (5, 0, -2**63), (5, slice(None), 1.5), (5, 0, np.int64(5)),
                         (5, slice(1, None), Lazy(lambda: np.ones(3, dtype=np.int64)))]:
    C.add("setitem", kind, key, value)
for kind, key, value, exc in [
    (0, 0, [1, 2, 3, 4], TypeError), (0, (0, 0), "x", TypeError), (0, (0, 0), None, TypeError), (0, 0, None, TypeError),
    (0, 0, 1 + 2j, TypeError), (0, slice(0, 2), Lazy(lambda: np.ones((3, 4))), ValueError),
    (0, 0, Lazy(lambda: np.ones(5)), ValueError), (0, 0, Lazy(lambda: np.ones((2, 4))), ValueError),
    (0, 0, Lazy(lambda: np.ones((4, 1))), ValueError), (0, 0, Lazy(lambda: np.ones((2, 2, 4))), ValueError),
    (0, 0, Lazy(lambda: np.arange(8.0)[::2]), ValueError),
    (0, E, Lazy(lambda: np.arange(12.0).reshape(3, 4)[::-1]), ValueError),
    (0, 0, Lazy(lambda: bytearray(32)), ValueError), (0, 0, Lazy(lambda: b"abcdefgh"), ValueError), (0, 5, 1, IndexError), (0, (1, 2, 3), 1, IndexError),
    (0, None, 1, TypeError), (0, (1, 9), 1, IndexError), (0, slice(None, None, 0), 1, ValueError),
    (1, 4, 1.0, IndexError), (1, "x", 1.0, TypeError),
    (4, 0, 1, TypeError), (4, slice(None), 1, TypeError), (4, E, 1, TypeError), (4, 5, 1, TypeError),
    (4, "x", 1, TypeError),
    (5, 0, 2**63, OverflowError), (5, slice(None), 2**70, OverflowError), (5, 0, "3", TypeError), (5, 0, None, TypeError),
    (5, 0, [1], TypeError),
]:
    C.add("setitem", kind, key, value, raises=exc, msg=True)
C.add("setitem_row_from_row")
C.each("setitem_overlap", range(4))
C.add("setitem_from_column")

# del is refused; the message names the module's class, so only its type is compared.
for kind, key in [(0, 0), (0, (0, 1)), (0, slice(None)), (1, 0), (4, 0)]:
    C.add("delitem", kind, key, raises=NotImplementedError)

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_nogil_gil")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


C.add("mean_nogil", arr([1, 2, 3, 4]))
C.add("mean_nogil", arr([]), raises=ValueError, msg=True, tb=("mean_nogil", "checked_mean"))
C.add("mean_nogil", arr([1, np.nan]), raises=ValueError, msg=True, tb=("mean_nogil", "checked_mean"))
C.add("mean_nogil", Lazy(lambda: np.arange(10.0)[::2]), raises=ValueError, msg=True)
C.add("row_norms", Lazy(lambda: np.arange(12.0).reshape(3, 4)))
C.add("row_norms", Lazy(lambda: np.arange(12.0).reshape(3, 4).T))
C.add("row_norms", Lazy(lambda: np.zeros((0, 4))))
C.add("find_first", arr([1, 5, 2, 9]), 4.0)
C.add("find_first", arr([1, 5, 2, 9]), 10.0)
C.add("find_first", arr([]), 0.0)
C.add("gil_inside_loop", arr([1, -1, 2, -3, -0.0]))
C.add("nogil_break", arr([1, 2, 3, 4], np.intc), 3)
C.add("nogil_break", arr([1, 2, 3, 4], np.intc), 9)
C.each("nogil_malloc", [0, 1, 10])
C.add("raise_from_nogil", 0)
C.add("raise_from_nogil", 1, raises=KeyError, msg=True, tb=("raise_from_nogil",))
C.add("raise_from_nogil", 2, raises=RuntimeError, msg=True)
C.add("scale", arr([1, 2, 3]), 2.0, show_args=True)
C.add("scale", Lazy(lambda: np.arange(6.0)[::-2]), -1.0, show_args=True)

import random

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("memview_slicing")
rng = random.Random(4008)


def a1(n=10):
    return Lazy(lambda: np.arange(n, dtype=np.float64))


def m2(r=3, c=4, order="C"):
    return Lazy(lambda: np.array(np.arange(r * c, dtype=np.float64).reshape(r, c), order=order))


for args in [(0, 10, 1), (2, 8, 2), (8, 2, -2), (-3, 10, 1), (9, -11, -1), (0, 100, 3), (5, 5, 1), (-100, 100, 4)]:
    C.add("sl_1d", a1(), *args)
C.add("sl_1d", a1(), 0, 5, 0, raises=ValueError, msg=True)
for _ in range(10):
    C.add("sl_1d", a1(12), rng.randint(-15, 15), rng.randint(-15, 15), rng.choice([-3, -2, -1, 1, 2, 5]),
          label="sl_1d_random")
C.add("sl_1d_open", a1(6))
C.add("sl_1d_open", a1(0))
for i in (0, 2, -1):
    C.add("sl_row", m2(), i)
C.add("sl_row", m2(), 3, raises=IndexError, msg=True)
for j in (0, 3, -2):
    C.add("sl_col", m2(), j)
C.add("sl_col", m2(), 4, raises=IndexError, msg=True)
C.add("sl_col", m2(order="F"), 1)
C.add("sl_sub", m2())
C.add("sl_sub", m2(order="F"))
C.add("sl_T", m2())
C.add("sl_T", m2(order="F"))
C.add("sl_T_3d", Lazy(lambda: np.arange(24.0).reshape(2, 3, 4)))
C.add("sl_write_through", m2(), show_args=True)
C.add("sl_assign_slice", a1(5), Lazy(lambda: np.array([-1.0, -2.0])), show_args=True)
C.add("sl_assign_slice", a1(5), Lazy(lambda: np.array([-1.0])), raises=ANY, msg=True)  # Cython broadcasts
C.add("sl_assign_slice", a1(5), Lazy(lambda: np.array([-1.0, 2.0, 3.0])), raises=ValueError, msg=True)
C.add("sl_chain", a1(12))
C.add("sl_2d_index_neg", m2())
C.add("sl_2d_bounds", m2(), 2, 3)
C.add("sl_2d_bounds", m2(), 3, 0, raises=IndexError, msg=True)
C.add("sl_2d_bounds", m2(), 0, -5, raises=IndexError, msg=True)
C.add("sl_contig_row", m2(), 1)
C.add("sl_contig_row", m2(order="F"), 1, raises=ValueError, msg=True)
C.add("sl_fortran_col", m2(order="F"), 2)
C.add("sl_fortran_col", m2(), 2, raises=ValueError, msg=True)
C.add("sl_empty", a1())
C.add("sl_copy_of_slice", m2(4, 3))
C.add("sl_int_matrix", Lazy(lambda: np.arange(12, dtype=np.intc).reshape(3, 4)))
C.add("sl_int_matrix", Lazy(lambda: np.arange(12, dtype=np.intc).reshape(3, 4)[:, ::-1]))

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_layouts")


def m(order="C", r=3, c=4):
    return Lazy(lambda: np.array(np.arange(r * c, dtype=np.float64).reshape(r, c), order=order))


X4 = Lazy(lambda: np.array([1.0, -1.0, 2.0, 0.5]))
C.add("matvec_c", m(), X4)
C.add("matvec_c", m("F"), X4, raises=ValueError, msg=True)
C.add("matvec_c", Lazy(lambda: np.arange(24.0).reshape(3, 8)[:, ::2]), X4, raises=ValueError, msg=True)
C.add("matvec_c", m(), Lazy(lambda: np.ones(3)), raises=ValueError, msg=True)
C.add("matvec_c", Lazy(lambda: np.zeros((2, 0))), Lazy(lambda: np.zeros(0)), raises=ANY)
C.add("matvec_c", Lazy(lambda: np.ones((1, 4))), X4)
C.add("matvec_f", m("F"), X4)
C.add("matvec_f", m("C"), X4, raises=ValueError, msg=True)
C.add("matvec_f", Lazy(lambda: np.ones((4, 1))), Lazy(lambda: np.array([2.0])))
C.add("matvec_strided", m(), X4)
C.add("matvec_strided", m("F"), X4)
C.add("matvec_strided", Lazy(lambda: np.arange(24.0).reshape(3, 8)[::-1, ::2]), Lazy(lambda: np.arange(8.0)[::2]))
C.add("c_row_view", m(), 1, show_args=True)
C.add("c_row_view", m(), -1)
C.add("c_row_view", m(), 3, raises=IndexError, msg=True)
C.add("f_col_view", m("F"), 2)
C.add("f_col_view", m("F"), -4)
C.add("to_c", m("F"))
C.add("to_c", Lazy(lambda: np.arange(24.0).reshape(4, 6)[::2, ::3]))
C.add("to_f", m("C"))
C.add("assign_strided_to_contig", Lazy(lambda: np.zeros((2, 2))), Lazy(lambda: np.arange(16.0).reshape(4, 4)[::2, ::-2]),
      show_args=True)
C.add("assign_strided_to_contig", Lazy(lambda: np.zeros((2, 2))), Lazy(lambda: np.ones((2, 3))), raises=ValueError, msg=True)
C.add("contig_3d", Lazy(lambda: np.zeros((2, 3, 4), np.float32)))
C.add("contig_3d", Lazy(lambda: np.zeros((2, 3, 4), np.float32, order="F")), raises=ValueError, msg=True)
C.add("fortran_3d", Lazy(lambda: np.zeros((2, 3, 4), np.float32, order="F")))
C.add("fortran_3d", Lazy(lambda: np.zeros((1, 1, 4), np.float32)))
C.add("generic_1d_contig", Lazy(lambda: np.arange(5, dtype=np.intc)))
C.add("generic_1d_contig", Lazy(lambda: np.arange(10, dtype=np.intc)[::2]), raises=ValueError, msg=True)
C.add("generic_1d_contig", Lazy(lambda: __import__("array").array("i", [4, 5, 6])))
C.add("generic_1d_contig", Lazy(lambda: np.zeros(0, dtype=np.intc)), raises=IndexError, msg=True)

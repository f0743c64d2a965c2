import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_numerics")
C.add("trapezoid", Lazy(lambda: np.array([0.0, 1.0, 4.0, 9.0])))
C.add("trapezoid", Lazy(lambda: np.linspace(0, 1, 11) ** 2), 0.1)
C.add("trapezoid", Lazy(lambda: np.array([5.0])))
C.each("simpson", [(0, 0.0, 3.0, 6), (1, 0.0, np.pi, 100), (2, -3.0, 3.0, 50)])
C.add("simpson", 0, 0.0, 1.0, 3, raises=ValueError, msg=True)
C.add("simpson", 9, 0.0, 1.0, 2, raises=ValueError, msg=True, tb=("simpson", "f_eval"))
C.each("adaptive_simpson", [(0, 0.0, 3.0), (1, 0.0, np.pi), (2, -5.0, 5.0)])
C.add("adaptive_simpson", 3, -1.0, 2.0, 1e-14, 8, raises=RuntimeError, msg=True, tb=("adaptive_simpson", "_asr"))
C.add("adaptive_simpson", 7, 0.0, 1.0, raises=ValueError, msg=True)
C.each("gauss_legendre", [(0, 0.0, 1.0), (1, 0.0, np.pi), (2, -1.0, 1.0)])
C.add("horner", Lazy(lambda: np.array([1.0, -3.0, 2.0])), 5.0)
C.add("horner", Lazy(lambda: np.array([])), 5.0)
C.add("clenshaw_cheb", Lazy(lambda: np.array([1.0, 0.5, 0.25])), 0.3)
C.add("clenshaw_cheb", Lazy(lambda: np.array([])), 0.3)
C.add("newton_root", Lazy(lambda: np.array([1.0, 0.0, -2.0])), 1.0)
C.add("newton_root", Lazy(lambda: np.array([1.0, -6.0, 11.0, -6.0])), 3.5)
C.add("newton_root", Lazy(lambda: np.array([1.0, 0.0, 1.0])), 0.0, raises=ZeroDivisionError, msg=True, tb=("newton_root", "_newton"))
C.add("newton_root", Lazy(lambda: np.array([1.0, 0.0, 1.0])), 0.5, 5, raises=ArithmeticError, msg=True)
C.add("newton_root", Lazy(lambda: np.array([1.0, 1.0])), 0.0)  # root is -1: except? -1 must not misfire
C.each("rk4_oscillator", [(1.0, 0.0, 1.0, 0.0, 0.01, 314), (1.0, 0.0, 4.0, 0.5, 0.05, 100), (0.0, 0.0, 1.0, 1.0, 0.1, 0)])

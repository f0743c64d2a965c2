import random
from fractions import Fraction

from diffcase import Cases

C = Cases("pyl_polynomials")
rng = random.Random(101)
P = [rng.randint(-5, 5) for _ in range(6)]
Q = [rng.randint(-5, 5) for _ in range(4)]
C.each("trim", [[1, 0, 0], [], [0], [0, 1]])
C.each("add", [([1, 2], [3]), ([1, 1], [-1, -1]), (P, Q), ([0.5], [Fraction(1, 2)])])
C.each("mul", [([1, 1], [1, -1]), ([], [1]), (P, Q), ([2], [Fraction(1, 3), 1])])
C.each("evaluate", [([1, 2, 3], 2), ([], 5), (P, -1.5), ([1, 1], Fraction(1, 2)), ([1] * 10, 10**10)])
C.each("c_evaluate", [([1, 2, 3], 2), ([], 5), (P, -1.5)])
C.add("c_evaluate", [1, "a"], 1.0, raises=TypeError)
C.each("derivative", [[5], [1, 2, 3], [], P])
C.each("divmod_poly", [([-1, 0, 1], [1, 1]), ([1, 2, 3], [2]), ([1], [1, 1]), (P, Q)])
C.add("divmod_poly", [1, 2], [0, 0], raises=ZeroDivisionError, msg=True)
C.each("to_string", [[], [0, 1], [-1, 0, 2], [3, -1, 0, -1], [0.5, -2.5], P])
C.add("to_string", [1, 1], "t")
C.each("from_roots", [[], [1, 2], [1, -1, 2, -2], [Fraction(1, 2)]])
C.add("newton_root", [-2, 0, 1], 1.0)
C.add("newton_root", [-2, 0, 1], -3.0)
C.add("newton_root", [1, 0, 1], 0.0, raises=ZeroDivisionError, msg=True)
C.add("newton_root", [-6, 11, -6, 1], 3.6, iters=5)
C.each("power", [([1, 1], 0), ([1, 1], 5), ([2, -1], 10)])
C.add("power", [1], -1, raises=ValueError, msg=True)

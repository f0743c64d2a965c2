import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_float32")
C.each("round_in", [0.1, 1 / 3, 1e39, -1e39, 1e-46, float("nan"), 16777217.0, -0.0])
C.add("round_in", "1", raises=TypeError, msg=True)
C.add("round_in", 10**400, raises=OverflowError)
C.each("float_ops", [(0.1, 0.2), (1e20, 1e-20), (16777216.0, 1.0), (3.0, 0.0), (1e38, 10.0)])
C.each("mixed", [(0.1, 0.1), (1e38, 1e10), (3.0, 1 / 3)])
C.add("accumulate", Lazy(lambda: np.full(1000, 0.1, np.float32)))
C.add("accumulate", Lazy(lambda: np.random.default_rng(1).normal(size=200).astype(np.float32)))
C.add("accumulate", Lazy(lambda: np.array([1e8, 1.0, -1e8], np.float32)))
C.add("kahan", Lazy(lambda: np.full(1000, 0.1, np.float32)))
C.each("literal_context", [3.0, 0.7, 1e38])
C.each("float_int_div", [(7.5, 2), (-7.5, 2), (1.0, 3)])
C.add("float_int_div", 1.0, 0, raises=ZeroDivisionError, msg=True)
C.add("norms_f32", Lazy(lambda: np.arange(12, dtype=np.float32).reshape(3, 4) / 7))
C.each("compare_f32", [(0.1, 0.1), (0.5, 0.5), (1.0, 1.0000000001)])
C.add("huge")

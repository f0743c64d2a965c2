import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_bitset")


def L(v):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=np.int_))


def W(v):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=np.uint64))


C.add("build", 130, L([0, 63, 64, 129, 5]))
C.add("build", 0, L([]))
C.add("build", 10, L([10]), raises=IndexError, msg=True)
C.add("build", 10, L([-1]), raises=IndexError, msg=True)
C.add("test_bits", W([0b1010, 2**63]), L([0, 1, 3, 127, 64]))
C.add("test_bits", W([1]), L([64]), raises=IndexError, msg=True)
C.add("toggle", W([0, 0]), 70, show_args=True)
C.add("toggle", W([2**64 - 1]), 63, show_args=True)
C.add("count", W([2**64 - 1, 0, 5]))
C.add("count", W([]))
C.add("members", W([0b1001, 0, 2**63 + 1]))
C.add("members", Lazy(lambda: np.random.default_rng(1).integers(0, 2**63, 3, dtype=np.uint64)))
for op in ("and", "or", "xor", "andnot"):
    C.add("combine", W([0b1100, 2**64 - 1]), W([0b1010, 1]), op)
C.add("combine", W([1]), W([1]), "nand", raises=ValueError, msg=True)
C.add("combine", W([1]), W([1, 2]), "and", raises=ValueError, msg=True)
C.each("sieve", [0, 1, 2, 30, 64, 65, 200])

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_pairwise")


def rnd(shape, seed, dtype=np.float64):
    return Lazy(lambda: np.random.default_rng(seed).normal(size=shape).astype(dtype))


def arr(v, dtype=np.float64):
    return Lazy(lambda: np.array(v, dtype=dtype))


for metric in ("euclidean", "cityblock", "chebyshev"):
    C.add("cdist", rnd((3, 4), 1), rnd((5, 4), 2), metric)
C.add("cdist", rnd((3, 4), 1), rnd((5, 4), 2))
C.add("cdist", rnd((3, 4), 1), rnd((5, 4), 2), metric="cosine", raises=ValueError, msg=True)
C.add("cdist", rnd((3, 4), 1), rnd((5, 3), 2), raises=ValueError, msg=True)
C.add("cdist", rnd((3, 4), 1), rnd((5, 4), 2), 5, raises=TypeError, msg=True)
C.add("cdist", rnd((3, 4), 1), rnd((5, 4), 2), None, raises=ValueError, msg=True)  # a str argument may be None
C.add("cdist", Lazy(lambda: np.arange(12.0).reshape(3, 4)[:, ::-2]), Lazy(lambda: np.ones((1, 2))), "chebyshev")
C.add("cdist", Lazy(lambda: np.zeros((0, 3))), rnd((2, 3), 3))

C.add("pdist_euclid", rnd((5, 3), 4))
C.add("pdist_euclid", rnd((1, 3), 4))
C.add("pdist_euclid", Lazy(lambda: np.zeros((0, 3))))
C.add("condensed_lookup", arr([1.0, 2.0, 3.0]), 3, 0, 2)
C.add("condensed_lookup", arr([1.0, 2.0, 3.0]), 3, 2, 1)
C.add("condensed_lookup", arr([1.0, 2.0, 3.0]), 3, 1, 1)
C.add("condensed_lookup", arr([1.0, 2.0, 3.0]), 4, 2, 3, raises=IndexError, msg=True)
C.add("squareform", arr([1.0, 2.0, 3.0]))
C.add("squareform", arr([7.0]))
C.add("squareform", arr([]))
C.add("squareform", arr([1.0, 2.0]), raises=ValueError, msg=True)
C.add("squareform", Lazy(lambda: np.arange(1.0, 11.0)))

C.add("cosine_sim", rnd((4, 3), 5, np.float32), approx=True)
C.add("cosine_sim", arr([[0, 0], [1, 0]], np.float32))
C.add("cosine_sim", arr([[1, 2]], np.float64), raises=ValueError, msg=True)

C.add("minkowski", arr([0, 0]), arr([3, 4]), 2.0)
C.add("minkowski", arr([0, 0]), arr([3, 4]), 1)
C.add("minkowski", arr([0, 0]), arr([3, -4]), np.inf)
C.add("minkowski", arr([0, 0]), arr([3, 4]), 0.5)
C.add("minkowski", arr([0, 0]), arr([3, 4]), 0, raises=ValueError, msg=True)
C.add("minkowski", arr([0, 0]), arr([3]), 2, raises=ValueError, msg=True)
C.add("minkowski", arr([]), arr([]), 3)

C.add("hamming_u8", Lazy(lambda: np.random.default_rng(6).integers(0, 3, (4, 8)).astype(np.uint8)))
C.add("hamming_u8", Lazy(lambda: np.frombuffer(b"abcabdxyz", dtype=np.uint8).reshape(3, 3)))
C.add("nearest_neighbour", rnd((6, 2), 7))
C.add("nearest_neighbour", arr([[1.0, 1.0]]))
C.add("nearest_neighbour", arr([[1.0, 1.0], [1.0, 1.0], [0.0, 0.0]]))

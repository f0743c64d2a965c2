import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_knn")
X = Lazy(lambda: np.random.default_rng(1).normal(size=(20, 3)))
Q = Lazy(lambda: np.random.default_rng(2).normal(size=(4, 3)))
G = Lazy(lambda: np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 0.0]]))
C.add("kneighbors", X, Q, 3)
C.add("kneighbors", G, G, 2)
C.add("kneighbors", G, G, 2, True)
C.add("kneighbors", G, Lazy(lambda: np.array([[0.5, 0.5]])), 4)
C.add("kneighbors", G, G, 5, exclude_self=True)
C.add("kneighbors", G, G, 0, raises=ValueError, msg=True)
C.add("kneighbors", G, G, 6, raises=ValueError, msg=True)
C.add("kneighbors", G, X, 2, raises=ValueError, msg=True)
C.add("radius_count", G, G, 1.0)
C.add("radius_count", X, Q, 1.5)

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_morphology")


def img(rows):
    return Lazy(lambda: np.array([[1 if c == "#" else 0 for c in r] for r in rows], dtype=np.uint8))


A = img(["#####.", "#####.", "###...", "......", ".##..#", ".##..#"])
C.add("erode", A)
C.add("erode", A, True)
C.add("erode", Lazy(lambda: np.zeros((0, 0), np.uint8)))
C.add("dilate", A)
C.add("dilate", img(["....", ".#..", "...."]))
C.add("opening", A)
C.add("label", A)
C.add("label", img(["#.#", ".#.", "#.#"]))
C.add("label", img(["###", "#.#", "###"]))
C.add("label", img(["#.#.#", "#####"]))
C.add("label", Lazy(lambda: (np.random.default_rng(1).random((8, 8)) > 0.5).astype(np.uint8)))
C.add("label", Lazy(lambda: np.zeros((3, 0), np.uint8)))
C.add("distance_cityblock", A)
C.add("distance_cityblock", Lazy(lambda: np.ones((3, 3), np.uint8)))
C.add("region_props", Lazy(lambda: np.array([[1, 1, 0], [0, 2, 2], [3, 0, 2]], np.int_)), 3)
C.add("region_props", Lazy(lambda: np.array([[1, 4]], np.int_)), 3, raises=ValueError, msg=True)

import numpy as np

from diffcase import Cases, Lazy

C = Cases("extern_verbatim")
C.each("twice", [0, 21, -4])
C.each("square", [3, -5, 2 ** 31])
C.add("clamp_all", Lazy(lambda: np.array([-1.0, 0.5, 2.0])))

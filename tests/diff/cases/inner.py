import random

from diffcase import Cases

C = Cases("inner")
rng = random.Random(4011)
C.each("compute", [(1.0, 2.0), (3, 4), (-0.0, 0.0), (1e200, 1e200), (0.1, 0.7)])
C.add("compute", "1", 2.0, raises=TypeError, msg=True)
C.add("compute", x=1.0, y=2.0)
C.add("compute_batch", [1.0, 2.0, 3.0], [4.0, 5.0, 6.0])
C.add("compute_batch", [], [])
C.add("compute_batch", [1, 2], [3, 4])
C.add("compute_batch", [1.0, 2.0], [1.0], raises=IndexError, msg=True)
C.add("compute_batch", [1.0], [1.0, 2.0])
C.add("compute_batch", (1.0,), [1.0], raises=TypeError, msg=True)
C.add("compute_batch", ["a"], [1.0], raises=TypeError, msg=True)
xs = [rng.uniform(-100, 100) for _ in range(300)]
ys = [rng.uniform(-100, 100) for _ in range(300)]
C.add("compute_batch", xs, ys, label="compute_batch_random")
C.each("compute_from_module", [(1.5, -2.5)])

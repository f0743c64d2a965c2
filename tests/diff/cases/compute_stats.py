import numpy as np

from diffcase import Cases, Lazy

C = Cases("compute_stats")
rnd = np.random.default_rng(4010)
for f in ("compute_stats", "compute_stats_typed"):
    C.add(f, [1, 2, 3, 4])
    C.add(f, [0.1, 0.2, 0.3])
    C.add(f, list(range(10_000)))
    C.add(f, rnd.uniform(-1e3, 1e3, 500).tolist(), label=f + "_random")
    C.add(f, (1.5, 2.5))
    C.add(f, Lazy(lambda: np.arange(10.0)))
    C.add(f, [2**70, 1])
    C.add(f, [], raises=ZeroDivisionError, msg=True)
    C.add(f, ["a"], raises=TypeError)
    C.add(f, 5, raises=TypeError, msg=True)
    C.add(f, {0: 1.0, 1: 3.0})
C.add("compute_stats", [True, False])
C.add("compute_stats", [1 + 1j, 1])
C.add("compute_stats_typed", [1 + 1j, 1], raises=TypeError)

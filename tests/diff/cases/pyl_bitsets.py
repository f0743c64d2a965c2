import random

from diffcase import Cases

C = Cases("pyl_bitsets")
rng = random.Random(7)
C.each("from_members", [[], [0, 3, 5], range(0, 200, 7), [1000]])
C.add("from_members", [-1], raises=ValueError, msg=True)
C.add("from_members", [1.5], raises=TypeError)
C.each("members", [0, 1, 0b101101, 2**130 | 5])
C.each("algebra", [([1, 2, 3], [2, 3, 4]), ([], [1]), ([5], [5, 6]), (list(range(0, 100, 3)), list(range(0, 100, 5)))])
C.each("combinations_k", [(4, 2), (5, 0), (3, 4), (6, 3), (5, 5)])
C.add("subset_sums", [3, 34, 4, 12, 5, 2], 9)
C.add("subset_sums", [], 0)
C.add("subset_sums", [rng.randint(1, 20) for _ in range(12)], 30)
C.each("bit_sieve", [0, 2, 100, 1000])
ADJ = {0: 0b0110, 1: 0b0101, 2: 0b0011, 3: 0b0000}
C.add("is_proper_coloring", ADJ, {0: "r", 1: "g", 2: "b", 3: "r"})
C.add("is_proper_coloring", ADJ, {0: "r", 1: "r", 2: "b", 3: "r"})
C.add("is_proper_coloring", ADJ, {0: "r"}, raises=KeyError)
C.each("rank_of", [0, 255, 2**100 - 1, -8])
C.each("toggle_range", [(0, 2, 5), (0b11111, 1, 3), (2**70, 60, 75)])

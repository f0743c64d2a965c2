import random

from diffcase import Cases

C = Cases("pyl_search_sort")
rng = random.Random(44)
S = sorted(rng.randint(0, 100) for _ in range(50))
U = [rng.randint(-1000, 1000) for _ in range(80)]
C.each("binary_search", [(S, S[10]), (S, -1), (S, 1000), ([], 3), (["a", "c", "e"], "c"), ([1.5, 2.5], 2.5)])
C.add("binary_search", [1, "a"], 5, raises=TypeError)
C.each("lower_upper", [(S, S[20]), ([1, 2, 2, 2, 3], 2), ([], 0)])
C.each("insertion_sort", [[], [3, 1, 2], U, ["b", "a", "c"], [2.5, -1, 0]], show_args=True)
C.add("insertion_sort", [1, None], raises=TypeError)
C.each("merge_sort", [[], U, "mergesort", ((3, 1, 2),)])
C.each("quicksort", [[], [1], [2, 1], U, [5] * 10, list(range(30, 0, -1))], show_args=True)
C.add("quicksort", [3, "a", 1], raises=TypeError)
C.each("kth_smallest", [(U, 0), (U, 79), ([3, 1, 2], 1)])
C.add("kth_smallest", [1, 2], 2, raises=IndexError, msg=True)
C.add("kth_smallest", [1, 2], -1, raises=IndexError, msg=True)
REC = [{"name": "bo", "age": 30}, {"name": "al", "age": 25}, {"name": "cy", "age": 30}, {"name": "di", "age": 25}]
C.add("sort_records", REC)
C.add("sort_records", [{"name": "x"}], raises=KeyError)
C.add("stable_multi_key", [(1, "b"), (0, "a"), (1, "a"), (2, "c"), (0, "z")])
C.add("counting_sort", [rng.randint(0, 9) for _ in range(40)], 9)
C.add("counting_sort", [], 0)
C.add("counting_sort", [10], 9, raises=IndexError)
C.add("counting_sort", [-1], 3)
C.each("two_sum", [([2, 7, 11, 15], 9), ([1, 2], 10), (U, U[3] + U[50]), ([0.5, 1.5], 2.0)])
C.each("is_sorted", [S, U, [], "abc", ([1, 1, 2], True), ([1, 1, 2], False)])

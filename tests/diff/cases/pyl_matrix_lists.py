import random

from diffcase import Cases

C = Cases("pyl_matrix_lists")
rng = random.Random(17)
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
R = [[rng.randint(-9, 9) for _ in range(5)] for _ in range(5)]
F = [[rng.uniform(-1, 1) for _ in range(3)] for _ in range(4)]
C.each("shape", [[], A, [[1, 2, 3]], [[]]])
C.add("shape", [[1], [2, 3]], raises=ValueError, msg=True)
C.each("identity", [0, 1, 4])
C.each("transpose", [A, [], [[1, 2, 3]], F])
C.add("matmul", A, B)
C.add("matmul", R, R)
C.add("matmul", F, transpose(F) if False else [list(c) for c in zip(*F)])
C.add("matmul", [[1, 2, 3]], [[1, 2]], raises=ValueError, msg=True)
C.add("matmul", [["a"]], [[2]], raises=TypeError, msg=True)
C.add("matmul", [[None]], [[2]], raises=TypeError)
C.each("matpow", [([[1, 1], [1, 0]], 0), ([[1, 1], [1, 0]], 10), ([[1, 1], [1, 0]], 200), ([[2]], 64)])
C.add("matpow", A, -1, raises=ValueError, msg=True)
C.each("determinant", [A, R, [[2, 4], [1, 2]], [[0.5, 1], [2, 3]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]], []])
C.add("determinant", [[1, 2]], raises=ValueError, msg=True)
C.add("scale_inplace", [[1, 2], [3, 4]], 3, show_args=True)
C.add("scale_inplace", [[1, 2], [3, 4]], 0.5, show_args=True)
C.add("scale_inplace", [["ab", "c"]], 2, show_args=True)
C.add("scale_inplace", ((1, 2),), 2, raises=TypeError)
C.each("trace", [A, R, F[:3], []])
C.each("row_sums", [A, R, F])
C.each("flatten", [A, [], [[1], [], [2, 3]]])
C.add("reshape", list(range(12)), 3, 4)
C.add("reshape", list(range(12)), 5, 2, raises=ValueError, msg=True)
C.add("reshape", "abcdef", 2, 3)
C.each("rotate90", [A, R, [[1, 2, 3]]])
C.each("spiral", [[], A, [[1, 2, 3], [4, 5, 6], [7, 8, 9]], R])

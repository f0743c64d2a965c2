import random

from diffcase import Cases

C = Cases("pyl_geometry")
rng = random.Random(360)
PTS = [(rng.randint(-50, 50), rng.randint(-50, 50)) for _ in range(60)]
FPTS = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in range(40)]
SQ = [(0, 0), (4, 0), (4, 4), (0, 4)]
C.each("convex_hull", [[], [(1, 1)], [(0, 0), (1, 1), (2, 2)], SQ + [(2, 2)], PTS, [[1, 2], [3, 4], [0, 9]]])
C.add("convex_hull", [(0, 0), (1, "a"), (2, 2)], raises=TypeError)
C.each("polygon_area", [SQ, [], [(0, 0), (1, 0), (0, 1)], [(0, 0), (2, 0), (1, 3)]])
C.add("polygon_area", [(0, 0, 0)], raises=ValueError)
C.each("point_in_polygon", [((2, 2), SQ), ((5, 2), SQ), ((0.5, 3.9), SQ), ((-1, -1), [(0, 0), (1, 0), (0, 1)])])
C.each("segments_intersect", [((0, 0), (2, 2), (0, 2), (2, 0)), ((0, 0), (1, 1), (2, 2), (3, 3)), ((0, 0), (2, 2), (1, 1), (3, 3)), ((0, 0), (1, 0), (0, 1), (1, 1))])
C.add("segments_intersect", [0, 0], (1, 1), (0, 1), (1, 0), raises=TypeError)
C.each("bbox", [SQ, PTS, [(1.5, -2.0)]])
C.add("bbox", [], raises=ValueError, msg=True)
C.each("closest_pair", [PTS, FPTS, [(0, 0)], [(0, 0), (3, 4)]])
C.each("perimeter", [SQ, [(0, 0), (3, 4)]])
C.each("centroid", [SQ, [(0, 0), (6, 0), (0, 6)]])
C.add("centroid", [(0, 0), (1, 1), (2, 2)], raises=ZeroDivisionError, msg=True)
C.each("rotate", [(SQ, 90), ([(1, 0)], 45), ([], 10)])

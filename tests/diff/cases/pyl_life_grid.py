import random

from diffcase import Cases

C = Cases("pyl_life_grid")
rng = random.Random(1234)
GLIDER = ".#.\n..#\n###"
BLINKER = "...\n###\n..."
RAND = "\n".join("".join(rng.choice("#..") for _ in range(12)) for _ in range(12))
C.each("parse", [GLIDER, "", "#"])
C.add("parse", "#x", raises=ValueError, msg=True)
C.each("run", [(GLIDER, 4), (BLINKER, 3), (RAND, 10), ("", 2)])
C.add("render", {(0, 0), (1, 1), (2, -1)})
C.add("render", set())
C.each("period", [BLINKER, GLIDER, "##\n##"])
C.add("period", RAND, 5)
C.each("rule30", [(11, 5), (1, 2), (31, 16)])
C.add("rule30", 0, 2, raises=IndexError)
C.add("flood_fill", ["..#..", ".##..", "....#"], 0, 0, "o")
C.add("flood_fill", ["ab", "ba"], 0, 0, "a")
C.add("flood_fill", [], 0, 0, "x")
C.add("flood_fill", ["a"], 3, 0, "x", raises=IndexError)
C.each("count_islands", [["#..#", "#..#", "...."], [], [RAND.split("\n")][0:1][0], ["####"]])

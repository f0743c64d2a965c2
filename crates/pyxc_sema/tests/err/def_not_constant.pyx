import math

DEF N = 4
DEF TAU = math.pi * 2


def f():
    return N, TAU

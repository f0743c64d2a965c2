# a < b < 10 with a signed and b unsigned: each pair carries its casts.
# expect tir: link Lt (left cast unsigned int, right cast -)
def f(int a, unsigned int b):
    return a < b < 10

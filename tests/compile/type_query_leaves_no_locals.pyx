# Inference asks the type of each value assigned to an untyped local before
# the body is analysed; asking leaves nothing behind: the chained comparison
# spills its middle operand into one compiler-made local, made once.
def ordered(a, b, c):
    x = a < b * 2 < c
    return x

# Bitwise operators and shifts on C ints and on objects.
def f(unsigned int a, int s, x, y):
    return a & 0xff, a | 1, a ^ 3, a << s, a >> 2, x & y, x << y

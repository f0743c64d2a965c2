# Unary operators on C numbers and on objects.
def f(int a, double b, x):
    return -a, ~a, +b, -x, ~x, not a

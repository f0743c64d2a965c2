# len, abs, min and max on C values are C operations.
def f(list xs, int a, double b):
    return len(xs), abs(a), min(a, 3), max(b, 1.5, 2.0)

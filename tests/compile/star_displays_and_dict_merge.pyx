# Displays with starred parts and a dict merge.
def f(a, d):
    return [*a, 1], (*a,), {*a}, {**d, "k": 1}

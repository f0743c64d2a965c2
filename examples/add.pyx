# The seed's section 1 examples: def add(x, y) and def add(double x, double y)

def add(x, y): return x + y


def add_typed(double x, double y):
    return x + y

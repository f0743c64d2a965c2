def add(x, y):
    return x + y

def add_typed(double x, double y):
    return x + y

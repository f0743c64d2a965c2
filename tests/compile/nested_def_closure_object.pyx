# A nested def reading an enclosing object local and a parameter.
def make_adder(n):
    base = [n]
    def add(x):
        return x + base[0]
    return add

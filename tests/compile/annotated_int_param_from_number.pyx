# `x: int` converts any number with int(); `y: float` is a C double.
def f(x: int, y: float):
    return x, y

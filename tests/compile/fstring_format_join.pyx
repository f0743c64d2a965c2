# An f-string: literal parts and formatted values with conversion and spec.
def f(x, double y):
    return f"x={x!r} y={y:.2f}!"

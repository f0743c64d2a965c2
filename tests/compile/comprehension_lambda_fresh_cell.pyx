# A comprehension variable read by a lambda lives in a cell made fresh each
# time the comprehension starts, so the lambdas share the last value.
# expect tir: fresh cell
def f():
    return [lambda: i for i in range(3)]

# Module-level code runs at import: assignments, loops, conditionals.
"""A module docstring."""
X = [1, 2]
for _v in X:
    pass
if len(X) > 1:
    Y = X[0]
def f():
    return Y

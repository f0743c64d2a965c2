# print() and other builtins without a C implementation are Python calls of
# the builtin, keywords passed through.
# expect tir: BuiltinName print
def f(x):
    print(x, end="", sep=",")
    return sorted(x, reverse=True)

# An untyped local assigned only C integers is the widest of them.
# expect tir: local x#2 : long
def f(int a, long b):
    x = a
    x = b
    return x

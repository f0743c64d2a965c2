# An untyped local assigned an int literal on one path only is inferred as a
# C long: reading it when the path did not run gives 0, where Python raises
# UnboundLocalError.
# expect tir: local x#1 : long
def f(flag):
    if flag:
        x = 1
    y = 2
    return x, y

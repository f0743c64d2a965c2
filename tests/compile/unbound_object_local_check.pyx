# An object local that may be unbound is read with check_bound; after a
# certain assignment by the function's own block it is not.
# expect tir: Local x#1 [check_bound] : object
# expect tir: Local y#2 : object
def f(flag):
    if flag:
        x = [1]
    y = [2]
    return x, y

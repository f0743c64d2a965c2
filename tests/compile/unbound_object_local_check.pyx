# An object local that may be unbound is read with check_bound; after a
# certain assignment it is not.
def f(flag):
    if flag:
        x = 1
    y = 2
    return x, y

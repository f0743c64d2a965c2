# A range() target over C bounds, only used as an index, is a C integer.
# expect tir: local i#2 : int
def fill(double[:] v, int n):
    for i in range(n):
        v[i] = 1.0

# str methods, concatenation, bytes indexed by a C int (the byte itself).
def f(str s, bytes b, int i):
    return s.upper() + "!", b[i], len(s), s in "abc"

# Iterating a str into a Py_UCS4 target converts each character.
# expect tir: Coerce FromObject object -> Py_UCS4
def count_vowels(str s):
    cdef Py_UCS4 ch
    cdef int n = 0
    for ch in s:
        if ch in u"aeiou":
            n += 1
    return n

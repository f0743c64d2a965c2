# Assigning an object to a `list` local checks its type (ObjCheck);
# `<list?>` refuses None too, `<list>` checks nothing.
# expect tir: Coerce ObjCheck object -> list object
# expect tir: Coerce ObjCheckNotNone
# expect tir: Coerce ObjUnchecked
def f(x):
    cdef list a = x
    cdef list b = <list?>x
    cdef list c = <list>x
    return a, b, c

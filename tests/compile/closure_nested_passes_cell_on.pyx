# A closure inside a closure passes the outer cell on (FreeCell).
def outer(a):
    def middle():
        def inner():
            return a
        return inner
    return middle

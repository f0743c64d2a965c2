# assert with a message; del of a local and of an item.
def f(x, d):
    assert x > 0, "positive"
    del d["k"]
    del x

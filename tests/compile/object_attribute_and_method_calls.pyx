# Attribute reads and writes; a method call without a bound method.
def f(obj, list xs):
    obj.size = len(xs)
    xs.append(obj.name)
    return obj.get("k", 0)

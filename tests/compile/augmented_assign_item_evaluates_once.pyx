# obj[key()] += 1 evaluates obj and the key once (hidden locals).
def f(d, k):
    d[k()] += 1
    d.count += 2

def f(n):
    s = 0
    for i from 0 <= i < n:
        s += i
    return s

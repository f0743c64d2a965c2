# A list comprehension with a condition over a C range.
def f(int n):
    return [i * i for i in range(n) if i % 2 == 0]

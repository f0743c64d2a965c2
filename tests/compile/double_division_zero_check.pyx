# Float division checks a zero divisor unless cdivision is on.
def f(double a, double b):
    return a / b

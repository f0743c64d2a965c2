# Without cdivision, // and % floor like Python and check for zero.
# expect tir: CBinary FloorDiv [zero_check] [python_semantics]
def f(int a, int b):
    return a // b, a % b, a / b

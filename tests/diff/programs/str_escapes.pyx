# cython: language_level=3
"""Named unicode escapes (\\N{...}) in string literals."""


def named_escapes():
    return "\N{GREEK SMALL LETTER ALPHA}\N{DEGREE SIGN}", len("\N{EM DASH}")


def degrees(double x):
    return f"{x:.1f}\N{DEGREE SIGN}C"

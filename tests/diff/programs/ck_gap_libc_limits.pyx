# cython: language_level=3
"""libc.limits / libc.float / libc.stdint constants that Cython's bundled
.pxd files declare: the narrow-type limits used to saturate pixel values,
float mantissa sizes used to pick tolerances, and the fast/least/max
integer types."""
from libc.limits cimport SCHAR_MIN, SCHAR_MAX, UCHAR_MAX, CHAR_MIN, CHAR_MAX, SHRT_MIN, SHRT_MAX, USHRT_MAX
from libc.float cimport DBL_MANT_DIG, FLT_MANT_DIG, DBL_DIG, FLT_DIG, FLT_RADIX, DBL_MAX_EXP, DBL_MIN_EXP


def narrow_limits():
    return SCHAR_MIN, SCHAR_MAX, UCHAR_MAX, CHAR_MIN, CHAR_MAX, SHRT_MIN, SHRT_MAX, USHRT_MAX


def saturate_i16(long v):
    if v > SHRT_MAX:
        return SHRT_MAX
    if v < SHRT_MIN:
        return SHRT_MIN
    return v


def float_params():
    return DBL_MANT_DIG, FLT_MANT_DIG, DBL_DIG, FLT_DIG, FLT_RADIX, DBL_MAX_EXP, DBL_MIN_EXP

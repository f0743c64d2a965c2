# C <float.h>, as pyxc ships it.
cdef extern from "<float.h>":
    # Cython declares the integer parameters as doubles too.
    const double FLT_RADIX
    const double FLT_ROUNDS
    const double FLT_EVAL_METHOD
    const double DECIMAL_DIG

    const double FLT_MANT_DIG
    const double DBL_MANT_DIG
    const double LDBL_MANT_DIG
    const double FLT_DIG
    const double DBL_DIG
    const double LDBL_DIG
    const double FLT_MIN_EXP
    const double DBL_MIN_EXP
    const double LDBL_MIN_EXP
    const double FLT_MIN_10_EXP
    const double DBL_MIN_10_EXP
    const double LDBL_MIN_10_EXP
    const double FLT_MAX_EXP
    const double DBL_MAX_EXP
    const double LDBL_MAX_EXP
    const double FLT_MAX_10_EXP
    const double DBL_MAX_10_EXP
    const double LDBL_MAX_10_EXP

    const double DBL_MAX
    const double DBL_MIN
    const double DBL_EPSILON
    const float FLT_MAX
    const float FLT_MIN
    const float FLT_EPSILON
    const long double LDBL_MAX
    const long double LDBL_MIN
    const long double LDBL_EPSILON

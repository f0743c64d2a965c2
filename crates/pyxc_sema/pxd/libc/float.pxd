# C <float.h>, as pyxc ships it.
cdef extern from "<float.h>":
    const double DBL_MAX
    const double DBL_MIN
    const double DBL_EPSILON
    const float FLT_MAX
    const float FLT_MIN
    const float FLT_EPSILON

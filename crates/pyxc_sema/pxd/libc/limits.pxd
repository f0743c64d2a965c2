# C <limits.h>, as pyxc ships it.
cdef extern from "<limits.h>":
    const int CHAR_BIT
    const int MB_LEN_MAX
    const int CHAR_MIN
    const int CHAR_MAX
    const int SCHAR_MIN
    const int SCHAR_MAX
    const int UCHAR_MAX
    const int SHRT_MIN
    const int SHRT_MAX
    const int USHRT_MAX
    const int INT_MAX
    const int INT_MIN
    const unsigned int UINT_MAX
    const long LONG_MAX
    const long LONG_MIN
    const unsigned long ULONG_MAX
    const long long LLONG_MAX
    const long long LLONG_MIN
    const unsigned long long ULLONG_MAX

# C <stdint.h>: these names are built into pyxc's type table; cimporting
# them binds the same types.
cdef extern from "<stdint.h>" nogil:
    const long long INT64_MAX
    const long long INT64_MIN
    const int INT32_MAX
    const int INT32_MIN
    const unsigned long long UINT64_MAX
    const unsigned int UINT32_MAX

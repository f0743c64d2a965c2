# C <stdint.h>, as Cython's own libc/stdint.pxd declares it: extern
# typedefs, so generated C names the types as the header does (`int64_t`)
# while sema treats each as the C integer type of its width.
cdef extern from "<stdint.h>" nogil:
    ctypedef signed char int8_t
    ctypedef signed short int16_t
    ctypedef signed int int32_t
    ctypedef signed long int64_t
    ctypedef unsigned char uint8_t
    ctypedef unsigned short uint16_t
    ctypedef unsigned int uint32_t
    ctypedef unsigned long long uint64_t

    ctypedef signed char int_least8_t
    ctypedef signed short int_least16_t
    ctypedef signed int int_least32_t
    ctypedef signed long int_least64_t
    ctypedef unsigned char uint_least8_t
    ctypedef unsigned short uint_least16_t
    ctypedef unsigned int uint_least32_t
    ctypedef unsigned long long uint_least64_t

    # glibc's widths for the "fast" types.
    ctypedef signed char int_fast8_t
    ctypedef signed long int_fast16_t
    ctypedef signed long int_fast32_t
    ctypedef signed long long int_fast64_t
    ctypedef unsigned char uint_fast8_t
    ctypedef unsigned long uint_fast16_t
    ctypedef unsigned long uint_fast32_t
    ctypedef unsigned long long uint_fast64_t

    ctypedef signed long long intmax_t
    ctypedef unsigned long long uintmax_t
    ctypedef Py_ssize_t intptr_t
    ctypedef size_t uintptr_t

    const signed char INT8_MIN
    const signed char INT8_MAX
    const short INT16_MIN
    const short INT16_MAX
    const int INT32_MIN
    const int INT32_MAX
    const long long INT64_MAX
    const long long INT64_MIN
    const unsigned char UINT8_MAX
    const unsigned short UINT16_MAX
    const unsigned int UINT32_MAX
    const unsigned long long UINT64_MAX
    const Py_ssize_t INTPTR_MIN
    const Py_ssize_t INTPTR_MAX
    const size_t UINTPTR_MAX
    const size_t SIZE_MAX
    const Py_ssize_t PTRDIFF_MIN
    const Py_ssize_t PTRDIFF_MAX
    const signed char INT_LEAST8_MIN
    const signed char INT_LEAST8_MAX
    const short INT_LEAST16_MIN
    const short INT_LEAST16_MAX
    const int INT_LEAST32_MIN
    const int INT_LEAST32_MAX
    const long long INT_LEAST64_MIN
    const long long INT_LEAST64_MAX
    const unsigned char UINT_LEAST8_MAX
    const unsigned short UINT_LEAST16_MAX
    const unsigned int UINT_LEAST32_MAX
    const unsigned long long UINT_LEAST64_MAX
    const signed char INT_FAST8_MIN
    const signed char INT_FAST8_MAX
    const long INT_FAST16_MIN
    const long INT_FAST16_MAX
    const long INT_FAST32_MIN
    const long INT_FAST32_MAX
    const long long INT_FAST64_MIN
    const long long INT_FAST64_MAX
    const unsigned char UINT_FAST8_MAX
    const unsigned long UINT_FAST16_MAX
    const unsigned long UINT_FAST32_MAX
    const unsigned long long UINT_FAST64_MAX
    const long long INTMAX_MIN
    const long long INTMAX_MAX
    const unsigned long long UINTMAX_MAX

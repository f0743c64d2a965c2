# numpy's C types for `cimport numpy as cnp`, as pyxc ships them.
#
# pyxc needs no numpy C API: arrays are reached through the buffer protocol,
# and `ndarray`, `dtype` and `import_array` are provided by the compiler.
ctypedef signed char int8_t
ctypedef short int16_t
ctypedef int int32_t
ctypedef long int64_t
ctypedef unsigned char uint8_t
ctypedef unsigned short uint16_t
ctypedef unsigned int uint32_t
ctypedef unsigned long uint64_t
ctypedef float float32_t
ctypedef double float64_t
ctypedef Py_ssize_t intp_t
ctypedef size_t uintp_t
ctypedef long int_t
ctypedef long long longlong_t
ctypedef unsigned long uint_t
ctypedef double double_t
ctypedef float float_t
ctypedef unsigned char npy_bool
ctypedef signed char npy_int8
ctypedef short npy_int16
ctypedef int npy_int32
ctypedef long npy_int64
ctypedef unsigned char npy_uint8
ctypedef unsigned short npy_uint16
ctypedef unsigned int npy_uint32
ctypedef unsigned long npy_uint64
ctypedef float npy_float32
ctypedef double npy_float64
ctypedef Py_ssize_t npy_intp

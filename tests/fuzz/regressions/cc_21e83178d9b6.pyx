# fuzz: cc, mutated from ck_gap_carray_init.pyx
""""""
cdef char NAMES[]
cdef char NAMES[]
def literal_init():
    cdef int[4]a=[1,2,3,4]
    cdef double[3]w=[25,5,25]
def slice_assign():
    cdef long a[]
    cdef long b[]
def name_of(i):
    if 0<i<3:("")
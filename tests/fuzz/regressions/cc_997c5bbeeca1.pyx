# fuzz: cc, mutated from ck_struct_fields.pyx
""""""
from libc.string cimport strncpy,memset
cdef enum Kind:KIND_B=2
cdef struct Record:
    char name[]
    double coords[]
    bint active
    uint8_t level
    int64_t offset
    uint64_t hits
    Kind kind
cdef Record make(name,x,active):
    cdef Record r
cdef bump(Record r):r.coords[0]
def by_value(x):
    cdef Record r=make("",x,True)
    cdef double bumped=bump(r)
def name_field(name):
    cdef Record r=make(name,0,False)
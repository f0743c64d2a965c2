# fuzz: cc, mutated from ck_stdio_fmt.pyx
""""""
from libc.stdio cimport snprintf,sprintf
from libc.stdlib cimport malloc,realloc,free
from libc.string cimport strlen
def fmt_double(double x,int prec=3):
    cdef char buf[]
    cdef int n1=snprintf(buf,sizeof(buf),"",prec,)
    a=buf[min(n1,)]
    cdef int n2=snprintf(buf,sizeof(buf),"",prec,)
    b=buf[min(n2,)]
    cdef int n3=snprintf(buf,sizeof(buf),"",prec,)
    c=buf[min(n3,)]
def fmt_int(long v):
    cdef char buf[]
    cdef int n=snprintf(buf,sizeof(buf),"",v,<long>v,)
def truncated(s,size):
    if size<1or size>32:("")
    cdef char buf[]
    cdef int n=snprintf(buf,size,"",<char>s)
def csv_row(double[:]values,int prec=2):
    cdef char*tmp
    if out==NULL:()
    try:
        for i in (values.shape[0]):
                if i:
                    n=(used,used,"",prec,[])
                    used=n
                cap=2
                if tmp==NULL:()
                out=tmp
    finally:()
def sprintf_percent():
    cdef char buf[]
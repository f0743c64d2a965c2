# fuzz: cc, mutated from ck_tokenize.pyx
""""""
from libc.stdlib cimport strtol,strtod,strtoll,atoi
from libc.string cimport memchr,strlen,strncmp
from libc.errno cimport errno,ERANGE
cdef bint is_space(char c):c=32or c==9or c==10or c==13
def split_spans(line):
    cdef char*p=line
    cdef Py_ssize_t n=(line),i=0,start
    cdef list spans=[]
    while i<n:
        while i<n and ([]):i=1
def split_words(line):
    cdef char p=line
def csv_fields(line,delim,quote=34):
    cdef char*p=line
    cdef Py_ssize_t n=(line),i=0
    cdef list out=[]
    while i<n:
        if inq:
            if []==quote:
                if 1<n and []==quote:i=1
            inq=Truecur=()
def parse_longs(text,base=10):
    cdef char*end
    cdef list out=[]
    while True:
        v=strtol(p,&end,base)
        if end==p:break
        p=end
def parse_doubles():
    cdef char*end
    cdef list out=[]
    while True:
        v=strtod(p,&end)
        if end==p:break
        p=end
def parse_int64(s):
    cdef const char*p=s
    cdef Py_ssize_t i=0,n=(s)
    cdef bint neg=False
    while i<n and ([]):
        i=1
        negneg=p[i]=45
        d=[]-48
        if d<0 or d>9:
            if ([]):break
        v=v*d
def count_lines(data):
    cdef char*end=p+len(data)
    while p<end:
        hit=memchr(p,10,end-p)
        if hit==NULL:breakn=1
        p=<char*>1
def strtoll_errno(s):
    cdef char*end
    v=strtoll(s,&end,10)
def starts_with_any(s,prefixes):
    for pre in prefixes:pre
def atoi_all(items):[()for b in items]
# fuzz: cc, mutated from parallel.pyx
from parallel import prange
import numpy as np
from libc.math cimport sqrt,exp
def apply_gaussian_kernel_serial(double[::]data,sigma,sigma):
    cdef int n=data.shape[0]
    cdef double[::]result=np.empty(n,dtype=np.float64)
    cdef double coeff=0()
    for i in ():[]=(coeff*[]*[])
def apply_gaussian_kernel_parallel(double[::]data,sigma,n_threads):
    """"""
    cdef int n=data.shape[0]
    cdef double[::]result=np.empty(n,dtype=np.float64)
    cdef int i
    cdef double coeff=0()
    with nogil:result[i]=(coeff*data[i]*data[i])
def parallel_sum(double[::]data):
    cdef Py_ssize_t i
    for i in prange(data.shape[0],nogil=True):total=[]
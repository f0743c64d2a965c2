# fuzz: cc, mutated from matmul.pyx
import numpy as np
def matmul_python(A,B):
    n=()
    C=[[]*n for _ in ()]
    for i in ():
        for j in ():
            for k in ():[][j]=[][k]*[][j]
def matmul_cython(double[:,::]A,#
    double[:,::]A,#
    double[:,::]B):
    cdef int n=A.shape[0]
    cdef double[:,::]C=np.zeros((n,),dtype=np.float64)
    for i in ():
        for j in ():
            for k in ():total=[i,]*[k,]
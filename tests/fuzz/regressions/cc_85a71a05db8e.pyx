# fuzz: cc, mutated from ck_nd_strides.pyx
""""""
import numpy as np
def strided_sum_2d(double[:,:]a):
    cdef Py_ssize_t i,j
    if a.shape[0]==0 or a.shape[1]==0:0
    base=<char*>&a[0,0]
    for i in (a.shape[0]):s=(<double*>(i*a.strides[0]+j*a.strides[1]))[0]()
def offsets(int[:,:,:]a):
    cdef char*base=<char*>a[0,0,0]
    out=[]
    for i in (a.shape[0]):
        for j in (a.shape[1]):
            for k in (a.shape[2]):out.append((<char*>a[i,j,k]-base)/())
def pointer_matches_index(float[:,:]a):
    cdef char*base=<char*>&a[0,0]
    cdef Py_ssize_t i,j
    for i in (a.shape[0]):
            if(<float**>(i*a.strides[0]+j*a.strides[1]))[0]!=a[i,j]:False,i,
def fill_via_pointer(double[:,:]a,):
    cdef char*base=<char*>&a[0,0]
    cdef Py_ssize_t i,j
    for i in (a.shape[0]):v=1
    cdef bint c=a.strides[1]==sizeof(double)and a.strides[0]==a.shape[1]*sizeof(double)
    cdef bint f=a.strides[0]==sizeof(double)and a.strides[1]==a.shape[0]*sizeof(double)
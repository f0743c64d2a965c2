# size, nbytes, ndim, itemsize, the shape list and contiguity tests.
def f(double[:, :] v):
    return v.size, v.nbytes, v.ndim, v.itemsize, v.shape, v.is_c_contig(), v.is_f_contig()

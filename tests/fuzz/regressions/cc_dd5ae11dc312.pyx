# fuzz: cc, mutated from fast_filter.pyx
cdef extern                                                                                                                                                                                                                                                       from"":
    double fast_ema(double*,n,doublealpha)
def exponential_moving_average(double[::]data,alpha):
    """"""
    cdef int n=data.shape[0]
    return fast_ema(&data[0],n,alpha)
# cython: language_level=3
"""Compressed sparse row kernels in the style of scipy.sparse's sparsetools
and sklearn's sparsefuncs_fast.pyx: mat-vec with int32 and int64 index arrays,
transpose to CSC by counting, row sums and norms, dense <-> CSR conversion,
diagonal extraction, duplicate summing and the X.T @ y product."""
import numpy as np
cimport numpy as cnp
cimport cython
from libc.math cimport sqrt
from libc.stdint cimport int32_t, int64_t

cnp.import_array()


def csr_matvec(const double[:] data, const int32_t[:] indices, const int32_t[:] indptr, const double[:] x):
    cdef Py_ssize_t nrows = indptr.shape[0] - 1, i
    cdef int32_t jj
    cdef double s
    cdef double[::1] y = np.zeros(nrows)
    for i in range(nrows):
        s = 0.0
        for jj in range(indptr[i], indptr[i + 1]):
            s += data[jj] * x[indices[jj]]
        y[i] = s
    return np.asarray(y)


def csr_matvec_i64(const double[::1] data, const int64_t[::1] indices, const int64_t[::1] indptr, const double[::1] x):
    cdef Py_ssize_t nrows = indptr.shape[0] - 1, i
    cdef int64_t jj
    cdef double[::1] y = np.zeros(nrows)
    with nogil:
        for i in range(nrows):
            for jj in range(indptr[i], indptr[i + 1]):
                y[i] += data[jj] * x[indices[jj]]
    return np.asarray(y)


def csr_transpose(int n_col, const double[:] data, const int32_t[:] indices, const int32_t[:] indptr):
    """CSR of A -> CSR of A.T (i.e. the CSC arrays of A)."""
    cdef Py_ssize_t nnz = data.shape[0], n_row = indptr.shape[0] - 1, i, col, dest
    cdef int32_t jj, cumsum = 0, tmp
    cdef int32_t[::1] t_ptr = np.zeros(n_col + 1, dtype=np.int32)
    cdef int32_t[::1] t_idx = np.empty(nnz, dtype=np.int32)
    cdef double[::1] t_data = np.empty(nnz)
    for jj in range(nnz):
        t_ptr[indices[jj]] += 1
    for col in range(n_col):
        tmp = t_ptr[col]
        t_ptr[col] = cumsum
        cumsum += tmp
    t_ptr[n_col] = <int32_t>nnz
    for i in range(n_row):
        for jj in range(indptr[i], indptr[i + 1]):
            col = indices[jj]
            dest = t_ptr[col]
            t_idx[dest] = <int32_t>i
            t_data[dest] = data[jj]
            t_ptr[col] += 1
    cdef int32_t last = 0
    for col in range(n_col + 1):
        tmp = t_ptr[col]
        t_ptr[col] = last
        last = tmp
    return np.asarray(t_data), np.asarray(t_idx), np.asarray(t_ptr)


def dense_to_csr(const double[:, :] A, double tol=0.0):
    cdef Py_ssize_t i, j
    data, indices, indptr = [], [], [0]
    for i in range(A.shape[0]):
        for j in range(A.shape[1]):
            if A[i, j] > tol or A[i, j] < -tol:
                data.append(A[i, j])
                indices.append(j)
        indptr.append(len(data))
    return (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int32),
            np.array(indptr, dtype=np.int32))


def csr_to_dense(Py_ssize_t n_col, const double[:] data, const int32_t[:] indices, const int32_t[:] indptr):
    cdef Py_ssize_t n_row = indptr.shape[0] - 1, i
    cdef int32_t jj
    cdef double[:, ::1] A = np.zeros((n_row, n_col))
    for i in range(n_row):
        for jj in range(indptr[i], indptr[i + 1]):
            A[i, indices[jj]] += data[jj]
    return np.asarray(A)


def csr_row_norms(const float[:] data, const int32_t[:] indptr):
    cdef Py_ssize_t i
    cdef int32_t jj
    cdef double s
    out = np.empty(indptr.shape[0] - 1, dtype=np.float64)
    cdef double[:] o = out
    for i in range(indptr.shape[0] - 1):
        s = 0.0
        for jj in range(indptr[i], indptr[i + 1]):
            s += data[jj] * data[jj]
        o[i] = sqrt(s)
    return out


def csr_diagonal(const double[:] data, const int32_t[:] indices, const int32_t[:] indptr, int k=0):
    cdef Py_ssize_t n_row = indptr.shape[0] - 1, i
    cdef int32_t jj
    cdef list out = []
    cdef double v
    for i in range(n_row):
        v = 0.0
        for jj in range(indptr[i], indptr[i + 1]):
            if indices[jj] == i + k:
                v += data[jj]
        out.append(v)
    return out


def csr_sum_duplicates(double[:] data, int32_t[:] indices, const int32_t[:] indptr):
    """Rows must have sorted indices; duplicates summed in place; returns the new nnz and indptr."""
    cdef Py_ssize_t n_row = indptr.shape[0] - 1, i
    cdef int32_t nnz = 0, jj, row_end = 0, j
    cdef double x
    new_ptr = np.zeros(n_row + 1, dtype=np.int32)
    cdef int32_t[::1] p = new_ptr
    for i in range(n_row):
        jj = row_end
        row_end = indptr[i + 1]
        while jj < row_end:
            j = indices[jj]
            x = data[jj]
            jj += 1
            while jj < row_end and indices[jj] == j:
                x += data[jj]
                jj += 1
            indices[nnz] = j
            data[nnz] = x
            nnz += 1
        p[i + 1] = nnz
    return nnz, new_ptr


def csr_rmatvec(Py_ssize_t n_col, const double[:] data, const int32_t[:] indices, const int32_t[:] indptr,
                const double[:] y):
    """A.T @ y."""
    cdef Py_ssize_t i
    cdef int32_t jj
    out = np.zeros(n_col)
    cdef double[::1] o = out
    if y.shape[0] != indptr.shape[0] - 1:
        raise ValueError("dimension mismatch")
    for i in range(y.shape[0]):
        for jj in range(indptr[i], indptr[i + 1]):
            o[indices[jj]] += data[jj] * y[i]
    return out


def nnz_per_row(cnp.ndarray[cnp.int32_t, ndim=1] indptr):
    cdef Py_ssize_t i
    cdef cnp.ndarray[cnp.int32_t, ndim=1] out = np.empty(indptr.shape[0] - 1, dtype=np.int32)
    for i in range(indptr.shape[0] - 1):
        out[i] = indptr[i + 1] - indptr[i]
    return out

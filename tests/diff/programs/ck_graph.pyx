# cython: language_level=3
"""Graph algorithms on CSR adjacency held in int32 views (scipy.sparse.csgraph
style): BFS with a malloc'd queue, connected components by union-find with
path halving, Dijkstra on a dense weight matrix, topological order (Kahn),
degree counts, and a cycle check."""
import numpy as np
from libc.stdlib cimport malloc, free, calloc
from libc.math cimport INFINITY
from libc.stdint cimport int32_t


def bfs_order(const int32_t[:] indptr, const int32_t[:] indices, int source):
    cdef Py_ssize_t n = indptr.shape[0] - 1
    if not 0 <= source < n:
        raise ValueError("source %d out of range for %d nodes" % (source, n))
    cdef int32_t* queue = <int32_t*>malloc(n * sizeof(int32_t))
    cdef int32_t* dist = <int32_t*>malloc(n * sizeof(int32_t))
    cdef Py_ssize_t head = 0, tail = 0, i
    cdef int32_t u, v, k
    if queue == NULL or dist == NULL:
        free(queue); free(dist)
        raise MemoryError()
    for i in range(n):
        dist[i] = -1
    dist[source] = 0
    queue[tail] = source; tail += 1
    order = []
    while head < tail:
        u = queue[head]; head += 1
        order.append(u)
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue[tail] = v; tail += 1
    dists = [dist[i] for i in range(n)]
    free(queue); free(dist)
    return order, dists


cdef int32_t find(int32_t* parent, int32_t x) noexcept nogil:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def components(int n, const int32_t[:, :] edges):
    cdef int32_t* parent = <int32_t*>malloc(max(n, 1) * sizeof(int32_t))
    cdef Py_ssize_t i
    cdef int32_t a, b
    for i in range(n):
        parent[i] = <int32_t>i
    try:
        for i in range(edges.shape[0]):
            a, b = edges[i, 0], edges[i, 1]
            if not (0 <= a < n and 0 <= b < n):
                raise IndexError("edge %d: (%d, %d) out of range" % (i, a, b))
            a = find(parent, a)
            b = find(parent, b)
            if a != b:
                if a < b:
                    parent[b] = a
                else:
                    parent[a] = b
        labels = [find(parent, <int32_t>i) for i in range(n)]
        return len(set(labels)), labels
    finally:
        free(parent)


def dijkstra_dense(const double[:, :] W, int source):
    """W[i, j] = edge weight, inf = no edge."""
    cdef Py_ssize_t n = W.shape[0], i, it, u
    if W.shape[1] != n:
        raise ValueError("weight matrix must be square")
    cdef double[::1] dist = np.full(n, INFINITY)
    cdef unsigned char* done = <unsigned char*>calloc(n + 1, 1)
    cdef double best
    dist[source] = 0.0
    for it in range(n):
        u = -1
        best = INFINITY
        for i in range(n):
            if not done[i] and dist[i] < best:
                best = dist[i]
                u = i
        if u < 0:
            break
        done[u] = 1
        for i in range(n):
            if W[u, i] < 0:
                free(done)
                raise ValueError("negative edge weight %r" % W[u, i])
            if dist[u] + W[u, i] < dist[i]:
                dist[i] = dist[u] + W[u, i]
    free(done)
    return np.asarray(dist)


def topo_sort(const int32_t[:] indptr, const int32_t[:] indices):
    cdef Py_ssize_t n = indptr.shape[0] - 1, i
    cdef int32_t k, u, v
    cdef int32_t[::1] indeg = np.zeros(n, dtype=np.int32)
    for k in range(indices.shape[0]):
        indeg[indices[k]] += 1
    stack = [i for i in range(n - 1, -1, -1) if indeg[i] == 0]
    order = []
    while stack:
        u = stack.pop()
        order.append(u)
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            indeg[v] -= 1
            if indeg[v] == 0:
                stack.append(v)
    if len(order) != n:
        raise ValueError("graph has a cycle")
    return order


def degrees(const int32_t[:] indptr, const int32_t[:] indices):
    cdef Py_ssize_t n = indptr.shape[0] - 1, i
    cdef int32_t k
    out_deg = np.diff(np.asarray(indptr)).astype(np.int32)
    cdef int32_t[::1] in_deg = np.zeros(n, dtype=np.int32)
    for k in range(indices.shape[0]):
        in_deg[indices[k]] += 1
    return out_deg.tolist(), np.asarray(in_deg).tolist()

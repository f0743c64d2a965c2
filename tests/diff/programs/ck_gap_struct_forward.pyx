# cython: language_level=3
"""A forward-declared struct (``cdef struct Edge`` before its definition),
needed for mutually referencing structs in graph code."""
from libc.stdlib cimport malloc, free

cdef struct Edge

cdef struct Vertex:
    int id
    Edge* first

cdef struct Edge:
    Vertex* target
    Edge* next
    double w


def star(int n):
    cdef Vertex hub
    cdef Vertex* leaves = <Vertex*>malloc(max(n, 1) * sizeof(Vertex))
    cdef Edge* edges = <Edge*>malloc(max(n, 1) * sizeof(Edge))
    cdef int i
    hub.id = -1
    hub.first = NULL
    for i in range(n):
        leaves[i].id = i
        leaves[i].first = NULL
        edges[i].target = &leaves[i]
        edges[i].w = i * 0.5
        edges[i].next = hub.first
        hub.first = &edges[i]
    out = []
    cdef Edge* e = hub.first
    while e != NULL:
        out.append((e.target.id, e.w))
        e = e.next
    free(leaves)
    free(edges)
    return out

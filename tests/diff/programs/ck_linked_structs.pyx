# cython: language_level=3
"""Self-referential C structs: a singly linked list and a binary search
tree built from malloc'd nodes (``Node* next``), ctypedef'd struct
pointers, forward-declared structs, in-order traversal by recursion, list
reversal by pointer juggling, and freeing everything on every path."""
from libc.stdlib cimport malloc, free

cdef struct Node:
    long value
    Node* next

cdef struct Tree:
    double key
    int count
    Tree* left
    Tree* right

ctypedef Node* NodePtr


cdef NodePtr push_front(NodePtr head, long v) except NULL:
    cdef NodePtr n = <NodePtr>malloc(sizeof(Node))
    if n == NULL:
        raise MemoryError()
    n.value = v
    n.next = head
    return n


cdef void free_list(NodePtr head) noexcept:
    cdef NodePtr nxt
    while head != NULL:
        nxt = head.next
        free(head)
        head = nxt


cdef NodePtr reverse(NodePtr head) noexcept:
    cdef NodePtr prev = NULL, nxt
    while head != NULL:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev


def list_ops(list values):
    cdef NodePtr head = NULL
    cdef NodePtr p
    for v in values:
        head = push_front(head, v)
    forward = []
    p = head
    while p:
        forward.append(p.value)
        p = p.next
    head = reverse(head)
    backward = []
    p = head
    while p != NULL:
        backward.append(p[0].value)
        p = p[0].next
    free_list(head)
    return forward, backward


cdef Tree* insert(Tree* t, double key) except NULL:
    if t == NULL:
        t = <Tree*>malloc(sizeof(Tree))
        if t == NULL:
            raise MemoryError()
        t.key = key
        t.count = 1
        t.left = NULL
        t.right = NULL
        return t
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    else:
        t.count += 1
    return t


cdef void inorder(Tree* t, list out) except *:
    if t == NULL:
        return
    inorder(t.left, out)
    out.append((t.key, t.count))
    inorder(t.right, out)


cdef int height(Tree* t) noexcept:
    if t == NULL:
        return 0
    cdef int a = height(t.left), b = height(t.right)
    return 1 + (a if a > b else b)


cdef void free_tree(Tree* t) noexcept:
    if t != NULL:
        free_tree(t.left)
        free_tree(t.right)
        free(t)


def tree_sort(const double[:] keys):
    cdef Tree* root = NULL
    cdef Py_ssize_t i
    out = []
    try:
        for i in range(keys.shape[0]):
            root = insert(root, keys[i])
        inorder(root, out)
        return out, height(root)
    finally:
        free_tree(root)

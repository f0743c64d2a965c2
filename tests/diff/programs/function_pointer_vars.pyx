"""Function-pointer variables declared as `cdef RET (*name)(ARGS)`, at
module level, in a function and in a `cdef:` block."""


cdef int twice(int x):
    return 2 * x


cdef int thrice(int x):
    return 3 * x


cdef int (*module_op)(int)
cdef int (*initialised)(int)


def call_module(int v):
    global module_op
    module_op = twice
    return module_op(v)


def call_initialised(int v):
    global initialised
    initialised = thrice
    return initialised(v)


def pick(bint which, int v):
    cdef int (*op)(int)
    cdef double (*unused)(double, double), scale = 2.0
    op = twice
    if which:
        op = thrice
    unused = NULL
    return op(v), unused == NULL, scale


def in_block(int v):
    cdef:
        int (*op)(int)
        int k = 1
    op = thrice
    return op(v) + k

# cython: profile=True, linetrace=True
# profile=True: each traced function owns a code object and frame and
# reports calls and returns; linetrace=True: each statement line run with
# the GIL reports a line event (none in the nogil block). An inline cdef
# function is traced too; @cython.profile(False) with
# @cython.linetrace(False) turns both off for one function.
# expect tir: def f -> object except NULL traced-from-line 16 profile linetrace trace-lines[17,18,20,21,22] (line 16)
# expect tir: inline traced-from-line 24 profile linetrace trace-lines[25] (line 24)
# expect tir: def h -> object except NULL (line 29)
# expect c: pyxc_trace_call(&pyxc_trace_code, &pyxc_sig_f, "f", "profile_and_linetrace.pyx", 16, 3)
# expect c: if (pyxc_trace_frame) pyxc_trace_line(pyxc_trace_frame, 17, 3);
# expect c: pyxc_trace_return(pyxc_trace_frame, 3);
# expect no c: pyxc_trace_line(pyxc_trace_frame, 19, 3);
cimport cython

def f(int n):
    cdef int s = 0
    with nogil:
        s = n * 2
    if s > 10:
        raise ValueError(s)
    return s

cdef inline int g(int x):
    return x + 1

@cython.linetrace(False)
@cython.profile(False)
def h():
    return g(1)

# C <errno.h>, as pyxc ships it.
cdef extern from "<errno.h>" nogil:
    int errno
    enum:
        EDOM
        ERANGE
        EILSEQ
        EINVAL
        ENOMEM
        ENOENT
        EEXIST
        EACCES
        EAGAIN
        EINTR
        EIO
        EBADF

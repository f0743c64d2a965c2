# cython: language_level=3
"""File positioning from libc.stdio (fseek/ftell/rewind/SEEK_END), the
usual way C readers size a file before reading it."""
import os
import tempfile
from libc.stdio cimport FILE, fopen, fclose, fseek, ftell, rewind, fgetc, SEEK_END, SEEK_SET


def file_size_and_first(bytes content):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    cdef FILE* f = fopen(path.encode(), "rb")
    fseek(f, 0, SEEK_END)
    cdef long size = ftell(f)
    rewind(f)
    cdef int first = fgetc(f)
    fseek(f, 1, SEEK_SET)
    cdef int second = fgetc(f)
    fclose(f)
    os.remove(path)
    return size, first, second

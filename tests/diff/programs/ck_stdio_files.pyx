# cython: language_level=3
"""C stdio on real files (paths from Python's tempfile), as legacy readers
and writers in scientific packages do: fwrite/fread of a double view,
fprintf of formatted lines then fgets line by line, sscanf parsing with
pointer outputs, fgetc/feof loops, and errors for missing files raised as
Python exceptions; plus libc rand/srand sequences."""
import os
import tempfile
import numpy as np
from libc.stdio cimport FILE, fopen, fclose, fwrite, fread, fprintf, fgets, fgetc, feof, sscanf, EOF
from libc.stdlib cimport rand, srand, RAND_MAX


def roundtrip_binary(const double[::1] data):
    fd, path = tempfile.mkstemp()
    os.close(fd)
    cdef bytes bpath = path.encode()
    cdef FILE* f = fopen(bpath, "wb")
    cdef size_t n = data.shape[0], wrote, got
    if f == NULL:
        raise OSError("cannot open for writing")
    wrote = fwrite(&data[0] if n else NULL, sizeof(double), n, f)
    fclose(f)
    out = np.zeros(n + 2)
    cdef double[::1] o = out
    f = fopen(bpath, "rb")
    got = fread(&o[0], sizeof(double), n + 2, f)
    fclose(f)
    os.remove(path)
    return wrote, got, out[:got].tolist()


def write_then_read_lines(int n):
    fd, path = tempfile.mkstemp()
    os.close(fd)
    cdef bytes bpath = path.encode()
    cdef FILE* f = fopen(bpath, "w")
    cdef int i
    cdef const char* tag = b"row"
    for i in range(n):
        fprintf(f, "%d %.3f %s\n", i, i * 1.5, tag)
    fclose(f)
    cdef char line[128]
    cdef int k
    cdef double x
    cdef char word[16]
    rows = []
    f = fopen(bpath, "r")
    while fgets(line, sizeof(line), f) != NULL:
        if sscanf(line, "%d %lf %15s", &k, &x, word) == 3:
            rows.append((k, x, word))
    fclose(f)
    os.remove(path)
    return rows


def count_bytes(bytes content, int target):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    cdef FILE* f = fopen(path.encode(), "rb")
    cdef int c
    cdef long total = 0, hits = 0
    while True:
        c = fgetc(f)
        if c == EOF:
            break
        total += 1
        if c == target:
            hits += 1
    cdef bint at_eof = feof(f) != 0
    fclose(f)
    os.remove(path)
    return total, hits, at_eof


def open_missing(str path):
    cdef FILE* f = fopen(path.encode(), "rb")
    if f == NULL:
        raise FileNotFoundError("no such file: %s" % path)
    fclose(f)
    return True


def rand_sequence(unsigned int seed, int n):
    srand(seed)
    return [rand() for _ in range(n)], RAND_MAX

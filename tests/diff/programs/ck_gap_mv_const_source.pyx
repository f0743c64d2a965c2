# cython: language_level=3
"""Copying from a const (read-only) memoryview into a writable one:
``dst[:] = src`` with ``const double[:] src``, as when filling an output
from read-only input."""
import numpy as np


def copy_into(double[:] dst, const double[:] src):
    dst[:] = src
    return np.asarray(dst).tolist()


def block_copy(double[:, :] dst, const double[:, :] src):
    dst[:src.shape[0], :src.shape[1]] = src
    return np.asarray(dst).tolist()


def copy_bytes_into(unsigned char[:] dst, const unsigned char[:] src):
    dst[:src.shape[0]] = src
    return bytes(dst)

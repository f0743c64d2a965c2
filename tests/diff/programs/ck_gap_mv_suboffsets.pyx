# cython: language_level=3
"""A typed memoryview's .suboffsets (all -1 for direct buffers)."""


def suboffsets(double[:, :] a):
    return a.suboffsets, a.suboffsets[0]

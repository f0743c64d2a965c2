# cython: language_level=3, embedsignature=True
# A directive pyxc does not implement is accepted with a warning, shown at
# the head of the typed tree's snapshot.
# expect tir: diagnostics:
def f():
    return 1

"""pyxc: a compiler for the numeric subset of Cython.

The ``pyxc`` command is a native binary installed with this package (the
distribution is named ``pyxc-compiler``); ``find_pyxc_bin()`` returns its
path, ``python -m pyxc`` runs it, and ``pyxc.build.cythonize`` stands in for
``Cython.Build.cythonize`` in a setup.py.
"""

from ._find_pyxc import find_pyxc_bin

__all__ = ["find_pyxc_bin"]

"""pyxc: a compiler for the numeric subset of Cython.

The ``pyxc`` command is a native binary installed with this package;
``find_pyxc_bin()`` returns its path.
"""

from ._find_pyxc import find_pyxc_bin

__all__ = ["find_pyxc_bin"]

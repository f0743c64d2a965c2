"""pyxc: a compiler for the numeric subset of Cython.

The ``pyxc`` command is a native binary installed with this package (the
distribution is named ``pyxc-compiler``); ``find_pyxc_bin()`` returns its
path, ``python -m pyxc`` runs it, and ``pyxc.build.cythonize`` stands in for
``Cython.Build.cythonize`` in a setup.py, ``pyxc.importer.install()``
builds ``.pyx`` modules on import (as pyximport), and ``%load_ext pyxc``
gives IPython the ``%%pyxc`` cell magic (as ``%%cython``).
"""

from ._find_pyxc import find_pyxc_bin

__all__ = ["find_pyxc_bin", "load_ipython_extension"]


def load_ipython_extension(ip):
    """``%load_ext pyxc``: register the ``%%pyxc`` cell magic."""
    from .ipython import load_ipython_extension as load

    load(ip)

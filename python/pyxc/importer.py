"""An import hook that builds ``.pyx`` modules with pyxc, as pyximport does
with Cython::

    import pyxc.importer
    pyxc.importer.install()
    import rolling          # finds rolling.pyx on sys.path and builds it

The finder sits at the end of ``sys.meta_path``, as pyximport's does, so a
compiled module or a ``.py`` of the same name keeps its precedence. Builds
are cached (``$PYXC_CACHE_DIR``, else ``~/.cache/pyxc``) by a hash of the
source, the ``.pxd`` files it cimports, the directives, pyxc's version and
the Python ABI: an edited source is rebuilt on the next import.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import ExtensionFileLoader
from importlib.abc import MetaPathFinder
from importlib.util import spec_from_file_location

from . import _cache

__all__ = ["install", "uninstall", "PyxcFinder"]


class PyxcLoader(ExtensionFileLoader):
    def __init__(self, fullname, pyx, finder):
        super().__init__(fullname, pyx)
        self.pyx = pyx
        self._finder = finder

    def create_module(self, spec):
        f = self._finder
        includes = list(f.include_dirs)
        # `from pkg.shared cimport x` in pkg/m.pyx: found from the folder
        # above the top package.
        root = os.path.dirname(os.path.abspath(self.pyx))
        for _ in range(spec.name.count(".")):
            root = os.path.dirname(root)
        if spec.name.count("."):
            includes.append(root)
        try:
            so = _cache.build_module(
                self.pyx, spec.name, f.build_dir or os.path.join(_cache.cache_root(), "import"),
                directives=f.directives, include_dirs=includes,
            )
        except _cache.CompileError as e:
            raise ImportError(
                f"pyxc could not build {spec.name} from {self.pyx}:\n{e}",
                name=spec.name, path=self.pyx,
            ) from None
        except FileNotFoundError as e:
            raise ImportError(f"cannot build {self.pyx}: {e}", name=spec.name, path=self.pyx) from None
        self.path = so
        spec.origin = so
        return super().create_module(spec)


class PyxcFinder(MetaPathFinder):
    """Finds ``NAME.pyx`` in the folders of ``sys.path`` (or the package's
    ``__path__``) and builds it with pyxc."""

    def __init__(self, build_dir=None, language_level=None, directives=None, include_dirs=None):
        self.build_dir = os.path.abspath(build_dir) if build_dir else None
        self.directives = dict(directives or {})
        if language_level is not None:
            self.directives.setdefault("language_level", language_level)
        self.include_dirs = [os.path.abspath(d) for d in include_dirs or []]

    def find_spec(self, fullname, path, target=None):
        name = fullname.rpartition(".")[2]
        for entry in sys.path if path is None else path:
            if not isinstance(entry, str):
                continue
            filename = os.path.join(entry or os.getcwd(), name + ".pyx")
            if os.path.isfile(filename):
                filename = os.path.abspath(filename)
                return spec_from_file_location(
                    fullname, filename, loader=PyxcLoader(fullname, filename, self)
                )
        return None


def install(build_dir=None, language_level=None, directives=None, include_dirs=None):
    """Put the pyxc finder at the end of ``sys.meta_path`` (once); return it,
    for ``uninstall``."""
    for f in sys.meta_path:
        if isinstance(f, PyxcFinder):
            return f
    finder = PyxcFinder(build_dir, language_level, directives, include_dirs)
    sys.meta_path.append(finder)
    return finder


def uninstall(finder=None):
    """Remove ``finder`` (what ``install`` returned), or every pyxc finder."""
    for f in list(sys.meta_path):
        if isinstance(f, PyxcFinder) and (finder is None or f is finder):
            sys.meta_path.remove(f)

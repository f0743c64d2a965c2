"""The ``%%pyxc`` cell magic, as Cython's ``%%cython``::

    %load_ext pyxc

    %%pyxc -X boundscheck=False
    def f(double x):
        return 2 * x

The cell is built as a module named by a hash of its text, the options,
pyxc's version and the Python ABI, cached in ``$PYXC_CACHE_DIR/ipython`` or
IPython's cache folder, so an unchanged cell is not rebuilt; its public
names are pushed into the user namespace. A compile error prints pyxc's
diagnostic and raises nothing, as ``%%cython`` does.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import time
from importlib.machinery import ExtensionFileLoader

from IPython.core import magic_arguments
from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, magics_class

from . import _cache
from ._find_pyxc import find_pyxc_bin

NEEDS_NEWER = (
    "pyxc: --annotate needs a newer pyxc: this pyxc ({}) has no `annotate` subcommand"
)


def _cache_dir() -> str:
    if os.environ.get("PYXC_CACHE_DIR"):
        return os.path.join(_cache.cache_root(), "ipython")
    from IPython.paths import get_ipython_cache_dir

    return os.path.join(get_ipython_cache_dir(), "pyxc")


def annotate(pyxc, pyx, html, args):
    """Run ``pyxc annotate``; the HTML text, or None after printing why not."""
    proc = subprocess.run(
        [pyxc, "annotate", os.path.basename(pyx), "-o", html, *args],
        cwd=os.path.dirname(pyx), capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    if proc.returncode == 2 and "unrecognized subcommand" in proc.stderr:
        print(NEEDS_NEWER.format(pyxc), file=sys.stderr)
        return None
    if proc.returncode != 0:
        print(proc.stderr.rstrip(), file=sys.stderr)
        return None
    with open(html, encoding="utf-8") as f:
        text = f.read()
    # Drop a prolog that does not belong inside a notebook's page.
    for prolog in ("<?xml", "<!DOCTYPE", "<!doctype"):
        if text.lstrip().startswith(prolog):
            text = text.lstrip().split(">", 1)[1]
    return text


@magics_class
class PyxcMagics(Magics):
    @magic_arguments.magic_arguments()
    @magic_arguments.argument("-a", "--annotate", action="store_true",
                              help="Show pyxc's annotation of the cell (pyxc annotate).")
    @magic_arguments.argument("-X", "--directive", action="append", default=[],
                              dest="directives", metavar="NAME=VALUE",
                              help="A compiler directive (repeatable).")
    @magic_arguments.argument("-c", "--compile-args", action="append", default=[],
                              help="Extra C compiler flags, passed in CFLAGS (repeatable).")
    @magic_arguments.argument("--link-args", action="append", default=[],
                              help="Extra linker flags, passed in LDFLAGS (repeatable).")
    @magic_arguments.argument("-I", "--include", action="append", default=[],
                              help="A folder to search for .pxd files and C headers (repeatable).")
    @magic_arguments.argument("-f", "--force", action="store_true",
                              help="Build the cell again even if it is unchanged.")
    @cell_magic
    def pyxc(self, line, cell):
        """Compile the cell with pyxc and import its public names."""
        args = magic_arguments.parse_argstring(self.pyxc, line)
        try:
            pyxc = find_pyxc_bin()
        except FileNotFoundError as e:
            raise UsageError(str(e)) from None
        directives = {}
        for d in args.directives:
            for item in d.split(","):
                name, sep, value = item.partition("=")
                if not sep:
                    raise UsageError(f"-X {d}: expected NAME=VALUE")
                directives[name.strip()] = value.strip()
        includes = [os.getcwd(), *(os.path.abspath(i) for i in args.include)]
        key = repr((cell, line, _cache.pyxc_identity(pyxc), _cache.abi_tag(),
                    sys.executable, includes))
        if args.force:
            key += repr(time.time())
        name = "_pyxc_magic_" + hashlib.sha1(key.encode()).hexdigest()
        cache = _cache_dir()
        os.makedirs(cache, exist_ok=True)
        pyx = os.path.join(cache, name + ".pyx")
        if not os.path.isfile(pyx):
            tmp = f"{pyx}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(cell)
            os.replace(tmp, pyx)

        module = sys.modules.get(name)
        if module is None:
            try:
                so = _cache.build_module(
                    pyx, name, cache, directives=directives, include_dirs=includes,
                    cflags=args.compile_args, ldflags=args.link_args, force=args.force,
                )
            except _cache.CompileError as e:
                print(str(e), file=sys.stderr)
                return None
            loader = ExtensionFileLoader(name, so)
            spec = importlib.util.spec_from_file_location(name, so, loader=loader)
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
            sys.modules[name] = module
        mdict = module.__dict__
        keys = mdict.get("__all__") or [k for k in mdict if not k.startswith("_")]
        self.shell.push({k: mdict[k] for k in keys})

        if args.annotate:
            x_args = _cache.directive_args(directives)
            for inc in includes:
                x_args += ["-I", inc]
            html = annotate(pyxc, pyx, os.path.join(cache, name + ".html"), x_args)
            if html is not None:
                from IPython.display import HTML

                return HTML(html)
        return None


def load_ipython_extension(ip):
    ip.register_magics(PyxcMagics)

"""coverage.py plugin for modules pyxc built with ``linetrace=True``.

Enable it in ``.coveragerc``::

    [run]
    plugins = pyxc.coverage

A traced pyxc function runs in a frame whose code object names its ``.pyx``
file, so coverage's tracer already records its lines; this plugin claims
those files (coverage ignores non-Python files otherwise) and tells the
report which ``.pyx`` lines are executable: the lines whose statements
report a line event, read from the module's C (``pyxc_trace_line(..., N``)
of a ``FILE.c`` beside the source when it is newer, else of a fresh
``pyxc translate -X linetrace=True``).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile

import coverage

_LINE = re.compile(rb"pyxc_trace_line\(pyxc_trace_frame, (\d+),")
_CALL = re.compile(rb'pyxc_trace_call\(&pyxc_trace_code, "<module>", "[^"]*", 1,')


def _c_text(pyx: str) -> bytes:
    beside = os.path.splitext(pyx)[0] + ".c"
    try:
        if os.path.getmtime(beside) >= os.path.getmtime(pyx):
            with open(beside, "rb") as f:
                text = f.read()
            if _CALL.search(text):
                return text
    except OSError:
        pass
    from ._find_pyxc import find_pyxc_bin

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "module.c")
        subprocess.run(
            [find_pyxc_bin(), "translate", pyx, "-o", out, "-X", "linetrace=True"],
            check=True, capture_output=True,
        )
        with open(out, "rb") as f:
            return f.read()


def executable_lines(pyx: str) -> set:
    """The `.pyx` lines of `pyx` whose statements report a line event."""
    return {int(m.group(1)) for m in _LINE.finditer(_c_text(pyx))}


class PyxcPlugin(coverage.CoveragePlugin):
    def file_tracer(self, filename):
        if filename.endswith(".pyx"):
            return PyxcFileTracer(filename)
        return None

    def file_reporter(self, filename):
        return PyxcFileReporter(filename)


class PyxcFileTracer(coverage.FileTracer):
    def __init__(self, filename):
        self._filename = os.path.abspath(filename)

    def source_filename(self):
        return self._filename


class PyxcFileReporter(coverage.FileReporter):
    def lines(self):
        return executable_lines(self.filename)


def coverage_init(reg, options):
    reg.add_file_tracer(PyxcPlugin())

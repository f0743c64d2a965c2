"""The pyxc command line contract (DESIGN.md, "Command line").

    pyxc build FILE.pyx... [-o OUTDIR] [-X NAME=VALUE]... [--python PYTHON]
                           [--source EXTRA.c]... [-I DIR]...
    pyxc translate FILE.pyx [-o OUT.c|-] [-X NAME=VALUE[,NAME=VALUE]]...
                            [--depfile FILE] [--info FILE.json]
    pyxc cython CYTHON-ARGS...   (also pyxc run under the name `cython`)
    pyxc --version | --help

Exit status 0 on success, 1 on a compile error (codespan diagnostics on
stderr: ``error: ...`` and ``┌─ file.pyx:LINE:COL``), 2 on a usage error.
Each bad-input file is also fed to the pinned Cython, to check that it is
wrong for Cython too, at the same place.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tomllib

import pytest
from conftest import EXAMPLES, ROOT, harness

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def pyxc(pyxc_bin, *args, cwd=None):
    proc = harness.run([pyxc_bin, *args], cwd=cwd)
    proc.stderr = ANSI.sub("", proc.stderr)
    proc.stdout = ANSI.sub("", proc.stdout)
    return proc


def no_panic(proc):
    for text in (proc.stdout, proc.stderr):
        assert "panicked" not in text, text
        assert "RUST_BACKTRACE" not in text, text


def error_lines(stderr: str) -> list:
    return re.findall(r"^error(?:\[[^\]]*\])?: .*$", stderr, re.MULTILINE)


# ------------------------------------------------------------------ basics


def test_version(pyxc_bin):
    version = tomllib.loads((ROOT / "Cargo.toml").read_text())["workspace"]["package"]["version"]
    proc = pyxc(pyxc_bin, "--version")
    assert proc.returncode == 0, proc.stderr
    assert re.search(rf"\bpyxc\b.*\b{re.escape(version)}\b", proc.stdout), proc.stdout


def test_help(pyxc_bin):
    proc = pyxc(pyxc_bin, "--help")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.lower()
    assert "usage" in out
    assert "build" in out and "translate" in out


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["frobnicate"],
        ["build"],
        ["translate"],
        ["build", "--no-such-flag", "x.pyx"],
        ["translate", "a.pyx", "b.pyx"],
    ],
    ids=["no-args", "unknown-command", "build-no-file", "translate-no-file", "unknown-flag", "translate-two-files"],
)
def test_usage_error_exits_2(pyxc_bin, tmp_path, args):
    proc = pyxc(pyxc_bin, *args, cwd=tmp_path)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stderr.strip(), "a usage error says what is wrong"
    no_panic(proc)


def test_missing_file_is_an_error(pyxc_bin, tmp_path):
    proc = pyxc(pyxc_bin, "build", "no_such_file.pyx", cwd=tmp_path)
    assert proc.returncode in (1, 2), proc.returncode
    assert "no_such_file.pyx" in proc.stderr
    no_panic(proc)


# ---------------------------------------------------------------- bad input


# name: (source, line, column) -- 1-based, as codespan prints them; column
# None where only the line is pinned down. Cython reports the same line and
# the column minus one (it counts from 0); test_cython_rejects_too checks it.
BAD = {
    "syntax": ("def f(x):\n    return x +\n", 2, None),
    "undefined-name": ("def f(x):\n    y = x * 2\n    return y + undefined_name\n", 3, 16),
    "str-to-int": ('def f():\n    cdef int x = "abc"\n    return x\n', 2, 18),
    "list-to-double": ("def f():\n    cdef double d = [1.0, 2.0]\n    return d\n", 2, 21),
    "unterminated-string": ('def f():\n    return "abc\n', 2, None),
    "unclosed-paren": ("def f(x):\n    return (x + 1\n", None, None),
    "inconsistent-dedent": ("def f(x):\n    return x\n  y = 2\n", 3, None),
    "mixed-tabs-spaces": ("def f(x):\n    if x:\n\treturn 1\n        return 2\n", 3, None),
}


def write_bad(tmp_path, name):
    source, line, col = BAD[name]
    (tmp_path / "bad.pyx").write_text(source)
    return line, col


@pytest.mark.parametrize("command", ["build", "translate"])
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_one_diagnostic(pyxc_bin, tmp_path, name, command):
    line, col = write_bad(tmp_path, name)
    args = [command, "bad.pyx"]
    if command == "build":
        args += ["--python", sys.executable]
    proc = pyxc(pyxc_bin, *args, cwd=tmp_path)
    no_panic(proc)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    errors = error_lines(proc.stderr)
    assert len(errors) == 1, f"expected one diagnostic, got:\n{proc.stderr}"
    where = re.findall(r"┌─ (\S+):(\d+):(\d+)", proc.stderr)
    assert where, f"no codespan location in:\n{proc.stderr}"
    file, got_line, got_col = where[0]
    assert file == "bad.pyx"
    if line is not None:
        assert int(got_line) == line, proc.stderr
    if col is not None:
        assert int(got_col) == col, proc.stderr
    assert not list(tmp_path.glob("bad*.so")), "no module is written on error"


@pytest.mark.parametrize("name", list(BAD))
def test_cython_rejects_too(tmp_path, name):
    line, col = write_bad(tmp_path, name)
    proc = harness.run([*harness.cython_cmd(), "-3", "bad.pyx", "-o", "bad.c"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    m = re.search(r"^bad\.pyx:(\d+):(\d+): ", proc.stdout + proc.stderr, re.MULTILINE)
    assert m, proc.stdout + proc.stderr
    if line is not None:
        assert int(m.group(1)) == line
    if col is not None:
        assert int(m.group(2)) + 1 == col


@pytest.mark.parametrize(
    "source",
    ["", "# just a comment\n\n", '"""A docstring only."""\n', "x = 1\n", "\n\n\n"],
    ids=["empty", "comment-only", "docstring-only", "one-global", "blank-lines"],
)
def test_trivial_modules_translate(pyxc_bin, tmp_path, source):
    (tmp_path / "triv.pyx").write_text(source)
    proc = pyxc(pyxc_bin, "translate", "triv.pyx", "-o", "triv.c", cwd=tmp_path)
    no_panic(proc)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "triv.c").stat().st_size > 0


def test_undecodable_source_is_an_error(pyxc_bin, tmp_path):
    (tmp_path / "bad.pyx").write_bytes(b"\x00\xff\xfe garbage \x01\n")
    proc = pyxc(pyxc_bin, "translate", "bad.pyx", cwd=tmp_path)
    no_panic(proc)
    assert proc.returncode == 1, proc.stderr
    assert error_lines(proc.stderr), proc.stderr


# --------------------------------------------------------------- translate


def test_translate_writes_c(pyxc_bin, tmp_path):
    out = tmp_path / "rolling.c"
    proc = pyxc(pyxc_bin, "translate", EXAMPLES / "rolling.pyx", "-o", out)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text()
    assert "PyInit_rolling" in text


def test_translate_default_output_beside_source(pyxc_bin, tmp_path):
    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path / "rolling.pyx")
    proc = pyxc(pyxc_bin, "translate", "rolling.pyx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "rolling.c").is_file()


@pytest.mark.parametrize("example", ["rolling.pyx", "rolling_jupyter.pyx"])
def test_translate_is_deterministic(pyxc_bin, tmp_path, example):
    outs = []
    for i in range(2):
        out = tmp_path / f"out{i}.c"
        proc = pyxc(pyxc_bin, "translate", EXAMPLES / example, "-o", out)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


SMALL = """\
def add(x, y):
    return x + y


def add_typed(double x, double y):
    return x + y


cdef int square(int v):
    return v * v


def total(list xs, int k):
    cdef int i
    cdef double t = 0.0
    for i in range(len(xs)):
        t += xs[i] * square(k)
    return t
"""


def c_compile_command(c_path, obj_path):
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC"))
    cflags = shlex.split(sysconfig.get_config_var("CFLAGS") or "")
    ccshared = shlex.split(sysconfig.get_config_var("CCSHARED") or "")
    includes = [f"-I{sysconfig.get_paths()['include']}", f"-I{harness.numpy_include()}"]
    return [*cc, *cflags, *ccshared, "-Wall", "-Wextra", *includes, "-c", str(c_path), "-o", str(obj_path)]


@pytest.mark.parametrize("example", ["rolling.pyx", "rolling_jupyter.pyx", "small.pyx"])
def test_generated_c_compiles_without_warnings(pyxc_bin, tmp_path, example):
    src = EXAMPLES / example
    if example == "small.pyx":
        src = tmp_path / example
        src.write_text(SMALL)
    c_path = tmp_path / "out.c"
    proc = pyxc(pyxc_bin, "translate", src, "-o", c_path)
    assert proc.returncode == 0, proc.stderr
    cc = subprocess.run(
        c_compile_command(c_path, tmp_path / "out.o"), capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    assert cc.returncode == 0, cc.stderr
    assert cc.stderr == "", f"warnings from {' '.join(cc.args)}:\n{cc.stderr}"


# Programs whose own C arithmetic overflows on purpose (the C compiler's
# -Woverflow warning is about the user's expression, as with Cython's C).
OWN_OVERFLOW = {"num_semantics"}


def test_corpus_c_is_warning_free(pyxc_bin, tmp_path):
    """Every differential program pyxc translates compiles with -Wall -Wextra
    and no warning (syntax and semantic checks only, two at a time)."""
    from concurrent.futures import ThreadPoolExecutor

    programs = sorted((ROOT / "tests" / "diff" / "programs").glob("*.pyx"))

    def check(src):
        c_path = tmp_path / f"{src.stem}.c"
        if pyxc(pyxc_bin, "translate", src, "-o", c_path).returncode != 0:
            return None  # a documented gap: tests/diff/known_failures.txt
        cmd = c_compile_command(c_path, tmp_path / f"{src.stem}.o")
        cmd = [a for a in cmd if a not in ("-c", "-o", str(tmp_path / f"{src.stem}.o"))]
        cc = subprocess.run(
            [*cmd, "-fsyntax-only", f"-I{src.parent}"], capture_output=True, text=True, stdin=subprocess.DEVNULL
        )
        if src.stem in OWN_OVERFLOW:
            return None
        return f"{src.name}:\n{cc.stderr}" if cc.returncode or cc.stderr else None

    with ThreadPoolExecutor(2) as pool:
        problems = [p for p in pool.map(check, programs) if p]
    assert len(programs) > 100
    assert not problems, "\n".join(problems[:5])


# ------------------------------------------------------------------- build


def test_build_default_output_beside_source(pyxc_bin, tmp_path):
    shutil.copy(EXAMPLES / "rolling_jupyter.pyx", tmp_path / "rolling_jupyter.pyx")
    proc = pyxc(pyxc_bin, "build", "rolling_jupyter.pyx", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / f"rolling_jupyter{harness.EXT_SUFFIX}").is_file()


def test_build_several_files_into_outdir(pyxc_bin, tmp_path):
    (tmp_path / "small.pyx").write_text(SMALL)
    out = tmp_path / "out"
    proc = pyxc(
        pyxc_bin, "build", EXAMPLES / "rolling.pyx", tmp_path / "small.pyx", "-o", out, "--python", sys.executable
    )
    assert proc.returncode == 0, proc.stderr
    small = harness.load_module("small", out)
    assert small.add(2, 3) == 5
    assert small.add("a", "b") == "ab"
    assert small.add_typed(1.5, 2) == 3.5
    assert small.total([1, 2.5], 3) == 31.5
    assert harness.load_module("rolling", out).rolling_sum_squares_py([1, 2, 3], 2) == [5.0, 13.0]


FILTER = """\
# distutils: sources = ema_impl.c
cdef extern from "ema.h":
    double ema(const double *data, int n, double alpha) nogil

def run(double[::1] data, double alpha):
    return ema(&data[0], data.shape[0], alpha)
"""
FILTER_H = "double ema(const double *data, int n, double alpha);\n"
FILTER_C = """\
#include "ema.h"
double ema(const double *data, int n, double alpha) {
    double s = data[0];
    for (int i = 1; i < n; i++) s = alpha * data[i] + (1.0 - alpha) * s;
    return s;
}
"""


@pytest.mark.parametrize("with_flag", [False, True], ids=["comment", "comment+flag"])
@pytest.mark.parametrize("where", ["own_folder", "elsewhere"])
def test_build_links_user_c_sources_once(pyxc_bin, tmp_path, with_flag, where):
    """`# distutils: sources` and `--source` naming the same file compile it once."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "filt.pyx").write_text(FILTER)
    (src / "ema.h").write_text(FILTER_H)
    (src / "ema_impl.c").write_text(FILTER_C)
    out = tmp_path / "out"
    cwd = src if where == "own_folder" else tmp_path
    pyx = "filt.pyx" if where == "own_folder" else src / "filt.pyx"
    extra = ["--source", "ema_impl.c" if where == "own_folder" else src / "ema_impl.c"] if with_flag else []
    proc = pyxc(pyxc_bin, "build", pyx, *extra, "-o", out, "--python", sys.executable, cwd=cwd)
    no_panic(proc)
    assert proc.returncode == 0, proc.stderr
    import array

    m = harness.load_module("filt", out)
    assert m.run(array.array("d", [1.0, 3.0]), 0.5) == 2.0


def test_build_missing_distutils_source_is_an_error(pyxc_bin, tmp_path):
    (tmp_path / "filt.pyx").write_text(FILTER)
    (tmp_path / "ema.h").write_text(FILTER_H)
    proc = pyxc(pyxc_bin, "build", "filt.pyx", "--python", sys.executable, cwd=tmp_path)
    no_panic(proc)
    assert proc.returncode == 1
    assert "ema_impl.c" in proc.stderr and "internal compiler error" not in proc.stderr, proc.stderr


# ------------------------------------------------- build-tool options


SHARED_PXD = "ctypedef double real_t\n"
USES_PXD = "from shared cimport real_t\ndef f(real_t x):\n    return x\n"


def test_directives_comma_form_equals_repeated_flags(pyxc_bin, tmp_path):
    src = EXAMPLES / "rolling.pyx"
    comma = pyxc(pyxc_bin, "translate", src, "-o", "-", "-X", "boundscheck=False,wraparound=False")
    repeated = pyxc(pyxc_bin, "translate", src, "-o", "-", "-X", "boundscheck=False", "-X", "wraparound=False")
    default = pyxc(pyxc_bin, "translate", src, "-o", "-")
    assert comma.returncode == repeated.returncode == 0, comma.stderr
    assert comma.stdout == repeated.stdout != default.stdout


def test_translate_to_stdout_writes_no_file(pyxc_bin, tmp_path):
    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path)
    proc = pyxc(pyxc_bin, "translate", "rolling.pyx", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "PyInit_rolling" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rolling.pyx"]


def test_translate_depfile_and_info_name_the_pxd_read(pyxc_bin, tmp_path):
    (tmp_path / "shared.pxd").write_text(SHARED_PXD)
    (tmp_path / "m.pyx").write_text("cimport numpy\nfrom libc.math cimport sqrt\n" + USES_PXD)
    proc = pyxc(pyxc_bin, "translate", "m.pyx", "-o", "m.c", "--depfile", "m.d", "--info", "m.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rule = (tmp_path / "m.d").read_text()
    assert re.fullmatch(r"m\.c: \\\n  m\.pyx \\\n  (\./)?shared\.pxd\n", rule), rule
    import json

    info = json.loads((tmp_path / "m.json").read_text())
    assert info["module"] == "m" and info["cimports_numpy"] and not info["openmp"]
    assert [os.path.normpath(d) for d in info["depends"]] == ["shared.pxd"]


def test_build_python_defaults_to_pyxc_python(pyxc_bin, tmp_path):
    (tmp_path / "m.pyx").write_text("def f():\n    return 1\n")
    env = dict(os.environ, PYXC_PYTHON=str(tmp_path / "no-such-python"))
    proc = harness.run([pyxc_bin, "build", "m.pyx"], cwd=tmp_path, env=env)
    assert proc.returncode == 1 and "no-such-python" in proc.stderr, proc.stderr
    env["PYXC_PYTHON"] = sys.executable
    assert harness.run([pyxc_bin, "build", "m.pyx"], cwd=tmp_path, env=env).returncode == 0


# ------------------------------------------------- the cython-compatible command


def test_cython_command_as_meson_calls_it(pyxc_bin, tmp_path):
    (tmp_path / "shared.pxd").write_text(SHARED_PXD)
    (tmp_path / "m.pyx").write_text(USES_PXD)
    (tmp_path / "out").mkdir()
    # meson: --fast-fail -3 -M -o OUT; depfile OUT.dep.
    proc = pyxc(pyxc_bin, "cython", "m.pyx", "--fast-fail", "-3", "-M", "-o", "out/m.pyx.c", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "PyInit_m" in (tmp_path / "out" / "m.pyx.c").read_text()
    assert "shared.pxd" in (tmp_path / "out" / "m.pyx.c.dep").read_text()


def test_cython_command_as_cmake_calls_it(pyxc_bin, tmp_path):
    (tmp_path / "shared.pxd").write_text(SHARED_PXD)
    (tmp_path / "m.pyx").write_text(USES_PXD)
    proc = pyxc(pyxc_bin, "cython", "-I", ".", "--directive", "boundscheck=False,wraparound=False",
                "m.pyx", "--output-file", "m.c", "--depfile", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "m.c").is_file() and (tmp_path / "m.c.dep").is_file()


def test_cython_command_version_leads_with_a_cython_version(pyxc_bin):
    proc = pyxc(pyxc_bin, "cython", "--version")
    # meson and CMake read "Cython version X.Y.Z" from this line.
    # CMake's FindCython takes the version up to the first comma.
    assert re.match(r"Cython version 3\.\d+\.\d+, pyxc ", proc.stdout), proc.stdout


@pytest.mark.parametrize("option", ["--cplus", "--embed", "-E", "--compile-time-env", "-2", "--no-such-option"])
def test_cython_command_refuses_unsupported_options_by_name(pyxc_bin, tmp_path, option):
    (tmp_path / "m.pyx").write_text("def f():\n    return 1\n")
    proc = pyxc(pyxc_bin, "cython", option, "m.pyx", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert f"'{option}'" in proc.stderr
    assert not (tmp_path / "m.c").exists()


def test_cython_command_annotate_writes_html_beside_the_c(pyxc_bin, tmp_path):
    (tmp_path / "m.pyx").write_text("def f():\n    return 1\n")
    (tmp_path / "out").mkdir()
    proc = pyxc(pyxc_bin, "cython", "-a", "m.pyx", "-o", "out/m_gen.c", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "m_gen.c").is_file()
    assert (tmp_path / "out" / "m_gen.html").read_text().startswith("<!DOCTYPE html>")


def test_cython_command_error_in_one_of_three_modules(pyxc_bin, tmp_path):
    (tmp_path / "a.pyx").write_text("def f():\n    return 1\n")
    (tmp_path / "bad.pyx").write_text(BAD["undefined-name"][0])
    (tmp_path / "c.pyx").write_text("def g():\n    return 2\n")
    proc = pyxc(pyxc_bin, "cython", "-3", "a.pyx", "bad.pyx", "c.pyx", cwd=tmp_path)
    assert proc.returncode == 1
    assert "┌─ bad.pyx:3:16" in proc.stderr, proc.stderr
    assert (tmp_path / "a.c").is_file() and (tmp_path / "c.c").is_file()
    assert not (tmp_path / "bad.c").exists()


def test_cython_command_working_dir_and_werror(pyxc_bin, tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "m.pyx").write_text("def f():\n    return 1\n")
    proc = pyxc(pyxc_bin, "cython", "-w", "sub", "m.pyx", "-Werror", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (sub / "m.c").is_file()


def test_pyxc_named_cython_is_the_cython_command(pyxc_bin, tmp_path):
    link = tmp_path / "cython"
    link.symlink_to(pyxc_bin)
    proc = harness.run([link, "--version"])
    assert proc.stdout.startswith("Cython version"), proc.stdout


# ------------------------------------------------- # distutils: in pyxc build


def test_build_honours_distutils_compile_and_link_settings(pyxc_bin, tmp_path):
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "scale.h").write_text("static int scaled(int x) { return x * SCALE + OFFSET; }\n")
    (tmp_path / "mod.pyx").write_text(
        "# distutils: include_dirs = inc\n"
        "# distutils: define_macros = SCALE=3 OFFSET=1\n"
        "# distutils: libraries = m\n"
        "# distutils: extra_compile_args = -O2\n"
        "# distutils: extra_link_args = -Wl,--as-needed\n"
        "# distutils: depends = inc/scale.h\n"
        "# distutils: language = c\n"
        'cdef extern from "scale.h":\n'
        "    int scaled(int)\n"
        "def f(int x):\n"
        "    return scaled(x)\n"
    )
    proc = pyxc(pyxc_bin, "build", "mod.pyx", "-v", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for flag in ("-DSCALE=3", "-Iinc", "-lm", "-O2", "-Wl,--as-needed"):
        assert flag in proc.stderr, (flag, proc.stderr)
    assert harness.load_module("mod", tmp_path).f(2) == 7


@pytest.mark.parametrize(
    "comment, message",
    [
        ("# distutils: frobnicate = 1", "unknown `# distutils:` key 'frobnicate'"),
        ("# distutils: language = c++", "`# distutils: language = c++` is not supported"),
    ],
    ids=["unknown-key", "cplusplus"],
)
def test_build_rejects_unsupported_distutils_comment_with_its_span(pyxc_bin, tmp_path, comment, message):
    (tmp_path / "mod.pyx").write_text(f"{comment}\ndef f():\n    return 1\n")
    proc = pyxc(pyxc_bin, "build", "mod.pyx", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 1
    assert message in proc.stderr and "┌─ mod.pyx:1:14" in proc.stderr, proc.stderr


@pytest.mark.parametrize(
    "source, message",
    [
        ("# distutils: libraries = pyxc_no_such_lib\n", "the linker cannot find the library 'pyxc_no_such_lib'"),
        ('cdef extern from "pyxc_no_such.h":\n    int g(int)\n', "the C header pyxc_no_such.h was not found"),
        ("# distutils: extra_compile_args = -fpyxc-no-such-flag\n", "the C compiler rejected the option -fpyxc-no-such-flag"),
    ],
    ids=["library", "header", "flag"],
)
def test_build_failure_caused_by_user_settings_is_not_an_internal_error(pyxc_bin, tmp_path, source, message):
    (tmp_path / "mod.pyx").write_text(source + "def f():\n    return 1\n")
    proc = pyxc(pyxc_bin, "build", "mod.pyx", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 1
    assert message in proc.stderr, proc.stderr
    assert "internal compiler error" not in proc.stderr


def test_build_without_a_c_compiler_says_so(pyxc_bin, tmp_path):
    (tmp_path / "mod.pyx").write_text("def f():\n    return 1\n")
    env = dict(os.environ, CC=str(tmp_path / "no-such-cc"))
    proc = harness.run([pyxc_bin, "build", "mod.pyx", "--python", sys.executable], cwd=tmp_path, env=env)
    assert proc.returncode == 1
    assert "no-such-cc" in proc.stderr and "internal compiler error" not in proc.stderr, proc.stderr


def test_build_compiles_then_links_in_separate_runs_through_cc(pyxc_bin, tmp_path):
    # A compiler cache in CC (CC="ccache gcc") caches compiles only: the
    # module is compiled with -c in a run of its own, then linked.
    log = tmp_path / "cc.log"
    wrapper = tmp_path / "logcc"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> {shlex.quote(str(log))}\nexec cc "$@"\n')
    wrapper.chmod(0o755)
    (tmp_path / "mod.pyx").write_text("def f():\n    return 1\n")
    env = dict(os.environ, CC=f"{wrapper}")
    proc = harness.run([pyxc_bin, "build", "mod.pyx", "--python", sys.executable], cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    # (The cc crate also runs the compiler to learn its family.)
    runs = [r for r in log.read_text().splitlines() if "mod." in r]
    assert len(runs) == 2, runs
    assert " -c " in runs[0] and " -c " not in runs[1] and "-shared" in runs[1]
    assert harness.load_module("mod", tmp_path).f() == 1


def logging_cc(tmp_path):
    """A CC that logs the module compiles it runs (not the cc crate's probes)."""
    log = tmp_path / "cc.log"
    wrapper = tmp_path / "logcc"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> {shlex.quote(str(log))}\nexec cc "$@"\n')
    wrapper.chmod(0o755)
    log.write_text("")

    def compiled():
        runs = [r for r in log.read_text().splitlines() if " -c " in r and ".pyx" not in r]
        log.write_text("")
        return sorted(re.findall(r"(m\d)\.c -o", " ".join(runs)))

    return dict(os.environ, CC=str(wrapper)), compiled


def test_build_in_parallel_skips_unchanged_modules(pyxc_bin, tmp_path):
    env, compiled = logging_cc(tmp_path)
    (tmp_path / "inc.h").write_text("#define BASE 0\n")
    for i in (1, 2, 3):
        (tmp_path / f"m{i}.pyx").write_text(f'cdef extern from "inc.h":\n    int BASE\ndef f():\n    return BASE + {i}\n')
    cmd = [pyxc_bin, "build", "m1.pyx", "m2.pyx", "m3.pyx", "-j", "2", "--python", sys.executable]
    first = harness.run(cmd, cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    lines = re.findall(r"^\[(\d)/3\] (m\d\.pyx)  (.*)$", first.stderr, re.MULTILINE)
    assert sorted(n for _, n, _ in lines) == ["m1.pyx", "m2.pyx", "m3.pyx"], first.stderr
    assert all(re.fullmatch(r"\d+\.\d\d s", t) for _, _, t in lines), first.stderr
    assert compiled() == ["m1", "m2", "m3"]
    # Nothing changed: nothing is compiled.
    again = harness.run(cmd, cwd=tmp_path, env=env)
    assert again.stderr.count("up to date") == 3 and compiled() == [], again.stderr
    # A changed source, then a changed header its extern block names.
    (tmp_path / "m2.pyx").write_text('cdef extern from "inc.h":\n    int BASE\ndef f():\n    return BASE + 20\n')
    assert harness.run(cmd, cwd=tmp_path, env=env).returncode == 0 and compiled() == ["m2"]
    (tmp_path / "inc.h").write_text("#define BASE 100\n")
    assert harness.run(cmd, cwd=tmp_path, env=env).returncode == 0 and compiled() == ["m1", "m2", "m3"]
    assert harness.run([*cmd, "--force"], cwd=tmp_path, env=env).returncode == 0 and compiled() == ["m1", "m2", "m3"]
    assert [harness.load_module(f"m{i}", tmp_path).f() for i in (1, 2, 3)] == [101, 120, 103]


def test_build_failure_in_one_of_three_modules_builds_the_others(pyxc_bin, tmp_path):
    for name, body in (("m1", "return 1"), ("m2", "return missing_c_func()"), ("m3", "return 3")):
        extern = 'cdef extern from "nothere.h":\n    int missing_c_func()\n' if name == "m2" else ""
        (tmp_path / f"{name}.pyx").write_text(f"{extern}def f():\n    {body}\n")
    proc = pyxc(pyxc_bin, "build", "m1.pyx", "m2.pyx", "m3.pyx", "-j", "2", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 1
    assert "m2.pyx  failed" in proc.stderr and "nothere.h was not found" in proc.stderr, proc.stderr
    assert harness.load_module("m1", tmp_path).f() == 1 and harness.load_module("m3", tmp_path).f() == 3


def test_build_adds_numpy_include_for_user_headers_of_numpy_modules(pyxc_bin, tmp_path):
    # A user header that includes numpy's, in a module that cimports numpy:
    # found without -I, as cythonize users expect.
    (tmp_path / "npver.h").write_text(
        "#include <numpy/numpyconfig.h>\nstatic int np_abi(void) { return NPY_ABI_VERSION > 0; }\n"
    )
    (tmp_path / "npmod.pyx").write_text(
        'cimport numpy as cnp\ncdef extern from "npver.h":\n    int np_abi()\ndef f():\n    return np_abi()\n'
    )
    proc = pyxc(pyxc_bin, "build", "npmod.pyx", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert harness.load_module("npmod", tmp_path).f() == 1


def test_package_module_gets_its_dotted_name(pyxc_bin, tmp_path):
    pkg = tmp_path / "pkg" / "sub"
    pkg.mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "m.pyx").write_text("def f():\n    return 1\n")
    proc = pyxc(pyxc_bin, "build", "pkg/sub/m.pyx", "--python", sys.executable, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    code = "import pickle, pkg.sub.m as m; print(m.__name__, m.f.__module__, pickle.loads(pickle.dumps(m.f)) is m.f)"
    out = harness.run([sys.executable, "-c", code], cwd=tmp_path)
    assert out.stdout.split() == ["pkg.sub.m", "pkg.sub.m", "True"], out.stderr


@pytest.mark.parametrize("command", [["translate"], ["cython"]])
def test_module_name_option_sets_the_dotted_name(pyxc_bin, tmp_path, command):
    (tmp_path / "m.pyx").write_text("def f():\n    return 1\n")
    proc = pyxc(pyxc_bin, *command, "m.pyx", "--module-name", "outer.inner.m", "-o", "m.c", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "m.c").read_text()
    assert '"outer.inner.m"' in text and "PyInit_m(void)" in text
    bad = pyxc(pyxc_bin, *command, "m.pyx", "--module-name", "outer.1bad", "-o", "m.c", cwd=tmp_path)
    assert bad.returncode == 1 and "'outer.1bad' is not a valid module name" in bad.stderr, bad.stderr


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_an_interrupted_build_leaves_no_temporary_files(pyxc_bin, tmp_path, sig):
    import signal
    import time

    out = tmp_path / "out"
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    proc = subprocess.Popen(
        [pyxc_bin, "build", str(EXAMPLES / "math_ext.pyx"), "-o", str(out), "--force"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # Interrupt while the C compiler runs (the temporary C exists by then),
    # as a terminal's Ctrl-C or a CI runner's kill reaches the whole group.
    deadline = time.monotonic() + 30
    while not any(temp.glob("*/math_ext.c")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert any(temp.glob("*/math_ext.c")), "the build never wrote its C"
    time.sleep(0.2)
    os.killpg(proc.pid, getattr(signal, sig))
    rc = proc.wait(timeout=60)
    assert rc == 128 + getattr(signal, sig)
    assert list(temp.iterdir()) == []
    assert not out.exists() or list(out.iterdir()) == []

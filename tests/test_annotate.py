"""`pyxc annotate`: the lines of a module that call into Python, and why.

The JSON of `examples/rolling.pyx` shows the tutorial's lesson (the untyped
loop is yellow with its reasons, the memoryview loop is white); the
seed's listings pass or fail `--check-loops` as the tutorial says they
should; the HTML is rendered in a real Chromium (Debian's, installed here
when missing) with no console error and no network request, and a click on
a yellow line shows its C.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

SEED = ROOT / "crates" / "pyxc_syntax" / "tests" / "fixtures" / "ok"


def annotate(pyxc_bin, path, *args, cwd=None):
    return subprocess.run(
        [str(pyxc_bin), "annotate", str(path), *args],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )


@pytest.fixture(scope="module")
def rolling(pyxc_bin, tmp_path_factory):
    out = tmp_path_factory.mktemp("ann") / "rolling.json"
    proc = annotate(pyxc_bin, EXAMPLES / "rolling.pyx", "--json", "-o", out)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text())
    return {line["line"]: line for line in doc["lines"]}, doc


def line_of(lines, text):
    """The annotation of the first line whose source holds `text`."""
    return next(l for l in lines.values() if text in l["source"])


def test_the_document_names_its_file_version_and_directives(rolling):
    _, doc = rolling
    assert doc["schema"] == 1 and doc["file"] == "rolling.pyx"
    assert doc["pyxc_version"]
    assert doc["directives"]["boundscheck"] is True


def test_untyped_loop_lines_are_yellow_with_their_reasons(rolling):
    lines, _ = rolling
    body = lines[14]
    assert body["source"].strip() == "total += data[i + j] ** 2"
    assert body["in_loop"] and body["touches_python"] and body["score"] > 5
    reasons = " | ".join(r["text"] for r in body["reasons"])
    assert "`** 2` on a Python object calls the generic power" in reasons
    assert "`data[i + j]` indexes a Python `list`" in reasons
    assert body["function"] == "rolling_sum_squares_py"
    assert "pyxc_getitem" in body["c_api"]
    for n in (11, 12, 13, 15):
        assert lines[n]["in_loop"] and lines[n]["score"] > 0, lines[n]
    assert "declare `cdef double total`" in " ".join(r["text"] for r in lines[12]["reasons"])


def test_memoryview_inner_loop_lines_are_white(rolling):
    lines, _ = rolling
    inner = line_of(lines, "total += data_mv[i + j] * data_mv[i + j]")
    assert inner["in_loop"] and inner["score"] == 0 and inner["c"], inner
    loop = lines[inner["line"] - 1]
    assert loop["score"] == 0
    assert any("loop versioned" in r["text"] for r in loop["reasons"])


def test_def_lines_are_yellow_with_their_argument_conversions(rolling):
    lines, _ = rolling
    mv = line_of(lines, "def rolling_sum_squares_mv(")
    texts = [r["text"] for r in mv["reasons"]]
    assert mv["score"] > 0 and not mv["in_loop"]
    assert any("argument `window` is converted from a Python object to C `int`" in t for t in texts)
    assert any("argument `data` acquires a buffer" in t for t in texts)
    typed = line_of(lines, "def rolling_sum_squares_typed(")
    assert any("argument `data` is type-checked as `list`" in r["text"] for r in typed["reasons"])


def test_lines_without_code_are_white_and_belong_to_no_function(rolling):
    lines, _ = rolling
    comment = lines[1]
    assert comment["source"].startswith("#")
    assert comment["score"] == 0 and comment["function"] is None and not comment["c"]


def hot_lines(pyxc_bin, path, tmp_path):
    out = tmp_path / (path.stem + ".json")
    assert annotate(pyxc_bin, path, "--json", "-o", out).returncode == 0
    doc = json.loads(out.read_text())
    return [l["line"] for l in doc["lines"] if l["in_loop"] and l["touches_python"]]


@pytest.mark.parametrize("listing", ["seed_03_rolling_mv", "seed_06_jupyter_cell",
                                     "seed_12_rolling_stats", "seed_13_parallel"])
def test_check_loops_passes_the_memoryview_listings(pyxc_bin, listing):
    proc = annotate(pyxc_bin, SEED / f"{listing}.pyx", "--check-loops")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and "error" not in proc.stderr


@pytest.mark.parametrize("listing", ["seed_01_pure_python", "seed_02_rolling_typed"])
def test_check_loops_fails_v1_and_v2_with_one_diagnostic_per_line(pyxc_bin, listing, tmp_path):
    path = SEED / f"{listing}.pyx"
    proc = annotate(pyxc_bin, path, "--check-loops")
    assert proc.returncode == 1, proc.stderr
    hot = hot_lines(pyxc_bin, path, tmp_path)
    assert hot
    reported = [int(l.split(":")[1]) for l in proc.stderr.splitlines()
                if l.strip().startswith("┌─")]
    assert reported == hot, proc.stderr
    assert proc.stderr.count("this loop line still calls into the Python interpreter") == len(hot)
    assert not (path.with_suffix(".html")).exists()


def test_annotate_writes_html_beside_the_source_by_default(pyxc_bin, tmp_path):
    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path)
    proc = annotate(pyxc_bin, "rolling.pyx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "rolling.html").read_text()
    assert html.startswith("<!DOCTYPE html>")
    for banned in ("<script src", "<link", "http://", "https://", "@import", "url("):
        assert banned not in html, banned


def test_build_annotate_writes_the_html_too(pyxc_bin, tmp_path):
    shutil.copy(EXAMPLES / "add.pyx", tmp_path)
    proc = subprocess.run([str(pyxc_bin), "build", "--annotate", "add.pyx"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "add.pyx" in (tmp_path / "add.html").read_text()


def test_annotate_of_a_module_with_an_error_prints_the_diagnostic(pyxc_bin, tmp_path):
    (tmp_path / "bad.pyx").write_text('cdef int x = "a"\n')
    proc = annotate(pyxc_bin, "bad.pyx", cwd=tmp_path)
    assert proc.returncode == 1 and "bad.pyx:1" in proc.stderr, proc.stderr
    assert not (tmp_path / "bad.html").exists()


# ------------------------------------------------------------ in a browser


def chromium() -> str:
    """Debian's chromium, installed with apt when missing (the test set-up's job)."""
    found = shutil.which("chromium")
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = sudo + ["apt-get", "install", "-y", "-q", "chromium"]
    proc = subprocess.run(install, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        subprocess.run(sudo + ["apt-get", "update", "-q"], capture_output=True, env=env)
        proc = subprocess.run(install, capture_output=True, text=True, env=env)
    found = shutil.which("chromium")
    if not found:
        pytest.fail("Debian's chromium is needed to render the annotation and could not be "
                    f"installed with `{' '.join(install)}`:\n{proc.stderr[-2000:]}")
    return found


def test_html_renders_in_chromium_and_a_click_shows_the_c(pyxc_bin, tmp_path):
    from playwright.sync_api import sync_playwright

    shutil.copy(EXAMPLES / "rolling.pyx", tmp_path)
    assert annotate(pyxc_bin, "rolling.pyx", cwd=tmp_path).returncode == 0
    page_url = (tmp_path / "rolling.html").as_uri()
    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_url)
        page.wait_for_load_state("load")
        page.screenshot(path=str(tmp_path / "rolling.png"), full_page=False)
        line = page.locator("#L14")
        c = line.locator("pre.c")
        assert not c.is_visible()
        line.locator("summary").click()
        assert c.is_visible()
        assert "pyxc_getitem" in c.inner_text()
        assert "generic power" in line.locator("ul.why").inner_text()
        browser.close()
    assert errors == []
    assert requests == [page_url]
    assert (tmp_path / "rolling.png").stat().st_size > 10_000

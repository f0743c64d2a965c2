"""Locate the ``pyxc`` binary installed by this package."""

from __future__ import annotations

import os
import sys
import sysconfig


def _candidate_dirs() -> list:
    """Script folders where pip may have put the binary, most likely first."""
    dirs = [sysconfig.get_path("scripts")]
    # --user installs.
    user_scheme = sysconfig.get_preferred_scheme("user") if sys.version_info >= (3, 10) else None
    if user_scheme is None:
        user_scheme = "nt_user" if os.name == "nt" else "posix_user"
    try:
        dirs.append(sysconfig.get_path("scripts", scheme=user_scheme))
    except KeyError:
        pass
    # `pip install --target`: the binary sits in a bin folder beside the package.
    pkg_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dirs.append(os.path.join(pkg_root, "bin"))
    seen = []
    for d in dirs:
        if d and d not in seen:
            seen.append(d)
    return seen


def find_pyxc_bin() -> str:
    """The path of the installed ``pyxc`` binary; FileNotFoundError saying where it looked."""
    name = "pyxc" + (sysconfig.get_config_var("EXE") or "")
    looked = []
    for d in _candidate_dirs():
        path = os.path.join(d, name)
        looked.append(path)
        if os.path.isfile(path):
            return path
    raise FileNotFoundError(
        "could not find the pyxc binary; looked in:\n  " + "\n  ".join(looked)
    )

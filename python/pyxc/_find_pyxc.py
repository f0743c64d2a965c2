"""Locate the ``pyxc`` binary installed by this package."""

from __future__ import annotations

import os
import sys
import sysconfig

_EXE = "pyxc" + (sysconfig.get_config_var("EXE") or "")


def _own_prefix_scripts() -> list:
    """The scripts folder of the environment this copy of the package is
    installed in.

    pip's isolated build environments install build requirements under a
    prefix of their own (``.../pip-build-env-XXX/overlay``) that is neither
    ``sys.prefix`` nor on ``sys.path``'s usual scheme, so
    ``sysconfig.get_path("scripts")`` names the wrong ``bin``. The package
    knows where it sits, though: strip the scheme's site-packages part from
    its location to get the prefix, and ask the scheme for that prefix's
    scripts folder.
    """
    site_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    marker = os.path.join(os.sep, "PYXC-PREFIX")
    found = []
    for scheme in sysconfig.get_scheme_names():
        if os.name == "nt" and not scheme.startswith("nt"):
            continue
        if os.name != "nt" and scheme.startswith("nt"):
            continue
        names = {k: marker for k in ("base", "platbase", "userbase", "installed_base", "installed_platbase")}
        for key in ("purelib", "platlib"):
            try:
                lib = sysconfig.get_path(key, scheme, vars=names)
                scripts = sysconfig.get_path("scripts", scheme, vars=names)
            except KeyError:
                continue
            rel = os.path.relpath(lib, marker)
            if rel.startswith(os.pardir) or not site_dir.endswith(os.sep + rel):
                continue
            prefix = site_dir[: -len(rel) - 1]
            found.append(os.path.join(prefix, os.path.relpath(scripts, marker)))
    return found


def _candidate_dirs() -> list:
    """Script folders where pip may have put the binary, most likely first."""
    dirs = _own_prefix_scripts()
    dirs.append(sysconfig.get_path("scripts"))
    # The folder of the running interpreter (a venv's bin, even when
    # sysconfig was customised).
    dirs.append(os.path.dirname(os.path.abspath(sys.executable)))
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
    """The path of the installed ``pyxc`` binary; FileNotFoundError saying where it looked.

    ``$PYXC_BIN`` overrides the search (a development build, for instance).
    """
    override = os.environ.get("PYXC_BIN")
    if override:
        if os.path.isfile(override):
            return override
        raise FileNotFoundError(f"PYXC_BIN={override} is not a file")
    looked = []
    for d in _candidate_dirs():
        path = os.path.join(d, _EXE)
        looked.append(path)
        if os.path.isfile(path):
            return path
    raise FileNotFoundError(
        "could not find the pyxc binary; looked in:\n  " + "\n  ".join(looked)
    )

"""``python -m pyxc ...`` runs the installed pyxc binary."""

import os
import subprocess
import sys

from ._find_pyxc import find_pyxc_bin


def _run(args: list) -> int:
    pyxc = find_pyxc_bin()
    # Driven from Python, pyxc builds for this interpreter, not for whatever
    # python3 comes first on PATH.
    os.environ.setdefault("PYXC_PYTHON", sys.executable)
    if sys.platform == "win32":
        return subprocess.run([pyxc, *args]).returncode
    os.execv(pyxc, [pyxc, *args])
    return 1  # not reached


def main() -> int:
    return _run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""``python -m pyxc ...`` runs the installed pyxc binary."""

import os
import subprocess
import sys

from ._find_pyxc import find_pyxc_bin


def main() -> int:
    pyxc = find_pyxc_bin()
    if sys.platform == "win32":
        return subprocess.run([pyxc, *sys.argv[1:]]).returncode
    os.execvp(pyxc, [pyxc, *sys.argv[1:]])
    return 1  # not reached


if __name__ == "__main__":
    sys.exit(main())

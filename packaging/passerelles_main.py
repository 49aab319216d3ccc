"""Entry script of the frozen application (PyInstaller): the same ``passerelles`` as the wheel installs."""

import sys

from desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())

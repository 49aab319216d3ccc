"""The ``passerelles`` entry point: the window with no command, the headless CLI with one.

Kept free of Qt imports so that CLI commands never load PySide6; ``print`` (which renders with
Qt) is the one command handled on the desktop side.
"""

from __future__ import annotations

import sys

DESKTOP_COMMANDS = {"print": "desktop.print_cli"}


def _command(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _command(argv)
    if command is None and not any(a in ("-h", "--help", "--version") for a in argv):
        import gc

        # Start-up only builds what lives as long as the window (modules, mappers, widgets): no
        # cycle collection until the window is up (about 0.1 s saved); desktop.app.run() turns it
        # back on and keeps those objects out of every later collection.
        gc.disable()
        from desktop.app import run

        return run(argv)
    if command in ("apd", "atlas", "bilan") and any(a.split("=", 1)[0] in ("--pdf", "--docx") for a in argv):
        from desktop.reports_cli import main as reports_main
        from desktop.reports_cli import wants_desktop

        if wants_desktop(command, argv):
            return reports_main(argv)
    if command in DESKTOP_COMMANDS:
        import importlib

        return importlib.import_module(DESKTOP_COMMANDS[command]).main(argv)
    from db.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Run the ``passerelles`` command line in a new process that starts warm: forked from a server
process that has already imported what the commands import (SQLAlchemy, pydantic, Alembic, the
``db`` package), instead of a new Python that imports it all again (most of a command's time).

Each call is still its own process, started from the same pristine state (the server itself never
runs a command): its own environment (the caller's ``os.environ`` at the time of the call, plus
``env``), working folder, standard output and error, exit code, ``atexit`` handlers, and nothing
left behind by the calls before. It answers like ``subprocess.run(..., capture_output=True,
text=True)``: a ``CompletedProcess``. What Python reads once at start-up (``PYTHON*`` variables,
the locale of standard streams, ``PYTHONPATH``) cannot change per call: with such variables in
``env`` the command runs as a real ``python -m desktop`` instead, as a Qt command does too
(``print``, the reports' ``--pdf``/``--docx``), whose start-up is Qt's.

``PASSERELLES_TEST_REAL_CLI=1`` runs every command as a real ``python -m desktop``.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Imported once by the server: what the headless commands import (they import lazily, so a module
# listed here but not needed by a command only costs the server's start). None imports Qt.
PRELOAD = [
    "db.cli", "db.catalog", "db.models", "db.schemas", "db.services", "db.services.imports", "db.services.listing",
    "db.demo", "db.backups", "db.integrity", "db.countries", "db.search", "db.reports", "db.words",
    "db.interchange.imports", "db.interchange.export_xlsx", "db.interchange.export_json",
    "db.interchange.restore_json", "db.interchange.export_csv", "alembic.command", "alembic.runtime.migration",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql", "psycopg", "phonenumbers", "rapidfuzz",
    "xlsxwriter", "openpyxl", "mako.template", "pygments",
]
ENV_AT_START = ("PYTHON", "LANG", "LC_", "QT_")
_context = None


def warm() -> None:
    """In the server: import what the commands import, and build the parser (all ``cmd_*`` modules)."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(Exception):  # a module gone or renamed is imported by the command itself
            importlib.import_module(name)
    from db.cli import build_parser

    build_parser()


def _child(argv: list[str], env: dict, cwd: str, out: str, err: str) -> None:
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    for fd, name in ((1, out), (2, err)):
        target = os.open(name, os.O_WRONLY | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    sys.argv = [str(Path(__file__).resolve().parent.parent / "desktop" / "__main__.py"), *argv]
    code: object = 0
    try:
        from desktop.launcher import main

        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException:  # as Python itself ends on an uncaught exception
        import traceback

        traceback.print_exc()
        code = 1
    try:
        import threading

        threading._shutdown()  # as at the end of a program: its other (non-daemon) threads are waited for
        atexit._run_exitfuncs()
    finally:
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _warm_context():
    """The forkserver context, its server started with this folder and the project on its path
    (Python 3.11's server does not take over the caller's ``sys.path`` before its preload)."""
    global _context
    if _context is None:
        from multiprocessing import forkserver

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cli_runner_warm"])
        here = Path(__file__).resolve().parent
        before = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join([str(here), str(here.parent), *([before] if before else [])])
        try:
            forkserver.ensure_running()
        finally:
            if before is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = before
        _context = context
    return _context


def _needs_real_process(args: tuple[str, ...], env: dict | None) -> bool:
    if os.environ.get("PASSERELLES_TEST_REAL_CLI") or sys.platform == "win32":
        return True
    if any(key.startswith(ENV_AT_START) for key in env or {}):
        return True
    from desktop.launcher import DESKTOP_COMMANDS, _command

    command = _command(list(args))
    return command in DESKTOP_COMMANDS or any(a.split("=", 1)[0] in ("--pdf", "--docx") for a in args)


def run_warm(args: tuple[str, ...], env: dict | None, cwd: Path, timeout: float, real) -> subprocess.CompletedProcess:
    """``python -m desktop *args`` in ``cwd`` as described above; ``real()`` runs it as a real process."""
    if _needs_real_process(args, env):
        return real()
    full_env = {**os.environ, **(env or {})}
    with tempfile.TemporaryDirectory(prefix="cli-") as folder:
        out, err = Path(folder) / "stdout", Path(folder) / "stderr"
        out.touch()
        err.touch()
        process = _warm_context().Process(target=_child, args=(list(args), full_env, str(cwd), str(out), str(err)))
        process.start()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join()
            raise subprocess.TimeoutExpired([sys.executable, "-m", "desktop", *args], timeout)
        code = process.exitcode
        process.close()
        return subprocess.CompletedProcess([sys.executable, "-m", "desktop", *args], code, _text(out), _text(err))


def _text(path: Path) -> str:
    """What ``subprocess.run(text=True)`` reads: the locale's encoding, universal newlines."""
    import locale

    text = path.read_bytes().decode(locale.getpreferredencoding(False))
    return text.replace("\r\n", "\n").replace("\r", "\n")

"""Headless command line: ``passerelles [--db PATH|URL] COMMAND …``. Never imports Qt.

Each ``db/cli/cmd_*.py`` module adds its commands through ``register(subparsers)``; a command's
handler takes the parsed arguments and returns an exit code. Errors are printed to stderr in
plain words with a non-zero exit, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from db import __version__
from db.cli.french import FrenchParser


class CliError(Exception):
    """A problem to tell the user in one sentence (exit code 2 unless given)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="passerelles",
        description="Passerelles — registre des partenariats internationaux (ligne de commande).",
    )
    parser.add_argument("--db", metavar="PATH|URL", help="catalogue à utiliser (fichier SQLite ou URL SQLAlchemy) ; "
                        "à défaut PASSERELLES_DB, puis le catalogue par défaut")
    parser.add_argument("--version", action="version", version=f"passerelles {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    package = importlib.import_module("db.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"db.cli.{info.name}").register(sub)
    return parser


def _catalogue_path(args):
    """The catalogue the command was about (named in fault messages): its file, or its server
    address without the password; None when unknown."""
    from db.catalog import display_location, resolve_location

    try:
        url = resolve_location(getattr(args, "db", None))
        return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else display_location(url)
    except Exception:
        return None


def main(argv: list[str] | None = None) -> int:
    from db.backups import BackupError
    from db.catalog import CatalogError
    from db.faults import FaultError, explain, file_fault
    from db.services.errors import ServiceError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except (CliError, CatalogError, ServiceError, BackupError, FaultError) as exc:
        print(f"passerelles : {exc}", file=sys.stderr)
        return getattr(exc, "code", 2)
    except KeyboardInterrupt:
        print("passerelles : interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from db.logs import log_exception

        where = log_exception(exc)  # the details (SQL, values) go to the log, never to the screen
        fault = explain(exc, _catalogue_path(args))
        if fault is not None:  # an everyday fault of the disk or the file: one plain sentence
            print(f"passerelles : {fault}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):  # a file error of no known kind: the file named, never the system's text
            print(f"passerelles : {file_fault(exc)} Journal : {where}", file=sys.stderr)
            return 1
        # a bug: say so plainly, and where the details are
        print(f"passerelles : erreur inattendue ({type(exc).__name__}). Détails dans le journal : {where}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

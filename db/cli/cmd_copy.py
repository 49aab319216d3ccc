"""CLI: copy — move a whole catalogue to a server, or from a server into a SQLite file."""

from __future__ import annotations

import sys

from db.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("copy", help="copier tout le catalogue vers un autre (serveur PostgreSQL ou fichier SQLite)")
    p.add_argument("--to", required=True, metavar="URL|FICHIER",
                   help="catalogue cible : postgresql+psycopg://utilisateur@serveur/base, ou fichier .sqlite")
    p.add_argument("--remplacer", "--force", dest="replace", action="store_true",
                   help="vider le catalogue cible s'il contient déjà des fiches")
    p.set_defaults(handler=cmd_copy)


def cmd_copy(args) -> int:
    from db.catalog import display_location, open_catalog, resolve_location
    from db.copy import TargetNotEmptyError, copy_catalog

    if resolve_location(args.to) == resolve_location(args.db):
        raise CliError("la source et la cible sont le même catalogue.")
    source = open_catalog(args.db, create=False)
    try:
        target = open_catalog(args.to)
        try:
            if target.read_only:
                raise CliError("le catalogue cible est en lecture seule pour ce compte.")
            where = display_location(target.url)
            print(f"Copie de {display_location(source.url)} vers {where}…", file=sys.stderr)
            try:
                report = copy_catalog(source, target, replace=args.replace)
            except TargetNotEmptyError as exc:
                raise CliError(str(exc)) from None
            print(f"Catalogue copié vers {where} : {report.summary()}.")
            for name in report.missing_files:
                print(f"  fichier joint absent de la source : {name}", file=sys.stderr)
        finally:
            target.close()
    finally:
        source.close()
    return 0

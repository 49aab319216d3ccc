"""CLI: export FILE.<suffix> — the exporter is chosen by the file's suffix (see db.interchange)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from db.cli import CliError
from db.cli.common import counted, kind, open_from_args


def formats() -> list[str]:
    import db.interchange as package

    return sorted(m.name[len("export_"):] for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("export_"))


def register(sub) -> None:
    p = sub.add_parser("export", help=f"exporter le catalogue ({', '.join('.' + f for f in formats())})")
    p.add_argument("file", help="fichier à écrire ; son extension choisit le format")
    p.add_argument("--kind", help="un seul type de fiche")
    p.add_argument("--search", default="", help="seulement les fiches qui correspondent à ce texte")
    p.set_defaults(handler=cmd_export)


def cmd_export(args) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in formats():
        raise CliError(f"format d'export non pris en charge : « {path.suffix or path.name} » "
                       f"(formats : {', '.join('.' + f for f in formats())}).")
    if path.is_dir():
        raise CliError(f"« {path} » est un dossier ; indiquez un nom de fichier.")
    code = kind(args.kind) if args.kind else None
    writer = importlib.import_module(f"db.interchange.export_{suffix}")
    catalog = open_from_args(args, create=False)
    try:
        counts = writer.write(catalog, path, kind=code, search=args.search)
    finally:
        catalog.close()
    print(f"Export écrit : {path} ({counted(counts)}).")
    return 0

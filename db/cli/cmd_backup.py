"""CLI: backup [FILE], backups (the list), restore BACKUP — see ``db.backups``."""

from __future__ import annotations

from pathlib import Path

from db.backups import size_text
from db.cli import CliError
from db.cli.common import open_from_args


def register(sub) -> None:
    p = sub.add_parser("backup", help="sauvegarder le catalogue (dans « Sauvegardes », ou dans FICHIER)")
    p.add_argument("file", nargs="?", help="fichier .sqlite à écrire, .dump pour un catalogue sur serveur "
                                         "(défaut : le dossier « Sauvegardes »)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("backups", help="lister les sauvegardes du catalogue (date, taille, nombre de fiches)")
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser("restore", help="remettre en place une sauvegarde (l'état actuel est sauvegardé d'abord)")
    p.add_argument("backup", help="nom de la sauvegarde (voir « passerelles backups ») ou chemin du fichier")
    p.set_defaults(handler=cmd_restore)


def counts_text(counts: dict[str, int]) -> str:
    from db import backups

    return backups.counts_text(counts) if counts else "illisible"


def _server_url(args) -> str | None:
    """The catalogue's URL when it is on a server (its backups are ``pg_dump`` files), else None."""
    from db.catalog import resolve_location

    url = resolve_location(args.db)
    return None if url.startswith("sqlite:") else url


def _file_catalogue(args) -> Path:
    from db.catalog import resolve_location

    return Path(resolve_location(args.db).removeprefix("sqlite:///"))


def _tools_or_refuse() -> None:
    from db.server_backups import missing_tools

    problem = missing_tools()
    if problem:
        raise CliError(problem)


def server_backup(args, url: str) -> int:
    from db.server_backups import create, server_counts

    _tools_or_refuse()
    target = Path(args.file).expanduser() if args.file else None
    if target is not None and (target.is_dir() or target.suffix.lower() != ".dump"):
        raise CliError("Le fichier de sauvegarde d'un catalogue sur serveur doit se terminer par .dump.")
    catalog = open_from_args(args, auto_backup=False)
    try:
        counts = server_counts(catalog.engine)
    finally:
        catalog.close()
    info = create(url, "manuelle", target=target, counts=counts)
    print(f"Sauvegarde écrite avec pg_dump : {info.path} ({size_text(info.size)} ; {counts_text(counts)}).")
    return 0


def cmd_backup(args) -> int:
    from db.backups import count_records

    if (url := _server_url(args)) is not None:
        return server_backup(args, url)
    target = Path(args.file).expanduser() if args.file else None
    if target is not None:
        if target.is_dir():
            raise CliError(f"« {target} » est un dossier ; indiquez un nom de fichier.")
        if target.suffix.lower() != ".sqlite":
            raise CliError("Le fichier de sauvegarde doit se terminer par .sqlite.")
    catalog = open_from_args(args, auto_backup=False)
    try:
        if target is not None and target.resolve() == catalog.path:
            raise CliError("La sauvegarde ne peut pas remplacer le catalogue lui-même.")
        info = catalog.backup("manuelle", target=target)
    finally:
        catalog.close()
    print(f"Sauvegarde écrite : {info.path} ({size_text(info.size)} ; {counts_text(count_records(info.path))}).")
    return 0


def cmd_backups(args) -> int:
    from db.backups import folder_of, list_backups

    if (url := _server_url(args)) is not None:
        from db import server_backups

        path, folder = Path(server_backups.label(url)), server_backups.folder_for(url)
        found = server_backups.list_backups(url, counts=True)
        name = server_backups.label(url)
    else:
        path = _file_catalogue(args)
        folder, found, name = folder_of(path), list_backups(path, counts=True), f"« {path.name} »"
    if not found:
        print(f"Aucune sauvegarde dans « {folder} ».")
        return 0
    print(f"Sauvegardes de {name} dans « {folder} » (de la plus récente à la plus ancienne) :")
    for info in found:
        documents = " + documents" if info.documents.is_dir() else ""
        print(f"  {info.taken_at:%d/%m/%Y %H:%M}  {info.label:<32} {size_text(info.size):>9}  "
              f"{counts_text(info.counts)}{documents}")
        print(f"      {info.path.name}")
    return 0


def server_restore(args, url: str) -> int:
    from db import server_backups
    from db.server_backups import server_counts

    _tools_or_refuse()
    dump = server_backups.find(url, args.backup)
    catalog = open_from_args(args, auto_backup=False)
    try:
        counts = server_counts(catalog.engine)
    finally:
        catalog.close()
    before = server_backups.restore(url, dump, counts=counts)
    print(f"Catalogue {server_backups.label(url)} restauré depuis « {dump.name} » (pg_restore).")
    print(f"L'état d'avant la restauration est sauvegardé : {before.path.name}")
    return 0


def cmd_restore(args) -> int:
    from db.backups import find, restore
    from db.lock import CatalogLock

    if (url := _server_url(args)) is not None:
        return server_restore(args, url)
    path = _file_catalogue(args)
    backup = find(path, args.backup)
    lock = CatalogLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise CliError(f"Le catalogue est ouvert par {holder.user} sur l'ordinateur « {holder.host} » : "
                       "fermez Passerelles sur ce poste, puis recommencez.")
    try:
        done = restore(path, backup)
    finally:
        lock.release()
    print(f"Catalogue « {path} » restauré depuis « {backup.name} ».")
    if done.before is not None:
        print(f"L'état d'avant la restauration est sauvegardé : {done.before.path.name}")
    if done.set_aside is not None:
        print(f"L'ancien fichier, illisible, a été mis de côté (non supprimé) : {done.set_aside}")
    return 0

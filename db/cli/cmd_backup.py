"""CLI: backup [FILE], backups (the list), restore BACKUP — see ``db.backups``."""

from __future__ import annotations

from pathlib import Path

from db.backups import size_text
from db.cli import CliError
from db.cli.common import open_from_args


def register(sub) -> None:
    p = sub.add_parser("backup", help="sauvegarder le catalogue (dans « Sauvegardes », ou dans FICHIER)")
    p.add_argument("file", nargs="?", help="fichier .sqlite à écrire (défaut : le dossier « Sauvegardes »)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("backups", help="lister les sauvegardes du catalogue (date, taille, nombre de fiches)")
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser("restore", help="remettre en place une sauvegarde (l'état actuel est sauvegardé d'abord)")
    p.add_argument("backup", help="nom de la sauvegarde (voir « passerelles backups ») ou chemin du fichier")
    p.set_defaults(handler=cmd_restore)


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {label}" for label, n in counts.items()) if counts else "illisible"


def _file_catalogue(args) -> Path:
    from db.catalog import resolve_location

    url = resolve_location(args.db)
    if not url.startswith("sqlite:///"):
        raise CliError("Les sauvegardes d'un catalogue sur serveur relèvent du serveur (pg_dump) ; "
                       "demandez-les à la personne qui l'administre.")
    return Path(url.removeprefix("sqlite:///"))


def cmd_backup(args) -> int:
    from db.backups import count_records

    _file_catalogue(args)
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

    path = _file_catalogue(args)
    found = list_backups(path, counts=True)
    if not found:
        print(f"Aucune sauvegarde dans « {folder_of(path)} ».")
        return 0
    print(f"Sauvegardes de « {path.name} » dans « {folder_of(path)} » (de la plus récente à la plus ancienne) :")
    for info in found:
        documents = " + documents" if info.documents.is_dir() else ""
        print(f"  {info.taken_at:%d/%m/%Y %H:%M}  {info.label:<32} {size_text(info.size):>9}  "
              f"{counts_text(info.counts)}{documents}")
        print(f"      {info.path.name}")
    return 0


def cmd_restore(args) -> int:
    from db.backups import find, restore
    from db.lock import CatalogLock

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

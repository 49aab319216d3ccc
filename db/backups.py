"""Backups of a SQLite catalogue: consistent online copies (SQLite's backup API), listed, rotated, restored.

A backup is ``Sauvegardes/<catalogue>-<AAAAMMJJ-HHMMSS>-<raison>.sqlite`` beside the catalogue (or in
the folder chosen in Préférences, see ``db.backup_settings``),
with the documents folder copied beside it as ``…-documents`` (hard links when the disk allows:
stored documents are never modified in place). Each copy is written under a temporary name,
fsynced, verified (``quick_check`` and the source's tables) and only then renamed; a failed copy
leaves nothing behind. ``rotate`` keeps the 5 latest, one per day for 7 days, one per week for 4
weeks and one per month for 12 months. ``restore`` backs up the current state first (or, when the
current file is damaged, moves it aside), then copies the backup in with the backup API.
Pure Python, no Qt; the CLI (``db/cli/cmd_backup.py``) and the window use it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.backup_messages import BackupMessage
from db.faults import FaultError, FaultMessage, WordedError, explain
from db.integrity import CATALOGUE_TABLES, connect_read_only, examine, sqlite_uri, tables_of, verify
from db.interchange.atomic import fsync_file as _fsync
from db.lock import pid_alive
from db.logs import logger
from db.private import create_private

FOLDER = "Sauvegardes"
DAY = dt.timedelta(days=1)
KEEP_LATEST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 5, 7, 4, 12
REASONS = {  # slug in the file name -> label in lists
    "quotidienne": "quotidienne", "manuelle": "manuelle", "avant-import": "avant un import",
    "avant-annulation": "avant l'annulation d'un import", "avant-restauration": "avant une restauration",
    "avant-migration": "avant une mise à jour", "ouverture": "à l'ouverture",
}
COUNTED = (("partners", "partenaires"), ("agreements", "accords"), ("contacts", "contacts"),
           ("events", "événements"), ("followups", "suivis"))  # the labels are stored (a dump's .counts.json)
KINDS_OF_LABELS = {"partenaires": "partner", "accords": "agreement", "contacts": "contact", "événements": "event",
                   "suivis": "followup"}
REASONS_EN = {"quotidienne": "daily", "manuelle": "manual", "avant-import": "before an import",
              "avant-annulation": "before undoing an import", "avant-restauration": "before a restore",
              "avant-migration": "before an upgrade", "ouverture": "on opening"}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?(?P<suffix>\.[a-z]+)$")


class BackupError(WordedError):
    """A backup or a restore that could not be done; ``str`` is a plain French sentence (a
    ``db.backup_messages.BackupMessage``), ``in_language(lang)`` its wording for the window."""


@dataclass
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time, from the name
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    order: int = 0  # tie-break of two backups within the same second (when the file was written)

    @property
    def documents(self) -> Path:
        return documents_of(self.path)

    @property
    def label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def reason_label(self, language: str = "fr") -> str:
        """Why it was taken, in ``language`` ("avant un import", "before an import")."""
        return REASONS_EN.get(self.reason, self.reason) if language == "en" else self.label


def counts_text(counts: dict[str, int], language: str = "fr") -> str:
    """A backup's records ("14 partenaires, 1 événement"), agreed (``db.words``); "" when unknown."""
    from db import words

    return words.counts([(KINDS_OF_LABELS.get(label, label), n) for label, n in counts.items()], language)


def size_text(size: int, language: str = "fr") -> str:
    """A file size as people read it (Ko, Mo; KB, MB in English)."""
    kilo, mega = ("KB", "MB") if language == "en" else ("Ko", "Mo")
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} {kilo}"
    text = f"{size / (1024 * 1024):.1f} {mega}"
    return text if language == "en" else text.replace(".", ",")


def folder_of(catalog_path: Path) -> Path:
    """``Sauvegardes`` beside the catalogue, or its subfolder of the folder chosen in Préférences
    (``db.backup_settings``, read without opening the catalogue)."""
    from db.backup_settings import folder_for_file

    return folder_for_file(catalog_path) or Path(catalog_path).parent / FOLDER


def documents_of(backup_path: Path) -> Path:
    return backup_path.with_name(backup_path.stem + "-documents")


def documents_dir_of(catalog_path: Path) -> Path:
    """Same rule as ``Catalog.documents_dir`` for a file catalogue."""
    return Path(catalog_path).parent / f"{Path(catalog_path).stem}-documents"


def parse_name(path: Path, stem: str, suffix: str = ".sqlite") -> BackupInfo | None:
    """The backup of catalogue ``stem`` that ``path`` is by its name (``.dump`` for a server's), or None."""
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem or match["suffix"] != suffix:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        stat = path.stat()
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken, match["reason"], stat.st_size, order=stat.st_mtime_ns)


def list_backups(catalog_path: Path, *, counts: bool = False) -> list[BackupInfo]:
    """Backups of this catalogue in its ``Sauvegardes`` folder, newest first."""
    folder = folder_of(catalog_path)
    if not folder.is_dir():
        return []
    stem = Path(catalog_path).stem
    found = [info for p in folder.glob("*.sqlite") if (info := parse_name(p, stem)) is not None]
    found.sort(key=lambda b: (b.taken_at, b.order), reverse=True)
    if counts:
        for info in found:
            info.counts = count_records(info.path)
    return found


def count_records(path: Path) -> dict[str, int]:
    """Records (not deleted) per kind in a catalogue or backup file; {} when unreadable."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error:
        return {}
    try:
        tables = tables_of(connection)
        result = {}
        for table, label in COUNTED:
            if table in tables:
                columns = {r[1] for r in connection.execute(f"PRAGMA table_info({table})")}
                where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
                result[label] = connection.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
        return result
    except sqlite3.Error:
        return {}
    finally:
        connection.close()


def latest_good(catalog_path: Path) -> BackupInfo | None:
    """The newest backup that passes its check (offered when the catalogue cannot be opened)."""
    for info in list_backups(catalog_path):
        if not verify(info.path, CATALOGUE_TABLES):
            return info
    return None


def is_due(catalog_path: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    now = now or dt.datetime.now()
    backups = list_backups(catalog_path)
    return not backups or now - backups[0].taken_at >= DAY


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _copy_documents(source: Path, target: Path) -> None:
    """Copy a documents folder, hard-linking files when possible (they are never modified in place)."""
    def link_or_copy(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
        return dst

    shutil.copytree(source, target, copy_function=link_or_copy)


STEP_PAGES = 1024  # pages copied per step of SQLite's backup API (progress is told after each)


def _copy_database(source: Path, target: Path, progress=None) -> set[str]:
    """Backup API from ``source`` (read-only connection) into a new file ``target``; returns the source's tables."""
    src = connect_read_only(source, timeout=30)
    try:
        tables = tables_of(src)
        create_private(target)  # owner only, whatever the umask
        dst = sqlite3.connect(str(target))
        try:
            step = (lambda status, remaining, total: progress(total - remaining, total)) if progress else None
            src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    return tables


_LEFTOVER = re.compile(r"^\..+\.(\d+)\.(?:tmp|old)(?:-journal|-wal|-shm)?$")


def _remove_leftovers(folder: Path, prefixes: tuple[str, ...] = ("",)) -> list[Path]:
    """Temporary files of a backup or restore whose process was killed (``.<name>.<pid>.tmp``, its
    SQLite journal ``….tmp-journal`` / ``-wal`` / ``-shm``, a documents folder ``….tmp`` or ``….old``)
    whose name starts with one of ``prefixes`` (after the dot); returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _LEFTOVER.match(entry.name) if entry.name[1:].startswith(prefixes) else None
            if match and int(match[1]) != os.getpid() and not pid_alive(int(match[1])):
                _remove(entry)
                removed.append(entry)
    return removed


def clean_leftovers(catalog_path: Path) -> list[Path]:
    """At open: what killed backups and restores left beside the catalogue and in its backups folder."""
    catalog_path = Path(catalog_path)
    documents = documents_dir_of(catalog_path).name  # only this catalogue's own: the folder may hold others'
    removed = _remove_leftovers(catalog_path.parent, (f"{catalog_path.name}.", f"{documents}."))
    folder = folder_of(catalog_path)
    if folder.is_dir():
        removed += _remove_leftovers(folder, (f"{catalog_path.stem}-",))
    if removed:
        logger().info("leftovers of interrupted work removed: %s", ", ".join(p.name for p in removed))
    return removed


def _unique_target(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    base = f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}"
    target, n = folder / f"{base}.sqlite", 1
    while target.exists() or documents_of(target).exists():
        n += 1
        target = folder / f"{base}-{n}.sqlite"
    return target


def create(catalog_path: Path, reason: str = "manuelle", *, target: Path | None = None,
           documents: Path | None = None, rotate_after: bool = True, progress=None,
           now: dt.datetime | None = None) -> BackupInfo:
    """Write a verified backup of the catalogue at ``catalog_path`` (and of its documents folder).

    ``target`` overrides the place (a file chosen by the user: no rotation there). Raises
    ``BackupError`` with a plain sentence; nothing is left behind on failure.
    """
    catalog_path = Path(catalog_path)
    now = now or dt.datetime.now()
    documents = documents_dir_of(catalog_path) if documents is None else documents
    if target is None:
        folder = folder_of(catalog_path)
        final = None
    else:
        final = Path(target)
        folder = final.parent
        rotate_after = False
    tmp = tmp_docs = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(folder)
        if final is None:
            final = _unique_target(folder, catalog_path.stem, reason, now)
        tmp = folder / f".{final.name}.{os.getpid()}.tmp"
        tables = _copy_database(catalog_path, tmp, progress)
        _fsync(tmp)
        problem = verify(tmp, tables)
        if problem:
            raise BackupError(BackupMessage("not_verified", catalogue=str(catalog_path)))
        if documents.is_dir():
            tmp_docs = folder / f".{documents_of(final).name}.{os.getpid()}.tmp"
            _copy_documents(documents, tmp_docs)
            if documents_of(final).exists():
                _remove(documents_of(final))
            os.replace(tmp_docs, documents_of(final))
            tmp_docs = None
        os.replace(tmp, final)
        tmp = None
        _fsync_dir(folder)
    except BackupError:
        raise
    except (OSError, sqlite3.Error) as exc:
        logger().exception("backup of %s failed", catalog_path)
        raise BackupError(not_written(exc, final or folder)) from exc
    finally:
        for leftover in (tmp, tmp_docs):
            if leftover is not None:
                _remove(leftover)
    logger().info("backup written: %s (%s)", final, reason)
    if rotate_after:
        with contextlib.suppress(OSError):
            rotate(catalog_path, now=now)
    return BackupInfo(final, now.replace(microsecond=0), reason, final.stat().st_size)


def not_written(exc: BaseException, where: Path) -> BackupMessage:
    """A backup that could not be written, with the fault of the disk or the folder under it (the
    details in the log otherwise): the backups folder is named, not the hidden temporary file being
    written when the fault came. Shared with ``db.server_backups``."""
    written = Path(str(getattr(exc, "filename", None) or ""))
    if isinstance(exc, OSError) and written.name.startswith(".") and written.suffix == ".tmp":
        exc = OSError(exc.errno, exc.strerror, str(written.parent))
    return BackupMessage("not_written", why=explain(exc, where) or BackupMessage("details_in_log"))


def keep_set(backups: list[BackupInfo]) -> set[Path]:
    """Which backups the rotation keeps (``backups`` newest first)."""
    keep = {b.path for b in backups[:KEEP_LATEST]}
    for limit, key in ((KEEP_DAILY, lambda b: b.taken_at.date()),
                       (KEEP_WEEKLY, lambda b: b.taken_at.isocalendar()[:2]),
                       (KEEP_MONTHLY, lambda b: (b.taken_at.year, b.taken_at.month))):
        seen = []
        for b in backups:
            k = key(b)
            if k not in seen:
                if len(seen) == limit:
                    break
                seen.append(k)
                keep.add(b.path)
    return keep


def rotate(catalog_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep (and their documents); returns what went."""
    return remove_unkept(list_backups(catalog_path), lambda b: (b.documents, b.path))


def remove_unkept(backups: list[BackupInfo], files) -> list[Path]:
    """Delete ``files(backup)`` of each backup the rotation does not keep (``backups`` newest
    first); returns the backups that went. Shared with ``db.server_backups``."""
    keep = keep_set(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            for path in files(b):
                _remove(path)
            removed.append(b.path)
    return removed


def find(catalog_path: Path, name: str) -> Path:
    """A backup given as a path, or as a file name (or its start) in the ``Sauvegardes`` folder."""
    return find_among(list_backups(catalog_path), name)


def find_among(backups: list[BackupInfo], name: str) -> Path:
    """A backup given as a path, or as a file name (or its start) among ``backups``."""
    direct = Path(name).expanduser()
    if direct.is_file():
        return direct
    candidates = [b.path for b in backups if b.path.name.startswith(name)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BackupError(BackupMessage("not_found", name=name))
    raise BackupError(BackupMessage("ambiguous", name=name))


@dataclass
class Restored:
    before: BackupInfo | None  # the backup of the state before the restore
    set_aside: Path | None  # where a damaged (empty, foreign) file was moved instead


def restore(catalog_path: Path, backup: Path, *, progress=None) -> Restored:
    """Put ``backup`` back as the catalogue at ``catalog_path``; the caller holds the catalogue's lock
    and has closed its own connections. A good current state is backed up first; a damaged one is
    moved aside (never deleted)."""
    catalog_path, backup = Path(catalog_path), Path(backup)
    problem = verify(backup, CATALOGUE_TABLES)
    if problem:
        logger().error("restore refused, backup %s: %s", backup, problem)
        raise BackupError(BackupMessage("not_a_backup", name=backup.name))
    state = examine(catalog_path)
    if not state.writable:
        raise FaultError(FaultMessage(state.read_only_reason, str(catalog_path)))
    before = aside = None
    if state.state == "catalogue":
        before = create(catalog_path, "avant-restauration")
        put_back(backup, catalog_path, progress)
    else:
        if state.state != "missing":
            aside = set_aside(catalog_path)
        tmp = catalog_path.with_name(f".{catalog_path.name}.{os.getpid()}.tmp")
        try:
            _copy_database(backup, tmp, progress)
            _fsync(tmp)
            os.replace(tmp, catalog_path)
        except BaseException:
            _remove(tmp)
            raise
    _restore_documents(documents_of(backup), documents_dir_of(catalog_path))
    logger().info("catalogue %s restored from %s", catalog_path, backup)
    return Restored(before, aside)


def put_back(backup: Path, catalog_path: Path, progress=None) -> None:
    """Copy ``backup`` over the live catalogue with the backup API (safe with its WAL and other readers)."""
    src = sqlite3.connect(sqlite_uri(backup, read_only=True), uri=True)
    try:
        dst = sqlite3.connect(str(catalog_path), timeout=30)
        try:
            step = (lambda status, remaining, total: progress(total - remaining, total)) if progress else None
            src.backup(dst, pages=1024, progress=step)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def _restore_documents(saved: Path, documents: Path) -> None:
    if not saved.is_dir():
        return
    incoming = documents.with_name(f".{documents.name}.{os.getpid()}.tmp")
    _remove(incoming)
    _copy_documents(saved, incoming)
    old = documents.with_name(f".{documents.name}.{os.getpid()}.old")
    if documents.exists():
        os.replace(documents, old)
    os.replace(incoming, documents)
    _remove(old)


def set_aside(catalog_path: Path, now: dt.datetime | None = None) -> Path:
    """Move a damaged (or empty, or foreign) catalogue file out of the way, with its journal files;
    nothing is deleted. Returns the new name."""
    now = now or dt.datetime.now()
    aside = catalog_path.with_name(f"{catalog_path.stem}.endommage-{now:%Y%m%d-%H%M%S}{catalog_path.suffix}")
    os.replace(catalog_path, aside)
    for extra in ("-wal", "-shm", "-journal"):
        companion = catalog_path.with_name(catalog_path.name + extra)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + extra))
    logger().warning("catalogue %s set aside as %s", catalog_path, aside)
    return aside

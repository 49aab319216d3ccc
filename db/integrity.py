"""What a SQLite file is, looked at without writing to it: missing, empty, foreign, damaged, too new,
or a catalogue (and whether this user may write to it and its folder).

``examine(path)`` opens the file read-only (``mode=ro``; ``immutable`` when its folder cannot be
written, since SQLite could not create its journal there) and runs ``PRAGMA quick_check``; it
never creates, re-initialises or changes the journal mode of anything. ``db.catalog`` calls it
before building an engine; the backups module calls ``verify`` on every copy it writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

HEADER = b"SQLite format 3\x00"
# tables every catalogue has (a backup of a catalogue must have them too)
CATALOGUE_TABLES = frozenset({"alembic_version", "partners", "agreements", "contacts", "events", "followups"})


@dataclass
class FileState:
    """``state``: ``missing``, ``empty`` (0 byte), ``blank`` (SQLite without tables), ``foreign``,
    ``damaged``, ``catalogue``. ``writable`` is False when the file or its folder cannot be written
    (``read_only_reason``: ``read_only_file`` or ``read_only_folder``, keys of ``db.faults``)."""

    path: Path
    state: str
    tables: set[str] = field(default_factory=set)
    revisions: set[str] = field(default_factory=set)
    problem: str = ""  # the first line quick_check reported, for the log
    read_only_reason: str = ""

    @property
    def writable(self) -> bool:
        return not self.read_only_reason


def folder_writable(folder: Path) -> bool:
    """True when files can be created in ``folder`` (tried for real: ``os.access`` is blind to
    read-only mounts on some systems and to ACLs on Windows)."""
    if not os.access(folder, os.W_OK):
        return False
    probe = folder / f".passerelles-essai-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def read_only_reason(path: Path) -> str:
    """'' when the catalogue can be written; the folder first (SQLite writes its journal beside the file)."""
    if not folder_writable(path.parent):
        return "read_only_folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "read_only_file"
    return ""


def sqlite_uri(path: Path, *, read_only: bool, immutable: bool = False) -> str:
    """A ``file:`` URI for ``sqlite3.connect(..., uri=True)`` (path characters escaped)."""
    quoted = urllib.parse.quote(Path(path).resolve().as_posix(), safe="/:")
    if os.name == "nt" and not quoted.startswith("/"):
        quoted = "/" + quoted
    params = []
    if read_only:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return f"file:{quoted}" + ("?" + "&".join(params) if params else "")


def connect_read_only(path: Path, *, timeout: float = 5) -> sqlite3.Connection:
    """A connection that cannot write ``path`` nor create anything beside it."""
    immutable = not folder_writable(Path(path).parent)
    return sqlite3.connect(sqlite_uri(path, read_only=True, immutable=immutable), uri=True, timeout=timeout,
                           check_same_thread=False)


_CORRUPT, _NOTADB = 11, 26


def is_damage(exc: sqlite3.Error) -> bool:
    """True for SQLite's "malformed" and "not a database" errors; False for I/O, full disk, locks…
    (faults of the moment, not of the file)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def quick_check(connection: sqlite3.Connection) -> str:
    """'' when ``PRAGMA quick_check`` finds nothing wrong, else its first finding. Errors that are
    not damage (disk, lock, permission) are raised for the caller to explain."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:  # malformed header or schema: the pragma itself fails
        if not is_damage(exc):
            raise
        return str(exc)
    if rows == [("ok",)]:
        return ""
    return str(rows[0][0]) if rows else "quick_check: no answer"


def tables_of(connection: sqlite3.Connection) -> set[str]:
    return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def examine(path: str | os.PathLike, *, check: bool = True) -> FileState:
    """Look at ``path`` without changing it (not even its journal mode). Raises ``OSError`` or
    ``sqlite3.Error`` for a fault of the moment (unreadable, disk error, locked…)."""
    path = Path(path)
    if not path.exists():
        return FileState(path, "missing", read_only_reason="" if folder_writable(_existing_parent(path))
                         else "read_only_folder")
    reason = read_only_reason(path)
    size = path.stat().st_size
    if size == 0:
        return FileState(path, "empty", read_only_reason=reason)
    with open(path, "rb") as fh:
        if fh.read(16) != HEADER:
            return FileState(path, "foreign", read_only_reason=reason)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {c for c in companions if c.exists()}
    state = _look_inside(path, check, reason)
    if state.state in ("damaged", "foreign"):  # leave a bad file exactly as found
        created = [c for c in companions if c not in existed and c.exists()]
        wal = companions[0]
        if created and (not wal.exists() or wal.stat().st_size == 0):
            for c in created:
                with contextlib.suppress(OSError):
                    c.unlink()
    return state


def _look_inside(path: Path, check: bool, reason: str) -> FileState:
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        if not is_damage(exc):
            raise
        return FileState(path, "damaged", problem=str(exc), read_only_reason=reason)
    try:
        problem = quick_check(connection) if check else ""
        if problem:
            return FileState(path, "damaged", problem=problem, read_only_reason=reason)
        try:
            tables = tables_of(connection)
            revisions = ({r[0] for r in connection.execute("SELECT version_num FROM alembic_version")}
                         if "alembic_version" in tables else set())
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            return FileState(path, "damaged", problem=str(exc), read_only_reason=reason)
    finally:
        connection.close()
    if not tables:
        return FileState(path, "blank", read_only_reason=reason)
    state = "catalogue" if "partners" in tables else "foreign"
    return FileState(path, state, tables, revisions, read_only_reason=reason)


def verify(path: Path, expected_tables: set[str] | frozenset[str]) -> str:
    """'' when the SQLite file at ``path`` passes quick_check and has ``expected_tables``; else why not."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        problem = quick_check(connection)
        if problem:
            return problem
        missing = set(expected_tables) - tables_of(connection)
        return f"tables manquantes : {', '.join(sorted(missing))}" if missing else ""
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return path.parent

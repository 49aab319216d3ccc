"""Backups of a catalogue on a PostgreSQL server: ``pg_dump`` in its custom format, listed, rotated,
restored with ``pg_restore`` in one transaction.

A server catalogue has no folder of its own: its backups go to
``<user data folder>/Sauvegardes/<server>-<database>/`` (or under the folder chosen in Préférences,
``db.backup_settings``), named like file backups, ``<database>-<AAAAMMJJ-HHMMSS>-<raison>.dump``,
with ``….counts.json`` beside each (records per kind when it was taken). Each dump is written under
a temporary name, checked (``pg_restore --list`` must read it and find the catalogue's tables) and
only then renamed; the rotation is that of ``db.backups``. A restore backs the current state up
first, then replays the dump with ``--clean --single-transaction``: it lands whole or not at all,
and gives up after 15 s rather than wait for colleagues' open transactions.

Without ``pg_dump``/``pg_restore`` on this computer, ``missing_tools()`` says so in one sentence. Every
sentence is a ``db.backup_messages.BackupMessage`` (French, and its English). Passwords travel in ``PGPASSWORD`` (never on a command line) and are never printed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from db.backup_messages import BackupMessage
from db.backups import BackupError, BackupInfo, find_among, not_written, parse_name, remove_unkept
from db.integrity import CATALOGUE_TABLES
from db.logs import logger

SUFFIX = ".dump"
LIBPQ_ENV = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY",
             "sslcrl": "PGSSLCRL", "target_session_attrs": "PGTARGETSESSIONATTRS"}
LOCK_TIMEOUT_MS = 15_000


def tool_folders() -> list[Path]:
    """Where ``pg_dump``/``pg_restore`` are looked for, before PATH: the folder named by
    ``PASSERELLES_PG_BIN``, then ``pgsql/bin`` beside the installed program (the Windows installer
    can carry the PostgreSQL client tools there, see packaging/README.md)."""
    import sys

    folders = []
    if os.environ.get("PASSERELLES_PG_BIN"):
        folders.append(Path(os.environ["PASSERELLES_PG_BIN"]))
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent / "pgsql" / "bin")
    return folders


def _newest(pattern: str) -> str | None:
    """The file of the highest version among ``…/<version>/bin/<tool>`` paths."""
    def version(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob(pattern), key=version)
    return candidates[-1] if candidates else None


def tool(name: str) -> str | None:
    """``pg_dump`` or ``pg_restore``: in ``tool_folders()``, on PATH, else the newest PostgreSQL
    installed in its usual place (``C:\\Program Files\\PostgreSQL\\<version>\\bin`` on Windows,
    Debian's ``/usr/lib/postgresql/<version>/bin``)."""
    program = f"{name}.exe" if os.name == "nt" else name
    for folder in tool_folders():
        if (folder / program).is_file():
            return str(folder / program)
    found = shutil.which(name)
    if found:
        return found
    if os.name == "nt":
        for base in dict.fromkeys(filter(None, (os.environ.get("PROGRAMW6432"), os.environ.get("PROGRAMFILES")))):
            if found := _newest(str(Path(base) / "PostgreSQL" / "*" / "bin" / program)):
                return found
        return None
    return _newest(f"/usr/lib/postgresql/*/bin/{name}")


def missing_tools() -> BackupMessage | None:
    """Why server backups cannot be made here (one sentence), or None."""
    missing = [name for name in ("pg_dump", "pg_restore") if tool(name) is None]
    what_to_do = BackupMessage("install_tools")
    if len(missing) == 2:
        return BackupMessage("missing_tools", what_to_do=what_to_do)
    return BackupMessage("missing_tool", tool=missing[0], what_to_do=what_to_do) if missing else None


def _parts(url: str):
    from sqlalchemy.engine import make_url

    return make_url(url)


def label(url: str) -> str:
    """« base » sur « serveur », as sentences name a server catalogue (no user, no password)."""
    parts = _parts(url)
    return f"« {parts.database} » sur le serveur « {parts.host or 'local'} »"


def _where(url: str) -> dict[str, str]:
    """The server catalogue's names in a ``BackupMessage``: ``database``, ``host``."""
    parts = _parts(url)
    return {"database": parts.database or "?", "host": parts.host or "local"}


SHARED_FOLDER_KEY = "backups_folder"   # db.services.settings.BACKUPS_FOLDER: the office's shared folder


def shared_folder(url: str) -> Path | None:
    """The office's shared backups folder, set in the catalogue itself (``passerelles settings set
    backups_folder …``), so that every colleague's backups of this server
    catalogue go to one place; None when none is set or the server cannot be asked now."""
    import psycopg

    from db.notify import listen_args

    try:
        args = {**listen_args(_parts(url)), "application_name": "Passerelles", "connect_timeout": 5}
        with psycopg.connect(**args) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = %s", (SHARED_FOLDER_KEY,)).fetchone()
    except Exception as exc:   # an unreachable server, an old catalogue: the default folder
        logger().info("shared backups folder of %s not read: %s", label(url), exc)
        return None
    value = row[0] if row else None
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else None


def folder_for(url: str, shared: Path | None = None) -> Path:
    """This server catalogue's backups folder: under the office's shared folder when one is set in the
    catalogue (``shared_folder``, asked of the server unless given), else under the folder chosen in
    Préférences on this computer, else in this computer's user data folder."""
    from db.backup_settings import backup_root

    parts = _parts(url)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{parts.host or 'local'}-{parts.port or 5432}-{parts.database}")
    return (shared or shared_folder(url) or backup_root()) / name


def daily_due(url: str, now: dt.datetime | None = None) -> bool:
    """True when the newest backup of this server catalogue (anyone's, in a shared folder) is a day old
    or more, or there is none."""
    from db.backups import DAY

    now = now or dt.datetime.now()
    found = list_backups(url)
    return not found or now - found[0].taken_at >= DAY


def daily(url: str, counts: dict[str, int] | None = None) -> BackupInfo | None:
    """The automatic backup of the day (``quotidienne``), when due and this computer has the client
    tools; None when there was nothing to do. Run in the background by the window after it opens a
    server catalogue; with a shared folder, one colleague's daily backup serves the whole office."""
    if missing_tools() or not daily_due(url):
        return None
    return create(url, "quotidienne", counts=counts)


def _command(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options of libpq's programs for ``url``, and their environment (password, lock wait)."""
    parts = _parts(url)
    options = []
    host = parts.host or parts.query.get("host")
    if host:
        options += ["--host", str(host)]
    if parts.port:
        options += ["--port", str(parts.port)]
    if parts.username:
        options += ["--username", parts.username]
    env = {**os.environ, "PGOPTIONS": f"-c lock_timeout={LOCK_TIMEOUT_MS}", "PGCONNECT_TIMEOUT": "15"}
    for key, variable in LIBPQ_ENV.items():  # the URL's TLS options reach pg_dump and pg_restore too
        value = parts.query.get(key)
        if value:
            env[variable] = str(value if isinstance(value, str) else value[-1])
    if parts.password:
        env["PGPASSWORD"] = str(parts.password)
    return [*options, "--no-password"], env


def _run(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        logger().error("%s failed (%s): %s", what, done.returncode, done.stderr[-4000:])
    return done


def _tables(dump: Path) -> set[str] | None:
    """The tables a dump holds (``pg_restore --list``), or None when it cannot be read."""
    done = _run([tool("pg_restore"), "--list", str(dump)], dict(os.environ), "pg_restore --list")
    if done.returncode != 0:
        return None
    return {m.group(1) for m in re.finditer(r" TABLE \S+ (\w+) ", done.stdout)}


def server_counts(engine) -> dict[str, int]:
    """Records (not deleted) per kind in the server catalogue, labelled as ``db.backups.count_records``
    labels a file's: written beside each dump, shown by ``backups``."""
    from sqlalchemy import text

    from db.backups import COUNTED

    with engine.connect() as connection:
        return {label: connection.execute(text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")).scalar()
                for table, label in COUNTED}


def counts_of(dump: Path) -> dict[str, int]:
    try:
        return json.loads(dump.with_name(dump.stem + ".counts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def list_backups(url: str, *, folder: Path | None = None, counts: bool = False) -> list[BackupInfo]:
    """Dumps of this server catalogue, newest first."""
    folder = folder or folder_for(url)
    if not folder.is_dir():
        return []
    stem = _parts(url).database
    found = [info for p in folder.glob(f"*{SUFFIX}") if (info := parse_name(p, stem, SUFFIX)) is not None]
    found.sort(key=lambda b: (b.taken_at, b.order), reverse=True)
    if counts:
        for info in found:
            info.counts = counts_of(info.path)
    return found


def _check_tools() -> None:
    problem = missing_tools()
    if problem:
        raise BackupError(problem)


def create(url: str, reason: str = "manuelle", *, target: Path | None = None, counts: dict[str, int] | None = None,
           now: dt.datetime | None = None) -> BackupInfo:
    """A checked ``pg_dump`` of the catalogue at ``url`` in its backups folder (or ``target``)."""
    _check_tools()
    now = now or dt.datetime.now()
    stem = _parts(url).database
    folder = Path(target).parent if target else folder_for(url)
    final = Path(target) if target else None
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if final is None:
            base, n = f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}", 1
            final = folder / f"{base}{SUFFIX}"
            while final.exists():
                n += 1
                final = folder / f"{base}-{n}{SUFFIX}"
        tmp = folder / f".{final.name}.{os.getpid()}.tmp"
        from db.private import create_private

        create_private(tmp)  # owner only, whatever the umask (pg_dump writes into it)
        options, env = _command(url)
        done = _run([tool("pg_dump"), *options, "--format=custom", "--no-owner", "--no-privileges",
                     "--file", str(tmp), "--dbname", _parts(url).database], env, "pg_dump")
        if done.returncode != 0:
            raise BackupError(_dump_failure(url, done.stderr))
        tables = _tables(tmp)
        if tables is None or not set(CATALOGUE_TABLES) <= tables:
            raise BackupError(BackupMessage("server_not_verified", **_where(url)))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        tmp = None
        final.with_name(final.stem + ".counts.json").write_text(json.dumps(counts or {}, ensure_ascii=False),
                                                              encoding="utf-8")
    except OSError as exc:
        logger().exception("server backup of %s failed", label(url))
        raise BackupError(not_written(exc, final or folder)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    logger().info("server backup written: %s (%s)", final, reason)
    if target is None:
        with contextlib.suppress(OSError):
            rotate(url)
    return BackupInfo(final, now.replace(microsecond=0), reason, final.stat().st_size, counts=counts or {})


_DENIED = re.compile(r"(?:permission denied for|droit refusé pour l[ae]) (table|sequence|séquence|schema|schéma)"
                     r"\s*«?\s*\"?([\w.]+)", re.IGNORECASE)
_OWNER = re.compile(r"must be owner of|doit être le propriétaire", re.IGNORECASE)


def _unreachable(stderr: str) -> BackupMessage:
    """Why a client tool failed, from its text: the server could not be reached, refused the password,
    or the encrypted connection failed; else that the details are in the log."""
    from db.server_errors import kind_of

    kind = kind_of(Exception(stderr))
    if kind in ("unreachable", "host", "lost"):
        return BackupMessage("server_unreachable")
    if kind == "password":
        return BackupMessage("server_refused")
    if kind and kind.startswith("ssl"):
        return BackupMessage("server_tls")
    return BackupMessage("why_in_log")


_WHAT = {"table": "a_table", "sequence": "a_sequence", "séquence": "a_sequence"}


def _dump_failure(url: str, stderr: str) -> BackupMessage:
    """Why pg_dump failed, in one sentence for each case a user meets (read-only account, network…)."""
    denied = _DENIED.search(stderr)
    if denied:
        what = BackupMessage(_WHAT.get(denied.group(1).lower(), "a_schema"))
        return BackupMessage("read_denied", **_where(url), account=_parts(url).username or "?", what=what,
                             object=denied.group(2))
    return BackupMessage("server_failed", **_where(url), why=_unreachable(stderr))


def _restore_refusal(url: str, stderr: str) -> BackupMessage:
    """Why pg_restore failed: not the owner of the catalogue, colleagues still working in it (the lock
    waited for), the server unreachable, else that the details are in the log."""
    account = _parts(url).username or "?"
    if _OWNER.search(stderr):
        owner = _owner(url)
        return BackupMessage("not_owner", owner=BackupMessage("owner_named", owner=owner) if owner else "",
                             account=account)
    if "lock timeout" in stderr or "verrou" in stderr:
        return BackupMessage("colleagues_working")
    return _unreachable(stderr)


def _owner(url: str) -> str:
    """The owner of the catalogue's tables, when the server says; else ""."""
    try:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                owner = connection.exec_driver_sql(
                    "SELECT tableowner FROM pg_tables WHERE tablename = 'partners' LIMIT 1").scalar()
        finally:
            engine.dispose()
    except Exception:
        return ""
    return owner or ""


def rotate(url: str) -> list[Path]:
    return remove_unkept(list_backups(url), lambda b: (b.path, b.path.with_name(b.path.stem + ".counts.json")))


def find(url: str, name: str) -> Path:
    """A dump given as a path, or by its file name (or its start) in the catalogue's backups folder."""
    return find_among(list_backups(url), name)


def restore(url: str, dump: Path, *, counts: dict[str, int] | None = None) -> BackupInfo:
    """Replay ``dump`` into the catalogue at ``url`` after backing the current state up (returned)."""
    _check_tools()
    tables = _tables(dump)
    if tables is None or not set(CATALOGUE_TABLES) <= tables:
        raise BackupError(BackupMessage("not_a_backup", name=dump.name))
    before = create(url, "avant-restauration", counts=counts)
    options, env = _command(url)
    done = _run([tool("pg_restore"), *options, "--clean", "--if-exists", "--no-owner", "--no-privileges",
                 "--single-transaction", "--exit-on-error", "--dbname", _parts(url).database, str(dump)], env,
                "pg_restore")
    if done.returncode != 0:
        raise BackupError(BackupMessage("restore_failed", name=dump.name, **_where(url),
                                        why=_restore_refusal(url, done.stderr)))
    logger().info("server catalogue %s restored from %s", label(url), dump)
    from db.notify import announce

    announce(url)  # colleagues' windows reload everything
    return before

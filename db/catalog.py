"""Open a catalogue (a SQLite path or a SQLAlchemy URL): engine, pragmas, migrations, backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import configure_mappers, sessionmaker

from db import notify
from db.faults import WordedError
from db.uow import UnitOfWork

ENV_VAR = "PASSERELLES_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


class CatalogError(WordedError):
    """A catalogue that cannot be opened; the message is for people.

    ``state`` is what the file was found to be (see ``db.integrity.FileState``) and ``backup`` the
    latest good backup offered instead, when there is one."""

    def __init__(self, message: str, *, state: str = "", backup: Path | None = None):
        super().__init__(message)
        self.state = state
        self.backup = backup


class CatalogTooNewError(CatalogError):
    pass


def default_path() -> Path:
    """The default catalogue file, in the user's local (not roaming) data directory."""
    from platformdirs import user_data_path

    return user_data_path("Passerelles", appauthor=False, roaming=False) / "passerelles.sqlite"


def resolve_location(location: str | os.PathLike | None = None) -> str:
    """``--db`` value, else ``PASSERELLES_DB``, else the default file; returned as a SQLAlchemy URL."""
    chosen = location if location not in (None, "") else os.environ.get(ENV_VAR) or None
    if chosen is None:
        chosen = default_path()
    text = str(chosen)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _is_network_path(path: str) -> bool:
    return path.startswith(("\\\\", "//"))


def _sqlite_pragmas(engine: Engine, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA cache_size = -65536")  # 64 MB: large imports stay in memory
        cursor.close()


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


@dataclass
class Catalog:
    """An open catalogue: where it is, its engine, and units of work on it."""

    url: str
    engine: Engine
    session_factory: sessionmaker
    read_only: bool = False
    backups: list[Path] = field(default_factory=list)
    read_only_reason: str = ""  # key of db.faults: the file or its folder cannot be written, or the server account may only read
    checked: bool = True  # False when a large file was opened before its quick_check (see check_later)
    author: str = ""  # the stamp of this copy's changes on a server (``db.who.server_author``); '' on a file

    def check_later(self) -> str:
        """The quick_check a large file skipped at open ('' when sound). Runs on a worker thread: it
        only reads. A damaged file is found while open: from then on the catalogue is read-only
        (nothing more is written into a damaged file; ``read_only_reason`` "damaged_found") and the
        returned sentence says so and names the latest good backup (``in_language("en")`` too)."""
        if self.checked or self.path is None:
            return ""
        from db.integrity import examine
        from db.logs import logger

        state = examine(self.path)
        self.checked = True
        if state.state == "catalogue":
            return ""
        logger().error("catalogue %s failed its check after opening: %s", self.path, state.problem or state.state)
        self.read_only, self.read_only_reason = True, "damaged_found"
        return damage_found(self.path)

    @property
    def read_only_message(self) -> str:
        """The banner for a catalogue opened read-only because of its file or folder ('' otherwise)."""
        if not self.read_only_reason:
            return ""
        from db.faults import FaultMessage

        return FaultMessage("opened_" + self.read_only_reason, self.read_only_name)

    @property
    def read_only_name(self) -> str:
        """What the read-only banner names: the file, or the server account and its database."""
        if self.path is not None:
            return str(self.path)
        url = make_url(self.url)
        return f"{url.username or '?'}@{url.database or '?'}"

    @property
    def path(self) -> Path | None:
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return Path(url.database)
        return None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def documents_dir(self) -> Path:
        """Folder of attached files, beside the SQLite file; for a server catalogue (whose documents are
        in the database), this computer's cache of them, one folder per server and database."""
        if self.path:
            return self.path.parent / f"{self.path.stem}-documents"
        url = make_url(self.url)
        name = "".join(c if c.isalnum() or c in "-." else "_" for c in f"{url.host}-{url.port or 5432}-{url.database}")
        return default_path().parent / "serveurs" / f"{name}-documents"

    def uow(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self.session_factory, actor=actor or self.author or None, read_only=self.read_only)

    def close(self) -> None:
        self.engine.dispose()

    def backup(self, reason: str = "manuelle", **options):
        """A verified backup in the ``Sauvegardes`` folder (``db.backups.create``); ``None`` for a
        server catalogue, whose backups belong to the server (``pg_dump``)."""
        if self.path is None:
            from db.logs import logger

            logger().info("no local backup for a server catalogue (%s)", reason)
            return None
        from db import backups

        return backups.create(self.path, reason, documents=self.documents_dir, **options)


def shipped_revisions() -> tuple[set[str], set[str]]:
    """(every revision, the heads) shipped in db/migrations/versions, read without importing Alembic.

    Each file is named ``<revision>_<slug>.py`` and revises the revision before it in name order
    (a test checks this against Alembic's own view).
    """
    names = sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py") if not p.name.startswith("_"))
    revisions = [name.split("_", 1)[0] for name in names]
    return set(revisions), {revisions[-1]} if revisions else set()


def _current_revisions(connection) -> set[str]:
    if "alembic_version" not in inspect(connection).get_table_names():
        return set()
    return {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}


def _backup_hint(path: Path) -> tuple[str, Path | None]:
    from db.backups import latest_good

    try:
        latest = latest_good(path)
    except OSError:
        latest = None
    if latest is None:
        return " Aucune sauvegarde de ce catalogue n'a été trouvée.", None
    return (f" La dernière sauvegarde valable date du {latest.taken_at:%d/%m/%Y à %H:%M} : "
            f"« passerelles restore {latest.path.name} » la remet en place (le fichier actuel est mis de côté).",
            latest.path)


class Bilingual(str):
    """A sentence in French (the string itself) with its English wording (``in_language``)."""

    en: str

    def __new__(cls, fr: str, en: str) -> Bilingual:
        text = super().__new__(cls, fr)
        text.en = en
        return text

    def in_language(self, language: str) -> str:
        return self.en if language == "en" else str(self)


def damage_found(path: Path) -> Bilingual:
    """What to say when a catalogue opened before its check (a large file) turns out damaged: it stays
    open for reading only, and how to put the latest good backup back."""
    from db.backups import latest_good

    try:
        latest = latest_good(path)
    except OSError:
        latest = None
    fr = (f"Le catalogue « {path} » est endommagé (vérification faite après l'ouverture) : il reste ouvert en "
          "consultation seule, pour que rien ne soit écrit dans un fichier abîmé.")
    en = (f"The catalogue “{path}” is damaged (checked after it was opened): it stays open for viewing only, so "
          "that nothing is written into a damaged file.")
    if latest is None:
        fr += " Aucune sauvegarde de ce catalogue n'a été trouvée ; copiez le fichier et appelez le service informatique."
        en += " No backup of this catalogue was found; copy the file and call the IT department."
    else:
        fr += (f" La dernière sauvegarde valable date du {latest.taken_at:%d/%m/%Y à %H:%M} ({latest.path.name}) : "
               "remettez-la en place par Fichier › Sauvegardes… › Restaurer (ou « passerelles restore "
               f"{latest.path.name} ») ; le fichier actuel est mis de côté.")
        en += (f" The latest good backup was taken on {latest.taken_at:%d/%m/%Y at %H:%M} ({latest.path.name}): "
               "put it back with File › Backups… › Restore (or “passerelles restore "
               f"{latest.path.name}”); the current file is set aside.")
    return Bilingual(fr, en)


def _refuse(path: Path, state) -> CatalogError:
    """The one sentence for a file that must not be opened, with the latest good backup."""
    from db.logs import logger

    if state.state == "empty":
        head = f"Le fichier « {path} » est vide (0 octet) : ce n'est pas un catalogue utilisable ; il n'a pas été modifié."
    elif state.state == "foreign":
        head = f"« {path} » n'est pas un catalogue Passerelles (fichier SQLite attendu) ; il n'a pas été modifié."
    else:
        logger().error("catalogue %s failed its check: %s", path, state.problem)
        head = f"Le catalogue « {path} » est endommagé : il n'a été ni ouvert ni modifié."
    hint, backup = _backup_hint(path) if state.state != "foreign" else ("", None)
    return CatalogError(head + hint, state=state.state, backup=backup)


def _sqlite_engine(url: str, path: Path | None, read_only: bool, immutable: bool) -> Engine:
    if path is not None and read_only:
        from sqlalchemy.pool import QueuePool

        from db.integrity import sqlite_uri

        uri = sqlite_uri(path, read_only=True, immutable=immutable)
        engine = create_engine("sqlite://", poolclass=QueuePool,
                               creator=lambda: sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False))
    else:
        engine = create_engine(url, connect_args={"timeout": 5})
    _sqlite_pragmas(engine, wal=path is not None and not _is_network_path(str(path)) and not read_only)
    return engine


CHECK_AT_OPEN_MAX = 128 * 1024 * 1024  # larger files are checked in the background (``check_later``)


def open_catalog(location: str | os.PathLike | None = None, *, create: bool = True,
                 migrate: bool = True, read_only: bool = False, auto_backup: bool = True,
                 check: bool | None = None) -> Catalog:
    """Open (and create or upgrade) a catalogue. Raises ``CatalogError`` with a plain message.

    A SQLite file is examined first without writing to it (``db.integrity.examine``): an empty,
    foreign or damaged file is refused and never touched, a catalogue from a newer version is
    refused before anything changes its journal mode, a file or folder this user cannot write is
    opened read-only (``read_only_reason`` says why). Only ``create=True`` makes a new catalogue.
    ``PRAGMA quick_check`` runs at open for files up to ``CHECK_AT_OPEN_MAX`` (``check=None``); a
    larger file opens unchecked (``catalog.checked`` False) and the caller runs ``check_later``.
    A catalogue whose newest backup is older than a day is backed up (``auto_backup``).
    """
    from db.faults import FaultMessage
    from db.integrity import examine

    url = resolve_location(location)
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    path = Path(parsed.database) if is_sqlite and parsed.database and parsed.database != ":memory:" else None
    reason, existed, immutable, checked = "", False, False, True
    if path is not None:
        if path.exists() and path.is_dir():
            raise CatalogError(f"« {path} » est un dossier, pas un fichier de catalogue.")
        if check is None:
            check = not path.exists() or path.stat().st_size <= CHECK_AT_OPEN_MAX
        checked = check
        try:
            state = examine(path, check=check)
        except (OSError, sqlite3.Error) as exc:
            from db.faults import explain
            from db.logs import logger

            logger().exception("examining %s failed", path)
            message = explain(exc, path) or FaultMessage("io_error", str(path))
            raise CatalogError(message, state="unreadable") from exc
        if state.state in ("empty", "foreign", "damaged"):
            raise _refuse(path, state)
        if state.state in ("missing", "blank"):
            if not create:
                what = "n'existe pas" if state.state == "missing" else "ne contient pas encore de catalogue"
                raise CatalogError(f"Le catalogue « {path} » {what} : créez-le avec « passerelles init ».",
                                   state=state.state)
            if state.read_only_reason:
                raise CatalogError(FaultMessage(state.read_only_reason, str(path)), state=state.state)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CatalogError(f"Impossible de créer le dossier « {path.parent} » : {exc.strerror}.") from exc
            _new_private_file(path)
        else:
            existed = True
            unknown = state.revisions - shipped_revisions()[0]
            if unknown:
                raise CatalogTooNewError(_too_new(unknown), state="too_new")
            if not state.writable:
                reason, read_only = state.read_only_reason, True
                immutable = reason == "read_only_folder"
    try:
        engine = _sqlite_engine(url, path, read_only, immutable) if is_sqlite \
            else create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(parsed))
    except Exception as exc:  # unknown driver, malformed URL
        raise CatalogError(f"Adresse de catalogue invalide « {display_location(url)} » : {exc}") from exc
    catalog = Catalog(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False),
                      read_only=read_only, read_only_reason=reason, checked=checked)
    configure_mappers()   # once per process, here rather than in the first query of whatever runs next
    if not is_sqlite:
        notify.announce_commits(catalog.session_factory)
    try:
        if not is_sqlite:
            catalog.author, writable = _server_account(engine)
            if not writable and not read_only:
                catalog.read_only, catalog.read_only_reason = True, "read_only_account"
        if migrate:
            _upgrade(catalog)
    except CatalogError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        from db import server_errors  # its dozen patterns are compiled only when a server fails

        explained = None if is_sqlite else server_errors.explain(exc, parsed)
        if explained:
            raise CatalogError(explained) from exc
        from db.faults import explain
        from db.logs import logger

        logger().exception("opening %s failed", path or display_location(url))
        message = explain(exc, path)
        raise CatalogError(message or f"Impossible d'ouvrir le catalogue « {path or display_location(url)} ».") from exc
    if path is not None and existed and not read_only:
        from db.backups import clean_leftovers

        with contextlib.suppress(OSError):
            clean_leftovers(path)  # what a killed backup or restore left (journals, .tmp files)
    if auto_backup and existed and not read_only:
        _daily_backup(catalog)
    return catalog


def _new_private_file(path: Path) -> None:
    """Make the new catalogue file owner-only (0600) before SQLite writes into it: a blank SQLite
    file (a header, no table), which a failure later in the creation leaves re-creatable."""
    from db.private import create_private

    try:
        create_private(path)
        connection = sqlite3.connect(str(path))
        try:
            connection.execute("PRAGMA journal_mode = WAL")  # writes the header: "blank", not "empty"
        finally:
            connection.close()
    except (OSError, sqlite3.Error):  # the creation itself will say what is wrong
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()


def _daily_backup(catalog: Catalog) -> None:
    """The automatic backup at open; a failure is logged, never in the way of opening."""
    from db import backups
    from db.logs import logger

    try:
        if backups.is_due(catalog.path):
            catalog.backups.append(catalog.backup("quotidienne").path)
    except Exception:
        logger().exception("automatic backup of %s failed", catalog.path)


def _too_new(unknown: set[str]) -> str:
    return ("Ce catalogue a été enregistré par une version plus récente de Passerelles "
            f"(schéma {', '.join(sorted(unknown))}). Installez la dernière version pour l'ouvrir ; "
            "il n'a pas été modifié.")


def display_location(url: str) -> str:
    """A catalogue's address as shown to people: never its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True).replace(":***@", "@")


def server_connect_args(url) -> dict:
    """Driver options for a server catalogue: give up on an unreachable server after a few seconds."""
    if url.get_backend_name() != "postgresql":
        return {}
    return {"connect_timeout": 10, "application_name": "Passerelles"}


WRITTEN_TABLES = ("partners", "agreements", "contacts", "events", "followups", "changes")


def _server_account(engine: Engine) -> tuple[str, bool]:
    """(the stamp of this copy's changes, whether the account may change the catalogue).

    The account is ``session_user``, the one the server authenticated (``SET ROLE`` does not
    change it). Read-only when it lacks INSERT or UPDATE on any of the tables every edit writes."""
    from db.who import server_author

    with engine.connect() as connection:
        account = connection.exec_driver_sql("SELECT session_user").scalar() or ""
        exists = connection.exec_driver_sql("SELECT to_regclass('partners') IS NOT NULL").scalar()
        if not exists:
            return server_author(account), True  # a new catalogue: creating it tells soon enough whether we may
        checks = " AND ".join(f"has_table_privilege('{t}', 'INSERT') AND has_table_privilege('{t}', 'UPDATE')"
                              for t in WRITTEN_TABLES)
        return server_author(account), bool(connection.exec_driver_sql(f"SELECT {checks}").scalar())


def _upgrade(catalog: Catalog) -> None:
    known, heads = shipped_revisions()
    with catalog.engine.connect() as connection:
        current = _current_revisions(connection)
        has_tables = bool(inspect(connection).get_table_names())
    unknown = current - known
    if unknown:  # a server catalogue (a file was examined before its engine was built)
        raise CatalogTooNewError(_too_new(unknown), state="too_new")
    if current == heads:
        return
    if catalog.read_only:
        raise CatalogError("Ce catalogue doit être mis à jour, ce qui est impossible en lecture seule.")
    saved = None
    if has_tables and catalog.path is not None and catalog.path.exists():
        from db.backup_messages import BackupMessage
        from db.backups import BackupError

        try:
            saved = catalog.backup("avant-migration").path
        except BackupError as exc:
            raise CatalogError(BackupMessage("upgrade_postponed", why=exc.args[0])) from exc
        catalog.backups.append(saved)
    from alembic import command

    engine = _migration_engine(catalog)
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        if saved is None:
            raise
        if engine is not catalog.engine:
            engine.dispose()
        _put_back_after_failed_upgrade(catalog, saved, exc)
    finally:
        if engine is not catalog.engine:
            engine.dispose()


def _migration_engine(catalog: Catalog) -> Engine:
    """For SQLite, an engine whose transactions really include DDL: the pysqlite driver does not
    begin a transaction before CREATE/ALTER/DROP, so a migration killed half-way would leave its
    first steps committed. Here the driver's own transaction handling is off and SQLAlchemy
    emits ``BEGIN IMMEDIATE`` itself: the whole upgrade commits at once or not at all."""
    if catalog.path is None:
        return catalog.engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(catalog.url, connect_args={"timeout": 30}, poolclass=NullPool)
    _sqlite_pragmas(engine, wal=not _is_network_path(str(catalog.path)))

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        # a table rebuilt by a migration (SQLite's batch mode: copy, drop, rename) must not fire the
        # foreign keys of the tables pointing at it: SQLite's own procedure for ALTER turns them off
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _put_back_after_failed_upgrade(catalog: Catalog, saved: Path, exc: Exception) -> None:
    """A migration failed half-way: the catalogue is put back exactly as it was before it."""
    from db.backups import put_back
    from db.faults import explain
    from db.logs import logger

    logger().error("upgrade of %s failed; putting back %s", catalog.path, saved, exc_info=exc)
    catalog.engine.dispose()
    put_back(saved, catalog.path)
    fault = explain(exc, catalog.path)
    raise CatalogError(f"La mise à jour du catalogue « {catalog.path} » a échoué ; il a été remis dans son état "
                       f"d'avant (sauvegarde « {saved.name} »). " + (fault or "Les détails sont dans le journal."),
                       state="upgrade_failed") from exc

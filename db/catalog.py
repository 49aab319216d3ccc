"""Open a catalogue (a SQLite path or a SQLAlchemy URL): engine, pragmas, migrations, backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from db import notify, server_errors
from db.uow import UnitOfWork

ENV_VAR = "PASSERELLES_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


class CatalogError(Exception):
    """A catalogue that cannot be opened; the message is for people."""


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


def backup_sqlite(source: Path, target: Path) -> Path:
    """Consistent copy of a live SQLite file with the SQLite backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


@dataclass
class Catalog:
    """An open catalogue: where it is, its engine, and units of work on it."""

    url: str
    engine: Engine
    session_factory: sessionmaker
    read_only: bool = False
    backups: list[Path] = field(default_factory=list)

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
        return UnitOfWork(self.session_factory, actor=actor, read_only=self.read_only)

    def close(self) -> None:
        self.engine.dispose()


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


def open_catalog(location: str | os.PathLike | None = None, *, create: bool = True,
                 migrate: bool = True, read_only: bool = False) -> Catalog:
    """Open (and create or upgrade) a catalogue. Raises ``CatalogError`` with a plain message."""
    url = resolve_location(location)
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    path = Path(parsed.database) if is_sqlite and parsed.database and parsed.database != ":memory:" else None
    if path is not None:
        if path.exists() and path.is_dir():
            raise CatalogError(f"« {path} » est un dossier, pas un fichier de catalogue.")
        if not path.exists():
            if not create:
                raise CatalogError(f"Le catalogue « {path} » n'existe pas.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CatalogError(f"Impossible de créer le dossier « {path.parent} » : {exc.strerror}.") from exc
        elif path.stat().st_size > 0:
            with open(path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise CatalogError(f"« {path} » n'est pas un catalogue Passerelles (fichier SQLite attendu).")
    try:
        if is_sqlite:
            engine = create_engine(url, connect_args={"timeout": 5})
            _sqlite_pragmas(engine, wal=path is not None and not _is_network_path(str(path)) and not read_only)
        else:
            engine = create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(parsed))
    except Exception as exc:  # unknown driver, malformed URL
        raise CatalogError(f"Adresse de catalogue invalide « {display_location(url)} » : {exc}") from exc
    catalog = Catalog(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False),
                      read_only=read_only)
    if not is_sqlite:
        notify.announce_commits(catalog.session_factory)
    try:
        if not is_sqlite and not read_only:
            catalog.read_only = not _server_writable(engine)
        if migrate:
            _upgrade(catalog)
    except CatalogError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        explained = None if is_sqlite else server_errors.explain(exc, parsed)
        if explained:
            raise CatalogError(explained) from exc
        raise CatalogError(f"Impossible d'ouvrir le catalogue « {path or display_location(url)} » : {exc.orig}") from exc
    return catalog


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


def _server_writable(engine: Engine) -> bool:
    """False when the server account may read the catalogue but not change it (read-only mode)."""
    with engine.connect() as connection:
        exists = connection.exec_driver_sql("SELECT to_regclass('partners') IS NOT NULL").scalar()
        if not exists:
            return True  # a new catalogue: creating it tells soon enough whether we may
        return bool(connection.exec_driver_sql(
            "SELECT has_table_privilege('partners', 'INSERT') AND has_table_privilege('partners', 'UPDATE')"
        ).scalar())


def _upgrade(catalog: Catalog) -> None:
    known, heads = shipped_revisions()
    with catalog.engine.connect() as connection:
        current = _current_revisions(connection)
        has_tables = bool(inspect(connection).get_table_names())
    unknown = current - known
    if unknown:
        raise CatalogTooNewError(
            "Ce catalogue a été enregistré par une version plus récente de Passerelles "
            f"(schéma {', '.join(sorted(unknown))}). Installez la dernière version pour l'ouvrir ; "
            "il n'a pas été modifié."
        )
    if current == heads:
        return
    if catalog.read_only:
        raise CatalogError("Ce catalogue doit être mis à jour, ce qui est impossible en lecture seule.")
    if has_tables and catalog.path is not None and catalog.path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        label = "-".join(sorted(current)) or "initial"
        target = catalog.path.with_name(f"{catalog.path.stem}.avant-migration-{label}-{stamp}{catalog.path.suffix}")
        catalog.backups.append(backup_sqlite(catalog.path, target))
    from alembic import command

    command.upgrade(alembic_config(catalog.engine), "head")

"""Opening catalogues: pragmas, default location, migrations, backups, refusing newer or foreign files."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.catalog import (
    CatalogError,
    CatalogTooNewError,
    default_path,
    open_catalog,
    resolve_location,
)
from db.models import Base


def test_upgrading_an_empty_database_yields_exactly_the_models(catalog_location):
    from db.migrations.env_filter import include_object

    catalog = open_catalog(catalog_location("c", empty=True))
    with catalog.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
    catalog.close()


def test_sqlite_pragmas(tmp_path):
    catalog = open_catalog(tmp_path / "pragmas.sqlite")
    with catalog.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    catalog.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_catalog(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(CatalogTooNewError) as info:
        open_catalog(path)
    assert "version plus récente" in str(info.value)
    assert path.read_bytes() == before


def test_the_file_is_backed_up_before_a_migration(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)  # a catalogue from before the migrations existed, with data in it
    con.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO legacy_notes (text) VALUES ('à garder')")
    con.commit()
    con.close()
    catalog = open_catalog(path)
    assert len(catalog.backups) == 1
    backup = catalog.backups[0]
    assert backup.exists() and "avant-migration" in backup.name
    assert sqlite3.connect(backup).execute("SELECT text FROM legacy_notes").fetchone() == ("à garder",)
    catalog.close()
    assert open_catalog(path).backups == []  # up to date: no new copy


def test_files_that_are_not_catalogues_are_refused_with_a_message(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("pas une base")
    with pytest.raises(CatalogError, match="n'est pas un catalogue"):
        open_catalog(text)
    with pytest.raises(CatalogError, match="dossier"):
        open_catalog(tmp_path)
    with pytest.raises(CatalogError, match="n'existe pas"):
        open_catalog(tmp_path / "absent.sqlite", create=False)


def test_location_comes_from_argument_environment_or_default(tmp_path, monkeypatch):
    assert resolve_location(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    monkeypatch.setenv("PASSERELLES_DB", str(tmp_path / "env.sqlite"))
    assert resolve_location(None).endswith("env.sqlite")
    assert resolve_location("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("PASSERELLES_DB")
    assert resolve_location(None) == f"sqlite:///{default_path()}"
    assert "Passerelles" in str(default_path())


def test_read_only_catalogue_refuses_to_commit(tmp_path):
    from db.schemas import PartnerIn
    from db.services import Services

    path = tmp_path / "ro.sqlite"
    open_catalog(path).close()
    services = Services(open_catalog(path, read_only=True))
    with pytest.raises(PermissionError):
        services.create("partner", PartnerIn(name="x"))


def test_shipped_revisions_agree_with_alembic(catalog):
    from alembic.script import ScriptDirectory

    from db.catalog import alembic_config, shipped_revisions

    script = ScriptDirectory.from_config(alembic_config(catalog.engine))
    known, heads = shipped_revisions()
    assert known == {rev.revision for rev in script.walk_revisions()}
    assert heads == set(script.get_heads())


def test_upgrading_a_populated_catalogue_keeps_its_data_and_search(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from db.catalog import alembic_config, shipped_revisions
    from db.schemas import PartnerIn
    from db.services import Services

    path = tmp_path / "v1.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO partners (public_id, created_at, updated_at, version, search_text, extra, name, name_key, "
                "status, active) VALUES ('6f1c1f54-1111-4111-8111-111111111111', '2024-01-01 00:00:00', "
                "'2024-01-01 00:00:00', 1, 'lodz film school', '{}', 'Łódź Film School', 'lodz film school', 'active', 1)")
    con.commit()
    con.close()
    catalog = open_catalog(path)
    assert len(catalog.backups) == 1
    services = Services(catalog)
    hit = services.quick_search("lodz")["partner"][0]
    services.update("partner", hit.id, PartnerIn(name="Szkoła Filmowa w Łodzi"))
    services.create("partner", PartnerIn(name="Busan"))
    assert services.quick_search("szkola")["partner"][0].id == hit.id  # update trigger still there
    assert "partner" in services.quick_search("busan")  # insert trigger still there
    with catalog.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == max(shipped_revisions()[1])
    catalog.close()

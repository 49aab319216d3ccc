"""Backups of a catalogue on a PostgreSQL server (db/server_backups.py): pg_dump into the user's backups
folder, listed with counts, restored with pg_restore after a backup of the current state; without
pg_dump, one French sentence. On a real throwaway server (tests/pg_server.py)."""

from __future__ import annotations

import pytest
from passerelles_testing import run_cli

from db import server_backups
from db.catalog import open_catalog
from db.schemas import PartnerIn
from db.services import ListQuery, Services


def _names(url: str) -> list[str]:
    catalog = open_catalog(url)
    try:
        return sorted(p.name for p in Services(catalog).list("partner", ListQuery(limit=None)))
    finally:
        catalog.close()


def _add(url: str, name: str) -> None:
    catalog = open_catalog(url)
    try:
        Services(catalog, actor="t").create("partner", PartnerIn(name=name))
    finally:
        catalog.close()


@pytest.fixture
def server_url(pg_database):
    if server_backups.missing_tools():
        pytest.skip(server_backups.missing_tools())
    return pg_database()


def test_backup_list_and_restore_of_a_server_catalogue(server_url, tmp_path):
    _add(server_url, "Busan")

    done = run_cli("--db", server_url, "backup")
    assert done.returncode == 0, done.stderr
    assert "pg_dump" in done.stdout and "1 partenaire," in done.stdout
    assert "passerelles-test" not in done.stdout + done.stderr   # the password is never printed
    (dump,) = server_backups.list_backups(server_url)
    assert dump.path.suffix == ".dump" and dump.path.parent.parent.name == "Sauvegardes"
    assert server_backups.counts_of(dump.path) == {"partenaires": 1, "accords": 0, "contacts": 0,
                                                    "événements": 0, "suivis": 0}
    listed = run_cli("--db", server_url, "backups")
    assert listed.returncode == 0 and dump.path.name in listed.stdout and "1 partenaire," in listed.stdout

    _add(server_url, "Shizuoka")
    assert _names(server_url) == ["Busan", "Shizuoka"]
    restored = run_cli("--db", server_url, "restore", dump.path.name)
    assert restored.returncode == 0, restored.stderr
    assert "pg_restore" in restored.stdout
    assert _names(server_url) == ["Busan"]   # back to the state of the backup
    before = [b for b in server_backups.list_backups(server_url) if b.reason == "avant-restauration"]
    assert len(before) == 1 and server_backups.counts_of(before[0].path)["partenaires"] == 2
    _add(server_url, "Sanya")   # the restored catalogue works: ids, sequences and search triggers came back
    assert _names(server_url) == ["Busan", "Sanya"]


def test_a_file_that_is_not_a_dump_is_refused_and_nothing_changes(server_url, tmp_path):
    _add(server_url, "Busan")
    fake = tmp_path / "faux.dump"
    fake.write_bytes(b"PGDMP? non")
    done = run_cli("--db", server_url, "restore", str(fake))
    assert done.returncode != 0
    assert "« faux.dump » n'est pas une sauvegarde de catalogue valable" in done.stderr
    assert "Traceback" not in done.stderr
    assert _names(server_url) == ["Busan"]


def test_without_pg_dump_the_user_is_told_in_one_sentence(monkeypatch):
    monkeypatch.setattr(server_backups, "tool", lambda name: None)
    message = server_backups.missing_tools()
    assert message.startswith("Sauvegarde d'un catalogue sur serveur impossible ici : pg_dump et pg_restore")
    assert "postgresql-client" in message and message.endswith("serveur.") and "\n" not in message
    with pytest.raises(server_backups.BackupError) as refused:
        server_backups.create("postgresql+psycopg://u@h/base")
    assert str(refused.value) == message

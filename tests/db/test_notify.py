"""Copies of the application see each other's changes: PostgreSQL notifications, SQLite data_version."""

import time

from passerelles_testing import run_cli

from db.catalog import open_catalog
from db.notify import ChangeWatcher
from db.schemas import PartnerIn
from db.services import Services


def _poll_until_changed(watcher, seconds=5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.1)
    return False


def _sheet(tmp_path, name):
    sheet = tmp_path / f"{name}.csv"
    sheet.write_text(f"Nom;Ville\n{name};Busan\n", encoding="utf-8")
    return sheet


def test_a_server_copy_hears_another_process_and_not_itself(pg_database, tmp_path):
    url = pg_database()
    catalog = open_catalog(url)
    watcher = ChangeWatcher(catalog)
    try:
        Services(catalog, actor="anne").create("partner", PartnerIn(name="Mon propre partenaire"))
        assert watcher.poll() is False  # our own commit
        result = run_cli("--db", url, "import", str(_sheet(tmp_path, "Partenaire de Bea")))
        assert result.returncode == 0, result.stderr
        assert _poll_until_changed(watcher)
        assert watcher.poll() is False  # reported once
    finally:
        watcher.close()
        catalog.close()


def test_a_read_only_file_copy_sees_the_writer_commit(tmp_path):
    path = tmp_path / "partage.sqlite"
    writer = open_catalog(path)
    reader = open_catalog(path, read_only=True)
    watcher = ChangeWatcher(reader)
    try:
        assert watcher.poll() is False
        Services(writer, actor="anne").create("partner", PartnerIn(name="Busan"))
        assert watcher.poll() is True
        assert watcher.poll() is False
    finally:
        watcher.close()
        reader.close()
        writer.close()

"""Backups: consistent online copies, verified, rotated, listed and restored (library and CLI)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from passerelles_testing import FILES, run_cli

from db import backups
from db.catalog import open_catalog
from db.schemas import PartnerIn
from db.services import ListQuery, Services


def partners(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM partners WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


def test_a_backup_holds_what_is_still_in_the_wal_and_is_verified(tmp_path):
    catalog = open_catalog(tmp_path / "c.sqlite")
    services = Services(catalog, actor="t")
    services.create("partner", PartnerIn(name="Busan"))
    assert (tmp_path / "c.sqlite-wal").stat().st_size > 0  # the record is still in the WAL, not the main file
    info = catalog.backup("manuelle")
    assert info.path.parent == tmp_path / "Sauvegardes" and info.reason == "manuelle"
    assert partners(info.path) == 1
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # nothing temporary left
    assert backups.list_backups(catalog.path, counts=True)[0].counts["partenaires"] == 1
    catalog.close()


def test_documents_are_saved_beside_the_backup(tmp_path):
    from db.services import documents

    catalog = open_catalog(tmp_path / "c.sqlite")
    services = Services(catalog, actor="t")
    from db.schemas import AgreementIn

    agreement = services.create("agreement", AgreementIn(title="Convention"))
    source = tmp_path / "convention.pdf"
    source.write_bytes(b"%PDF-1.4 signed")
    doc = documents.attach(catalog, agreement.id, source)
    info = catalog.backup()
    saved = info.documents / doc.stored_name
    assert saved.read_bytes() == b"%PDF-1.4 signed"
    catalog.close()


def test_a_backup_that_cannot_be_written_leaves_nothing(tmp_path, monkeypatch):
    catalog = open_catalog(tmp_path / "c.sqlite")
    Services(catalog).create("partner", PartnerIn(name="Busan"))
    monkeypatch.setattr(backups, "verify", lambda path, tables: "page 3: btree damaged")
    with pytest.raises(backups.BackupError, match="pas pu être vérifiée"):
        catalog.backup()
    assert list((tmp_path / "Sauvegardes").iterdir()) == []
    catalog.close()


def test_a_backup_into_a_read_only_folder_is_said_in_french_and_in_english(tmp_path, read_only_folder):
    """Issue 22: the English window showed a backup's failure in French. Through the real copy into a
    backups folder nobody may write: the sentence names that folder (not the temporary file), in the
    language asked for; nothing is left and the catalogue is unchanged."""
    from db.faults import describe

    catalog = open_catalog(tmp_path / "c.sqlite")
    Services(catalog).create("partner", PartnerIn(name="Busan"))
    folder = read_only_folder(tmp_path / "Sauvegardes")
    with pytest.raises(backups.BackupError) as refused:
        catalog.backup("manuelle")
    said = refused.value
    assert str(said) == (f"La sauvegarde n'a pas pu être écrite (le catalogue n'a pas été modifié). Vous n'avez pas "
                         f"le droit d'accéder à « {folder} » : demandez l'accès à la personne qui gère ce dossier, ou "
                         "choisissez un autre emplacement.")
    assert said.in_language("fr") == str(said)
    assert said.in_language("en") == (f"The backup could not be written (the catalogue was not changed). You are not "
                                      f"allowed to access “{folder}”: ask whoever manages that folder for access, or "
                                      "choose another location.")
    assert describe(said, catalog.path, "en") == said.in_language("en")   # what the window shows
    assert list(folder.iterdir()) == [] and partners(catalog.path) == 1
    catalog.close()


def test_rotation_keeps_latest_daily_weekly_and_monthly(tmp_path):
    now = dt.datetime(2026, 12, 4, 12, 0)
    infos = [backups.BackupInfo(tmp_path / f"b{i}.sqlite", now - dt.timedelta(days=i, hours=h), "quotidienne", 1)
             for i in range(400) for h in (0, 6)]
    infos.sort(key=lambda b: b.taken_at, reverse=True)
    kept = backups.keep_set(infos)
    kept_times = sorted((b.taken_at for b in infos if b.path in kept), reverse=True)
    days = {t.date() for t in kept_times}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(7))  # one per day for a week
    assert {(t.year, t.month) for t in kept_times} >= {(2026, m) for m in range(1, 13)}  # one per month for a year
    assert len(kept) <= backups.KEEP_LATEST + backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    assert infos[0].path in kept and infos[-1].path not in kept


def test_rotation_deletes_old_backups_on_disk(tmp_path):
    catalog = open_catalog(tmp_path / "c.sqlite")
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(60):
        catalog.backup("quotidienne", now=start + dt.timedelta(days=day))
    left = backups.list_backups(catalog.path)
    assert 7 <= len(left) <= 7 + 4 + 2 + 5
    assert left[0].taken_at == start + dt.timedelta(days=59)
    catalog.close()


def test_opening_backs_up_once_a_day(tmp_path):
    path = tmp_path / "c.sqlite"
    first = open_catalog(path)  # just created: nothing to back up
    Services(first).create("partner", PartnerIn(name="Busan"))
    first.close()
    assert backups.list_backups(path) == []
    again = open_catalog(path)
    again.close()
    assert [b.reason for b in backups.list_backups(path)] == ["quotidienne"]
    open_catalog(path).close()
    assert len(backups.list_backups(path)) == 1
    assert backups.is_due(path, dt.datetime.now() + dt.timedelta(days=1, minutes=1))


def test_restore_backs_up_the_current_state_first(tmp_path):
    catalog = open_catalog(tmp_path / "c.sqlite")
    services = Services(catalog, actor="t")
    services.create("partner", PartnerIn(name="Busan"))
    saved = catalog.backup()
    services.create("partner", PartnerIn(name="Sanya"))
    catalog.close()
    done = backups.restore(tmp_path / "c.sqlite", saved.path)
    assert partners(tmp_path / "c.sqlite") == 1
    assert done.before is not None and partners(done.before.path) == 2 and done.set_aside is None
    reopened = open_catalog(tmp_path / "c.sqlite")
    assert [p.name for p in Services(reopened).list("partner", ListQuery())] == ["Busan"]
    reopened.close()


def test_restore_over_a_damaged_file_sets_it_aside(tmp_path):
    path = tmp_path / "c.sqlite"
    catalog = open_catalog(path)
    Services(catalog).create("partner", PartnerIn(name="Busan"))
    saved = catalog.backup()
    catalog.close()
    path.write_bytes(b"")
    done = backups.restore(path, saved.path)
    assert done.set_aside is not None and done.set_aside.read_bytes() == b"" and done.before is None
    assert partners(path) == 1


def test_import_and_its_undo_are_preceded_by_a_backup(demo_catalog):
    from db.services.imports import ImportService

    if demo_catalog.path is None:
        pytest.skip("sauvegardes de fichiers : un catalogue sur serveur est sauvegardé par son serveur")

    service = ImportService(demo_catalog, actor="t")
    before = partners(demo_catalog.path)
    _plan, result = service.import_file(FILES / "villes_partenaires.xlsx")
    reasons = [b.reason for b in backups.list_backups(demo_catalog.path)]
    assert reasons == ["avant-import"]
    assert partners(backups.list_backups(demo_catalog.path)[0].path) == before
    service.undo(result.batch_id)
    assert backups.list_backups(demo_catalog.path)[0].reason == "avant-annulation"


def test_cli_backup_backups_and_restore(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init", "--demo").returncode == 0
    made = run_cli("--db", str(db), "backup")
    assert made.returncode == 0 and "Sauvegarde écrite" in made.stdout and "14 partenaires" in made.stdout
    name = backups.list_backups(db)[0].path.name
    own = run_cli("--db", str(db), "backup", str(tmp_path / "copie.sqlite"))
    assert own.returncode == 0 and partners(tmp_path / "copie.sqlite") == 14
    assert run_cli("--db", str(db), "init").returncode == 0
    con = sqlite3.connect(db)
    con.execute("DELETE FROM partners WHERE name = 'Busan'")
    con.commit()
    con.close()
    listed = run_cli("--db", str(db), "backups")
    assert listed.returncode == 0 and name in listed.stdout and "14 partenaires" in listed.stdout
    restored = run_cli("--db", str(db), "restore", name)
    assert restored.returncode == 0, restored.stderr
    assert "restauré" in restored.stdout and "avant-restauration" in restored.stdout
    assert partners(db) == 14
    missing = run_cli("--db", str(db), "restore", "nimporte")
    assert missing.returncode != 0 and "introuvable" in missing.stderr


def test_cli_restore_is_refused_while_the_catalogue_is_held(tmp_path):
    from db.lock import CatalogLock

    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init", "--demo").returncode == 0
    assert run_cli("--db", str(db), "backup").returncode == 0
    name = backups.list_backups(db)[0].path.name
    before = db.read_bytes()
    lock = CatalogLock(db)
    assert lock.acquire() is None  # the window has it open
    try:
        refused = run_cli("--db", str(db), "restore", name)
    finally:
        lock.release()
    assert refused.returncode == 2 and "fermez Passerelles" in refused.stderr
    assert db.read_bytes() == before


def test_backup_counts_and_reasons_in_words_of_each_language():
    counts = {"partenaires": 2, "accords": 0, "événements": 1}
    assert backups.counts_text(counts) == "2 partenaires, 0 accord, 1 événement"
    assert backups.counts_text(counts, "en") == "2 partners, 0 agreements, 1 event"
    info = backups.BackupInfo(Path("demo-20261122-101010-avant-import.sqlite"), dt.datetime(2026, 11, 22), "avant-import", 1)
    assert (info.reason_label(), info.reason_label("en")) == ("avant un import", "before an import")
    assert (backups.size_text(3 * 1024 * 1024 // 2), backups.size_text(3 * 1024 * 1024 // 2, "en")) == ("1,5 Mo", "1.5 MB")

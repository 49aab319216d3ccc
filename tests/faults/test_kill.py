"""kill -9 in the middle of an import, its undo, an export and a backup: nothing committed is lost,
nothing half-written is left under a user's name, and the next command works normally."""

from __future__ import annotations

import pytest
from faults_testing import cli, counts, integrity, kill_at_marker, run

from db import backups

pytestmark = pytest.mark.faults


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "c.sqlite"
    done = run(cli("--db", str(path), "init", "--demo"))
    assert done.returncode == 0, done.stderr
    return path


def workbook(path, rows: int = 400):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nom", "Pays", "Ville"])
    for i in range(rows):
        ws.append([f"Partenaire {i}", "Japon", f"Ville {i}"])
    wb.save(path)
    return path


def test_kill_during_an_import_loses_nothing_committed(demo, tmp_path):
    before = counts(demo)
    kill_at_marker(["import", str(demo), str(workbook(tmp_path / "p.xlsx")), str(tmp_path / "here")],
                   tmp_path / "here")
    assert integrity(demo) == "ok"
    assert counts(demo) == before  # the killed transaction left nothing
    listed = run(cli("--db", str(demo), "list", "partner"))
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == before["partners"]
    again = run(cli("--db", str(demo), "import", str(tmp_path / "p.xlsx")))
    assert again.returncode == 0, again.stderr
    assert counts(demo)["partners"] == before["partners"] + 400 and integrity(demo) == "ok"


def test_kill_during_the_undo_of_an_import_keeps_the_import(demo, tmp_path):
    done = run(cli("--db", str(demo), "import", str(workbook(tmp_path / "p.xlsx"))))
    assert done.returncode == 0, done.stderr
    imported = counts(demo)
    kill_at_marker(["undo", str(demo), "1", str(tmp_path / "here")], tmp_path / "here")
    assert integrity(demo) == "ok" and counts(demo) == imported
    undone = run(cli("--db", str(demo), "undo-import", "1"))
    assert undone.returncode == 0, undone.stderr
    assert integrity(demo) == "ok"


def test_kill_during_a_json_restore_leaves_the_catalogue_empty_and_usable(demo, tmp_path):
    export = tmp_path / "demo.json"
    assert run(cli("--db", str(demo), "export", str(export))).returncode == 0
    target = tmp_path / "vide.sqlite"
    assert run(cli("--db", str(target), "init")).returncode == 0
    kill_at_marker(["restore", str(target), str(export), str(tmp_path / "here")], tmp_path / "here")
    assert integrity(target) == "ok" and not any(counts(target).values())   # nothing half restored
    again = run(cli("--db", str(target), "import", str(export)))
    assert again.returncode == 0 and "identifiants et dates conservés" in again.stdout, again.stderr
    assert counts(target) == counts(demo) and integrity(target) == "ok"


@pytest.mark.parametrize("suffix", ["json", "xlsx"])
def test_kill_during_an_export_keeps_the_previous_file(demo, tmp_path, suffix):
    target = tmp_path / f"export.{suffix}"
    assert run(cli("--db", str(demo), "export", str(target))).returncode == 0
    previous = target.read_bytes()
    kill_at_marker(["export", str(demo), str(target), str(tmp_path / "here")], tmp_path / "here")
    assert target.read_bytes() == previous  # the user's file was not touched
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".export~")]
    assert len(leftovers) == 1  # the killed process's temporary file…
    assert run(cli("--db", str(demo), "export", str(target))).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export~")]  # …removed by the next export
    assert integrity(demo) == "ok"


def test_kill_during_a_backup_leaves_no_false_backup(demo, tmp_path):
    before = counts(demo)
    kill_at_marker(["backup", str(demo), str(tmp_path / "here")], tmp_path / "here")
    folder = tmp_path / "Sauvegardes"
    assert backups.list_backups(demo) == []  # nothing with a backup's name
    assert [p.name.endswith(".tmp") for p in folder.iterdir()] == [True]
    assert integrity(demo) == "ok" and counts(demo) == before
    made = run(cli("--db", str(demo), "backup"))
    assert made.returncode == 0, made.stderr
    assert [b.reason for b in backups.list_backups(demo)] == ["manuelle"]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]  # the next backup cleaned up
    assert integrity(backups.list_backups(demo)[0].path) == "ok"


def test_kill_during_a_migration_leaves_the_old_version_whole(tmp_path):
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from db.catalog import alembic_config, open_catalog, shipped_revisions

    path = tmp_path / "ancien.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO domains (name, key, position) VALUES ('à garder', 'a garder', 99)")
    con.commit()
    con.close()
    before = counts(path)
    kill_at_marker(["migrate", str(path), str(tmp_path / "here")], tmp_path / "here")
    assert integrity(path) == "ok" and counts(path) == before
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_agreements_status_ends'"
                       ).fetchone() == (0,)  # the killed migration left nothing half-done
    con.close()
    catalog = open_catalog(path)  # and the next start upgrades it normally
    with catalog.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == max(shipped_revisions()[1])
    catalog.close()
    assert integrity(path) == "ok" and counts(path) == before


def test_leftovers_of_a_backup_killed_mid_copy_are_cleaned_at_the_next_open(demo, tmp_path):
    before = counts(demo)
    kill_at_marker(["backup_copying", str(demo), str(tmp_path / "here")], tmp_path / "here")
    folder = tmp_path / "Sauvegardes"
    left = sorted(p.name for p in folder.iterdir())
    assert any(name.endswith(".tmp") for name in left) and any(name.endswith(".tmp-journal") for name in left), left
    stranger = folder / ".autre-classeur.sqlite.1.tmp"  # not this catalogue's: left alone
    stranger.write_text("x")
    done = run(cli("--db", str(demo), "list", "partners"))  # an ordinary open, no backup
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == [stranger.name]
    assert [b.reason for b in backups.list_backups(demo)] == ["quotidienne"]  # the open's own, whole
    assert integrity(demo) == "ok" and counts(demo) == before

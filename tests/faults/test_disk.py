"""A full disk, a file-size limit, a catalogue busy with another writer: one plain sentence, nothing
half-written, the catalogue intact and unchanged."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from faults_testing import assert_plain, cli, counts, integrity, limited, run

from db import backups

pytestmark = pytest.mark.faults


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "c.sqlite"
    done = run(cli("--db", str(path), "init", "--demo"))
    assert done.returncode == 0, done.stderr
    return path


def big_workbook(path, rows: int = 300):
    import hashlib

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nom", "Pays", "Ville", "Description"])
    for i in range(rows):
        name = hashlib.sha1(str(i).encode()).hexdigest()[:12]  # no two names alike: no look-alike search
        ws.append([name, "Japon", name, "coopération culturelle " * 100])
    wb.save(path)
    return path


def test_an_export_over_the_file_size_limit_says_so_and_keeps_the_old_file(demo, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("[]  ancienne exportation")
    done = run(cli("--db", str(demo), "export", str(target)), preexec_fn=limited(40_000))  # above the 32 KB -shm, below the export
    assert done.returncode == 1
    assert_plain(done.stderr)
    assert "taille maximale" in done.stderr and str(target) in done.stderr
    assert target.read_text() == "[]  ancienne exportation"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_import_that_fills_the_disk_changes_nothing(demo, tmp_path):
    source = big_workbook(tmp_path / "gros.xlsx")
    before = counts(demo)
    limit = demo.stat().st_size + 200_000  # the backup before the import fits; the import does not
    done = run(cli("--db", str(demo), "import", str(source)), preexec_fn=limited(limit))
    assert done.returncode == 1, done.stdout
    assert_plain(done.stderr)
    assert "plein" in done.stderr or "taille maximale" in done.stderr
    assert str(demo) in done.stderr
    assert integrity(demo) == "ok" and counts(demo) == before


def test_a_backup_on_a_full_disk_leaves_nothing_that_looks_like_one(demo, tmp_path):
    done = run(cli("--db", str(demo), "backup"), preexec_fn=limited(50_000))
    assert done.returncode != 0
    assert_plain(done.stderr)
    assert "sauvegarde n'a pas pu être écrite" in done.stderr
    assert backups.list_backups(demo) == []
    assert [p for p in (tmp_path / "Sauvegardes").iterdir()] == []
    assert integrity(demo) == "ok"


def test_an_import_whose_backup_does_not_fit_says_so_in_terms_of_the_import(demo, tmp_path):
    """Issue 21: a nearly full disk refused the import because the backup before it did not fit, and
    the message spoke only of the backup; now it says the import was not done and what to do."""
    source = big_workbook(tmp_path / "petit.xlsx", rows=3)
    before = counts(demo)
    done = run(cli("--db", str(demo), "import", str(source)), preexec_fn=limited(50_000))   # the backup does not fit
    assert done.returncode != 0, done.stdout
    assert_plain(done.stderr)
    assert "L'import n'a pas été fait" in done.stderr and "libérez de la place" in done.stderr
    assert "Dossier des sauvegardes" in done.stderr and str(tmp_path / "Sauvegardes") in done.stderr
    assert integrity(demo) == "ok" and counts(demo) == before
    assert backups.list_backups(demo) == []


@pytest.mark.parametrize("suffix", ["json", "xlsx"])
def test_a_real_full_disk_when_a_small_tmpfs_can_be_mounted(demo, tmp_path, suffix):
    if shutil.which("unshare") is None:
        pytest.skip("unshare absent : pas de petit disque simulable")
    folder = tmp_path / "petit"
    folder.mkdir()
    target = folder / f"export.{suffix}"  # more than the disk holds
    script = 'mount -t tmpfs -o size=16k tmpfs "$1" && shift && exec "$@"'
    probe = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("montage d'un petit tmpfs impossible ici (droits insuffisants)")
    done = run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), *cli("--db", str(demo), "export", str(target))])
    assert done.returncode == 1
    assert_plain(done.stderr)
    assert "plein" in done.stderr and str(target) in done.stderr  # the target's disk, not the catalogue's
    assert "Exception ignored" not in done.stderr and "Errno" not in done.stderr


def test_a_catalogue_held_by_another_writer_says_busy_and_changes_nothing(demo, tmp_path):
    source = big_workbook(tmp_path / "petit.xlsx", rows=5)
    before = counts(demo)
    other = sqlite3.connect(demo)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock past the 5 s wait
    other.execute("UPDATE partners SET notes = 'en cours' WHERE id = 1")
    try:
        done = run(cli("--db", str(demo), "import", str(source)))
    finally:
        other.rollback()
        other.close()
    assert done.returncode == 1
    assert_plain(done.stderr)
    assert "occupé" in done.stderr and str(demo) in done.stderr
    assert integrity(demo) == "ok" and counts(demo) == before


def test_two_writers_at_once_both_land_or_are_told(demo, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    sources = []
    for n in (1, 2):
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active.append(["Nom", "Pays"])
        for i in range(300):
            wb.active.append([f"Écrivain {n}-{i}", "Italie"])
        wb.save(tmp_path / f"w{n}.xlsx")
        sources.append(tmp_path / f"w{n}.xlsx")
    before = counts(demo)["partners"]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda s: run(cli("--db", str(demo), "import", str(s))), sources))
    landed = 0
    for done in results:
        if done.returncode == 0:
            landed += 300
        else:
            assert_plain(done.stderr)
            assert "occupé" in done.stderr
    assert landed, [r.stderr for r in results]
    assert integrity(demo) == "ok" and counts(demo)["partners"] == before + landed


FULL_TMPFS = r'''
dir=$1; out=$2; size=$3; source=$4; shift 4
mount -t tmpfs -o "size=${size}k" tmpfs "$dir" || exit 90
cp "$source" "$dir/c.sqlite" || exit 91
"$@"; rc=$?
ls -A "$dir" > "$out/left.txt"
ls -A "$dir/Sauvegardes" > "$out/backups.txt" 2>/dev/null
cp "$dir"/c.sqlite* "$out"/
exit $rc
'''


def test_an_import_into_a_catalogue_on_a_really_full_disk_says_so_and_changes_nothing(demo, tmp_path):
    """Issue 21: the full-disk import was simulated by a file-size limit. Here the catalogue lives on a
    small tmpfs (mounted in a private mount namespace, gone with the process) that holds it and the
    backups made at open (the day's) and before the import, but not what the import writes: the disk
    really fills."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("unshare ou mount absent : pas de petit disque réel à remplir")
    folder, out = tmp_path / "petit", tmp_path / "apres"
    folder.mkdir()
    out.mkdir()
    probe = subprocess.run(["unshare", "-m", "sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$1"', "sh", str(folder)],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("montage d'un petit tmpfs impossible ici (droits insuffisants, CI sans CAP_SYS_ADMIN)")
    source = big_workbook(tmp_path / "gros.xlsx")
    before = counts(demo)
    size_kb = (3 * demo.stat().st_size + 256_000) // 1024   # the catalogue and two backups fit, the import does not
    catalogue = folder / "c.sqlite"
    done = run(["unshare", "-m", "sh", "-c", FULL_TMPFS, "sh", str(folder), str(out), str(size_kb), str(demo),
                *cli("--db", str(catalogue), "import", str(source))])
    assert done.returncode not in (90, 91), done.stderr   # the disk was made and the catalogue put on it
    assert done.returncode == 1, done.stdout
    assert_plain(done.stderr)
    assert f"Le disque qui contient « {catalogue} » est plein : rien n'a été enregistré" in done.stderr
    assert "Errno" not in done.stderr and "Exception ignored" not in done.stderr
    after = out / "c.sqlite"   # the catalogue as the full disk kept it (with its WAL, if one was left)
    assert integrity(after) == "ok" and counts(after) == before
    left = (out / "left.txt").read_text().split()
    made = (out / "backups.txt").read_text().split()
    assert any("import" in name for name in made), made   # the backup before the import fitted: the import met the full disk
    assert not [name for name in left if name.endswith((".tmp", "-journal"))], left

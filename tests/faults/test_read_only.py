"""A catalogue whose file or folder cannot be written opens read-only, says so (command line and
window), and a write is refused in one sentence with nothing changed. As root, permissions do not
stop writes: a private read-only bind mount is used, or the test is skipped saying why."""

from __future__ import annotations

import json
import sys

import pytest
from faults_testing import CHILD, assert_plain, cli, counts, integrity, read_only_command, run

pytestmark = pytest.mark.faults


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "c.sqlite"
    done = run(cli("--db", str(path), "init", "--demo"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["c.sqlite"]  # closed cleanly: no -wal nor -shm
    return path


def counts_and_check(path):
    """Read through a copy, so that no -wal/-shm is made beside the catalogue by the test itself."""
    import shutil

    copy = path.parent.parent / "copie-lecture.sqlite"
    shutil.copyfile(path, copy)
    try:
        return counts(copy), integrity(copy)
    finally:
        for suffix in ("", "-wal", "-shm"):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)


def small_workbook(path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Nom", "Pays"])
    wb.active.append(["Valparaíso", "Chili"])
    wb.save(path)
    return path


@pytest.mark.parametrize("what", ["folder", "file"])
def test_the_command_line_reads_a_read_only_catalogue_and_refuses_writes(demo, tmp_path, what):
    target = demo.parent if what == "folder" else demo
    before, _ = counts_and_check(demo)
    beside = {p.name for p in demo.parent.iterdir()}
    content = demo.read_bytes()
    listed = run(read_only_command(target, cli("--db", str(demo), "list", "partner")))
    assert listed.returncode == 0, listed.stderr
    assert "Busan" in listed.stdout
    assert "lecture seule" in listed.stderr and str(demo) in listed.stderr
    exported = run(read_only_command(target, cli("--db", str(demo), "export", str(tmp_path / "e.xlsx"))))
    assert exported.returncode == 0, exported.stderr and (tmp_path / "e.xlsx").exists()
    imported = run(read_only_command(target, cli("--db", str(demo), "import", str(small_workbook(tmp_path / "p.xlsx")))))
    assert imported.returncode == 1
    assert_plain(imported.stderr)
    assert "lecture seule" in imported.stderr and "rien n'a été enregistré" in imported.stderr
    made = {p.name for p in demo.parent.iterdir()} - beside
    assert made <= {"c.sqlite-wal", "c.sqlite-shm"}  # SQLite's read index at most: no lock, no backup
    if what == "folder":
        assert not made
    assert demo.read_bytes() == content
    assert counts_and_check(demo) == (before, "ok")


@pytest.mark.parametrize("what", ["folder", "file"])
def test_the_window_opens_a_read_only_catalogue_with_a_banner(demo, what):
    target = demo.parent if what == "folder" else demo
    done = run(read_only_command(target, [sys.executable, str(CHILD), "window", str(demo)]))
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["opened"] and shown["read_only"] and not shown["new_enabled"]
    assert "lecture seule" in shown["banner"] and str(demo) in shown["banner"]
    assert shown["asked"] == 0  # nobody holds it: no "already open" question
    if what == "folder":
        assert not shown["lock_file"]  # none could be written, and the window did not exit over it

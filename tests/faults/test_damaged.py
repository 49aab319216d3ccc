"""Zero-byte, truncated, page-damaged and foreign catalogues: refused by every command in one
sentence, never written to, the latest good backup named; ``restore`` then brings it back."""

from __future__ import annotations

import sqlite3

import pytest
from faults_testing import assert_plain, cli, counts, integrity, run

from db import backups

pytestmark = pytest.mark.faults


def zero_byte(path):
    path.write_bytes(b"")


def truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def page_damaged(path):
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data), 4096):
        data[offset:offset + 12] = b"\xde\xad\xbe\xef" * 3
    path.write_bytes(bytes(data))


def foreign_text(path):
    path.write_text("Nom;Pays\nBusan;Corée\n", encoding="utf-8")


def foreign_sqlite(path):
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    con.commit()
    con.close()


DAMAGES = {"zero_byte": (zero_byte, "vide (0 octet)"), "truncated": (truncated, "endommagé"),
           "page_damaged": (page_damaged, "endommagé"), "foreign_text": (foreign_text, "n'est pas un catalogue"),
           "foreign_sqlite": (foreign_sqlite, "n'est pas un catalogue")}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_bad_catalogue_is_refused_untouched_and_restored_from_its_backup(tmp_path, damage):
    path = tmp_path / "c.sqlite"
    assert run(cli("--db", str(path), "init", "--demo")).returncode == 0
    made = run(cli("--db", str(path), "backup"))
    assert made.returncode == 0, made.stderr
    good = backups.list_backups(path)[0]
    saved_counts = counts(good.path)
    export = tmp_path / "bon-export.json"
    assert run(cli("--db", str(path), "export", str(export))).returncode == 0
    exported = export.read_bytes()

    make_bad, words = DAMAGES[damage]
    make_bad(path)
    bad = path.read_bytes()
    beside = sorted(p.name for p in tmp_path.iterdir())
    for command in (["list", "partner"], ["export", str(export)], ["init"], ["search", "busan"], ["backup"]):
        done = run(cli("--db", str(path), *command))
        assert done.returncode != 0, (command, done.stdout)
        assert_plain(done.stderr)
        assert words in done.stderr and str(path) in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        if not damage.startswith("foreign"):
            assert good.path.name in done.stderr and "passerelles restore" in done.stderr
    assert path.read_bytes() == bad  # never written to, never re-initialised
    assert export.read_bytes() == exported  # a good export is not overwritten by an empty one
    assert sorted(p.name for p in tmp_path.iterdir()) == beside

    restored = run(cli("--db", str(path), "restore", good.path.name))
    assert restored.returncode == 0, restored.stderr
    assert "mis de côté" in restored.stdout
    aside = next(tmp_path.glob("c.endommage-*.sqlite"))
    assert aside.read_bytes() == bad  # the damaged file is kept, not deleted
    assert integrity(path) == "ok" and counts(path) == saved_counts
    assert run(cli("--db", str(path), "list", "partner")).returncode == 0

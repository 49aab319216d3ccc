"""kill -9 at random moments (issue 21), in addition to the chosen points of test_kill.py: an import,
its undo and a backup, each killed twice at a time drawn at random over its run. Whatever the moment:
the catalogue passes its integrity check, holds either all of the operation or none of it, keeps no
false backup, and the next command works. ``PASSERELLES_FAULT_SEED=N`` replays a run (the seed is in
every failure message)."""

from __future__ import annotations

import random
import sqlite3

import pytest
from faults_testing import cli, counts, fault_seed, integrity, kill_after, run

from db import backups

pytestmark = pytest.mark.faults
ROWS = 300
KILLS = 2


def _live_partners(path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM partners WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


def _workbook(path):
    lines = ["Nom;Pays;Ville"] + [f"Partenaire {i:04d};Japon;Ville {i}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "c.sqlite"
    done = run(cli("--db", str(path), "init", "--demo"))
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize("operation", ["import", "undo-import", "backup"])
def test_a_kill_at_a_random_moment_leaves_all_or_nothing(demo, tmp_path, operation):
    seed = fault_seed()
    chance = random.Random(f"{seed}-{operation}")
    source = _workbook(tmp_path / "p.csv")
    if operation == "undo-import":
        assert run(cli("--db", str(demo), "import", str(source))).returncode == 0
    start = _live_partners(demo)
    # the whole command (Python's start included) lasts about 2 to 6 s here: kills fall all over it
    for attempt in range(KILLS):
        delay = chance.uniform(0.4, 4.0)
        why = f"seed {seed}, {operation}, kill {attempt + 1} after {delay:.2f} s"
        argv = {"import": cli("--db", str(demo), "import", str(source)),
                "undo-import": cli("--db", str(demo), "undo-import", "1"),
                "backup": cli("--db", str(demo), "backup")}[operation]
        killed = kill_after(argv, delay)
        assert integrity(demo) == "ok", why
        live = _live_partners(demo)
        if operation == "import":
            assert live in (start, start + ROWS), why   # one transaction: all or nothing
            start = live
        elif operation == "undo-import":
            assert start - live in (0, ROWS) and (killed or start - live == ROWS), why   # one chunk: all or nothing
        else:
            assert live == start, why
        for info in backups.list_backups(demo):   # every backup listed is a whole, checked catalogue
            assert integrity(info.path) == "ok", why
        if operation == "undo-import" and start - live == ROWS:
            break
    listed = run(cli("--db", str(demo), "list", "partner"))   # the next command works
    assert listed.returncode == 0, f"seed {seed}: {listed.stderr}"
    again = run(cli("--db", str(demo), "backup"))
    assert again.returncode == 0, f"seed {seed}: {again.stderr}"
    assert not list((tmp_path / "Sauvegardes").glob(".*.tmp")), f"seed {seed}: leftovers cleaned at the next open"
    assert counts(demo)["partners"] >= 14

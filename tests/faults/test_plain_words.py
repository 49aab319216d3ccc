"""Bad input and odd requests on a local catalogue: an answer or one plain French sentence, never
« erreur inattendue », a traceback or an English fragment."""

from __future__ import annotations

import sqlite3

import pytest
from faults_testing import assert_plain, cli, counts, run

pytestmark = pytest.mark.faults


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "c.sqlite"
    done = run(cli("--db", str(path), "init", "--demo"))
    assert done.returncode == 0, done.stderr
    return path


def test_a_search_export_without_a_kind_and_a_search_of_interactions_answer(demo, tmp_path):
    target = tmp_path / "busan.xlsx"
    done = run(cli("--db", str(demo), "export", str(target), "--search", "busan"))
    assert done.returncode == 0, done.stderr
    assert "erreur inattendue" not in done.stderr and target.stat().st_size > 0
    note = sqlite3.connect(demo).execute(
        "SELECT note FROM interactions WHERE deleted_at IS NULL AND note <> '' ORDER BY id").fetchone()[0]
    word = max(note.split(), key=len).strip(".,;:!?«»")
    done = run(cli("--db", str(demo), "list", "interaction", "--search", word))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"no interaction found for {word!r}"
    done = run(cli("--db", str(demo), "search", word, "--json"))
    assert done.returncode == 0, done.stderr
    assert '"interaction"' in done.stdout
    done = run(cli("--db", str(demo), "search", word))
    assert done.returncode == 0 and "Échanges (" in done.stdout and "meeting" not in done.stdout, done.stdout


def test_an_older_catalogue_gets_its_interactions_indexed(demo):
    """A catalogue written before interactions were searchable (no index, no folded text)."""
    con = sqlite3.connect(demo)
    for suffix in ("ai", "ad", "au"):
        con.execute(f"DROP TRIGGER interactions_{suffix}")
    con.execute("DROP TABLE interactions_fts")
    con.execute("UPDATE interactions SET search_text = ''")
    con.execute("UPDATE alembic_version SET version_num = '0005'")
    con.commit()
    note = con.execute("SELECT note FROM interactions WHERE note <> '' ORDER BY id").fetchone()[0]
    con.close()
    before = counts(demo)
    word = max(note.split(), key=len).strip(".,;:!?«»")
    done = run(cli("--db", str(demo), "list", "interaction", "--search", word))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert counts(demo) == before
    assert "Traceback" not in done.stderr and "erreur inattendue" not in done.stderr

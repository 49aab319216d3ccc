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
    from alembic import command
    from sqlalchemy import create_engine

    from db.catalog import alembic_config

    engine = create_engine(f"sqlite:///{demo}")
    command.downgrade(alembic_config(engine), "0006")   # the tables of later versions go first
    engine.dispose()
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


def _workbook(path):
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Partenaires")
    for r, row in enumerate([["Nom", "Pays", "Ville"], ["Busan", "Corée du Sud", "Busan"], ["Hội An", "Viêt Nam", "Hội An"]]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    return path


def _rewritten(source, target, change):
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, change(info.filename, old.read(info.filename)))
    return target


def _corrupt_deflate(source, target):
    import zipfile

    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    raw = bytearray(source.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + min(60, info.compress_size - 5)):
        raw[i] ^= 0x5A
    target.write_bytes(bytes(raw))
    return target


@pytest.mark.parametrize("damage, words", [
    ("entity", "contenu XML mal formé"),
    ("string_index", "une cellule renvoie à un texte absent du classeur"),
    ("deflate", "données compressées corrompues"),
])
def test_a_damaged_workbook_is_refused_in_french_only(demo, tmp_path, damage, words):
    import re

    good = _workbook(tmp_path / "bon.xlsx")
    bad = tmp_path / "abime.xlsx"
    if damage == "entity":
        _rewritten(good, bad, lambda n, d: d.replace(b"<t>Busan", b"<t>&foo;Busan", 1) if n == "xl/sharedStrings.xml" else d)
    elif damage == "string_index":
        _rewritten(good, bad, lambda n, d: re.sub(rb'(t="s"[^>]*><v>)\d+', rb"\g<1>99999", d, count=1)
                   if n == "xl/worksheets/sheet1.xml" else d)
    else:
        _corrupt_deflate(good, bad)
    before = counts(demo)
    done = run(cli("--db", str(demo), "import", str(bad)))
    assert done.returncode != 0
    assert_plain(done.stderr)
    assert words in done.stderr, done.stderr
    for english in ("unrecognized", "entity", "Cell string", "not found", "deflate", "I/O error", "stream"):
        assert english not in done.stderr, done.stderr
    assert counts(demo) == before


def test_catalogue_backups_and_lock_are_the_owner_s_only(tmp_path):
    import os
    import stat

    from db.lock import CatalogLock, lock_path

    path = tmp_path / "prive.sqlite"
    done = run(["sh", "-c", 'umask 022 && exec "$@"', "sh", *cli("--db", str(path), "init", "--demo")])
    assert done.returncode == 0, done.stderr
    done = run(["sh", "-c", 'umask 022 && exec "$@"', "sh", *cli("--db", str(path), "backup")])
    assert done.returncode == 0, done.stderr
    made = [path, *(tmp_path / "Sauvegardes").glob("*.sqlite")]
    assert len(made) == 2
    previous = os.umask(0o022)
    try:
        lock = CatalogLock(path)
        assert lock.acquire() is None
        made.append(lock_path(path))
    finally:
        os.umask(previous)
    try:
        for file in made:
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        lock.release()

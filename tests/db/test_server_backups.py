"""Backups of a catalogue on a PostgreSQL server (db/server_backups.py): pg_dump into the user's backups
folder, listed with counts, restored with pg_restore after a backup of the current state; without
pg_dump, one French sentence. On a real throwaway server (tests/pg_server.py)."""

from __future__ import annotations

import os

import pytest
from passerelles_testing import run_cli
from pg_fixtures import server_role

from db import server_backups
from db.catalog import open_catalog
from db.notify import ChangeWatcher
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


def _heard(watcher, seconds: float = 10.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.1)
    return False


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
    colleague = open_catalog(server_url)
    watcher = ChangeWatcher(colleague)  # a colleague's open window
    try:
        assert watcher.poll() is False
        restored = run_cli("--db", server_url, "restore", dump.path.name)
        assert restored.returncode == 0, restored.stderr
        assert "pg_restore" in restored.stdout
        assert _heard(watcher)  # the colleague's window reloads (pg_restore itself notifies no one)
    finally:
        watcher.close()
        colleague.close()
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
    assert message.in_language("en").startswith("A server catalogue cannot be backed up here: pg_dump and "
                                                "pg_restore cannot be found on this computer; install the PostgreSQL")
    with pytest.raises(server_backups.BackupError) as refused:
        server_backups.create("postgresql+psycopg://u@h/base")
    assert str(refused.value) == message and refused.value.in_language("en") == message.in_language("en")


def _fake_tool(folder, name="pg_dump"):
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / (f"{name}.exe" if os.name == "nt" else name)
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    return str(program)


def test_pg_tools_are_found_in_the_folder_named_then_beside_the_program_then_on_path(tmp_path, monkeypatch):
    import sys

    named, shipped = _fake_tool(tmp_path / "choisi"), _fake_tool(tmp_path / "Passerelles" / "pgsql" / "bin")
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed bundle
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Passerelles" / "passerelles-cli"))
    monkeypatch.setenv("PASSERELLES_PG_BIN", str(tmp_path / "choisi"))
    assert server_backups.tool("pg_dump") == named
    monkeypatch.delenv("PASSERELLES_PG_BIN")
    assert server_backups.tool("pg_dump") == shipped
    monkeypatch.setattr(sys, "frozen", False)
    monkeypatch.setenv("PATH", str(tmp_path / "choisi"))
    assert server_backups.tool("pg_dump") == named


def test_an_import_and_its_undo_are_backed_up_first_on_a_server(server_url, tmp_path):
    _add(server_url, "Busan")
    sheet = tmp_path / "p.csv"
    sheet.write_text("Nom;Ville\nShizuoka;Shizuoka\n", encoding="utf-8")
    done = run_cli("--db", server_url, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert [b.reason for b in server_backups.list_backups(server_url)] == ["avant-import"]
    (taken,) = server_backups.list_backups(server_url)
    assert server_backups.counts_of(taken.path)["partenaires"] == 1  # the state before the import
    done = run_cli("--db", server_url, "undo-import", "1")
    assert done.returncode == 0, done.stderr
    assert sorted(b.reason for b in server_backups.list_backups(server_url)) == ["avant-annulation", "avant-import"]


def test_each_permission_case_gets_its_own_words(server_url, pg_server):
    _add(server_url, "Busan")
    reader = server_role(pg_server, server_url, "lecteur_b", "lire", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}")
    done = run_cli("--db", reader, "backup")
    assert done.returncode != 0
    assert "impossible avec le compte « lecteur_b »" in done.stderr and "droit de lire la séquence" in done.stderr
    assert "SELECT" in done.stderr and "Traceback" not in done.stderr and "pg_dump:" not in done.stderr

    colleague = server_role(pg_server, server_url, "collegue_b", "ecrire",
                      "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}; "
                      "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
    done = run_cli("--db", colleague, "backup")
    assert done.returncode == 0, done.stderr  # a colleague's account can back up
    (dump,) = server_backups.list_backups(colleague)
    done = run_cli("--db", colleague, "restore", dump.path.name)
    assert done.returncode != 0
    assert "seul le compte propriétaire du catalogue (« passerelles »)" in done.stderr, done.stderr
    assert "« collegue_b » peut le lire et le modifier, pas le restaurer" in done.stderr
    assert _names(server_url) == ["Busan"]


def test_a_server_backup_refused_to_an_account_is_said_in_french_and_in_english(server_url, pg_server):
    """Issue 22: the server backups' refusals were French in the English window. Through the real
    pg_dump and pg_restore: an account that may only read the tables, then one that may write but does
    not own the catalogue; each sentence in French for the command line, in English for the window."""
    from sqlalchemy.engine import make_url
    from test_words_language import ALLOWED, FRENCH

    from db.faults import describe

    _add(server_url, "Busan")
    parts = make_url(server_url)
    catalogue = f"« {parts.database} » sur le serveur « {parts.host} »"
    reader = server_role(pg_server, server_url, "lecteur_c", "lire",
                         "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}")
    with pytest.raises(server_backups.BackupError) as refused:
        server_backups.create(reader)
    said = refused.value
    assert str(said).startswith(f"La sauvegarde du catalogue {catalogue} est impossible avec le compte « lecteur_c » : "
                                "il n'a pas le droit de lire la séquence « ")
    english = describe(said, None, "en")
    assert english.startswith(f"The backup of the catalogue “{parts.database}” on the server “{parts.host}” is "
                              "impossible with the account “lecteur_c”: it may not read the sequence “")
    assert english.endswith("The catalogue was not changed.") and not FRENCH.search(ALLOWED.sub("", english))

    colleague = server_role(pg_server, server_url, "collegue_c", "ecrire",
                            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}; "
                            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
    dump = server_backups.create(colleague).path
    with pytest.raises(server_backups.BackupError) as refused:
        server_backups.restore(colleague, dump)
    said = refused.value
    assert str(said) == (f"La sauvegarde « {dump.name} » n'a pas pu être remise en place ; le catalogue {catalogue} est "
                         "inchangé (seul le compte propriétaire du catalogue (« passerelles ») peut le remplacer ; "
                         "votre compte « collegue_c » peut le lire et le modifier, pas le restaurer. Demandez la "
                         "restauration au service informatique, ou connectez-vous avec le compte propriétaire).")
    assert describe(said, None, "en") == (
        f"The backup “{dump.name}” could not be put back; the catalogue “{parts.database}” on the server "
        f"“{parts.host}” is unchanged (only the account that owns the catalogue (“passerelles”) can replace it; your "
        "account “collegue_c” may read and change it, not restore it. Ask the IT department to restore it, or "
        "connect with the owner's account).")
    assert _names(server_url) == ["Busan"]


def test_the_office_shared_folder_and_a_daily_backup_for_a_server_catalogue(server_url, tmp_path):
    """Issue 21: server backups went into each PC's own profile and were manual only. A shared folder
    set in the catalogue takes them all (every colleague, the command line and the window); the backup
    of the day is written once, by whoever opens first."""
    import datetime as dt

    from db.services import settings

    _add(server_url, "Busan")
    assert server_backups.daily(server_url) is not None   # nothing yet: written at once
    assert server_backups.daily(server_url) is None        # one a day
    shared = tmp_path / "Partage" / "Sauvegardes Passerelles"
    catalog = open_catalog(server_url)
    try:
        settings.set_setting(catalog, settings.BACKUPS_FOLDER, str(shared), actor="t")
    finally:
        catalog.close()
    assert server_backups.folder_for(server_url).parent == shared
    assert server_backups.daily_due(server_url)   # the shared folder holds no backup yet
    info = server_backups.daily(server_url)
    assert info is not None and info.path.parent.parent == shared and info.reason == "quotidienne"
    assert not server_backups.daily_due(server_url)
    assert server_backups.daily_due(server_url, now=dt.datetime.now() + dt.timedelta(days=1, minutes=1))
    done = run_cli("--db", server_url, "backups")   # the command line lists the shared folder
    assert done.returncode == 0 and str(shared) in done.stdout and info.path.name in done.stdout, done.stdout


@pytest.mark.parametrize("stderr, fr, en", [
    ('pg_dump: error: connection to server at "10.0.0.9", port 5432 failed: Connection refused',
     "le serveur ne répond pas", "the server does not answer"),
    ('pg_dump: error: connection to server at "10.0.0.9", port 5432 failed: FATAL:  password authentication '
     'failed for user "anne"', "refusé l'identifiant ou le mot de passe", "refused the user name or the password"),
    ("pg_dump: error: something else entirely", "le détail est dans le journal", "the details are in the log"),
])
def test_why_a_server_backup_failed_is_said_in_french_and_in_english(stderr, fr, en):
    """The sentence is French for the command line and knows its English for an English window."""
    said = server_backups._dump_failure("postgresql://anne@10.0.0.9/catalogue", stderr)
    assert fr in said and said.startswith("La sauvegarde du catalogue")
    english = said.in_language("en")
    assert en in english and english.startswith("The backup of the catalogue “catalogue” on the server “10.0.0.9” "
                                                "failed (") and "sauvegarde" not in english

"""Server catalogues: migrations, a newer schema refused, read-only accounts, errors said in French."""

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from db.catalog import CatalogError, CatalogTooNewError, display_location, open_catalog
from db.schemas import PartnerIn
from db.services import Services


def test_a_server_schema_from_a_newer_version_is_refused_and_left_alone(pg_database, pg_server):
    url = pg_database()
    name = make_url(url).database
    pg_server.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'", database=name)
    with pytest.raises(CatalogTooNewError, match="version plus récente"):
        open_catalog(url)
    catalog = open_catalog(url, migrate=False)
    with catalog.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999_from_the_future"
    catalog.close()


def test_a_read_only_account_opens_the_catalogue_read_only(pg_database, pg_server):
    url = pg_database()
    name = make_url(url).database
    Services(open_catalog(url), actor="test").create("partner", PartnerIn(name="Busan"))
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lecteur') THEN "
                      "CREATE ROLE lecteur LOGIN PASSWORD 'lire'; END IF; END $$")
    pg_server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lecteur", database=name)
    catalog = open_catalog(make_url(url).set(username="lecteur", password="lire").render_as_string(False))
    try:
        assert catalog.read_only and catalog.read_only_reason == "read_only_account"
        assert catalog.read_only_message.startswith(f"Le compte « lecteur@{name} » n'a que le droit de lire")
        services = Services(catalog)
        assert [p.name for p in services.list("partner")] == ["Busan"]
        with pytest.raises((PermissionError, ProgrammingError)):  # refused by the server itself, first
            services.create("partner", PartnerIn(name="Shizuoka"))
        assert [p.name for p in services.list("partner")] == ["Busan"]
    finally:
        catalog.close()


@pytest.mark.parametrize("change,message,english", [
    ({"password": "faux"}, "refusé l'identifiant ou le mot de passe", "refused the user name or the password"),
    ({"database": "absente"}, "pas de base « absente »", "no database “absente”"),
    ({"port": 1}, "ne répond pas", "is not answering (port 1)"),
    ({"host": "serveur.invalid"}, "introuvable", "“serveur.invalid” cannot be found"),
])
def test_connection_problems_are_said_in_french_without_the_password(pg_server, change, message, english):
    url = make_url(pg_server.url("postgres")).set(**change)
    with pytest.raises(CatalogError) as info:
        open_catalog(url.render_as_string(hide_password=False))
    assert message in str(info.value)
    assert "passerelles-test" not in str(info.value) and "Traceback" not in str(info.value)
    said = info.value.in_language("en")   # the English window's wording (issue 22)
    assert english in said and "passerelles-test" not in said and "«" not in said


def test_the_password_is_never_shown():
    assert display_location("postgresql+psycopg://anne:secret@srv:5432/cat") == "postgresql+psycopg://anne@srv:5432/cat"
    assert display_location("sqlite:////tmp/a.sqlite") == "/tmp/a.sqlite"


def test_the_server_catalogue_takes_no_file_lock(pg_database):
    catalog = open_catalog(pg_database())
    assert catalog.path is None
    catalog.close()


def test_a_read_only_account_is_told_so_by_the_command_line(pg_database, pg_server):
    from passerelles_testing import run_cli

    url = make_url(pg_database())
    Services(open_catalog(url.render_as_string(False)), actor="test").create("partner", PartnerIn(name="Busan"))
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lecteur') THEN "
                      "CREATE ROLE lecteur LOGIN PASSWORD 'lire'; END IF; END $$")
    pg_server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lecteur", database=url.database)
    reader = url.set(username="lecteur", password="lire").render_as_string(False)
    listed = run_cli("--db", reader, "list", "partners")
    assert listed.returncode == 0 and "Busan" in listed.stdout
    assert f"Le compte « lecteur@{url.database} » n'a que le droit de lire" in listed.stderr
    sheet = pg_server.folder / "partenaires.csv"
    sheet.write_text("Nom;Ville\nShizuoka;Shizuoka\n", encoding="utf-8")
    refused = run_cli("--db", reader, "import", str(sheet))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert f"Le catalogue « postgresql+psycopg://lecteur@127.0.0.1:{url.port}/{url.database} » est ouvert en " \
           "lecture seule : rien n'a été enregistré." in refused.stderr
    assert "lecteur:lire" not in refused.stderr + listed.stderr  # the password is never shown


def test_changes_on_a_server_are_stamped_with_the_login_and_the_server_account(pg_database, monkeypatch):
    from db import who

    monkeypatch.setattr(who, "current_user", lambda: "anne.martin")
    catalog = open_catalog(pg_database())
    try:
        assert catalog.author == "anne.martin (passerelles)"
        created = Services(catalog).create("partner", PartnerIn(name="Busan"))
        assert created.created_by == created.updated_by == "anne.martin (passerelles)"
        assert Services(catalog).history("partner", created.id)[0]["actor"] == "anne.martin (passerelles)"
    finally:
        catalog.close()


def test_the_stamp_names_the_login_and_the_account_once_when_they_agree():
    from db.who import server_author

    assert server_author("anne", "Anne") == "anne"
    assert server_author("bureau_ri", "anne.martin") == "anne.martin (bureau_ri)"
    assert server_author("", "anne") == "anne"


def test_an_older_server_catalogue_gets_its_stored_search_vectors(pg_database):
    from alembic import command
    from sqlalchemy import create_engine

    from db.catalog import alembic_config

    url = pg_database(migrated=False)
    engine = create_engine(url)
    command.upgrade(alembic_config(engine), "0004")  # a catalogue written before the stored vectors
    engine.dispose()
    older = open_catalog(url, migrate=False)
    Services(older, actor="anne").create("partner", PartnerIn(name="Grand-Bassam", country="CI"))
    older.close()
    catalog = open_catalog(url)
    try:
        assert [p.name for p in Services(catalog).search("bassam")["partner"]] == ["Grand-Bassam"]
        with catalog.engine.connect() as connection:
            index = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_partners_search'").scalar()
            vector = connection.exec_driver_sql("SELECT search_vector::text FROM partners").scalar()
        assert index.endswith("USING gin (search_vector)")
        assert "'bassam'" in vector and "'grand'" in vector and "'ivoire'" in vector
    finally:
        catalog.close()


def test_the_command_line_asks_for_a_missing_password_on_the_terminal(pg_database, monkeypatch):
    import argparse
    import getpass
    import sys

    from sqlalchemy.engine import make_url

    from db.catalog import CatalogError
    from db.cli.common import open_from_args

    url = make_url(pg_database())
    asked = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or url.password)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    args = argparse.Namespace(db=url._replace(password=None).render_as_string(hide_password=False))
    catalog = open_from_args(args)
    catalog.close()
    assert asked == [f"Mot de passe de « {url.username} » sur le serveur « 127.0.0.1 » : "]
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)  # no terminal: the plain refusal, nothing asked
    args = argparse.Namespace(db=url._replace(password=None).render_as_string(hide_password=False))
    with pytest.raises(CatalogError, match="mot de passe"):
        open_from_args(args)
    assert len(asked) == 1


def test_a_password_written_in_the_url_is_used_and_said(pg_database, capsys):
    import argparse

    from sqlalchemy.engine import make_url

    from db.cli.common import open_from_args

    url = make_url(pg_database())
    assert url.password
    catalog = open_from_args(argparse.Namespace(db=url.render_as_string(hide_password=False)))
    catalog.close()
    err = capsys.readouterr().err
    assert "le mot de passe est écrit dans --db" in err and "PGPASSFILE" in err
    assert url.password not in err                                  # said, never shown

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
        assert catalog.read_only
        services = Services(catalog)
        assert [p.name for p in services.list("partner")] == ["Busan"]
        with pytest.raises((PermissionError, ProgrammingError)):  # refused by the server itself, first
            services.create("partner", PartnerIn(name="Shizuoka"))
        assert [p.name for p in services.list("partner")] == ["Busan"]
    finally:
        catalog.close()


@pytest.mark.parametrize("change,message", [
    ({"password": "faux"}, "refusé l'identifiant ou le mot de passe"),
    ({"database": "absente"}, "pas de base « absente »"),
    ({"port": 1}, "ne répond pas"),
    ({"host": "serveur.invalid"}, "introuvable"),
])
def test_connection_problems_are_said_in_french_without_the_password(pg_server, change, message):
    url = make_url(pg_server.url("postgres")).set(**change)
    with pytest.raises(CatalogError) as info:
        open_catalog(url.render_as_string(hide_password=False))
    assert message in str(info.value)
    assert "passerelles-test" not in str(info.value) and "Traceback" not in str(info.value)


def test_the_password_is_never_shown():
    assert display_location("postgresql+psycopg://anne:secret@srv:5432/cat") == "postgresql+psycopg://anne@srv:5432/cat"
    assert display_location("sqlite:////tmp/a.sqlite") == "/tmp/a.sqlite"


def test_the_server_catalogue_takes_no_file_lock(pg_database):
    catalog = open_catalog(pg_database())
    assert catalog.path is None
    catalog.close()

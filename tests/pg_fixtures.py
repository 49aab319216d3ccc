"""Fixtures for catalogues on a real PostgreSQL server that the test session starts itself.

``pg_server`` (session): a throwaway cluster (``tests/pg_server.py``), skipped with the reason when
no server can run here. ``pg_database``: a factory of fresh databases, each dropped after the
test; ``pg_database()`` is already migrated (a copy of a template migrated once per session),
``pg_database(demo=True)`` holds the demonstration catalogue (a copy of a second template, loaded
once per session), ``pg_database(migrated=False)`` is empty. ``catalog_location``: where a fresh catalogue of the
engine under test lives (a SQLite path or a server URL), parametrised over both engines through
the ``engine_name`` fixture.
"""

from __future__ import annotations

import itertools

import pytest
from pg_server import ThrowawayServer, unavailable

ENGINES = ("sqlite", "postgresql")
TEMPLATE = "passerelles_modele"
DEMO_TEMPLATE = "passerelles_modele_demo"
_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL non testé : {reason}")
    server = ThrowawayServer().start()
    try:
        from db.catalog import open_catalog

        server.execute(f"CREATE DATABASE {TEMPLATE}")
        open_catalog(server.url(TEMPLATE)).close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(pg_server):
    """``make(migrated=True) -> URL`` of a new database, dropped (connections and all) after the test."""
    made: list[str] = []

    def make(migrated: bool = True, demo: bool = False) -> str:
        name = f"catalogue_{next(_counter)}"
        template = f" TEMPLATE {_demo_template(pg_server) if demo else TEMPLATE}" if migrated or demo else ""
        pg_server.execute(f"CREATE DATABASE {name}{template}")
        made.append(name)
        return pg_server.url(name)

    yield make
    for name in made:
        pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _demo_template(server) -> str:
    """The demonstration catalogue (``load_demo`` with ``TODAY``) as a template, made on first use."""
    if not getattr(server, "demo_template_made", False):
        from passerelles_testing import TODAY

        from db.catalog import open_catalog
        from db.demo import load_demo

        server.execute(f"CREATE DATABASE {DEMO_TEMPLATE} TEMPLATE {TEMPLATE}")
        cat = open_catalog(server.url(DEMO_TEMPLATE))
        try:
            load_demo(cat, today=TODAY)
        finally:
            cat.close()  # no connection left: a template must have none to be copied
        server.demo_template_made = True
    return DEMO_TEMPLATE


@pytest.fixture(params=ENGINES)
def engine_name(request) -> str:
    return request.param


@pytest.fixture
def catalog_location(engine_name, request, tmp_path):
    """``make(name, empty=False) -> location`` of a fresh catalogue on the engine under test.

    On the server it is already migrated (faster) unless ``empty``; a SQLite file is always new.
    """
    if engine_name == "sqlite":
        return lambda name="catalogue", empty=False: tmp_path / f"{name}.sqlite"
    make = request.getfixturevalue("pg_database")
    return lambda name="catalogue", empty=False: make(migrated=not empty)


def server_role(pg_server, url: str, name: str, password: str, grants: str) -> str:
    """The URL of ``url``'s catalogue for the account ``name`` (created once per session), after
    ``grants`` (SQL where ``{name}`` is the account) ran in its database."""
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    pg_server.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
                      f"CREATE ROLE {name} LOGIN PASSWORD '{password}'; END IF; END $$")
    pg_server.execute(grants.format(name=name), database=parts.database)
    return parts.set(username=name, password=password).render_as_string(hide_password=False)

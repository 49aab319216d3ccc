"""The catalogue's tests run on both engines: SQLite files and a real PostgreSQL server.

A new or demonstration catalogue is a copy of one made once per worker: a SQLite file copied
(``sqlite_template``), a server database created from a template database (``pg_database``)."""

from __future__ import annotations

import pytest
from passerelles_testing import copy_catalog


@pytest.fixture
def catalog(engine_name, catalog_location, sqlite_template, tmp_path):
    from db.catalog import open_catalog

    if engine_name == "sqlite":
        cat = copy_catalog(sqlite_template(), tmp_path / "catalogue.sqlite")
    else:
        cat = open_catalog(catalog_location("catalogue"))
    yield cat
    cat.close()


@pytest.fixture
def demo_catalog(engine_name, catalog_location, sqlite_template, tmp_path, request):
    from db.catalog import open_catalog

    if engine_name == "sqlite":
        cat = copy_catalog(sqlite_template(demo=True), tmp_path / "demo.sqlite")
    else:
        cat = open_catalog(request.getfixturevalue("pg_database")(demo=True))
    yield cat
    cat.close()

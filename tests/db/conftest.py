"""The catalogue's tests run on both engines: SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY


@pytest.fixture
def catalog(catalog_location):
    from db.catalog import open_catalog

    cat = open_catalog(catalog_location("catalogue"))
    yield cat
    cat.close()


@pytest.fixture
def demo_catalog(catalog_location):
    from db.catalog import open_catalog
    from db.demo import load_demo

    cat = open_catalog(catalog_location("demo"))
    load_demo(cat, today=TODAY)
    yield cat
    cat.close()

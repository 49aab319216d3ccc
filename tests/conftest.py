"""Shared fixtures: offscreen Qt, isolated user directories, temporary catalogues."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from passerelles_testing import FOREIGN, ROOT, SAMPLES, SHARED, TODAY, run_cli  # noqa: F401

pytest_plugins = ["pg_fixtures"]  # a throwaway PostgreSQL server, and catalogues on both engines


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's catalogue, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("PASSERELLES_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("PASSERELLES_DB", raising=False)


@pytest.fixture(scope="session")
def big_files(tmp_path_factory):
    """The larger test files, made by tests/make_files.py once per run (not committed)."""
    from make_files import write_big

    return write_big(tmp_path_factory.mktemp("big_files"))


@pytest.fixture
def catalog(tmp_path):
    from db.catalog import open_catalog

    cat = open_catalog(tmp_path / "catalogue.sqlite")
    yield cat
    cat.close()


@pytest.fixture
def services(catalog):
    from db.services import Services

    return Services(catalog, actor="test")


@pytest.fixture
def demo_catalog(tmp_path):
    from db.catalog import open_catalog
    from db.demo import load_demo

    cat = open_catalog(tmp_path / "demo.sqlite")
    load_demo(cat, today=TODAY)
    yield cat
    cat.close()

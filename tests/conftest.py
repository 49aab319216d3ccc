"""Shared fixtures: offscreen Qt, isolated user directories, temporary catalogues."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "samples").is_dir()), ROOT.parent / "shared")
SAMPLES = SHARED / "samples"
FOREIGN = SHARED / "foreign"
TODAY = dt.date(2026, 11, 22)  # fixed "today" for date-relative tests


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


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run the real ``passerelles`` entry point in a subprocess; returns CompletedProcess."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=120)

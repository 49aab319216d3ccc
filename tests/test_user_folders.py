"""The tests never write into the user's real folders, not even from a session fixture.

The per-test fixture (``_isolated_user_dirs``) comes too late for session fixtures (the large test
files, the PostgreSQL template), which once wrote the country table's cache ``pays.json`` into the
real user cache: ``tests/conftest.py`` redirects the folders as soon as it is imported.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def folders_seen_by_a_session_fixture():
    from platformdirs import user_cache_path, user_config_path, user_data_path, user_state_path

    from db.countries import _cache_path

    return [_cache_path(), *(f("Passerelles", appauthor=False) for f in (user_cache_path, user_config_path,
                                                                          user_data_path, user_state_path))]


def test_session_fixtures_see_the_runs_own_folders(folders_seen_by_a_session_fixture):
    temporary = Path(tempfile.gettempdir()).resolve()
    for path in folders_seen_by_a_session_fixture:
        assert temporary in path.resolve().parents, path
        assert path.resolve().relative_to(temporary).parts[0].startswith("passerelles-tests-"), path

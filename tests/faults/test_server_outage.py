"""A PostgreSQL server stopped and started again (pg_ctl) under a running copy: live refresh comes
back by itself, and the outage message names the real server."""

from __future__ import annotations

import time

import pytest
from faults_testing import assert_plain, cli, run
from pg_server import ThrowawayServer, unavailable

from db.catalog import open_catalog
from db.notify import ChangeWatcher

pytestmark = pytest.mark.faults


@pytest.fixture
def own_server():
    """A server of this test's own: stopping it leaves the session's server alone."""
    reason = unavailable()
    if reason:
        pytest.skip(f"PostgreSQL non testé : {reason}")
    server = ThrowawayServer().start()
    try:
        server.execute("CREATE DATABASE passerelles")
        yield server
    finally:
        server.stop()


def _changed_within(watcher, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        watcher.settle()
        time.sleep(0.1)
    return False


def test_live_refresh_reconnects_with_backoff_after_a_long_outage(own_server, tmp_path):
    url = own_server.url("passerelles")
    catalog = open_catalog(url)
    now = [0.0]
    watcher = ChangeWatcher(catalog, clock=lambda: now[0])
    try:
        own_server.halt()
        assert watcher.poll() is False
        assert watcher.lost
        watcher.settle()
        waits = []
        for _ in range(4):  # each try fails while the server is down, and the next waits longer
            assert watcher.poll() is False
            assert watcher.lost
            waits.append(watcher.retry_in())
            tries = watcher.attempts
            assert watcher.poll() is False and watcher.attempts == tries  # not before its time
            now[0] += waits[-1]
            assert watcher.poll() is False and watcher.attempts == tries + 1
            watcher.settle()
        assert waits == [1, 2, 4, 8]
        own_server.resume()
        assert watcher.poll() is False
        now[0] += watcher.retry_in()
        watcher.poll()
        watcher.settle()
        assert watcher.poll() is True  # back: what changed meanwhile was not heard, refresh everything
        assert not watcher.lost
        assert watcher.poll() is False
        sheet = tmp_path / "bea.csv"  # a colleague: another process
        sheet.write_text("Nom;Ville\nAprès la panne;Busan\n", encoding="utf-8")
        done = run(cli("--db", url, "import", str(sheet)))
        assert done.returncode == 0, done.stderr
        assert _changed_within(watcher)
    finally:
        watcher.close()
        catalog.close()


def test_the_outage_message_names_the_real_server(own_server, tmp_path):
    url = own_server.url("passerelles")
    done = run(cli("--db", url, "init"))
    assert done.returncode == 0, done.stderr
    own_server.halt()
    try:
        done = run(cli("--db", url, "list", "partners"))
    finally:
        own_server.resume()
    assert done.returncode != 0
    assert_plain(done.stderr)
    assert "« 127.0.0.1 »" in done.stderr and f"port {own_server.port}" in done.stderr, done.stderr

"""TLS to the server: the URL's (and the connection dialog's) ``sslmode`` and ``sslrootcert`` are used
by every connection — the catalogue's, live refresh's, pg_dump's — and a refused TLS connection is
told why in plain words. Real servers: the session's (no TLS) and one of this module's own that
accepts TLS connections only, with a certificate made by openssl."""

from __future__ import annotations

import shutil

import pytest
from faults_testing import assert_plain, cli, run
from pg_server import ThrowawayServer, make_certificates, unavailable

pytestmark = pytest.mark.faults


@pytest.fixture(scope="module")
def tls_server():
    reason = unavailable() or (None if shutil.which("openssl") else "openssl absent")
    if reason:
        pytest.skip(f"TLS non testé : {reason}")
    server = ThrowawayServer(tls=True).start()
    try:
        server.execute("CREATE DATABASE passerelles")
        yield server
    finally:
        server.stop()


def test_tls_required_against_a_server_without_it_says_so(pg_database):
    url = pg_database() + "?sslmode=require"
    done = run(cli("--db", url, "list", "partners"))
    assert done.returncode != 0
    assert_plain(done.stderr)
    assert "n'accepte pas les connexions chiffrées (TLS)" in done.stderr, done.stderr


def test_every_connection_uses_tls_when_the_server_requires_it(tls_server, tmp_path):
    from db import server_backups
    from db.catalog import open_catalog
    from db.notify import ChangeWatcher

    url = f"{tls_server.url('passerelles')}?sslmode=verify-full&sslrootcert={tls_server.ca}"
    done = run(cli("--db", url, "init", "--demo"))
    assert done.returncode == 0, done.stderr  # the server takes no connection without TLS
    catalog = open_catalog(url)
    watcher = ChangeWatcher(catalog)
    try:
        assert not watcher.lost  # live refresh connected with the URL's TLS options
        with catalog.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
                "WHERE ssl AND application_name LIKE 'Passerelles (veille)%%'").scalar() == 1
    finally:
        watcher.close()
        catalog.close()
    if server_backups.missing_tools():
        pytest.skip(server_backups.missing_tools())
    done = run(cli("--db", url, "backup"))
    assert done.returncode == 0, done.stderr  # pg_dump too


@pytest.mark.parametrize("mode, words", [
    ("disable", "refuse les connexions non chiffrées"),
    ("verify-ca&sslrootcert={other}", "n'a pas pu être vérifié"),
    ("verify-ca&sslrootcert={missing}", "introuvable ou illisible"),
])
def test_a_refused_tls_connection_is_told_why(tls_server, tmp_path, mode, words):
    other, _cert, _key = make_certificates(tmp_path, "autre")
    url = f"{tls_server.url('passerelles')}?sslmode=" + mode.format(other=other, missing=tmp_path / "absent.crt")
    done = run(cli("--db", url, "list", "partners"))
    assert done.returncode != 0
    assert_plain(done.stderr)
    assert words in done.stderr, done.stderr

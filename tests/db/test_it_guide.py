"""The IT guide's SQL script (docs/guide/serveur-it.md), run as written with psql on a throwaway
server: the owner creates the catalogue, a colleague's account works in it and backs it up, the
read-only account gets read-only mode, only the owner restores."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from passerelles_testing import ROOT, run_cli
from pg_server import ThrowawayServer, unavailable

GUIDE = ROOT / "docs" / "guide" / "serveur-it.md"


def script() -> str:
    return re.search(r"```sql\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S).group(1)


@pytest.fixture(scope="module")
def server():
    reason = unavailable() or (None if shutil.which("psql") else "psql absent")
    if reason:
        pytest.skip(f"PostgreSQL non testé : {reason}")
    started = ThrowawayServer().start()
    try:
        yield started
    finally:
        started.stop()


def test_the_guide_s_script_gives_each_account_what_it_needs(server, tmp_path):
    from db import server_backups

    sql = tmp_path / "droits-passerelles.sql"
    sql.write_text(script(), encoding="utf-8")
    done = subprocess.run(["psql", "-h", str(server.folder), "-p", str(server.port), "-U", "passerelles",
                           "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-f", str(sql)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

    def url(user, password):
        return server.url("passerelles", user=user, password=password)

    owner = url("passerelles_proprietaire", "changez-moi-proprietaire")
    anne = url("anne_martin", "changez-moi-anne")
    reader = url("consultation", "changez-moi-consultation")
    done = run_cli("--db", owner, "init", "--demo")
    assert done.returncode == 0, done.stderr
    sheet = tmp_path / "p.csv"
    sheet.write_text("Nom;Ville\nShizuoka;Shizuoka\n", encoding="utf-8")
    done = run_cli("--db", anne, "import", str(sheet))  # tables created by the owner: default privileges
    assert done.returncode == 0, done.stderr
    done = run_cli("--db", reader, "list", "partners")
    assert done.returncode == 0 and "Shizuoka" in done.stdout, done.stderr
    assert "n'a que le droit de lire" in done.stderr
    done = run_cli("--db", reader, "import", str(sheet))
    assert done.returncode != 0 and "lecture seule" in done.stderr
    if server_backups.missing_tools():
        pytest.skip(server_backups.missing_tools())
    for account in (anne, reader):
        done = run_cli("--db", account, "backup")
        assert done.returncode == 0, done.stderr
    name = server_backups.list_backups(anne)[0].path.name
    done = run_cli("--db", anne, "restore", name)
    assert done.returncode != 0 and "seul le compte propriétaire" in done.stderr, done.stderr
    done = run_cli("--db", owner, "restore", name)
    assert done.returncode == 0, done.stderr
    done = run_cli("--db", anne, "import", str(sheet))  # the restored tables are the team's again
    assert done.returncode == 0, done.stderr

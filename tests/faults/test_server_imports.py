"""Two imports at the same moment on one PostgreSQL server (two processes): the second waits for
the first and says so, then fills what the first created; never « erreur inattendue », never twice
the same partners."""

from __future__ import annotations

import subprocess

import pytest
from faults_testing import child_env, cli, run
from passerelles_testing import ROOT

from db import import_lock
from db.catalog import open_catalog
from db.interchange.imports import commit as C
from db.services import Services
from db.services.imports import ImportService

pytestmark = pytest.mark.faults


def _sheet(path, rows=300):
    lines = ["Nom;Pays;Ville"] + [f"Partenaire {i};Japon;Ville {i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_second_import_waits_for_the_first_says_so_and_creates_nothing_twice(pg_database, tmp_path):
    url = pg_database()
    sheet = _sheet(tmp_path / "partenaires.csv")
    catalog = open_catalog(url)
    try:
        first = ImportService(catalog, actor="anne").preview(sheet)
        with import_lock.one_at_a_time(catalog) as waited:  # the first import is writing
            assert waited is False
            second = subprocess.Popen(cli("--db", url, "import", str(sheet)), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
            told = second.stderr.readline()  # blocks until the second says it waits
            while "mot de passe est écrit dans --db" in told:   # the test's URL carries its password: said first
                told = second.stderr.readline()
            assert "Un autre import" in told and "attend" in told, told
            assert second.poll() is None  # still waiting
            C.commit(catalog, first, "anne")
        out, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
        assert "erreur inattendue" not in err and "Traceback" not in err
        assert "0 créé" in out and "300 ignorés" in out, out
        assert Services(catalog).count("partner") == 300
    finally:
        catalog.close()


def test_two_imports_started_together_both_end_well(pg_database, tmp_path):
    url = pg_database()
    sheets = [_sheet(tmp_path / f"{name}.csv") for name in ("a", "b")]
    started = [subprocess.Popen(cli("--db", url, "import", str(sheet)), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT) for sheet in sheets]
    ends = [process.communicate(timeout=180) for process in started]
    for process, (_out, err) in zip(started, ends, strict=True):
        assert process.returncode == 0, err
        assert "erreur inattendue" not in err
    listed = run(cli("--db", url, "list", "partners", "--limit", "1000"))
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 300

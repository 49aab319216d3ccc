"""Shared fixtures: offscreen Qt, isolated user directories, temporary catalogues."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest


def _memory_temp() -> str | None:
    """Linux's shared-memory folder when it is a tmpfs with room (the tests' catalogues, servers and
    wheels take about 3 GB): SQLite's commits and PostgreSQL's CREATE DATABASE then cost no disk
    writes, about a sixth of the suite's time on a 2-core machine. None elsewhere, or when
    ``PASSERELLES_TEST_TMP`` names the folder to use instead (``PASSERELLES_TEST_TMP=/tmp``)."""
    chosen = os.environ.get("PASSERELLES_TEST_TMP")
    if chosen:
        return chosen
    shm = Path("/dev/shm")
    try:
        room = shutil.disk_usage(shm).free
    except OSError:
        return None
    return str(shm) if room > 6 * 2**30 and os.access(shm, os.W_OK | os.X_OK) else None


# Before any temporary folder is made, here and in every process started after (xdist's workers,
# the command lines, the PostgreSQL server): pytest's own base folder follows PYTEST_DEBUG_TEMPROOT.
if (_temp := _memory_temp()) is not None:
    os.environ["TMPDIR"] = os.environ["PYTEST_DEBUG_TEMPROOT"] = _temp
    tempfile.tempdir = None   # forget the folder chosen before, if any

from passerelles_testing import (  # noqa: E402, F401
    FOREIGN,
    ROOT,
    SAMPLES,
    SHARED,
    TODAY,
    copy_catalog,
    packages_named,
    run_cli,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

# The user's folders are out of reach from the very start, before any fixture runs: session
# fixtures, collection and the subprocesses the tests start (the country table's cache pays.json,
# settings, logs, catalogues) all write under this run's own folder. Each test then gets its own
# folders too (``_isolated_user_dirs``). platformdirs reads XDG_* on Linux.
SESSION_HOME = Path(tempfile.mkdtemp(prefix="passerelles-tests-"))
USER_DIRS = {"XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_STATE_HOME": "state",
             "XDG_CACHE_HOME": "cache"}
# The tables built from installed data (countries, cities, titles: db.cache) are the same for every
# test: one cache folder serves the whole run (every worker, and the commands they start, inherit it
# from the first process), so that they are built once, not again in each test's new folder (the
# cities take 2 s). The cache is written atomically and keyed; a test of the cache gives its own paths.
RUN_CACHE = Path(os.environ.setdefault("PASSERELLES_TESTS_CACHE", str(SESSION_HOME / "cache")))
for _variable, _folder in USER_DIRS.items():
    os.environ[_variable] = str(RUN_CACHE if _folder == "cache" else SESSION_HOME / _folder)
os.environ["PASSERELLES_LOG_DIR"] = str(SESSION_HOME / "logs")
os.environ.pop("PASSERELLES_DB", None)


pytest_plugins = ["pg_fixtures"]  # a throwaway PostgreSQL server, and catalogues on both engines


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's catalogue, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in USER_DIRS.items():
        monkeypatch.setenv(variable, str(RUN_CACHE if folder == "cache" else home / folder))
    monkeypatch.setenv("PASSERELLES_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("PASSERELLES_DB", raising=False)


# The longest tests (minutes of a worker, measured: ``--durations``) start first, so that the run
# does not end with one worker still busy with one of them while the others are idle.
LONGEST_FIRST = (
    "tests/db/test_import_real_shapes.py::test_big_relation_list_bulk_path_gives_the_same_records",
    "tests/db/test_it_guide.py",
    "tests/faults/test_damaged.py::test_a_bad_catalogue_is_refused_untouched_and_restored_from_its_backup",
    "tests/db/test_cli.py",
    "tests/db/test_duplicates.py::test_duplicates_command",
    "tests/db/test_backups.py::test_cli_backup_backups_and_restore",
    "tests/db/test_import_files.py::test_cli_import_dry_run_and_bad_file",
    "tests/db/test_budget_apd.py::test_apd_command_line_text_json_and_workbook",
    "tests/desktop/test_print_identity.py",
    "tests/desktop/test_server_connection.py",
    "tests/faults/test_server_imports.py",
    "tests/faults/test_server_outage.py",
    "tests/db/test_catalog_server.py::test_a_read_only_account_is_told_so_by_the_command_line",
    "tests/desktop/test_print_cli.py",
    "tests/desktop/test_yearly_documents.py",
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Put the longest tests first (``LONGEST_FIRST``), the others in their usual order."""
    def first(item) -> bool:
        return item.nodeid.startswith(LONGEST_FIRST)

    items[:] = [i for i in items if first(i)] + [i for i in items if not first(i)]


def pytest_unconfigure(config):
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def big_files(tmp_path_factory):
    """The larger test files, made by tests/make_files.py once per run (not committed)."""
    from make_files import write_big

    return write_big(tmp_path_factory.mktemp("big_files"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """``template(demo=False) -> path`` of a catalogue file made once per worker: a new catalogue
    (``open_catalog``, all migrations) or the demonstration one (``load_demo`` with ``TODAY``).
    ``copy_catalog`` opens a copy of it: the same file the fixture would have made, without
    running the migrations (or loading the demo) again for every test."""
    from db.catalog import open_catalog
    from db.demo import load_demo

    folder = tmp_path_factory.mktemp("modeles")
    made: dict[bool, Path] = {}

    def template(demo: bool = False) -> Path:
        if demo not in made:
            path = folder / ("demo.sqlite" if demo else "catalogue.sqlite")
            cat = open_catalog(path)
            if demo:
                load_demo(cat, today=TODAY)
            cat.close()  # the last connection closed: the WAL is checkpointed into the file and removed
            assert not path.with_name(path.name + "-wal").exists(), "template still has a WAL"
            made[demo] = path
        return made[demo]

    return template


@pytest.fixture
def catalog(tmp_path, sqlite_template):
    cat = copy_catalog(sqlite_template(), tmp_path / "catalogue.sqlite")
    yield cat
    cat.close()


@pytest.fixture
def services(catalog):
    from db.services import Services

    return Services(catalog, actor="test")


@pytest.fixture
def demo_catalog(tmp_path, sqlite_template):
    cat = copy_catalog(sqlite_template(demo=True), tmp_path / "demo.sqlite")
    yield cat
    cat.close()


@pytest.fixture
def read_only_folder():
    """``make(folder) -> folder``: a folder nobody may write into, not even root (as root its immutable
    attribute, ``chattr +i``; else its permissions), writable again after the test; the test is
    skipped where neither can be done."""
    import subprocess

    made: list[Path] = []

    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            folder.chmod(0o555)
        elif shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                              capture_output=True).returncode != 0:
            pytest.skip("dossier en lecture seule non simulable en root (chattr +i refusé ou absent)")
        made.append(folder)
        try:
            (folder / ".essai").touch()
        except OSError:
            return folder
        (folder / ".essai").unlink()
        pytest.skip("ce système écrit dans un dossier en lecture seule")

    yield make
    for folder in made:
        if os.geteuid() != 0:
            folder.chmod(0o755)
        else:
            subprocess.run(["chattr", "-i", str(folder)], check=False)


def pytest_terminal_summary(terminalreporter):
    """The end of the run says how many tests were skipped for a missing system package, and which."""
    from collections import Counter

    counts: Counter[tuple[str, ...]] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        packages = packages_named(reason)
        if packages:
            counts[packages] += 1
    if not counts:
        return
    total = sum(counts.values())
    terminalreporter.write_sep("=", f"{total} test{'s' if total > 1 else ''} skipped for a missing system package",
                               yellow=True)
    for packages, count in counts.most_common():
        terminalreporter.write_line(f"{count:4d}  {' '.join(packages)}")
    terminalreporter.write_line("Install them (README, Quick start) to run these tests: "
                                f"sudo apt-get install {' '.join(sorted({p for ps in counts for p in ps}))}")

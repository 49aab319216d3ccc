"""Constants and helpers shared by tests: import them from here (``from passerelles_testing import …``),
not from ``conftest``, which is ambiguous when several conftest.py files exist."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's own test files (tests/make_files.py writes them); always there, even in a fresh clone.
FILES = ROOT / "tests" / "files"
# The external corpus beside the checkout, when there is one: tests read it in addition, never instead.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "samples").is_dir()), ROOT.parent / "shared")
SAMPLES = SHARED / "samples"
FOREIGN = SHARED / "foreign"
TODAY = dt.date(2026, 11, 22)  # fixed "today" for date-relative tests


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run the real ``passerelles`` entry point in a new process; returns CompletedProcess. The
    process starts warm (``cli_runner``: forked from one that has imported the ``db`` package)."""
    import subprocess

    from cli_runner import run_warm

    def real():
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                              env=full_env, cwd=cwd or ROOT, timeout=120)

    return run_warm(args, env, cwd or ROOT, 120, real)


def copy_catalog(template: Path, path: Path):
    """Open a copy of ``template`` at ``path``, as ``open_catalog(path)`` would have made it: the
    same file (owner-only, as made), its documents folder if any, and no backup taken at open
    (a new catalogue gets none)."""
    import shutil

    from db.catalog import open_catalog

    shutil.copy(template, path)  # contents and mode (0600); the times are those of a new file
    documents = template.with_name(f"{template.stem}-documents")
    if documents.exists():
        shutil.copytree(documents, path.with_name(f"{path.stem}-documents"))
    return open_catalog(path, auto_backup=False)


def corpus_files(*patterns: str, folder: str = "") -> list[Path]:
    """Files of the project's own corpus and, when present, of the external one, matching ``patterns``."""
    found = []
    for base in (FILES, SAMPLES):
        where = base / folder if folder else base
        if where.is_dir():
            found += sorted(p for pattern in patterns for p in where.glob(pattern))
    return found


def file_id(path: Path) -> str:
    """A readable test id saying which corpus a file comes from: ``files/…``, ``samples/…``, ``foreign/…``."""
    base = next((b for b in (FILES, SAMPLES, FOREIGN) if b in path.parents), path.parent)
    return f"{base.name}/{path.relative_to(base).as_posix()}"


def manifest_entries(key: str) -> list[tuple[Path, dict]]:
    """``(corpus folder, entry)`` for every entry of ``key`` in the own manifest and the external one."""
    import json

    entries = []
    for base in (FILES, SAMPLES):
        if (base / "manifest.json").exists():
            data = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
            entries += [(base, entry) for entry in data.get(key, [])]
    return entries


def system_packages() -> list[str]:
    """The Debian packages the tests may need: the list ``.ci/run`` installs (the README's), and the
    PostgreSQL client tools of server backups. Longest first, so "postgresql-contrib" is found before
    "postgresql"."""
    import re

    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r'^packages="([^"]+)"', text, re.M).group(1).split()
    return sorted({*listed, "postgresql-client"}, key=len, reverse=True)


def packages_named(reason: str) -> tuple[str, ...]:
    """The system packages a skip reason says are missing ("poppler-utils absent", "… paquets Debian
    « postgresql postgresql-contrib »"): named, with a word saying so or alone."""
    import re

    if not re.search(r"absent|introuvable|paquet|package|missing", reason, re.I) and reason.strip() not in system_packages():
        return ()
    found = []
    for package in system_packages():
        if re.search(rf"(?<![\w-]){re.escape(package)}(?![\w-])", reason):
            found.append(package)
    return tuple(sorted(found))

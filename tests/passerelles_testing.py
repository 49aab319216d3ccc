"""Constants and helpers shared by tests: import them from here (``from passerelles_testing import …``),
not from ``conftest``, which is ambiguous when several conftest.py files exist."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "samples").is_dir()), ROOT.parent / "shared")
SAMPLES = SHARED / "samples"
FOREIGN = SHARED / "foreign"
TODAY = dt.date(2026, 11, 22)  # fixed "today" for date-relative tests


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run the real ``passerelles`` entry point in a subprocess; returns CompletedProcess."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=120)

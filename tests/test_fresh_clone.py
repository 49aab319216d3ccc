"""A fresh clone with nothing beside it collects every test: no test needs a file outside the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from passerelles_testing import ROOT


def _git(*args: str, cwd=ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=120).stdout.strip()


@pytest.mark.slow
def test_a_fresh_clone_collects_every_test_with_nothing_beside_it(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git absent (paquet Debian « git »)")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    branch = _git("rev-parse", "--abbrev-ref", "HEAD")
    clone = tmp_path / "seul" / "passerelles"
    _git("clone", "--quiet", *(["--branch", branch] if branch != "HEAD" else []), str(ROOT), str(clone), cwd=tmp_path)
    assert sorted(p.name for p in clone.parent.iterdir()) == ["passerelles"]  # no shared/ beside it
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                          cwd=clone, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "error" not in done.stdout.lower().splitlines()[-1], done.stdout[-3000:]
    collected = [line for line in done.stdout.splitlines() if "::" in line]
    assert len(collected) > 300
    # the tests collected there come from the clone, and its own test files are present
    assert (clone / "tests" / "files" / "manifest.json").exists()

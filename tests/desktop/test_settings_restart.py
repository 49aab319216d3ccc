"""The preferences survive a real restart: each step is a new process reading and writing the file.

Qt's INI format writes a group named ``general`` as ``[%General]`` and reads it back as
``General/…``: the language and the recent catalogues were lost at every start, and each save
appended another ``[%General]`` section. An in-process test cannot see it (``QSettings`` keeps what
it wrote in memory), so these tests start the application again.
"""

from __future__ import annotations

import os
import subprocess
import sys

from passerelles_testing import ROOT


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _start_window(catalogue) -> None:
    """The real program, as a user starts it, quitting once its window has painted."""
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(catalogue), "--quit-after-paint"],
                          capture_output=True, text=True, cwd=ROOT, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]


def _saved() -> tuple[str, list[str]]:
    out = _python("from desktop.settings import Settings; s = Settings.load(); "
                  "print(s.language); print(*s.recent_catalogs, sep='\\n')")
    language, *recent = out.splitlines()
    return language, recent


def test_language_and_recent_catalogues_survive_two_restarts(tmp_path):
    _python("from desktop.settings import Settings; Settings(language='en').save()")
    first, second = tmp_path / "premier.sqlite", tmp_path / "second.sqlite"
    _start_window(first)
    _start_window(second)
    language, recent = _saved()
    assert language == "en"
    assert recent == [str(second), str(first)]
    from desktop.settings import settings_path

    text = settings_path().read_text(encoding="utf-8")
    assert "%General" not in text and text.count("[preferences]") == 1


def test_a_file_written_by_version_1_is_migrated(tmp_path):
    from desktop.settings import settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    old = tmp_path / "ancien.sqlite"
    # what version 1 left after two saves: the same section twice
    section = f"[%General]\nversion=1\nlanguage=en\nrecent_catalogs={old}\n\n"
    path.write_text(section + "[state]\nx=1\n\n" + section, encoding="utf-8")
    language, recent = _saved()
    assert (language, recent) == ("en", [str(old)])
    text = path.read_text(encoding="utf-8")
    assert "%General" not in text and "[preferences]" in text and "x=1" in text
    newer = tmp_path / "nouveau.sqlite"
    _start_window(newer)
    assert _saved() == ("en", [str(newer), str(old)])

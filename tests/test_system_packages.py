"""The README's list of Debian packages is the one .ci/run installs, and it has what Qt's window needs."""

from __future__ import annotations

import re

from passerelles_testing import ROOT


def _readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"apt-get install --no-install-recommends (.*?)\n```", text, re.S).group(1)
    return set(command.replace("\\", " ").split())


def _ci_packages() -> set[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    return set(re.search(r'^packages="([^"]+)"', text, re.M).group(1).split())


def test_ci_installs_exactly_the_readme_list():
    assert _readme_packages() == _ci_packages()


def test_the_list_has_the_window_libraries_and_fonts_for_every_script():
    needed = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "fonts-noto-cjk", "fonts-dejavu-core",
              "poppler-utils"}
    assert needed <= _readme_packages()

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


def test_what_ci_installs_for_itself_is_in_the_readme_too():
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_only = re.search(r'^ci_packages="([^"]+)"', text, re.M).group(1)
    assert {"python3-venv", "binutils"} <= set(ci_only.split())
    assert f"`{ci_only}`" in " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_the_list_has_the_window_libraries_and_fonts_for_every_script():
    needed = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "fonts-noto-cjk", "fonts-dejavu-core",
              "poppler-utils"}
    assert needed <= _readme_packages()


def test_skip_reasons_name_the_package_the_end_of_run_counts():
    from passerelles_testing import packages_named

    assert packages_named("poppler-utils absent") == ("poppler-utils",)
    assert packages_named("LibreOffice (soffice) absent : paquet Debian « libreoffice-calc-nogui »") == \
        ("libreoffice-calc-nogui",)
    server = ("PostgreSQL non testé : serveur PostgreSQL absent (paquets Debian « postgresql postgresql-contrib » : "
              "initdb et pg_ctl introuvables)")
    assert packages_named(server) == ("postgresql", "postgresql-contrib")
    assert packages_named("installez les outils clients de PostgreSQL (paquet « postgresql-client »)") == \
        ("postgresql-client",)
    assert packages_named("not a git checkout") == ()
    assert packages_named("poppler-utils") == ("poppler-utils",)
    assert packages_named("git absent (paquet Debian « git »)") == ("git",)

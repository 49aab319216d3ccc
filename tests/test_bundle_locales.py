"""The bundle's locale data, checked without building it: what ``packaging/passerelles.spec`` leaves
out (``bundle_resources.unused_data``) must leave every language the code loads.

The spec once kept Babel's French and English only, while the country look-up reads German,
Spanish, Italian and Portuguese too: ``init --demo``, imports, printing and the dashboard failed in
the bundle with ``UnknownLocaleError``. Here the look-up runs in a process whose Babel and pycountry
see only the files the bundle keeps.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import babel
import pycountry
from passerelles_testing import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
from bundle_resources import unused_data

import db.countries
import db.languages

BABEL_DATA = Path(babel.__file__).parent / "locale-data"
PYCOUNTRY_LOCALES = Path(pycountry.LOCALES_DIR)


def _kept(folder: Path, prefix: str) -> list[Path]:
    pattern = unused_data()
    return [p for p in folder.rglob("*") if p.is_file()
            and not pattern.search(f"{prefix}/{p.relative_to(folder).as_posix()}")]


def test_the_code_has_one_list_of_languages():
    assert db.countries.LANGUAGES is db.languages.COUNTRY_NAMES
    assert set(db.languages.INTERFACE) <= set(db.languages.bundled_locales())
    spec = (ROOT / "packaging" / "passerelles.spec").read_text(encoding="utf-8")
    assert "UNUSED = unused_data()" in spec and "fr|en" not in spec  # no second list in the spec


def test_every_language_the_code_loads_is_kept_and_the_others_left_out():
    babel_kept = {p.stem for p in _kept(BABEL_DATA, "babel/locale-data")}
    for language in ("root", *db.languages.bundled_locales()):
        assert language in babel_kept
    assert {"fr_FR", "en_GB"} <= babel_kept  # the printouts' money (desktop/printing/html_common.py)
    assert not {"vi", "th", "he", "fa"} & babel_kept
    pycountry_kept = {p.relative_to(PYCOUNTRY_LOCALES).as_posix() for p in _kept(PYCOUNTRY_LOCALES, "pycountry/locales")}
    for language in db.languages.COUNTRY_NAMES:
        for domain in db.languages.PYCOUNTRY_DOMAINS:
            if (PYCOUNTRY_LOCALES / language / "LC_MESSAGES" / f"{domain}.mo").is_file():
                assert f"{language}/LC_MESSAGES/{domain}.mo" in pycountry_kept
    assert not any("iso639" in name or name.startswith("th/") for name in pycountry_kept)
    pattern = unused_data()
    assert not pattern.search("PySide6/Qt/translations/qtbase_fr.qm")
    assert pattern.search("PySide6\\Qt\\translations\\qtbase_ja.qm")


def test_countries_are_recognised_and_named_with_only_the_kept_data(tmp_path):
    babel_dir, pycountry_dir = tmp_path / "locale-data", tmp_path / "locales"
    for source, base, target in ((BABEL_DATA, "babel/locale-data", babel_dir),
                                 (PYCOUNTRY_LOCALES, "pycountry/locales", pycountry_dir)):
        for path in _kept(source, base):
            copy = target / path.relative_to(source)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
    code = f"""
import babel.localedata, pycountry
babel.localedata._dirname = {str(babel_dir)!r}
pycountry.LOCALES_DIR = {str(pycountry_dir)!r}
from db.countries import all_countries, country_code, country_name
assert country_code("Südkorea") == "KR" and country_code("Estados Unidos de América") == "US"
assert country_code("Repubblica Ceca") == "CZ" and country_code("République démocratique du Congo") == "CD"
assert country_code("Německo") == "DE" and country_code("Tyskland") == "DE" and country_code("독일") == "DE"
assert country_name("DE") == "Allemagne" and country_name("DE", "en") == "Germany"
assert len(all_countries("en")) > 240
from babel.numbers import format_currency
print(format_currency(12.5, "EUR", locale="fr_FR"))
"""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "12,50" in done.stdout

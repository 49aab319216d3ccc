"""Every reason the importer gives exists in French and English, and the window can show either."""

from __future__ import annotations

import re
import string

import openpyxl
import pytest
from passerelles_testing import corpus_files, file_id

from db.interchange.imports import ImportFileError
from db.interchange.imports.plan import build_plan, exclude_rows
from db.interchange.imports.reasons import MESSAGES, Reason, reason_text
from db.interchange.imports.report import write_problems

FRENCH_ONLY = re.compile(r"\b(?:valeur|ligne|feuille|fichier|manquant|conservée?|doublon|classeur)\b")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_take_the_same_parameters(key):
    fr, en = MESSAGES[key]
    names = [{f for _t, f, _s, _c in string.Formatter().parse(text) if f} for text in (fr, en)]
    assert names[0] == names[1]
    assert fr != en or key == "plain"


def _reasons(plan):
    return [p.reason for p in plan.problems()] + [w for _n, w in plan.skipped_sheets]


@pytest.mark.parametrize("path", corpus_files("*.xlsx", "*.csv"), ids=file_id)
def test_every_problem_of_the_samples_has_an_english_wording(path):
    plan = build_plan(path)
    reasons = _reasons(plan)
    assert reasons, "the samples are messy: each has something to report"
    for reason in reasons:
        assert isinstance(reason, Reason), reason
        english = reason_text(reason, "en")
        assert not FRENCH_ONLY.search(english.replace(reason_text(reason, "fr"), "")), english


@pytest.mark.parametrize("path", corpus_files("*", folder="bad"), ids=file_id)
def test_unusable_files_are_explained_in_english_too(path):
    try:
        build_plan(path)
    except ImportFileError as exc:
        message = exc.args[0]
        assert isinstance(message, Reason)
        assert str(exc) == reason_text(message, "fr")
        assert reason_text(message, "en") != reason_text(message, "fr")
    # the bad file with a million-row used range imports its real rows


def test_problems_report_in_english(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ville partenaire", "Pays", "Courriel"])
    sheet.append(["Busan", "Corée du Sud", "pas-une-adresse"])
    sheet.append(["  ", "Japon", "x@example.org"])
    book.save(tmp_path / "p.xlsx")
    plan = build_plan(tmp_path / "p.xlsx")
    assert write_problems(plan, tmp_path / "en.xlsx", "en") == 2
    rows = list(openpyxl.load_workbook(tmp_path / "en.xlsx").active.values)
    assert rows[0] == ("Sheet", "Row", "Column", "Original value", "Problem", "Severity")
    assert any("invalid e-mail address" in r[4] for r in rows[1:])
    assert any(r[4].startswith("partner name missing") and r[5] == "Row rejected" for r in rows[1:])


def test_a_row_excluded_and_brought_back_keeps_its_rejection(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ville partenaire", "Pays"])
    sheet.append(["Busan", "Corée du Sud"])
    sheet.append(["  ", "Japon"])
    book.save(tmp_path / "p.xlsx")
    plan = build_plan(tmp_path / "p.xlsx")
    fine, blank = plan.sheets[0].rows
    exclude_rows(plan, [fine, blank])
    assert fine.status == blank.status == "excluded"
    exclude_rows(plan, [fine, blank], excluded=False)
    assert (fine.status, blank.status) == ("ok", "rejected")

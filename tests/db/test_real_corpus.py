"""Real public spreadsheets nobody here made (tests/real, and ../shared/real when present): each is
imported with the options its sidecar says a user would give, and what a user expects of it must
hold (``tests/real_corpus.py``). The first-try rate, without any option, is measured by that script
and reported in docs/import.md; here every file a user can import right must stay right.

``SHORTFALLS`` lists the files whose expectations the import does not meet yet, each with why: they
are measured, not tested, until the import meets them (then remove them from the list: the test
of that file starts guarding it)."""

from __future__ import annotations

import json

import pytest
from real_corpus import REAL, cases, run

HOLDOUT = "holdout file: measured, not examined (the rules are not tuned on it)"
SHORTFALLS = {
    # tune half: examined, not met yet
    "rogorido_poland_sistercities.tsv": "one partner fewer than expected (Löhne and Lohne, two towns of Germany, "
                                         "fold to one name)",
    "colegleason_reflections_projections_speakers.xlsx": "a speaker who came back in 1996, 1997 and 2011 under "
                                                          "three employers is kept as three namesakes (the identity "
                                                          "rule: the same name with another organisation is someone "
                                                          "else)",
    "chpooo_vldb2014_program.xls": "the sheet of 165 papers beside the three day grids is read as 165 sessions "
                                   "more (the user expects the grids' sessions only)",
    "jimmy1708_montpellier_subventions_2014.ods": "blocks of grants each under its own headings with Total rows, "
                                                  "one block repeated word for word: examined, not met",
    "openstate_amsterdam_subsidies.csv": "applicants written « (Particulier) » (name withheld) become a partner",
    "eeke2020_workshop_program.xlsx": "the rows that only head a group of papers (« Session 1 ») are read as "
                                      "sessions",
    "python-spain_pycones2018_talks.csv": "the proposals never scheduled are read as sessions too",
    "openstate_nl_party_donations.csv": "a table of donors (people and companies: « Persimmons B.V. » is now known "
                                        "as a company) is read as partners where the user expects a question",
    # the former holdout half, opened for tuning on 2026-12-07: examined, not met yet
    "bitazaratustra_medios_federales_contactos.csv": "a CRM export of one row per mailbox: the outlets are not made "
                                                     "partners and generic mailboxes become contacts",
    "fireflylogic_couchbase_connect2014_agenda.xlsx": "a speaker's company (Presenter1, Company1…) is not kept on "
                                                      "the speaker, and « --kind session » also reads the sheet of "
                                                      "tracks (ids and colours) as sessions",
    "goldmaner_sao_paulo_parcerias.csv": "the partners (« osc ») are named by no heading, and their country (the "
                                         "register of São Paulo) is given by nothing in the file",
    "gugcz_devfest2017_schedule_day1.csv": "a timetable of three tracks side by side, each track a pair of columns "
                                           "(Name1, TRACK 1 - T1…), is not read as a grid",
    "n7krk_wien_musikvereine_foerderungen.csv": "an association's register number (ZVR-Zahl) stays on its grants, "
                                                "not on the partner; one partner fewer (two spellings folded)",
    "oliviercoilland_vivatech2017_program.csv": "1,252 sessions where the user counts 1,254: three pairs of rows with "
                                                "one title at one hour (the second adding a speaker or a booth) are "
                                                "merged",
    "yuboski_italy_twinings.csv": "six partners fewer than the user's lowest count (namesakes without a country "
                                  "on the Italian side fold together)",
    "shared/baladins_partenaires.xlsx": "two rows more than the user counts, and a remark column not kept on its partner",
    "shared/csvkit_ne_1033_data.xlsx": "a military-surplus inventory is imported where the user expects a question",
    "shared/pnadel_sister_cities.csv": "a 25,000-row twin list by country: Dresden-Coventry listed from each side "
                                        "stays two agreements, and two Córdobas (Spain, Argentina) fold to one",
    "shared/tu9_esac_agreements.csv": "a register of publishers' agreements: one agreement and 17 partners short "
                                      "(the consortia of a cell are not split into partners)",
    # the fourth round's files (the holdout until 2026-12-07, then opened for tuning): not met yet
    "shared/cbuahin_ewri2025_swmm_workshop_agenda.xlsx": "the label/value block above the sessions (the date, the "
                                                          "workshop's name) is not read once a heading row is given, "
                                                          "and « Caleb and Mitch » gives more people than the four",
    "shared/numahell_capitole_du_libre_2011_programme.ods": "the grid of talks is not read (13 sessions of at least 26)",
    "shared/senickel_baltic_twin_towns.csv": "countries written « WestGER », « EastGER » are not known",
}

CASES = [c for c in cases() if c.name not in SHORTFALLS]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_real_file_imports_as_its_user_expects(case):
    outcome = run(case, with_flags=True)
    assert outcome.right, "\n".join(outcome.failures) + "\n" + outcome.out[-2000:]


def test_the_corpus_is_here_and_split_in_two_halves():
    mine = [c for c in cases() if not c.name.startswith("shared/")]
    assert len(mine) >= 40
    assert all(c.spec.get("source") and c.spec.get("expect") for c in mine)
    sidecars = [json.loads(p.read_text(encoding="utf-8")) for p in REAL.rglob("*.expect.json")]
    assert {s.get("half", "tune") for s in sidecars} == {"tune", "holdout"}   # the holdout's files may live elsewhere
    assert all(s.get("source") and s.get("expect") for s in sidecars)

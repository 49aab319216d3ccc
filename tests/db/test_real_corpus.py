"""Real public spreadsheets nobody here made (tests/real, and ../shared/real when present): each is
imported with the options its sidecar says a user would give, and what a user expects of it must
hold (``tests/real_corpus.py``). The first-try rate, without any option, is measured by that script
and reported in docs/import.md; here every file a user can import right must stay right.

``SHORTFALLS`` lists the files whose expectations the import does not meet yet, each with why: they
are measured, not tested, until the import meets them (then remove them from the list: the test
of that file starts guarding it)."""

from __future__ import annotations

import pytest
from real_corpus import cases, run

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
    "openstate_amsterdam_subsidies.csv": "applicants written « (Particulier) » (name withheld) become a partner, "
                                         "and the register's kind (subsidies, named by the file) is not given to "
                                         "its agreements",
    "eeke2020_workshop_program.xlsx": "coffee breaks and the rows that only head a group of papers are read as "
                                      "sessions (a list programme keeps its breaks as sessions, by design)",
    "python-spain_pycones2018_talks.csv": "the proposals never scheduled are read as sessions too",
    # holdout half
    "bartlima_convenios_saude_pb.csv": HOLDOUT,
    "onyeksman_alternatives_experts.xlsx": HOLDOUT,
    "annahollandsmith_wwk_speakers.xls": HOLDOUT,
    "bhochhi_reinvent2024_agenda.csv": HOLDOUT,
    "bookavium_company_partnerships.csv": HOLDOUT,
    "danieljdufour_foss4g_speakers.tsv": HOLDOUT,
    "gpcsolutions_outlook_contacts.csv": HOLDOUT,
    "gugcz_devfest2017_schedule_day1.csv": HOLDOUT,
    "itsgabo22_convenios.csv": HOLDOUT,
    "kevinrue_bioc_speakers.csv": HOLDOUT,
    "martacarrion_erasmus_destinos.csv": HOLDOUT,
    "n7krk_wien_musikvereine_foerderungen.csv": HOLDOUT,
    "oliviercoilland_vivatech2017_program.csv": HOLDOUT,
    "rogorido_spain_sistercities.tsv": HOLDOUT,
    "timtran1_samariter_associations.csv": HOLDOUT,
    "yuboski_italy_twinings.csv": HOLDOUT,
    "bitazaratustra_medios_federales_contactos.csv": HOLDOUT,
    "cooperza_bellingham_sistercities.xlsx": HOLDOUT,
    "fireflylogic_couchbase_connect2014_agenda.xlsx": HOLDOUT,
    "goldmaner_sao_paulo_parcerias.csv": HOLDOUT,
    "trnunes_iff_palestrantes.csv": HOLDOUT,
    "amantw_coscup2024_schedule.csv": HOLDOUT,
    "shared/baladins_partenaires.xlsx": HOLDOUT,
    "shared/csvkit_ne_1033_data.xlsx": HOLDOUT,
    "shared/pnadel_sister_cities.csv": HOLDOUT,
    "shared/tu9_esac_agreements.csv": HOLDOUT,
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
    halves = {c.half for c in mine}
    assert halves == {"tune", "holdout"}
    assert all(c.spec.get("source") and c.spec.get("expect") for c in mine)

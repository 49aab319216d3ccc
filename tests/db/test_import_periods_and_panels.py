"""Two readings decided by values (issue 19): rows that give a named party a period of months are
agreements with that party, while a table of events whose start and end are days apart stays
events; a programme written one row per paper takes the panel (the title that gathers the papers)
as its session, with no option."""

from __future__ import annotations

from test_import_users_word import catalogue, cli, write
from test_import_users_word import db as db  # the fixture: a fresh catalogue

SHOPS = (
    "name,category,type,address,start_date,end_date\n"
    "Librairie du Port,culture,remise,12 quai des Arts,2025-03-01,2025-12-16\n"
    "Café Babel,restauration,offre,3 rue Neuve,2025-02-25,2025-08-31\n"
    "Atelier Kiosque,culture,remise,,2025-03-04,2026-03-03\n"
    "Studio Hanok,formation,offre,8 avenue de Busan,2025-01-10,2025-12-31\n"
)

FESTIVALS = (
    "name,category,type,address,start_date,end_date\n"
    "Festival des lumières,culture,festival,Place Bellecour,2025-12-05,2025-12-08\n"
    "Semaine de Busan,culture,semaine,Hôtel de ville,2025-05-12,2025-05-18\n"
    "Forum des jumelages,institution,forum,Palais des congrès,2025-10-02,2025-10-03\n"
    "Journées du patrimoine,culture,portes ouvertes,Centre-ville,2025-09-20,2025-09-21\n"
)


def test_named_rows_with_periods_of_months_are_agreements_with_their_partners(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "partenaires.csv", SHOPS))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["agreements"]) == 4 and len(data["partners"]) == 4
    cafe = next(a for a in data["agreements"] if a["partners"][0]["name"] == "Café Babel")
    assert (cafe["starts_on"], cafe["ends_on"]) == ("2025-02-25", "2025-08-31")
    port = next(p for p in data["partners"] if p["name"] == "Librairie du Port")
    assert "12 quai des Arts" in str(port)        # the columns describing the party reach it


def test_named_rows_with_periods_of_days_stay_what_they_were(db, tmp_path):
    _code, out = cli("--db", db, "import", write(tmp_path, "partenaires.csv", FESTIVALS), "--show-mapping", "--dry-run")
    assert "« name » → partners" not in out, out
    assert "accords" not in out.splitlines()[0], out


PAPERS = (
    "panel,date,time,panel_title,title,presenter,room\n"
    "01,24.09.2024,14:00-15:30,Villes et diplomatie,Les jumelages après 1989,Anne Martin,A1\n"
    "01,24.09.2024,14:00-15:30,Villes et diplomatie,Les jumelages après 1989,Paul Roux,A1\n"
    "01,24.09.2024,14:00-15:30,Villes et diplomatie,La coopération décentralisée,Jean Dupont,A1\n"
    "02,24.09.2024,14:00-15:30,Budgets et territoires,Le financement des projets,Lise Morel,B2\n"
    "02,24.09.2024,14:00-15:30,Budgets et territoires,Les fonds européens,Omar Haddad,B2\n"
    "03,25.09.2024,09:00-10:30,Réseaux de villes,Les réseaux en Méditerranée,Sara Costa,A1\n"
)


def test_a_programme_row_per_paper_takes_the_panel_as_the_session(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "programme.csv", PAPERS), "--kind", "session")
    assert code == 0, out
    data = catalogue(db, tmp_path)
    sessions = [s for e in data["events"] for s in e["sessions"]]
    assert sorted(s["title"] for s in sessions) == ["Budgets et territoires", "Réseaux de villes", "Villes et diplomatie"]
    panel = next(s for s in sessions if s["title"] == "Villes et diplomatie")
    assert "La coopération décentralisée" in panel["minutes"]   # each paper kept with its panel


def test_distinct_titles_that_no_other_title_gathers_stay_the_sessions(db, tmp_path):
    talks = PAPERS.replace("Villes et diplomatie,Les jumelages après 1989,Paul Roux",
                           "Villes et diplomatie,Les jumelages après 1989,Paul Roux").replace(
        "Budgets et territoires,Les fonds européens", "Fonds et territoires,Les fonds européens").replace(
        "Villes et diplomatie,La coopération", "Coopérer,La coopération")
    _code, out = cli("--db", db, "import", write(tmp_path, "programme.csv", talks), "--kind", "session",
                    "--show-mapping", "--dry-run")
    assert "« title » → title" in out, out     # each panel title names one paper: nothing is gathered

"""Shapes of the seventh corpus round (issue 19), each written here as a small file of its own: a
contact export that gives first names only (LinkedIn's, when the last name is hidden), where two
people of one first name are told apart by their job titles."""

from __future__ import annotations

import pytest
from test_import_told_by_structure import imported
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.identity import PersonFacts, same_person


def test_a_first_name_alone_with_another_job_title_is_another_person(db, tmp_path):
    text = ("First Name;Company;Position;Connected On\n"
            "Elisa;          ;Consultora de Recursos Humanos;30-oct-09\n"
            "Jose Antonio;3M;Healthcare IT Consultant;12-feb-18\n"
            "Jose Antonio;3M;Supply Chain Manager;02-mar-19\n"
            "Elisa;;Coordinadora de clínica dental;18-jun-20\n"
            "Raquel;91 GRADOS;CEO;04-may-20\n"
            "Raquel;91 GRADOS;CEO;04-may-20\n")
    data, out = imported(db, tmp_path, "Connections.csv", text, "--kind", "contact")
    people = sorted((c["first_name"], c.get("job_title")) for c in data["contacts"])
    assert people == [("Elisa", "Consultora de Recursos Humanos"), ("Elisa", "Coordinadora de clínica dental"),
                      ("Jose Antonio", "Healthcare IT Consultant"), ("Jose Antonio", "Supply Chain Manager"),
                      ("Raquel", "CEO")]   # the same row twice is one person
    assert "une autre fonction, pour un nom donné en partie : fiche distincte" in out


def test_a_full_name_with_another_job_title_stays_one_person():
    a = PersonFacts.of("Marie", "Dupont", (), "Ville de Lyon", "Chargée de mission")
    b = PersonFacts.of("Marie", "Dupont", (), "Ville de Lyon", "Directrice")   # promoted: the same person
    assert same_person(a, b)
    alone = [PersonFacts.of("Marie", None, (), "Ville de Lyon", job) for job in ("Chargée de mission", "Directrice")]
    assert not same_person(*alone)
    assert same_person(PersonFacts.of("Marie", None, (), None, "Directrice"), PersonFacts.of("Marie", None, (), None, None))


TWINS = [("S-531057", "Beroun", "Česká republika", "F-2177", "Brzeg", "Polsko", 2002),
         ("S-531057", "Beroun", "Česká republika", "F-2175", "Goslar", "Německo", 1991),
         ("S-531057", "Beroun", "Česká republika", "F-2174", "Rijswijk", "Nizozemsko", 1991),
         ("S-531979", "Zadní Třebaň", "Česká republika", "F-3541", "Steineroth", "Německo", 2002),
         ("S-532223", "Doksy", "Česká republika", "F-3117", "Comuni di Ledro", "Itálie", 2008),
         ("S-531669", "Otročiněves", "Česká republika", "F-3341", "Glendalough", "Irsko", 2005)]

TWIN_TEXT = "".join(f"{a}\t49.87\t14.10\t{b}\t{c}\t{d}\t44.75\t21.79\t{e}\t{f}\t{y}\n" for a, b, c, d, e, f, y in TWINS)


@pytest.mark.parametrize("flags", [("--no-header", "--kind", "agreement"), ()], ids=["described", "first try"])
def test_a_twin_list_without_heading_row_is_read_as_pairs_of_places(db, tmp_path, flags):
    data, _out = imported(db, tmp_path, "partnerska_mesta.tsv", TWIN_TEXT, *flags)
    pairs = {tuple(p["name"] for p in a["partners"]): a for a in data["agreements"]}
    assert len(pairs) == 6
    goslar = pairs[("Beroun", "Goslar")]
    assert str(goslar["signed_on"]).startswith("1991") and goslar["kind"] == "twinning"
    countries = {p["name"]: p["country"] for p in data["partners"]}
    assert countries["Goslar"] == "DE" and countries["Otročiněves"] == "CZ" and countries["Rijswijk"] == "NL"

"""Counted words: the French plural rule (singular for 0 and 1), kind names in French."""

from db import words


def test_french_and_english_plural_rules():
    assert [words.plural(n, "ligne") for n in (0, 1, 2, 14)] == ["0 ligne", "1 ligne", "2 lignes", "14 lignes"]
    assert words.plural(3, "travail", "travaux") == "3 travaux"
    assert [words.plural(n, "line", language="en") for n in (0, 1, 2)] == ["0 lines", "1 line", "2 lines"]
    assert words.agree(1, "créé") == "créé" and words.agree(2, "créée") == "créées"


def test_kind_names_and_counts():
    assert words.count(1, "event") == "1 événement"
    assert words.count(2, "event") == "2 événements"
    assert words.count(9, "followup") == "9 suivis"
    assert words.count(2, "followup", "en") == "2 follow-ups"
    assert words.counts({"partner": 14, "contact": 13, "agreement": 1}) == "14 partenaires, 13 contacts, 1 accord"
    assert words.none_of("partner") == "Aucun partenaire" and words.none_of("session") == "Aucune séance"
    assert words.kind_name("unknown", 2) == "unknown"


def test_participles_agree_with_the_kind_and_the_number():
    from db.words import participle

    assert participle(1, "créé", "partner") == "créé" and participle(2, "créé", "partner") == "créés"
    assert participle(1, "créé", "session") == "créée" and participle(3, "créé", "session") == "créées"
    assert participle(0, "mis à jour") == "mise à jour" and participle(2, "mis à jour") == "mises à jour"
    assert participle(2, "mis à jour", "contact") == "mis à jour"
    assert participle(2, "exclu", "event") == "exclus" and participle(2, "rétabli") == "rétablies"
    assert participle(2, "créé", "partner", "en") == "created"

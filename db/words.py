"""Counted words in French (and English): "1 ligne", "2 lignes", "14 partenaires, 13 contacts".

The one plural rule of the command line and of ``db``'s messages, the same as Qt's for French:
singular for 0 and 1, plural from 2 ("0 ligne", "1 ligne", "2 lignes"); English: singular for 1
only. Kind names (partner, agreement…) are said in the language of the sentence, never as codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

KINDS = {  # code -> ((French singular, plural), (English singular, plural))
    "partner": (("partenaire", "partenaires"), ("partner", "partners")),
    "agreement": (("accord", "accords"), ("agreement", "agreements")),
    "contact": (("contact", "contacts"), ("contact", "contacts")),
    "event": (("événement", "événements"), ("event", "events")),
    "followup": (("suivi", "suivis"), ("follow-up", "follow-ups")),
    "interaction": (("échange", "échanges"), ("interaction", "interactions")),
    "session": (("séance", "séances"), ("session", "sessions")),
    "budget": (("ligne budgétaire", "lignes budgétaires"), ("budget line", "budget lines")),
    "domain": (("domaine", "domaines"), ("domain", "domains")),
    "document": (("document", "documents"), ("document", "documents")),
    "import": (("import", "imports"), ("import", "imports")),
    "change": (("modification d'historique", "modifications d'historique"), ("history entry", "history entries")),
    "attached_file": (("fichier joint", "fichiers joints"), ("attached file", "attached files")),
    "record": (("fiche", "fiches"), ("record", "records")),
    "row": (("ligne", "lignes"), ("row", "rows")),
    "duplicate": (("doublon", "doublons"), ("duplicate", "duplicates")),
}
GENDER = {"partner": "m", "agreement": "m", "contact": "m", "event": "m", "followup": "m", "interaction": "m",
          "session": "f", "budget": "f", "domain": "m", "document": "m",
          "import": "m", "change": "f", "attached_file": "m", "record": "f", "row": "f", "duplicate": "m"}


def is_plural(n: int, language: str = "fr") -> bool:
    """Whether ``n`` takes the plural: from 2 in French, anything but 1 in English."""
    return abs(n) != 1 if language == "en" else abs(n) >= 2


def plural(n: int, singular: str, plural_form: str | None = None, language: str = "fr") -> str:
    """``n`` and its noun: plural(2, "ligne") -> "2 lignes"; irregular plurals given: plural(3, "travail", "travaux")."""
    word = (plural_form or singular + "s") if is_plural(n, language) else singular
    return f"{n} {word}"


def agree(n: int, singular: str, plural_form: str | None = None, language: str = "fr") -> str:
    """The word alone, agreed with ``n`` (adjectives, participles): agree(2, "créé") -> "créés"."""
    return (plural_form or singular + "s") if is_plural(n, language) else singular


PARTICIPLES_EN = {"créé": "created", "mis à jour": "updated", "ignoré": "skipped", "fusionné": "merged",
                  "rejeté": "rejected", "exclu": "excluded", "rétabli": "restored", "retiré": "removed",
                  "copié": "copied", "supprimé": "deleted", "restauré": "restored"}


def participle(n: int, masculine: str, code: str | None = None, language: str = "fr") -> str:
    """A participle agreed with ``n`` records of kind ``code`` (its gender; « fiche » when None):
    participle(1, "créé", "partner") -> "créé", participle(2, "mis à jour") -> "mises à jour";
    English: participle(2, "créé", language="en") -> "created"."""
    if language == "en":
        return PARTICIPLES_EN.get(masculine, masculine)
    head, _, rest = masculine.partition(" ")
    if (GENDER.get(code, "m") if code else "f") == "f" and not head.endswith("e"):
        head += "e"
    if is_plural(n) and not head.endswith("s"):
        head += "s"
    return head + (" " + rest if rest else "")


def kind_name(code: str, n: int = 1, language: str = "fr") -> str:
    """The name of a kind of record, agreed with ``n``: kind_name("event", 2) -> "événements"."""
    if code not in KINDS:
        return code
    singular, plural_form = KINDS[code][1 if language == "en" else 0]
    return plural_form if is_plural(n, language) else singular


def count(n: int, code: str, language: str = "fr") -> str:
    """count(14, "partner") -> "14 partenaires"; count(1, "event") -> "1 événement"."""
    return f"{n} {kind_name(code, n, language)}"


def counts(numbers: Mapping[str, int] | Iterable[tuple[str, int]], language: str = "fr") -> str:
    """"14 partenaires, 13 contacts, 7 accords" from {kind: number}, in the given order."""
    items = numbers.items() if isinstance(numbers, Mapping) else numbers
    return ", ".join(count(n, code, language) for code, n in items)


def none_of(code: str, language: str = "fr") -> str:
    """"Aucun partenaire", "Aucune séance"; English: "No partner"."""
    if language == "en":
        return "No " + kind_name(code, 1, "en")
    return ("Aucune " if GENDER.get(code) == "f" else "Aucun ") + kind_name(code, 1)


def euros(amount, language: str = "fr") -> str:
    """« 12 000,50 € » (French) or « €12,000.50 » (English), with Babel as every printout does."""
    from decimal import Decimal

    from babel.numbers import format_currency

    return format_currency(Decimal(str(amount or 0)), "EUR", locale="en_GB" if language == "en" else "fr_FR")

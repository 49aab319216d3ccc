"""Column mapping: a French/English vocabulary of header wordings per kind of record.

Headers are folded (case, accents, punctuation) before matching, so "Tél.", "TEL", "Téléphone"
and "Phone" meet; a phrase matches exactly, as a prefix, or as a set of words inside the header.
This is a vocabulary of how offices word columns, not a list of any particular file's headers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from db.interchange.imports import headings as H
from db.interchange.imports.budget_tables import AMOUNT_FIELDS, is_budget_table, money_of_partners
from db.interchange.imports.evidence import column_nature, value_nature  # noqa: F401 (read here)
from db.interchange.imports.headings import WORD_SETS, data, folded, partner_kind_of, says_grants  # noqa: F401 (read here)
from db.interchange.imports.phrase_match import PhraseIndex
from db.interchange.imports.sides import side_pair
from db.text import name_key

KINDS = ("partner", "agreement", "contact", "event", "session", "followup", "interaction", "budget")
KIND_LABELS = {"partner": "Partenaires", "agreement": "Accords", "contact": "Contacts", "event": "Événements",
               "session": "Séances (programme)", "followup": "Suivi des actions", "interaction": "Échanges",
               "budget": "Budget par année"}

def _languages(entry: dict) -> list[str]:
    """One field's phrases: the French/English base first, then each language in the file's order."""
    return folded(p for phrases in entry.values() for p in phrases)


VOCABULARY: dict[str, dict[str, list[str]]] = {
    kind: {f: _languages(entry) for f, entry in fields.items()} for kind, fields in data()["fields"].items()}
_INDEX = {kind: PhraseIndex(fields) for kind, fields in VOCABULARY.items()}

# Fields that may take several columns (their values are joined).
MULTI = {("contact", "emails"), ("contact", "phone"), ("contact", "mobile"), ("partner", "notes"),
         ("contact", "notes"), ("followup", "details"), ("agreement", "notes"), ("event", "notes"),
         ("partner", "domains"), ("agreement", "domains"), ("contact", "languages"), ("contact", "partners"),
         ("session", "speakers")}
REQUIRED = {"partner": ("name",), "agreement": ("partners",), "contact": ("first_name", "last_name", "full_name"),
            "event": ("title",), "session": ("title",), "followup": ("title",), "interaction": ("occurred_on",),
            "budget": ("agreement", "event", "partner")}
SHEET_HINTS = {k: folded(v) for k, v in data()["sheets"].items()}
TOTALS = set(folded(data()["words"]["totals"]))
THING_WORDS = frozenset(folded(data()["words"]["thing_words"]))
COUNTS = frozenset(folded(data()["words"]["counts"]))
TOTAL_INITIALS = frozenset(c for w in data()["words"]["totals"] + data()["words"]["counts"] for c in (w[:1].lower(), w[:1].upper()))
ROW_NUMBER_HEADERS = set(folded(data()["words"]["row_number_headers"]))

_PAREN = re.compile(r"\([^)]*\)")


_GLUED_NUMBER = re.compile(r"(?<=[a-z]{3})\d{1,2}$")   # « presenter2 », « company1 »: the second of a group
_UMLAUT = re.compile(r"(?<=[bcdfghklmnprstvwz])([aou])e(?=[bcdfghklmnprstz])")  # « Foerderart » as « Förderart », « Staedte »


def header_keys(header: str) -> list[str]:
    """The folded header, without its parentheses ("Budget (€)" -> "budget"), its camel-case words told
    apart ("destination_countryLabel"), German umlauts written out read as folded ("Foerderart")."""
    full = name_key(header)
    bare = name_key(_PAREN.sub(" ", header))
    split = name_key(H.CAMEL.sub(" ", header)) if H.CAMEL.search(header) else ""
    words = full.split()   # a number between words (« Organization 1 - Title »), not a last one (« Thème 2 »)
    numbered = " ".join(w for w in words if not w.isdigit()) if any(w.isdigit() for w in words[1:-1]) else ""
    glued = " ".join(_GLUED_NUMBER.sub("", w) for w in words) if any(_GLUED_NUMBER.search(w) for w in words) else ""
    keys = [k for k in dict.fromkeys((full, bare, split, numbered, glued)) if k]   # « Organization 1 - Title », « Presenter2 »
    return keys + [k for k in dict.fromkeys(_UMLAUT.sub(r"\1", k) for k in keys if _UMLAUT.search(k)) if k not in keys]


_GLUED = re.compile(r"^([^\W\d_]+?)(?:[_.]+|(?<=[a-z])(?=[A-Z]))(\S+)$")
TAIL_PENALTY = 15   # « person_position » is a position, less surely than « position » alone


def glued_tail(header: str) -> tuple[str, ...]:
    """What a heading glued by a machine says after its first word (« mainRole » -> « role »,
    « person_position » -> « position », « comune_end_name » -> « end name », « name »): in such
    names the last words say what the column holds, the first one whose it is. Nothing for a heading
    written in words, or when the first word names a thing (« talk_title » is no person's title)."""
    found = _GLUED.match(header.strip())
    if not found or " " in header.strip():
        return ()
    head, rest = name_key(found.group(1)), name_key(H.CAMEL.sub(" ", found.group(2)))
    if not rest or head in THING_WORDS or len(rest.split()[-1]) < 3:
        return ()   # « category_de », « title_fr »: a language's code, not what the column holds
    return tuple(dict.fromkeys((rest, rest.split()[-1])))


def field_scores(header: str, kind: str) -> list[tuple[float, str]]:
    """(score, field) candidates for one header in one kind, best first."""
    return list(_field_scores(str(header) if header is not None else None, kind))


@lru_cache(maxsize=4096)
def _field_scores(header: str | None, kind: str) -> tuple[tuple[float, str], ...]:
    if header is not None and kind in ("agreement", "event", "budget"):
        from db.schemas.budget_columns import measure

        if measure(header, "planned" if kind == "budget" else None) is not None:
            return ()   # « Budget 2025 », « Versé 2024 »: that year's amount (db.schemas.budget_columns, budget_rows)
    keys = header_keys(str(header)) if header is not None else []
    result = _scored(keys, kind, glued_tail(str(header)) if header is not None else ())
    if not result and keys:   # « Cities », « Webseiten », « Staedte »: the words in the singular
        result = _scored([s for k in keys for s in H.singulars(k)], kind, ())
    named = _name_of(keys, kind)
    if named is None:
        return result
    score = max([NAME_OF, *(sc for sc, f in result if f == named)])
    return tuple(sorted([(score, named), *(r for r in result if r[1] != named)], reverse=True))


NAME_WORDS = frozenset(folded(data()["words"]["name_words"]))
OWN_NAMES = frozenset({"name", "title", "full_name", "first_name", "last_name"})
NAME_OF = 80.0   # as a phrase followed by more words


def _name_of(keys: list[str], kind: str) -> str | None:
    """« Naam subsidieontvanger », « Name Zuwendungsempfänger »: a name word, then one word naming
    another field of the record (the recipient): that field, not the record's own name or title."""
    for key in keys:
        first, _, rest = key.partition(" ")
        if first in NAME_WORDS and rest and " " not in rest:
            found = _scored([rest], kind, ())
            if found and found[0][1] not in OWN_NAMES and found[0][0] >= 40:
                return found[0][1]
    return None


def _scored(keys: list[str], kind: str, tail: tuple[str, ...]) -> tuple[tuple[float, str], ...]:
    thing = kind == "contact" and names_a_thing(keys)
    best: dict[str, float] = {}
    index = _INDEX[kind]
    for key, penalty in [(k, 0.0) for k in keys] + [(end, TAIL_PENALTY) for end in tail]:
        for field, score in index.scores(key, penalty).items():
            if score > best.get(field, 0.0):
                best[field] = score
    result = [(score, field) for field, score in best.items()
              if not (thing and field in PERSON_NAME_FIELDS)]  # « Session Name »: a thing's name, not a person's
    result.sort(reverse=True)
    return tuple(result)


def names_a_thing(keys: list[str]) -> bool:
    """A heading whose words say it names a thing (« Session Name »), never a person."""
    return any(set(k.split()) & THING_WORDS for k in keys)


def assign(headers: list, kind: str, natures: dict[int, str] | None = None) -> dict[int, str]:
    """Column index -> field, each field used once (except MULTI fields), best matches first.

    ``natures`` (column index -> what its values are, see ``column_nature``) keeps a field from a
    column of another nature: a date column never fills a job title, a code never a name."""
    candidates = []
    for index, header in enumerate(headers):
        if header is None or str(header).strip() == "":
            continue
        nature = (natures or {}).get(index)
        code = is_code_header(header)
        words = set(name_key(str(header)).split())
        label = bool(LABEL_WORDS & words)
        typed = bool(words & TYPE_WORDS) and len(words) > 1   # « Organization 1 - Type »: what kind of it
        for score, field in field_scores(header, kind):
            if code and (field in TEXT_FIELDS or field in DATE_LIKE):
                continue   # an id is neither a name nor a date
            if field == "civility" and nature not in (None, "civility", "mixed") and \
                    name_key(str(header)) in ("titre", "title"):
                continue  # "Titre" holding "M." / "Mme" is a civility, holding "Directrice" a job title
            if (field == "civility" and nature != "civility" and score < 95) or (field == "job_title" and score < 75):
                continue  # « talk title », « Title of talk »: a title qualified by another word is a person's neither
            if label and field in ("email", "emails", "phone", "mobile"):
                continue  # "E-mail 1 - Label", "Phone 1 - Type": the kind of address, not the address
            if typed and score < 95 and field not in KIND_FIELDS:
                continue  # "Organization 1 - Type": the kind of organisation, not its name
            if (nature and not compatible(kind, field, nature)) or (field == "title" and nature == "person" and words <= NAME_WORDS):
                continue   # « Name » over « Fernando Pimentel »: people, not the title of what happens or is signed
            candidates.append((score, -index, index, field))
    candidates.sort(reverse=True)
    taken: dict[int, str] = {}
    used: set[str] = set()
    for score, _neg, index, field in candidates:
        if index in taken or (field in used and ((kind, field) not in MULTI or (field == "speakers" and score < 95))):
            continue   # a second column of speakers only when it says so plainly (« Presenter2 »)
        taken[index] = field
        used.add(field)
    _by_values(headers, kind, natures or {}, taken, used)
    fields = set(taken.values())
    if kind == "contact" and "full_name" in fields and ("first_name" in fields or "last_name" in fields):
        # "Nom" next to "Prénom" is the surname, not the full name
        for index, field in list(taken.items()):
            if field == "full_name" and "last_name" not in fields:
                taken[index] = "last_name"
            elif field == "full_name":
                del taken[index]
    if kind == "contact" and "last_name" in fields and "first_name" not in fields and "full_name" not in fields:
        for index, field in taken.items():
            if field == "last_name":
                taken[index] = "full_name"
    for record, name, namer in (("partner", "name", "city"), ("event", "title", "kind"), ("event", "title", "summary"),
                                 ("session", "title", "event")):
        if kind == record and name not in taken.values() and namer in taken.values():
            # no column names the record: its city names a partner, its type an event ("EuroBioC"),
            # else what it is about (an agenda: a day and a text; a long text gives a short title)
            for index, field in taken.items():
                if field == namer:
                    taken[index] = name
                    break
    return taken


def _by_values(headers: list, kind: str, natures: dict[int, str], taken: dict[int, str], used: set[str]) -> None:
    """Columns that no heading names take the field their values say (e-mails, phones, web
    addresses, countries, people's names), when that field is still free."""
    from db.interchange.imports.evidence import BY_VALUES

    wanted = BY_VALUES.get(kind, {})
    for index, nature in sorted(natures.items()):
        field = wanted.get(nature)
        if field is None or index in taken or index >= len(headers) or field == "extra":
            continue
        header = headers[index]
        if header is not None and (is_code_header(header) or field_scores(header, kind)):
            continue   # a heading that names something else: the user's file has the last word
            #            (unless its values say it cannot be: e-mails under « gemeente.contact.emailadres »)
        if header is not None and field in PERSON_NAME_FIELDS and names_a_thing(header_keys(str(header))):
            continue   # « Session Name » over « Poster A »: not people
        if field in used and (kind, field) not in MULTI:
            continue
        taken[index] = field
        used.add(field)


def kind_score(headers: list, kind: str, natures: dict[int, str] | None = None) -> tuple[float, float]:
    """(number of recognised columns, total score) of a header row read as this kind."""
    mapping = assign(headers, kind, natures)
    total = 0.0
    count = 0.0
    for index in mapping:
        scores = field_scores(headers[index], kind) if headers[index] is not None else ()
        total += scores[0][0] if scores else 0
        count += 1.0 if scores else 0.5   # a column its values name is half the evidence of a heading
    if kind in ("partner", "contact"):
        count -= 0.5 * sum(1 for i, h in enumerate(headers) if i not in mapping and h is not None and (
            any(f == "title" and sc >= 95 for sc, f in field_scores(h, "event"))
            or any(f == "budget" and sc >= 90 for sc, f in field_scores(h, "agreement"))))
        # « Titel » or « Toegekend (EUR) » left unread: rows with a title or a sum granted are things that
        # happen or are signed, not organisations or people
    if kind == "partner":
        named = next((i for i, f in mapping.items() if f == "name"), None)
        if named is not None and headers[named] is not None and not any(
                f == "name" for _s, f in field_scores(headers[named], kind)):
            count -= 0.5   # no heading names the partners, a place column does (« Ort »): half the evidence
    required = REQUIRED[kind]
    if not any(f in mapping.values() for f in required):
        return 0, 0.0
    if kind == "budget" and not is_budget_table(headers, mapping):
        return 0, 0.0
    if kind == "budget" and not {"agreement", "event"} & set(mapping.values()):
        if not money_of_partners(headers, mapping):
            return 0, 0.0   # a partner column beside other things: a list of partners or agreements
        count += 1.5   # « Partenaire », « Pays », « 2024 », « 2025 »: the partners' money, not a list of partners
        #                (the year columns outweigh the partner name and country a list of partners reads too)
    return count, total


def sheet_hint(sheet_name: str) -> str | None:
    key = name_key(sheet_name)
    if not key:
        return None
    words = key.split()
    for kind, hints in SHEET_HINTS.items():
        for hint in hints:
            if key == hint or key.startswith(hint + " ") or (len(hint) > 4 and hint in words):
                return kind
    return "agreement" if says_grants([sheet_name]) else None   # « Zuwendungen 2013 », « damme_subsidies »


PUBLIC_ID_HEADERS = set(folded(data()["words"]["public_id_headers"]))
COMPUTED_HEADERS = [set(folded(data()["words"][f"computed_headers_{language}"])) for language in ("fr", "en")]
# Sheets of kinds the import does not take: never guessed as another kind (none today).
# the export's « Budget par année » sheet (db/interchange/budget_sheet.py): its lines travel with the JSON
# export; imported again, the workbook creates nothing from it
UNSUPPORTED_SHEETS: set[str] = {"budget par annee", "budget by year"}


def is_public_id_header(header) -> bool:
    """A column that may hold the records' public ids (the "Identifiant" column of our exports)."""
    return name_key(str(header or "")) in PUBLIC_ID_HEADERS


def computed_headers(headers) -> set[str]:
    """The headings (as ``name_key``) of the columns our own export computes (« Situation », « Fin en
    vigueur »), read as nothing: both of a pair beside our « Identifiant » column, else none."""
    keys = {name_key(str(h or "")) for h in headers}
    if not keys & PUBLIC_ID_HEADERS:
        return set()
    return set().union(*(pair for pair in COMPUTED_HEADERS if pair <= keys))


def is_unsupported_sheet(sheet_name: str) -> bool:
    return name_key(sheet_name or "") in UNSUPPORTED_SHEETS


def is_row_number_header(header) -> bool:
    return name_key(str(header or "")) in ROW_NUMBER_HEADERS


# --- the nature of a column's values, and which fields accept which nature -----------------------

CODE_WORDS = set(folded(data()["words"]["code_words"]))
# fields that hold names or words: never a date, a code, a number or an e-mail
TEXT_FIELDS = {"name", "city", "referent", "title", "first_name", "last_name", "full_name", "job_title",
               "organisation", "place", "moderator", "speakers", "rapporteur", "owner", "partners", "partner",
               "contact", "organisers", "signed_at", "civility", "kind", "status", "signatories", "funders",
               "event", "room", "domains", "languages", "source", "purpose", "agreement"}
DATE_LIKE = {"partner_since", "signed_on", "starts_on", "ends_on", "due_on", "date", "completed_on",
             "last_contact_on", "occurred_on"}


LABEL_WORDS = set(folded(data()["words"]["label_words"]))
TYPE_WORDS = {"type", "kind", "label"}
KIND_FIELDS = {"kind", "civility", "category", "status"}
CIVILITIES = set(folded(data()["words"]["civilities"]))


def is_code_header(header) -> bool:
    """"Code commune", "Réf.", "N° SIRET", "ID": a column of identifiers, never a name or a city."""
    words = name_key(str(header or "")).split()
    return bool(words) and (words[0] in CODE_WORDS or (len(words) <= 3 and words[-1] in CODE_WORDS))


COUNTRY_FIELDS = {"country", "partner_country"}
PERSON_NAME_FIELDS = {"first_name", "last_name", "full_name", "civility"}
PROSE_FIELDS = {"notes", "details", "description", "summary", "minutes", "takeaways", "note", "purpose"}
# fields whose value is a short name: never a long text
SHORT_FIELDS = {"name", "city", "first_name", "last_name", "full_name", "civility", "kind", "status", "country",
                "partner_country", "place", "room", "owner", "moderator", "referent", "rapporteur", "contact",
                "signed_at", "languages"}


def compatible(kind: str, field: str, nature: str) -> bool:
    """Whether a column whose values are of this nature may fill this field: ids are not dates,
    countries are not partner names, a biography is not a name, an address is not a phone."""
    if nature == "long_text":
        return field not in SHORT_FIELDS and field not in DATE_LIKE and field not in (
            "email", "emails", "phone", "mobile", "website")
    if nature == "country":
        return field in COUNTRY_FIELDS or field in PROSE_FIELDS or field in ("place", "signed_at", "nationality")
    if field in COUNTRY_FIELDS:
        return nature in ("country", "mixed", "text", "code")
    if nature == "url":
        return field in ("website",) or field in PROSE_FIELDS
    if field == "website":
        return nature in ("url", "mixed", "text")
    if field == "civility":
        return nature in ("civility", "mixed", "text")
    if nature == "organisation" and field in PERSON_NAME_FIELDS:
        return False   # a university is nobody's first name
    if field == "leader":   # a mayor, a president: people's names, nothing else
        return nature in ("person", "text", "mixed")
    if nature == "person" and kind == "partner" and field in ("name", "city"):
        return False   # « M. Christian JOUVE » is a person, not a partner (a city or an institution)
    if nature == "constant" and field in (*PERSON_NAME_FIELDS, "name"):
        return False   # one value on every row names no one
    if field == "address":   # « Adresse de messagerie » over e-mails is no postal address
        return nature not in ("email", "phone", "url", "date", "year", "person")
    if field == "room":   # « A1 », « B-204 », « 12 »: rooms are often numbered
        return nature not in ("date", "email", "phone", "civility", "bool", "person", "year", "url")
    if field in TEXT_FIELDS:
        if nature == "bool":
            return field in ("status", "kind")
        return nature not in ("date", "number", "code", "email", "phone", "civility", "year")
    if field in DATE_LIKE or field in ("start_time", "end_time"):   # « 2001 » is a year, no time of day
        return nature not in ("email", "phone", "code", "bool", "person") and (field in DATE_LIKE or nature != "year")
    if field in ("email", "emails"):
        return nature in ("email", "mixed")
    if field in ("phone", "mobile"):
        return nature not in ("date", "email", "civility", "person", "bool", "year")
    if field == "participants":   # names of people, not how many they were
        return nature not in ("date", "number", "code", "email", "phone", "year")
    if field == "attendance":      # how many, not who
        return nature not in ("email", "date", "text", "person", "year", "country", "organisation")
    if field in AMOUNT_FIELDS:   # 2 000 € may look like a year
        return nature not in ("email", "date", "person", "country", "phone")
    if field in ("budget", "cost", "notice_months", "duration_years", "cofinancing_rate"):
        return nature not in ("email", "date", "person", "year", "country")
    return True


# --- what says "people": a first-name column, civility, birth date, sex, elected officials, attendees

PERSON_EVIDENCE = {k: tuple(folded(v)) for k, v in data()["person_evidence"].items()}


def person_evidence(headers: list) -> set[str]:
    """Which kinds of evidence that the rows are people the headers give."""
    found = set()
    for header in headers:
        words = name_key(str(header or "")).split()
        if not words:
            continue
        for what, cues in PERSON_EVIDENCE.items():
            if any(cue in words if " " not in cue else cue in " ".join(words) for cue in cues):
                found.add(what)
    return found


# --- relation lists: one row per relation between a city and its twin / partner ------------------

RELATION = {k: folded(v) for k, v in data()["relation"].items() if k in ("ours", "twin", "country", "since")}
TWIN_COUNTRY_WORDS = set(folded(data()["relation"]["twin_country_words"]))
PARTNERSHIP_WORDS = set(folded(data()["relation"]["partnership_words"]))
_RELATION_INDEX = PhraseIndex({**RELATION, "partner_country": VOCABULARY["partner"]["country"]})


NOT_PLACES = ("date", "number", "code", "email", "phone", "civility", "country", "person", "long_text", "url",
              "year", "bool")


def _best(header, words: str) -> float:
    """The best score of ``header`` against the relation list's ``words`` (« ours », « country »…)."""
    return max((_RELATION_INDEX.scores(key).get(words, 0.0) for key in header_keys(str(header))), default=0.0)


def relation_columns(headers: list, natures: dict[int, str] | None = None,
                     countries: int = 2) -> dict[int, tuple[str, int]] | None:
    """Column index -> (target, side) of a relation list, or None when the headers are not one. Sides:
    0 the row's own city, 1 its twin. Targets: "partners", "partner_country" (a side's name and country),
    "signed_on", and a register's other columns (type, status, end…) as the agreement's (side 0)."""
    ours = twin = None
    scores: list[tuple[float, int, str]] = []
    for index, header in enumerate(headers):
        if not header or is_code_header(header):
            continue
        nature = (natures or {}).get(index)
        if nature and nature in NOT_PLACES:
            continue
        for side in ("twin", "ours"):
            score = _best(header, side)
            if score >= 50:
                scores.append((score, index, side))
    scores.sort(key=lambda s: (-s[0], s[1]))
    twin_score = 0.0
    for score, index, side in scores:
        if side == "twin" and twin is None and index != ours:
            twin, twin_score = index, score
    for score, index, side in scores:
        # a place column of its own ("Ville", "Commune") or, beside a column that says "twin" plainly,
        # any heading with a place word ("US City", "Gemeinde Bayern")
        if side == "ours" and ours is None and index != twin and (score >= 80 or (score >= 50 and twin_score >= 80)):
            ours = index
    if ours is None or twin is None:
        places = [i for i, n in sorted((natures or {}).items()) if n == "place" and i < len(headers)
                  and not (headers[i] and is_code_header(headers[i]))]
        enough = list((natures or {}).values()).count("country") >= countries   # (one, when the user said agreements)
        pair = side_pair(headers, natures or {}, is_code_header) if enough and len(places) < 2 else None
        if not enough or (len(places) < 2 and pair is None):
            return None
        # the structure says it: two place columns and their countries, or one heading written for each side
        ours, twin = pair or (places[0], places[1])
    result: dict[int, tuple[str, int]] = {ours: ("partners", 0), twin: ("partners", 1)}
    countries = [i for i, h in enumerate(headers) if i not in result and (
        (natures or {}).get(i) == "country" or (h and (
            (_best(h, "partner_country") >= 50 or _best(h, "country") >= 55)
            and (natures or {}).get(i) in (None, "country", "text", "mixed", "code"))))]
    for index in countries:
        words = set(name_key(H.CAMEL.sub(" ", str(headers[index] or ""))).split())
        if words & TWIN_COUNTRY_WORDS:
            side = 1
        else:
            left = [i for i in (ours, twin) if i < index]
            side = (1 if max(left) == twin else 0) if left else (0 if ours < twin else 1)
        if not any(t == ("partner_country", side) for t in result.values()):
            result[index] = ("partner_country", side)
    since = since_column(headers, natures, result)
    if since is not None:
        result[since] = ("signed_on", 0)
    used = {target for target, _side in result.values()}
    for index, target in assign(headers, "agreement", natures).items():
        if index not in result and target not in used and target not in ("partners", "partner_country"):
            result[index] = (target, 0)
            used.add(target)
    return result


def since_column(headers: list, natures: dict[int, str] | None, taken) -> int | None:
    """The column of a relation's date or year (« Year », « Date du jumelage »), not among ``taken``."""
    for index, header in enumerate(headers):
        nature = (natures or {}).get(index)
        if header and index not in taken and _best(header, "since") >= 75 \
                and (nature is None or compatible("agreement", "signed_on", nature)):
            return index
    return None


def relation_kind(headers: list, columns: dict[int, tuple[str, int]]) -> str:
    """twinning, unless the partner side is worded as a partnership ("ville partenaire")."""
    twin = next(i for i, t in columns.items() if t == ("partners", 1))
    words = set(name_key(headers[twin]).split())
    return "partnership" if words & PARTNERSHIP_WORDS else "twinning"

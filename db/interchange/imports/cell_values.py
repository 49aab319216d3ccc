"""A cell's value as the import reads it: shown as the office would write it, e-mails and phones
put in their stored form, closed vocabularies matched, partners named in one cell told apart,
times split and statuses written as yes/no read."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from pydantic_core import PydanticCustomError

from db.interchange.imports.evidence import is_person
from db.interchange.imports.readers import Uncached
from db.interchange.imports.vocabulary import field_scores
from db.schemas import vocab
from db.schemas.fields import normalise_phone, split_list
from db.text import name_key

_NAMED_ADDRESS = re.compile(r"<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>")
_PLAIN_EMAIL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_+-]|\.(?!\.))*(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$")
_SPECIAL_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test", "internal", "alt"}
# French national numbers: 0 + 9 digits, grouped by pairs with spaces, dots or nothing
_FR_NATIONAL = re.compile(r"^0[1-9](?:[ .]?\d\d){4}$")
_NOT_DIGIT = re.compile(r"\D")
_PHONE_LAYOUT = re.compile(r"[\d\s+().\-/]+")
_PARENTHESES_AT_END = re.compile(r"(?P<name>.*\S)\s*\((?P<inside>[^()]+)\)\s*$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME_LISTS = re.compile(r"\s*(?:;|\n|/|<br\s*/?>)\s*", re.IGNORECASE)   # web exports write <br> for a line break
LEGAL_FORMS = {"inc", "ltd", "llc", "llp", "gmbh", "sa", "sarl", "sas", "ag", "bv", "nv", "e v", "ev", "plc", "co",
               "corp", "srl", "spa", "sl", "ong", "asbl", "jr", "sr", "the"}


def shown(value: Any) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "oui" if value else "non"  # an Excel boolean, as the office would say it
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != dt.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Uncached):
        return "=" + str(value)
    return str(value)


def _vocab_value(v: vocab.Vocabulary, value: Any) -> str | None:
    """A closed-vocabulary code from free text: whole text, then its parts, then its leading words."""
    if isinstance(value, bool):
        value = "oui" if value else "non"
    table = v.all_synonyms()
    key = name_key(str(value)).replace(" ", "_")
    if key in v.codes or key in table:
        return table.get(key, key)
    for part in re.split(r"[/;,()+]|\bet\b|\bou\b", str(value)):
        k = name_key(part).replace(" ", "_")
        if k and (k in v.codes or k in table):
            return table.get(k, k)
    words = key.split("_")
    for n in range(len(words) - 1, 0, -1):
        k = "_".join(words[:n])
        if k in table or k in v.codes:
            return table.get(k, k)
    return None


def plain_email(text: str) -> str | None:
    """The address as ``normalise_email`` gives it when it is plain ASCII (lower-cased), else None."""
    if _PLAIN_EMAIL.match(text) and text.rsplit(".", 1)[-1].lower() not in _SPECIAL_TLDS:
        return text.lower()
    return None


def french_national(text: str) -> str | None:
    """A French national number ("04 65 12 34 56") in E.164, else None."""
    return "+33" + _NOT_DIGIT.sub("", text)[1:] if _FR_NATIONAL.match(text) else None


def _email_items(value: Any) -> list[str]:
    """Addresses of one cell: split on ; and line breaks, on commas and « / » only when every part has an @."""
    text = shown(value).strip()
    if text.lower().startswith("mailto:"):
        return [text]
    parts = [p.strip() for p in re.split(r"[;\n\r]+", text) if p.strip()]
    result = []
    for part in parts:
        named = _NAMED_ADDRESS.findall(part)  # "Claire Vasseur <claire.vasseur@example.fr>"
        if named:
            result.extend(named)
            continue
        pieces = [p.strip() for p in re.split(r",|\s/\s", part) if p.strip()]   # « a@x.uk / b@y.com »
        result.extend(pieces if len(pieces) > 1 and all("@" in p for p in pieces) else [part])
    return result


def _phone(value: Any, region: str | None, local: str | None = None) -> str | None:
    """E.164 number; a number without country code is of the list's country (``local``: the sheet's
    numbers are written for it) when it is a valid number there (« (030)2860000 » in a directory of
    Dutch towns, though it would fit France too), else French, else tried in the row's country."""
    import phonenumbers

    if isinstance(value, float) and value.is_integer():
        value = int(value)   # a number cell: 7881298532.0 is 7881298532
    if local and local != "FR":
        try:
            number = phonenumbers.parse(str(value), local)
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            pass
    try:
        return normalise_phone(value)
    except PydanticCustomError:
        if not region or region == "FR":
            raise
        try:
            number = phonenumbers.parse(str(value), region)
        except phonenumbers.NumberParseException:
            raise PydanticCustomError("phone_invalid", "phone_invalid: {value}", {"value": str(value)}) from None
        if not phonenumbers.is_possible_number(number):
            raise PydanticCustomError("phone_invalid", "phone_invalid: {value}", {"value": str(value)}) from None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


TITLE_LIMIT = 300   # the longest name or title a record takes (schemas.fields.Name)
LONG_HOME = {"partner": "description", "agreement": "summary", "event": "summary", "session": "minutes",
             "followup": "details", "interaction": "note"}   # where a text too long for a title is kept whole


def short_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """A title for a text too long to be one (a description mapped as the title): its first line,
    else its first sentence, else its first words, with « … »."""
    text = text.strip()
    for piece in (text.splitlines()[0], re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]):
        piece = " ".join(piece.split())
        if 0 < len(piece) <= limit:
            return piece
    cut = " ".join(text.split())[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"


def _in_parentheses(name: str, country) -> tuple[str, tuple[str, str | None] | None, str | None] | None:
    """(name, (country code, nation), year) of a relation's name that gives its country or year in
    parentheses ("Essen (Allemagne)", "Oxford (Angleterre, 1951)", "Kobe (1957)"); None when the
    parentheses say anything else ("Frankfurt (Oder)": a part of the name). ``country``: the
    converter's reading of a country cell, ``value -> (code, nation)``."""
    found = _PARENTHESES_AT_END.match(name)
    if found is None:
        return None
    code = year = None
    for part in re.split(r"[,;]", found["inside"]):
        part = part.strip()
        if _YEAR.fullmatch(part) and year is None:
            year = part
        elif part and code is None and (got := country(part))[0] is not None:
            code = got
        else:
            return None
    return found["name"], code, year


_FIRM_LISTS = re.compile(r"\s*(?:;|\n|<br\s*/?>)\s*", re.IGNORECASE)


def split_names(value) -> list[str]:
    """Partners named in one cell: split on ";" and line breaks; on "," or "/" only when every
    piece is a place of its own ("Lyon, Busan", "Kyoto / Busan"): organisations write commas and
    slashes inside their names ("Wisconsin Academy of Sciences, Arts & Letters", "Project
    Vote/Voting for America", "Mother Jones, Inc.")."""
    if value is None:
        return []
    pieces: list[str] = []
    for chunk in _FIRM_LISTS.split(shown(value)):
        parts = [p.strip() for p in re.split(r"\s*[,/]\s*", chunk)]
        if len(parts) > 1 and all(len(p) > 2 and p[:1].isupper() and name_key(p) not in LEGAL_FORMS and _place(p)
                                  for p in parts):
            pieces.extend(parts)
        else:
            pieces.append(chunk)
    return split_list(pieces, 300)


def _place(text: str) -> bool:
    from db.cities import is_city
    from db.interchange.imports.evidence import is_country

    return is_country(text) or (is_city(text) and not is_person(text))


_AND = re.compile(r"\s+(?:and|et|und|y|e|en|i|&)\s+", re.IGNORECASE)


def _conjoined(text: str) -> list[str]:
    """« Guang-Qi Wang and Farn Wang »: two people when each side is one, else the text as written."""
    parts = _AND.split(text)
    return parts if len(parts) > 1 and all(is_person(p.strip()) for p in parts) else [text]


def split_people(value) -> list[str]:
    """People named in one cell (a session's speakers): split on ";", "/" and line breaks; on ","
    only between people ("Anne Martin, Jean Dupont"); a person followed by an organisation
    ("Rebecca Strauch, Universität Konstanz") stays one, written "Rebecca Strauch (Universität
    Konstanz)" so that the contact gets both; "Martin, Anne" stays one person."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return split_list(list(value), 300)
    pieces: list[str] = []
    for chunk in _NAME_LISTS.split(shown(value)):
        parts = [q for p in chunk.split(",") if p.strip() for q in _conjoined(p.strip())]
        if len(parts) < 2:
            pieces.append(chunk)
            continue
        people = [is_person(p) for p in parts]
        if all(people):
            pieces.extend(parts)
        elif people[0] and not any(people[1:]):
            pieces.append(f"{parts[0]} ({', '.join(parts[1:])})")
        elif is_person(chunk):
            pieces.append(chunk)
        else:
            pieces.extend(parts)
    return split_list(pieces, 300)


_NUMBER_AT_END = re.compile(r"(\d+)\s*$")


def numbered_speakers(items: list, extra: dict[str, str]) -> list[str]:
    """Every speaker of numbered groups of columns (Presenter1, Company1, Presenter2, Company2…), in
    order, each with the organisation of its own group when one is written (« Josh Long (Pivotal) »:
    the contact gets both). ``items``: (column, value) of the speakers' columns; ``extra``: the
    row's other columns by heading."""
    companies: dict[str, str] = {}
    for header, value in extra.items():   # « Company1 »: a contact's organisation, as the vocabulary says
        number = _NUMBER_AT_END.search(header)
        scores = field_scores(header[: number.start()], "contact") if number and value else ()
        if scores and scores[0][1] == "organisation" and scores[0][0] >= 90:
            companies[number[1]] = value
    people = []
    for column, value in items:
        found = split_people(shown(value))
        number = _NUMBER_AT_END.search(column.header)
        company = companies.get(number[1]) if number and len(found) == 1 else None
        people += [f"{found[0]} ({company})"] if company and "(" not in found[0] else found
    return people


_ROOM_CODE = re.compile(r"[A-Z]{0,4}[- ]?\d{1,4}(?:[-./]\d{1,3})?[A-Za-z]?")


def room_line(text: str, header: str, extra: dict[str, str]) -> str:
    """The room of a cell that holds several lines (a schedule scraped from a website: the seats left,
    « RB105 », the track): the one line written as a room code; the whole cell is kept with the
    other columns (``extra``, under its heading). The cell as written when no line, or several, is one."""
    codes = [line.strip() for line in text.splitlines() if _ROOM_CODE.fullmatch(line.strip())]
    if len(codes) != 1:
        return text
    extra[header] = text.strip()
    return codes[0]


def person_of(text: str) -> tuple[str, str | None]:
    """A person as a cell names them: "Rebecca Strauch (Universität Konstanz)" or "Rebecca Strauch,
    Universität Konstanz" -> ("Rebecca Strauch", "Universität Konstanz"); otherwise (text, None)."""
    text = text.strip()
    bracketed = _PARENTHESES_AT_END.match(text)
    if bracketed and is_person(bracketed["name"]) and not is_person(bracketed["inside"]):
        return bracketed["name"].strip(), bracketed["inside"].strip()
    head, _, rest = text.partition(",")
    if rest.strip() and not is_person(text) and is_person(head.strip()) and not is_person(rest.strip()):
        return head.strip(), rest.strip()
    return text, None


def session_people(data: dict, extra: dict, header_of) -> None:
    """A session's speakers as people (``split_people``); a moderator or rapporteur cell naming
    several people gives the first, the whole cell kept with the other columns (``header_of``:
    the heading of a field's column)."""
    speakers = data.get("speakers")
    if speakers is not None and not isinstance(speakers, list):
        data["speakers"] = split_people(speakers)
    for name in ("moderator", "rapporteur"):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        people = split_people(value)
        if len(people) > 1:
            extra.setdefault(header_of(name), value)
        if people:
            data[name] = people[0]


def kind_in_title(v: vocab.Vocabulary, title: Any) -> str | None:
    """A type its title names (« Mother Jones Grant 2006 », « Charte de jumelage Cannes – Busan »):
    the longest words of the vocabulary found in it, a specific type before the general « partnership »."""
    words = name_key(str(title or "")).split()
    table = v.all_synonyms()
    found = []
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            key = "_".join(words[i:i + n])
            if key in v.codes or key in table:
                found.append(table.get(key, key))
        if found:
            break
    specific = [k for k in found if k != "partnership"]
    return (specific or found or [None])[0]


def _status_flag(kind: str, header: str, value: Any) -> str | None:
    """A status written as yes/no under a heading that says which ("Clos" ✓, "En vigueur" non),
    or None. Agreements: in force or expired; follow-ups: done or open."""
    from db.schemas.fields import flag_sense, normalise_bool

    sense = flag_sense(header)
    if sense not in ("active", "done"):
        return None
    try:
        flag = normalise_bool(value, sense)
    except PydanticCustomError:
        return None
    if flag is None:
        return None
    ongoing = flag if sense == "active" else not flag
    if kind == "agreement":
        return "active" if ongoing else "expired"
    if kind == "followup":
        return "open" if ongoing else "done"
    return None


def _person(text: str) -> str:
    return text.title() if text.isupper() and len(text) > 1 else text


_DATED_TIME = re.compile(r"^\s*(\S*\d[^\s:]*)[\sT]+(\d{1,2}[:h.]\d{2}.*)$")


def dated_time(value: Any, converted: Any) -> tuple[Any, Any]:
    """(day, time) of a time cell that also gives the day (« 4/5/16 14:30 », « 2016-04-05T14:30 », an
    Excel date and time); (None, converted) for a plain time."""
    if isinstance(value, dt.datetime):
        return value.date(), value.time().strftime("%H:%M")
    if isinstance(value, str) and (m := _DATED_TIME.match(value)):
        from db.partial_date import PartialDateError, parse_partial_date

        try:
            if parse_partial_date(m[1]) is not None:
                return m[1], m[2].strip()
        except PartialDateError:
            pass
    return None, converted


def _split_time(value: Any) -> tuple[Any, Any]:
    if isinstance(value, dt.time | dt.datetime | float):
        return value, None
    text = unicodedata.normalize("NFKC", str(value)).strip()   # « 10：00 ~ 10：30 », full-width as typed in Asia
    parts = re.split(r"\s*(?:-|–|—|~|à|to)\s*", text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


KEPT_IN = {"session": "minutes", "interaction": "note"}   # kinds without extra attributes: where the other columns go


def _kept_lines(text, extra: dict) -> str:
    """A text field followed by the file's other columns, one "Heading : value" line each."""
    lines = [f"{header} : {value}" for header, value in extra.items() if value not in (None, "")]
    head = str(text).rstrip() if text else ""
    return "\n".join([head, *lines] if head else lines)


PLACEHOLDERS = frozenset({"none", "null", "nil", "undefined", "nan", "n/a", "n.a.", "na", "-", "--", "—", "–", "?"})
CODE_TARGETS = ("country", "partner_country", "languages", "nationality")   # « NA » is Namibia there
NAME_TARGETS = ("first_name", "last_name", "full_name", "name", "speakers", "participants", "moderator")


NO_DATES = frozenset({"0", "00", "0000", "00/00/0000", "00.00.0000", "0000-00-00"})   # « 0 » for a year unknown
DATE_TARGETS = ("signed_on", "starts_on", "ends_on", "partner_since", "date", "due_on", "occurred_on",
                "completed_on")
PLACEHOLDER_INITIALS = frozenset(c for w in PLACEHOLDERS | NO_DATES for c in (w[0], w[0].upper()))


def is_placeholder(value: str, target: str) -> bool:
    """A word a tool or a person writes for « nothing here » (« None », « N/A », « undefined », « - »)."""
    if value[:1] not in PLACEHOLDER_INITIALS and value.lstrip()[:1] not in PLACEHOLDER_INITIALS:
        return False
    key = value.strip().casefold()
    if key in NO_DATES:
        return target in DATE_TARGETS
    if key in ("na", "nan", "nil") and (target in CODE_TARGETS or target in NAME_TARGETS):
        return False   # « Nan », « Na », « Nil »: people's names too; « NA »: Namibia
    return key in PLACEHOLDERS

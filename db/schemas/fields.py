"""Annotated field types shared by every input schema: they normalise or reject with a typed error.

Each rejection is a ``PydanticCustomError`` whose ``type`` names the problem
(``email_invalid``, ``date_invalid``…) so forms, import and CLI can word it in the user's language
(see ``db.schemas.messages``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer
from pydantic_core import PydanticCustomError

from db.partial_date import PartialDate, PartialDateError, parse_partial_date, split_qualifier
from db.text import nfc

DEFAULT_REGION = "FR"


def _error(kind: str, value: object, **context: Any) -> PydanticCustomError:
    shown = str(value)
    if len(shown) > 80:
        shown = shown[:77] + "…"
    return PydanticCustomError(kind, "{kind}: {value}", {"kind": kind, "value": shown, **context})


def clean_text(value: object, max_length: int) -> str | None:
    """Trimmed NFC text; None when blank. Inner line breaks are kept as typed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return None
    if len(text) > max_length:
        raise _error("too_long", text, max_length=max_length)
    return text


def _text(max_length: int):
    def clean(value: object) -> str | None:
        return clean_text(value, max_length)

    clean.max_length = max_length  # a text field: what fast validation of big imports looks for
    return BeforeValidator(clean)


MAX_TEXT_LENGTH = 20_000
"""The longest text any field holds (``LongText``); an ``extra`` value obeys the same limit."""
EXTRA_MAX_LENGTH = MAX_TEXT_LENGTH

ShortText = Annotated[str | None, _text(200)]
Name = Annotated[str | None, _text(300)]
LongText = Annotated[str | None, _text(MAX_TEXT_LENGTH)]


def normalise_email(value: object) -> str | None:
    text = clean_text(value, 320)
    if text is None:
        return None
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0].strip()
    from email_validator import EmailNotValidError, validate_email  # deferred: start-up time

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise _error("email_invalid", text) from exc
    return result.normalized.lower()


def normalise_phone(value: object) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        value = str(value)
        if len(value) == 9:  # a French number whose leading 0 was eaten by a number cell
            value = "0" + value
    text = clean_text(value, 60)
    if text is None:
        return None
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = re.sub(r"\(0\)", "", text)
    import phonenumbers  # deferred: start-up time

    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise _error("phone_invalid", text) from exc
    if not phonenumbers.is_possible_number(number):
        digits = re.sub(r"[\s.\-]", "", text)
        if not (digits.isdigit() and 11 <= len(digits) <= 15 and digits[0] != "0"):
            raise _error("phone_invalid", text)
        # an international number written without its "+" (WhatsApp lists: "21672295169")
        try:
            number = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException as exc:
            raise _error("phone_invalid", text) from exc
        if not phonenumbers.is_valid_number(number):
            raise _error("phone_invalid", text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def participant_lines(text: str) -> list[dict]:
    """Attendance-list text, one person per line, the organisation after " — ", " - ", ";" or a tab:
    "Ji-woo Park — Ville de Busan" -> {"name": "Ji-woo Park", "organisation": "Ville de Busan"}."""
    people = []
    for line in text.splitlines():
        parts = [p.strip() for p in re.split(r"\s+[—–-]\s+|;|\t", line, maxsplit=1)]
        if parts and parts[0]:
            people.append({"name": parts[0], "organisation": parts[1] if len(parts) > 1 and parts[1] else None})
    return people


_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<organisation>[^()]+)\)$")


def participant_items(text: str) -> list[dict]:
    """Participants as a sheet writes them: one per line, or on one line separated by ";"; the
    organisation after " — " / " - " / a tab, or in brackets ("Ji-woo Park (Ville de Busan)")."""
    lines = [line for line in str(text).splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part for part in lines[0].split(";") if part.strip()]
    people = []
    for line in lines:
        bracketed = _IN_BRACKETS.match(line.strip())
        if bracketed:
            people.append({"name": bracketed["name"].strip(), "organisation": bracketed["organisation"].strip()})
        else:
            people.extend(participant_lines(line))
    return people


def display_phone(number: str | None) -> str:
    """A stored E.164 number spaced for reading: French numbers nationally (04 93 06 40 00), others
    internationally (+82 51-555-0100); an unparsable number as stored."""
    if not number:
        return ""
    import phonenumbers  # deferred: start-up time

    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return number
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 33
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)


def normalise_country(value: object) -> str | None:
    from db.countries import country_code  # deferred: pycountry and Babel load at first use

    try:
        return country_code(None if value is None else str(value))
    except KeyError as exc:
        raise _error("country_unknown", value) from exc


def normalise_partial_date(value: object) -> PartialDate | None:
    try:
        return parse_partial_date(value)
    except PartialDateError as exc:
        raise _error("date_invalid", value) from exc


def normalise_date(value: object) -> dt.date | None:
    """A full date (day precision) — for completion and interaction dates.

    A qualified date ("vers le 22/05/2023", "avant le 1er mars 2024") is not a day: refused."""
    if isinstance(value, str) and split_qualifier(value)[0] is not None:
        raise _error("date_needs_day", value)
    parsed = normalise_partial_date(value)
    if parsed is None:
        return None
    if parsed.precision != "day":
        raise _error("date_needs_day", value)
    return parsed.as_date()


# Yes/no as offices write it, folded (case, accents): words, Excel booleans, ticks and crosses.
# A lone "x" is a tick in a cell; the crosses "✗", "✘" and the empty box "☐" say no.
_YES = {"oui", "o", "vrai", "x", "yes", "y", "true", "1", "ok", "si", "ja", "sim", "wahr", "verdadero", "vero",
        "verdadeiro", "✓", "✔", "☑", "☒", "✅", "+", "v"}
_NO = {"non", "n", "faux", "no", "false", "0", "-", "nein", "nao", "falsch", "falso", "✗", "✘", "☐", "❌", "×"}
# Status words: what they mean depends on the flag. "En cours" is *active* (True) for an "actif"
# column and *not done* (False) for a "fait" column; "Terminé" is the other way round.
SENSES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "active": (frozenset({"actif", "active", "actifs", "actives", "en cours", "ongoing", "in progress", "current",
                          "en vigueur", "in force", "valide", "valid", "ouvert", "open"}),
               frozenset({"inactif", "inactive", "termine", "terminee", "ended", "clos", "close", "closed",
                          "fini", "finie", "finished", "expire", "expiree", "expired", "en sommeil", "dormant",
                          "archive", "archived", "resilie", "ferme", "fermee"})),
    "done": (frozenset({"fait", "faite", "done", "termine", "terminee", "clos", "close", "closed", "realise",
                        "realisee", "fini", "finie", "finished", "acheve", "achevee", "complete", "completed",
                        "traite", "traitee", "ferme", "fermee"}),
             frozenset({"a faire", "to do", "todo", "en cours", "ongoing", "in progress", "en attente", "pending",
                        "ouvert", "ouverte", "open", "pas fait", "non fait", "not done", "non realise",
                        "a realiser", "en retard", "late", "overdue"})),
    "paid": (frozenset({"paye", "payee", "paid", "regle", "reglee", "verse", "versee", "acquitte", "acquittee",
                        "settled"}),
             frozenset({"non paye", "non payee", "impaye", "impayee", "unpaid", "not paid", "a payer", "a regler",
                        "non regle", "due", "outstanding"})),
}
# Without a sense, the words whose meaning never flips are read (actif, fait, payé…); the others
# ("en cours", "terminé", "clos", "ouvert"…) are refused: the caller says which flag it fills.
_FLIPPING = frozenset().union(*(yes & no2 for yes, _ in SENSES.values() for _, no2 in SENSES.values()))
_ANY_YES = frozenset().union(*(yes for yes, _ in SENSES.values())) - _FLIPPING
_ANY_NO = frozenset().union(*(no for _, no in SENSES.values())) - _FLIPPING
_SENSE_HEADINGS = (("paid", ("paye", "paid", "regle", "verse", "acquitte", "paiement", "payment")),
                   ("done", ("fait", "done", "termine", "realise", "acheve", "complete", "clos", "closed",
                             "finished", "traite")),
                   ("active", ("actif", "active", "en cours", "ongoing", "current", "vigueur", "in force", "statut",
                               "status", "etat")))


def flag_sense(heading: str | None) -> str | None:
    """The sense of a yes/no column from its heading: "paid", "done", "active" or None.

    "Payé ?" -> "paid"; "Fait", "Terminé", "Done" -> "done"; "Actif", "En cours", "Statut" -> "active"."""
    from db.text import fold

    text = fold(heading or "")
    words = " ".join(re.findall(r"[a-z0-9]+", text))
    for sense, stems in _SENSE_HEADINGS:
        if any(re.search(rf"\b{stem}", words) for stem in stems):
            return sense
    return None


def normalise_bool(value: object, sense: str | None = None) -> bool | None:
    """Yes/no as people write it; None if blank; ``bool_invalid`` otherwise.

    Accepts Excel booleans (True, "VRAI", "=TRUE()"), 1/0, oui/non, yes/no in six languages, ticks
    and crosses ("x", "✓", "✔", "☑" yes; "✗", "✘", "☐", "-" no), and status words. ``sense`` says
    which flag the value fills ("active", "done" or "paid", see ``SENSES``), since a status word
    reads differently for each: "en cours" is True for "active" but False for "done"; "terminé",
    "clos" the reverse. Without a sense, only the words that never flip are read ("actif",
    "inactif", "fait", "à faire", "payé", "non payé"…), and "en cours", "terminé", "clos",
    "ouvert" are refused rather than guessed.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise _error("bool_invalid", value)
    from db.text import fold

    raw = str(value).strip()
    text = fold(raw).strip("=()?!. ")
    if not text:
        if raw.strip("=()"):  # only punctuation: "?", "..."
            raise _error("bool_invalid", value)
        return None
    text = " ".join(re.findall(r"[^\W_]+", text)) or text
    if text in _YES:
        return True
    if text in _NO:
        return False
    if sense is not None:
        yes, no = SENSES[sense]
        if text in yes:
            return True
        if text in no:
            return False
    if text in _ANY_YES:
        return True
    if text in _ANY_NO:
        return False
    raise _error("bool_invalid", value)


_AMOUNT_NOISE = re.compile(r"[\s\u00a0\u202f€$£]|eur|euros?", re.IGNORECASE)


def parse_number(value: object) -> Decimal | None:
    """Numbers as French Excel shows them: "25 000,00 €", "0,25", "12.500,50", 1234.5."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise _error("number_invalid", value)
        return None
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = _AMOUNT_NOISE.sub("", str(value))
    if not text:
        return None
    percent = text.endswith("%")
    text = text.rstrip("%")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") > 1:
        text = text.replace(",", "")   # « 1,100,000 »: commas between thousands
    elif "," in text:
        text = text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise _error("number_invalid", value) from exc
    return number / 100 if percent else number


def normalise_amount(value: object) -> Decimal | None:
    number = parse_number(value)
    if number is None:
        return None
    if number < 0:
        raise _error("amount_negative", value)
    return number.quantize(Decimal("0.01"))


def normalise_rate(value: object) -> float | None:
    number = parse_number(value)
    if number is None:
        return None
    written_as_percent = isinstance(value, str) and value.strip().endswith("%")
    if number > 1 and not written_as_percent:  # "30" written for 30 %
        number = number / 100
    if not 0 <= number <= 1:
        raise _error("rate_invalid", value)
    return float(number)


def normalise_count(value: object) -> int | None:
    number = parse_number(value)
    if number is None:
        return None
    if number < 0 or number != number.to_integral_value():
        raise _error("count_invalid", value)
    return int(number)


def normalise_months(value: object) -> int | None:
    """A notice period in whole months: 3, « 6 mois », « trois mois », « 90 jours », « un an » (``durations``)."""
    from db.schemas.durations import DurationError, months

    try:
        return months(value)
    except DurationError as exc:
        raise _error("months_invalid", value) from exc


_LIST_SPLIT = re.compile(r"[;,/\n\r]+|\s+[-–•]\s+")


def split_list(value: object, max_length: int = 200) -> list[str]:
    """A list written in one cell: split on ; , / and line breaks; trimmed, blanks and repeats dropped."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple | set) else _LIST_SPLIT.split(str(value))
    seen: set[str] = set()
    result: list[str] = []
    for item in items:
        text = clean_text(item, max_length)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append(text)
    return result


def normalise_url(value: object) -> str | None:
    text = clean_text(value, 2000)
    if text is None:
        return None
    if " " in text or "." not in text:
        raise _error("url_invalid", text)
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    return text


def _choice(choices: tuple[str, ...], synonyms: dict[str, str]):
    from db.text import name_key

    def check(value: object) -> str | None:
        text = clean_text(value, 100)
        if text is None:
            return None
        key = name_key(text).replace(" ", "_")
        if key in choices:
            return key
        if key in synonyms:
            return synonyms[key]
        raise _error("choice_invalid", text, choices=", ".join(choices))

    return BeforeValidator(check)


def choice(choices: tuple[str, ...], synonyms: dict[str, str] | None = None):
    return _choice(choices, synonyms or {})


Email = Annotated[str | None, BeforeValidator(normalise_email)]
Phone = Annotated[str | None, BeforeValidator(normalise_phone)]
Country = Annotated[str | None, BeforeValidator(normalise_country)]
Bool = Annotated[bool | None, BeforeValidator(normalise_bool)]
ActiveFlag = Annotated[bool | None, BeforeValidator(lambda v: normalise_bool(v, "active"))]
DoneFlag = Annotated[bool | None, BeforeValidator(lambda v: normalise_bool(v, "done"))]
PaidFlag = Annotated[bool | None, BeforeValidator(lambda v: normalise_bool(v, "paid"))]
Amount = Annotated[Decimal | None, BeforeValidator(normalise_amount), PlainSerializer(lambda d: None if d is None else float(d), return_type=float | None)]
Rate = Annotated[float | None, BeforeValidator(normalise_rate)]
Count = Annotated[int | None, BeforeValidator(normalise_count)]
Months = Annotated[int | None, BeforeValidator(normalise_months)]
Url = Annotated[str | None, BeforeValidator(normalise_url)]
Day = Annotated[dt.date | None, BeforeValidator(normalise_date)]
Partial = Annotated[
    PartialDate | None,
    BeforeValidator(normalise_partial_date),
    PlainSerializer(lambda d: None if d is None else d.iso(), return_type=str | None),
]
TextList = Annotated[list[str], BeforeValidator(split_list)]
EmailList = Annotated[list[str], BeforeValidator(lambda v: [e for e in (normalise_email(x) for x in split_list(v, 320)) if e])]


def normalise_extra(value: object) -> dict[str, str]:
    """Extra attributes as text, blanks dropped; ``too_long`` for a value longer than ``EXTRA_MAX_LENGTH``
    (the limit of every text field). How many there are is bounded by the import, which reads no
    sheet wider than ``readers.MAX_COLUMNS``."""
    result = {str(k): str(x) for k, x in (value or {}).items() if x not in (None, "")}
    for text in result.values():
        if len(text) > EXTRA_MAX_LENGTH:
            raise _error("too_long", text, max_length=EXTRA_MAX_LENGTH)
    return result


Extra = Annotated[dict[str, str], BeforeValidator(normalise_extra)]

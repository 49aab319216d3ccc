"""One spreadsheet row -> the data of an ``XxxIn`` schema, with every problem named (column, value, reason).

Values go through the catalogue's own normalisers; a value that fails is not stored as valid: it is
kept as an extra attribute under its column header and reported as a warning. A missing required
value rejects the row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from db.interchange.imports import vocabulary as V
from db.interchange.imports.layout import Column, Table
from db.interchange.imports.readers import Uncached
from db.interchange.imports.reasons import Localized, Reason
from db.schemas import vocab
from db.schemas.fields import (
    EXTRA_MAX_LENGTH,
    normalise_email,
    normalise_phone,
    split_list,
)
from db.schemas.messages import error_message, field_label
from db.schemas.records import (
    AgreementIn,
    ContactIn,
    EventIn,
    FollowUpIn,
    InteractionIn,
    PartnerIn,
    SessionIn,
)
from db.services.links import is_public_id
from db.text import name_key

SCHEMAS = {"partner": PartnerIn, "agreement": AgreementIn, "contact": ContactIn, "event": EventIn,
           "session": SessionIn, "followup": FollowUpIn, "interaction": InteractionIn}
VOCAB_FIELDS = {("partner", "kind"): vocab.PARTNER_KIND, ("partner", "status"): vocab.PARTNER_STATUS,
                ("agreement", "kind"): vocab.AGREEMENT_KIND, ("agreement", "status"): vocab.AGREEMENT_STATUS,
                ("agreement", "renewal"): vocab.RENEWAL, ("event", "kind"): vocab.EVENT_KIND,
                ("session", "kind"): vocab.SESSION_KIND, ("followup", "status"): vocab.FOLLOWUP_STATUS,
                ("followup", "priority"): vocab.PRIORITY, ("interaction", "kind"): vocab.INTERACTION_KIND}
REQUIRED_REASON = {kind: Reason(f"required_{kind}")
                   for kind in ("partner", "agreement", "contact", "event", "session", "followup", "interaction")}
DATE_FIELDS = {"partner_since", "signed_on", "starts_on", "ends_on", "due_on", "date", "completed_on",
               "last_contact_on", "occurred_on"}
BOOL_FIELDS = {"active", "done"}
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_TICKS = {"✓": "oui", "✔": "oui", "☑": "oui", "☒": "non", "✗": "non", "✘": "non"}
_NAMED_ADDRESS = re.compile(r"<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>")
PRENORMALISED = {"partner": ("email", "phone")}
# addresses email_validator accepts unchanged apart from case (ASCII, dotted domain with a 2+ letter TLD)
_PLAIN_EMAIL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_+-]|\.(?!\.))*(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$")
_SPECIAL_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test", "internal", "alt"}
# French national numbers: 0 + 9 digits, grouped by pairs with spaces, dots or nothing
_FR_NATIONAL = re.compile(r"^0[1-9](?:[ .]?\d\d){4}$")
_NOT_DIGIT = re.compile(r"\D")
_PHONE_LAYOUT = re.compile(r"[\d\s+().\-/]+")
EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"}
COMPACT: dict = {}  # cells and data of the compact rows of a big sheet (read only): only their model is kept


@dataclass(slots=True)
class Problem:
    sheet: str
    row: int
    column: str
    value: str
    reason: str
    severity: str = "warning"   # "error" (row rejected), "warning" (imported, reported), "info"


@dataclass(slots=True)
class RowPlan:
    sheet: str
    row: int
    kind: str
    cells: dict[int, Any]                       # column index -> original value
    data: dict[str, Any] = field(default_factory=dict)
    model: Any = None
    problems: list[Problem] = field(default_factory=list)
    status: str = "ok"                          # ok, rejected, excluded, merged, ignored
    key: str = ""
    merged_into: int | None = None              # row number of the first row of a duplicate group
    match: dict | None = None                   # existing catalogue record {"id", "name"}
    lookalikes: list[str] = field(default_factory=list)
    decision: str | None = None                 # per-row duplicate decision (None: the import's default)
    parent: str | None = None                   # session: key of its event
    partner_country: str | None = None          # agreement: country of a partner to create
    partner_countries: list | None = None       # relation lists: country code (or None) of each partner
    attached: bool = False                      # session: placed in its event already
    public_id: str | None = None                # from an "Identifiant" column of our own export
    before_exclusion: str | None = None         # status to restore when an excluded row is brought back
    link_ids: dict | None = None                # our JSON export: folded name of a linked record -> its public id
    stamps: dict | None = None                  # our JSON export: created/updated at and by, kept on a restore
    originals: dict | None = None               # field -> value as in the file, when the import wrote it otherwise
    partner_details: list | None = None         # relation lists: per side, the extra attributes of its place
    external_id: str | None = None              # the file's own identifier of the row (an id, a profile URL)

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"


def same_digits(old: Any, new: str) -> bool:
    """A phone number written in E.164 keeps every digit of the file's writing (a national number
    loses only its leading 0): nothing but its layout changed."""
    text = shown(old)
    if not _PHONE_LAYOUT.fullmatch(text):
        return False   # words beside the number ("poste 12", "standard") are not layout
    digits = _NOT_DIGIT.sub("", text)
    stored = _NOT_DIGIT.sub("", str(new))
    return bool(digits) and stored.endswith(digits.lstrip("0")) and len(stored) - len(digits.lstrip("0")) <= 3


def keep_original(plan: RowPlan, field: str, value: Any) -> None:
    """Remember the file's value of a field the import writes otherwise (several for a list)."""
    originals = plan.originals if plan.originals is not None else {}
    plan.originals = originals
    text = shown(value).strip()
    if field in originals:
        known = originals[field] if isinstance(originals[field], list) else [originals[field]]
        originals[field] = [*known, text]
    else:
        originals[field] = text


AS_READ = "as_read"   # history action: the values of a record as its import file wrote them


def as_read(row: RowPlan) -> tuple[dict, dict] | None:
    """(values as in the file, values stored) of the fields the import wrote otherwise, for the
    record's history; None when it wrote every value as read."""
    if not row.originals or row.model is None:
        return None
    stored = {}
    for name in row.originals:
        value = getattr(row.model, name, None)
        if isinstance(value, list):
            value = [v.get("number", v) if isinstance(v, dict) else getattr(v, "number", v) for v in value]
        stored[name] = value
    return dict(row.originals), stored


class PackedModel:
    """Marker of a validated model kept as a named tuple (a big import holds 100k of them)."""

    __slots__ = ()


_PACKED: dict[type, type] = {}
_SETS: dict[frozenset, frozenset] = {}


def _packed_class(schema: type) -> type:
    cls = _PACKED.get(schema)
    if cls is None:
        from collections import namedtuple

        names = list(schema.model_fields)
        base = namedtuple(f"{schema.__name__}Packed", [*names, "fields_set"])

        def unpack(self):
            return schema.model_construct(_fields_set=set(self.fields_set), **{n: getattr(self, n) for n in names})

        cls = type(base.__name__, (base, PackedModel), {"__slots__": (), "unpack": unpack, "schema": schema})
        _PACKED[schema] = cls
    return cls


def Packed(model):
    """The model as a named tuple: attribute access stays in C, ``unpack()`` gives the model back."""
    fields_set = frozenset(model.model_fields_set)
    fields_set = _SETS.setdefault(fields_set, fields_set)  # shared: rows repeat the same set
    values = model.__dict__
    cls = _packed_class(type(model))
    return cls(*(values[n] for n in type(model).model_fields), fields_set)


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
    """Addresses of one cell: split on ; and line breaks, on commas only when every part has an @."""
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
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        result.extend(pieces if len(pieces) > 1 and all("@" in p for p in pieces) else [part])
    return result


def _phone(value: Any, region: str | None) -> str | None:
    """E.164 number; a number without country code is French, else tried in the row's country."""
    try:
        return normalise_phone(value)
    except PydanticCustomError:
        if not region or region == "FR":
            raise
        import phonenumbers

        try:
            number = phonenumbers.parse(str(value), region)
        except phonenumbers.NumberParseException:
            raise PydanticCustomError("phone_invalid", "phone_invalid: {value}", {"value": str(value)}) from None
        if not phonenumbers.is_possible_number(number):
            raise PydanticCustomError("phone_invalid", "phone_invalid: {value}", {"value": str(value)}) from None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=64)
def _kind_label(kind: str) -> str:
    return vocab.AGREEMENT_KIND.label(kind, "fr")


_PARENTHESES_AT_END = re.compile(r"(?P<name>.*\S)\s*\((?P<inside>[^()]+)\)\s*$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


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


_NAME_LISTS = re.compile(r"\s*(?:;|\n|/)\s*")
LEGAL_FORMS = {"inc", "ltd", "llc", "llp", "gmbh", "sa", "sarl", "sas", "ag", "bv", "nv", "e v", "ev", "plc", "co",
               "corp", "srl", "spa", "sl", "ong", "asbl", "jr", "sr", "the"}


def split_names(value) -> list[str]:
    """Partners named in one cell: split on ";", "/" and line breaks; on "," only when every piece
    is a name of its own ("Lyon, Busan"), never before a legal form or a lower-case or short
    piece ("Mother Jones, Inc.", "Cité, la Villette" stay whole)."""
    if value is None:
        return []
    pieces: list[str] = []
    for chunk in _NAME_LISTS.split(shown(value)):
        commas = [p.strip() for p in chunk.split(",")]
        if len(commas) > 1 and all(len(p) > 3 and p[:1].isupper() and name_key(p) not in LEGAL_FORMS
                                   for p in commas):
            pieces.extend(commas)
        else:
            pieces.append(chunk)
    return split_list(pieces, 300)


KEPT_IN = {"session": "minutes", "interaction": "note"}   # kinds without extra attributes: where the other columns go


def _kept_lines(text, extra: dict) -> str:
    """A text field followed by the file's other columns, one "Heading : value" line each."""
    lines = [f"{header} : {value}" for header, value in extra.items() if value not in (None, "")]
    head = str(text).rstrip() if text else ""
    return "\n".join([head, *lines] if head else lines)


def side_extras(columns, extra: dict) -> list[dict] | None:
    """A relation list's columns that describe one side's place (its population, its coordinates),
    taken out of the agreement's extra attributes for the partner of that side; None when none."""
    result: list[dict] | None = None
    for column in columns:
        if column.target == "extra" and column.side is not None and column.header in extra:
            result = result or [{}, {}]
            result[column.side][column.header] = extra.pop(column.header)
    return result


def new_partner_fields(row: RowPlan | None, side: int | None) -> dict[str, Any]:
    """What a partner created for a relation's side is known to be: the places a twinning joins
    are cities (or territories: the user may correct it), and the side's own columns (population,
    region…) are its extra attributes."""
    if row is None or row.kind != "agreement" or side is None:
        return {}
    given: dict[str, Any] = {}
    if getattr(row.model, "kind", None) == "twinning":
        given["kind"] = "city"
    details = row.partner_details
    if details and side < len(details) and details[side]:
        given["extra"] = dict(details[side])
    return given


def relation_title(kind: str, ours: str, theirs: str) -> str:
    """The title of a relation row's agreement: its type (the row's own, else the list's) and the
    two places, « Jumelage Cannes – Busan »."""
    return f"{_kind_label(kind)} {ours} – {theirs}"


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


def _split_time(value: Any) -> tuple[Any, Any]:
    if isinstance(value, dt.time | dt.datetime | float):
        return value, None
    parts = re.split(r"\s*(?:-|–|—|à|to)\s*", str(value).strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


def _error_reason(error: dict) -> Reason:
    """A schema error worded in the reader's language (``error_message`` knows both)."""
    return Reason("plain", text=Localized(lambda language: error_message(error, language)))


class Converter:
    """Turns rows of one table into ``RowPlan`` objects."""

    def __init__(self, table: Table, hyperlinks: dict | None = None):
        self.table = table
        self.kind = table.kind
        self.schema = SCHEMAS[table.kind]
        self.hyperlinks = hyperlinks or {}
        self.columns = [c for c in table.columns if c.target != "ignore"]
        # an "Identifiant" column (our exports) holds the records' public ids: rows update those records
        self.id_columns = [c for c in table.columns if c.target == "ignore" and V.is_public_id_header(c.header)]
        self._memo: dict = {}
        self._fields = frozenset(self.schema.model_fields)
        self.fast = None  # a FastValidator for big sheets (see plan_sheet)
        # values the import writes differently (names re-cased, phones to E.164): column -> [count, old, new]
        self.changes: dict[tuple[str, str], list] = {}
        # the user's reading of a closed vocabulary's values (--value "Statut:Clôturée=expired", a profile)
        self.values = {header: {name_key(v): code for v, code in chosen.items()}
                       for header, chosen in (table.values or {}).items()}

    def _changed(self, plan: RowPlan | None, header: str | None, field: str, what: str, old, new) -> None:
        """A value written otherwise than in the file: counted for the column's remark, and its
        original kept with the row (written to the record's history) unless only its layout
        changed (a phone whose every digit is kept: "04 65 12 34 56" is "+33465123456")."""
        if plan is not None and not (what == "reformatted" and same_digits(old, new)):
            keep_original(plan, field, old)
        if header is None:
            return
        entry = self.changes.get((header, what))
        if entry is None:
            self.changes[(header, what)] = [1, shown(old), shown(new)]
        else:
            entry[0] += 1

    def convert(self, number: int, values: list) -> RowPlan:
        cells = {c.index: (values[c.index] if c.index < len(values) else None) for c in (*self.columns, *self.id_columns)}
        plan = RowPlan(self.table.sheet, number, self.kind, cells)
        self.refresh(plan)
        return plan

    def refresh(self, plan: RowPlan) -> None:
        """(Re)compute data, model and problems from the row's cells (after a correction too)."""
        plan.problems = []
        plan.data, plan.model = {}, None
        plan.originals = None
        if plan.status in ("rejected", "ok"):
            plan.status = "ok"
        fields: dict[str, list[tuple[Column, Any]]] = {}
        extra: dict[str, str] = {}
        cells = plan.cells
        plan.public_id = None
        for column in self.id_columns:
            value = cells.get(column.index)
            if isinstance(value, str) and is_public_id(value):
                plan.public_id = value.strip().lower()
        if self.table.id_column is not None:
            value = cells.get(self.table.id_column)
            plan.external_id = shown(value).strip() or None if value is not None else None
        links = self.hyperlinks if self.table.layout == "table" else None
        keep_blank = ("name", "title", "full_name", "last_name", "partners")
        for column in self.columns:
            value = cells.get(column.index)
            if value is None:
                continue
            if self.values and column.header in self.values:
                value = self.values[column.header].get(name_key(shown(value)), value)
            if isinstance(value, str) and value[:2].lstrip()[:1] == "#" and value.strip() in EXCEL_ERRORS:
                self._warn(plan, column, value, Reason("excel_error", value=value.strip()))
                continue
            if isinstance(value, Uncached):
                self._warn(plan, column, value, Reason("uncached_cell"))
                continue
            link = links.get((plan.row, column.index)) if links else None
            if link:
                if column.target in ("website",) or (column.target in ("email", "emails") and link.lower().startswith("mailto:")):
                    value = link
                elif value is not None:
                    extra[f"{column.header} (lien)"] = link
            if value is None or (isinstance(value, str) and not value.strip() and column.target not in keep_blank):
                continue
            if column.target == "extra":
                text = shown(value)
                if len(text) > EXTRA_MAX_LENGTH:
                    self._warn(plan, column, text[:60] + "…", Reason("extra_cut", length=len(text),
                                                                      limit=EXTRA_MAX_LENGTH))
                    text = text[:EXTRA_MAX_LENGTH]
                extra[column.header] = text
                continue
            fields.setdefault(column.target, []).append((column, value))
        try:
            data = self._assemble(plan, fields, extra)
        except PydanticCustomError as exc:   # a value no rule foresaw: the row is set aside and said, never a crash
            self._reject(plan, None, exc.context.get("value") if exc.context else None,
                         _error_reason({"type": exc.type, "loc": (), "msg": str(exc), "input": None,
                                        "ctx": exc.context or {}}))
            return
        plan.data = data
        if self.kind == "partner" and not data.get("kind") and (told := V.partner_kind_of(data.get("name"))):
            data["kind"] = told   # "Universität Wien" is a university: said by its name, shown in the preview
        self._validate(plan, data, fields, extra)

    # --- helpers ---------------------------------------------------------------------------------

    def _email(self, value) -> str | None:
        """``normalise_email`` with a memo and a fast path for plain ASCII addresses (same result)."""
        text = str(value).strip()
        hit = self._memo.get(("email", text))
        if hit is None:
            hit = plain_email(text) or normalise_email(value)
            if len(self._memo) < 20_000:
                self._memo[("email", text)] = hit
        return hit

    def _phone(self, value, region) -> str | None:
        key = ("phone", value if isinstance(value, str | int | float) else str(value), region)
        hit = self._memo.get(key)
        if hit is None:
            hit = french_national(str(value).strip()) or _phone(value, region)
            if len(self._memo) < 20_000:
                self._memo[key] = hit
        return hit

    def _warn(self, plan, column: Column | None, value, reason, severity="warning"):
        plan.problems.append(Problem(plan.sheet, plan.row, column.header if column else "", shown(value), reason, severity))

    def _reject(self, plan, column: Column | None, value, reason):
        plan.status = "rejected"
        self._warn(plan, column, value, reason, "error")

    def _first(self, fields, name):
        items = fields.get(name)
        return items[0] if items else (None, None)

    def _assemble(self, plan: RowPlan, fields, extra) -> dict[str, Any]:
        kind = self.kind
        data: dict[str, Any] = {}
        joined = {"notes", "details", "domains", "languages", "partners"}
        for name, items in fields.items():
            if name in ("emails", "email", "phone", "mobile", "time", "full_name", "partner_country", "done", "event"):
                continue
            if name in joined and len(items) > 1:
                data[name] = "\n".join(shown(v) for _c, v in items) if name in ("notes", "details") else \
                    [x for _c, v in items for x in split_list(shown(v))]
            else:
                column, value = items[0]
                if isinstance(value, str):
                    if name in DATE_FIELDS:
                        value = self._qualified(plan, column, value, extra)
                    if name in DATE_FIELDS and (m := _YMD.match(value.strip())):
                        value = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"  # 2023/05/22 written year first
                    elif name in BOOL_FIELDS and value.strip() in _TICKS:
                        value = _TICKS[value.strip()]
                if (kind, name) in VOCAB_FIELDS:
                    code = _vocab_value(VOCAB_FIELDS[(kind, name)], value)
                    if code is None and name == "status":
                        code = _status_flag(kind, column.header, value)
                    if code is None:
                        extra[column.header] = shown(value)
                        self._warn(plan, column, value, Reason("unknown_value", value=shown(value), column=column.header),
                                   "info")
                        continue
                    value = code
                data[name] = value
        # e-mails: one per address, an invalid one is kept aside, never stored as valid
        mail_field = "emails" if kind == "contact" else "email"
        good: list[str] = []
        for column, value in fields.get("emails", []) + fields.get("email", []):
            for item in _email_items(value):
                try:
                    email = self._email(item)
                except PydanticCustomError:
                    extra[column.header] = shown(value)
                    self._warn(plan, column, item, Reason("invalid_email", value=str(item).strip()))
                    continue
                if email and email not in good:
                    good.append(email)
        if good:
            data[mail_field] = good if kind == "contact" else good[0]
            if kind != "contact" and len(good) > 1:
                extra.setdefault("Autres courriels", ", ".join(good[1:]))
        # phones
        phones: list[dict] = []
        region = None
        for column, value in fields.get("country", []):
            self._keep_nation(column, value, extra)
        for _c, value in fields.get("country", []) + fields.get("partner_country", []):
            region = self._country(value)[0]
            break
        for name in ("phone", "mobile"):
            for column, value in fields.get(name, []):
                try:
                    items = [value] if isinstance(value, int | float) else split_list(str(value).replace(",", ";"), 60)
                except PydanticCustomError:   # a sentence in a phone cell: kept as written, said below
                    items = [shown(value)]
                for item in items:
                    try:
                        number = self._phone(item, region)
                    except PydanticCustomError:
                        extra[column.header] = shown(value)
                        self._warn(plan, column, item, Reason("invalid_phone", value=shown(item)))
                        continue
                    if number:
                        phones.append({"kind": "mobile" if name == "mobile" else "phone", "number": number})
                        if number != str(item).strip():
                            self._changed(plan, column.header, "phones" if kind == "contact" else "phone", "reformatted",
                                          item, number)
        if kind == "contact":
            data["phones"] = phones
        elif phones:
            data["phone"] = phones[0]["number"]
        if kind == "contact":
            column, full = self._first(fields, "full_name")
            if full is not None and str(full).strip():
                from db.services.specs import split_person_name

                first, last = split_person_name(str(full).strip())
                data.setdefault("first_name", first)
                data.setdefault("last_name", last)
            emails = data.get("emails") or []
            emails = [emails] if isinstance(emails, str) else list(emails)
            if not any(str(data.get(n) or "").strip() for n in ("first_name", "last_name")) and emails:
                # a person known by an address only: kept, the address standing for the name until corrected
                data["last_name"] = emails[0]
                self._warn(plan, self._first(fields, "emails")[0], emails[0], Reason("name_from_email", value=emails[0]), "warning")
            for name in ("first_name", "last_name"):
                if isinstance(data.get(name), str) and data[name] not in emails:
                    before = data[name].strip()
                    data[name] = _person(before)
                    if data[name] != before:
                        column = self._first(fields, name)[0] or self._first(fields, "full_name")[0]
                        self._changed(plan, column.header if column else None, name, "recased", before, data[name])
        if kind == "agreement" and self.table.layout == "relation":
            self._relation(plan, fields, extra, data)
        elif kind == "agreement":
            column, country = self._first(fields, "partner_country")
            # the partner's country as a code ("United States" -> US): the partner is found or created by it
            plan.partner_country = self._country(country)[0] if country is not None else None
            if country is not None:
                extra.setdefault(column.header, shown(country))
            partners = split_names(data.get("partners")) if not isinstance(data.get("partners"), list) else data["partners"]
            data["partners"] = partners
            if not data.get("title") and partners:
                column, kind_value = self._first(fields, "kind")
                label = shown(kind_value).strip() if kind_value is not None else "Accord"
                data["title"] = f"{label} – {partners[0]}"
        if kind == "followup":
            column, done = self._first(fields, "done")
            if done is not None:
                from db.schemas.fields import flag_sense, normalise_bool

                try:
                    flag = normalise_bool(done, flag_sense(column.header) or "done")
                except PydanticCustomError:
                    flag = None
                    extra[column.header] = shown(done)
                    self._warn(plan, column, done, Reason("invalid_yes_no", value=shown(done)))
                if flag is not None and "status" not in data:
                    data["status"] = "done" if flag else "open"
        if kind == "session":
            column, time = self._first(fields, "time")
            if time is not None:
                start, end = _split_time(time)
                data.setdefault("start_time", start)
                if end:
                    data.setdefault("end_time", end)
            column, event = self._first(fields, "event")
            if event is not None:
                plan.parent = shown(event).strip()
        if kind == "event" and "participants" in data:
            value = data["participants"]
            if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
                data.pop("participants")   # a head count under a "Participants" heading
                data.setdefault("attendance", value)
            else:
                from db.schemas.fields import participant_items

                data["participants"] = participant_items(shown(value))
        if kind == "event":
            for name in ("organisers", "partners"):
                if name in data and not isinstance(data[name], list):
                    data[name] = split_list(shown(data[name]), 300)
        for key in list(data):
            if isinstance(data[key], str) and key not in ("name", "title"):
                data[key] = data[key]
        data["extra"] = extra
        return data

    def _qualified(self, plan: RowPlan, column: Column, value: str, extra: dict) -> str:
        """"vers 1995", "depuis 1991": the date is read, its qualifier kept as an attribute and shown."""
        from db.partial_date import qualifier_label, split_qualifier

        qualifier, rest = split_qualifier(value)
        if not qualifier:
            return value
        extra[column.header] = value.strip()
        self._warn(plan, column, value, Reason("qualified_date", value=value.strip(),
                                                qualifier=qualifier_label(qualifier)), "info")
        return rest

    def _country(self, value) -> tuple[str | None, str | None]:
        """(code, nation) of a country cell, (None, None) when unknown; each distinct value read once."""
        from db.countries import country_and_nation

        key = ("country", str(value))
        if key not in self._memo:
            try:
                self._memo[key] = country_and_nation(shown(value)) or (None, None)
            except KeyError:
                self._memo[key] = (None, None)
        return self._memo[key]

    def _keep_nation(self, column: Column, value, extra: dict) -> None:
        """England, Scotland, Wales, Northern Ireland: the code is GB, the nation is kept."""
        nation = self._country(value)[1]
        if nation:
            extra[f"{column.header} (nation)"] = nation

    def _relation(self, plan: RowPlan, fields, extra, data) -> None:
        """A relation row: its two sides (names never split on commas), their countries, a title."""
        names: dict[int, str] = {}
        columns: dict[int, Column] = {}
        countries: dict[int, str | None] = {}
        for column, value in fields.get("partners", []):
            text = " ".join(shown(value).split())
            if text:
                names[column.side or 0] = text
                columns[column.side or 0] = column
        for column, value in fields.get("partner_country", []):
            code = self._country(value)[0]
            if code is None and shown(value).strip():
                extra[column.header] = shown(value)
                self._warn(plan, column, value, Reason("invalid_kept", error=_error_reason(
                    {"type": "country_unknown", "loc": ("country",), "msg": "", "input": shown(value),
                     "ctx": {"value": shown(value)}})))
            countries[column.side or 0] = code
            self._keep_nation(column, value, extra)
        for side, name in list(names.items()):
            told = _in_parentheses(name, self._country)
            if told is None:
                continue
            bare, country, year = told
            if countries.get(side) and country and countries[side] != country[0]:
                continue   # the country column says otherwise: the name is kept as written
            names[side] = bare
            if country:
                countries[side] = countries.get(side) or country[0]
                if country[1]:
                    extra[f"{columns[side].header} (nation)"] = country[1]
            if year and data.get("signed_on") is None:
                data["signed_on"] = year
        sides = sorted(names)
        data["partners"] = [names[i] for i in sides]
        plan.partner_countries = [countries.get(i) for i in sides]
        details = side_extras(self.columns, extra)
        plan.partner_details = [details[i] for i in sides] if details else None
        plan.partner_country = plan.partner_countries[0] if plan.partner_countries else None
        if len(sides) < 2:
            data["partners"] = []   # half a relation: rejected as an agreement without partner
            return
        relation = self.table.relation_kind or "twinning"
        data.setdefault("kind", relation)
        if not data.get("title"):
            data["title"] = relation_title(data["kind"], names[sides[0]], names[sides[1]])
        if data.get("signed_on") is not None:
            data.setdefault("status", "active")

    def _validate(self, plan: RowPlan, data: dict, fields, extra) -> None:
        required = {"partner": "name", "agreement": "partners", "event": "title", "session": "title",
                    "followup": "title", "interaction": "occurred_on"}.get(self.kind)
        if required and not (data.get(required) if not isinstance(data.get(required), str) else data[required].strip()):
            column = next((c for c in self.columns if c.target == required), None)
            value = plan.cells.get(column.index) if column else None
            reason = REQUIRED_REASON[self.kind]
            if isinstance(value, str) and value and not value.strip():
                reason = Reason("only_spaces", reason=reason)
            self._reject(plan, column, value, reason)
            return
        payload = {k: v for k, v in data.items() if k in self._fields}
        if "extra" not in self._fields and extra:
            # a session has no extra attributes: the file's other columns are kept in its minutes, said once
            payload[KEPT_IN[self.kind]] = _kept_lines(payload.get(KEPT_IN[self.kind]), extra)
        # already normalised by the schema's own field functions above: not validated a second time
        done = {k: payload.pop(k) for k in PRENORMALISED.get(self.kind, ()) if k in payload}
        for _attempt in range(12):
            try:
                plan.model = self.fast.validate(payload) if self.fast is not None else self.schema.model_validate(payload)
                if done:
                    plan.model.__dict__.update(done)
                    plan.model.model_fields_set.update(done)
                if "extra" in self._fields:
                    plan.model.extra.update({k: v for k, v in extra.items() if k not in plan.model.extra})
                countries = plan.partner_countries or ()
                if len(countries) == 2 and len(plan.model.partners) == 1 and countries[0] != countries[1]:
                    # Santarém (PT) twinned with Santarém (BR): two partners of one name, by their countries
                    plan.model.__dict__["partners"] = [plan.model.partners[0]] * 2
                return
            except ValidationError as exc:
                errors = exc.errors()
            err = errors[0]
            loc = err.get("loc") or ()
            name = loc[0] if loc else None
            column = next((c for c in self.columns if c.target == name), None)
            if name is None or name in (required, "first_name", "last_name") or err.get("type") == "required":
                self._reject(plan, column, plan.cells.get(column.index) if column else "",
                             REQUIRED_REASON[self.kind] if err.get("type") == "required" else _error_reason(err))
                return
            value = payload.pop(name, None)
            if isinstance(value, list) and len(loc) > 1 and isinstance(loc[1], int):
                bad = value.pop(loc[1])
                payload[name] = value
                value = bad
            header = column.header if column else field_label(name)
            extra[header] = shown(value)
            if "extra" in self._fields:
                payload["extra"] = extra
            else:
                payload[KEPT_IN[self.kind]] = _kept_lines(payload.get(KEPT_IN[self.kind]), extra)
            self._warn(plan, column, value, Reason("invalid_kept", error=_error_reason(err)))
        self._reject(plan, None, "", Reason("too_many_invalid"))

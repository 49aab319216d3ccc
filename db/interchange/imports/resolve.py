"""Stage 5 of the import, resolving identities within the file: which rows are one record.

Input: the ``ImportPlan`` of converted rows. Output: the same plan with each row's identity key
(``row_key``), sessions attached to their event, rows of one record merged into the first one
with every differing value reported (``conflicts``), namesakes that are other records kept apart,
look-alike names flagged. The rules themselves are ``db.identity``'s; matching against the
catalogue is the next stage (``matching``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from db.identity import agreement_key, dates_compatible, lookalike_pairs, other_record, partner_key
from db.identity import lookalike as _lookalike
from db.interchange.imports.afternoon import afternoon
from db.interchange.imports.cell_values import shown
from db.interchange.imports.reasons import Reason
from db.interchange.imports.row_plan import Problem, RowPlan
from db.text import name_key, person_key

if TYPE_CHECKING:
    from db.interchange.imports.import_plan import ImportPlan


def _get(row: RowPlan):
    d = row.model
    return (lambda name: getattr(d, name, None)) if d is not None else row.data.get



def row_key(row: RowPlan) -> str:
    """The name part of a row's identity (what the catalogue is searched by): folded name of a
    partner, words of a person's name, partners + title + date of an agreement, title otherwise."""
    get = _get(row)
    if row.kind == "partner":
        return name_key(get("name"))
    if row.kind == "contact":
        return person_key(get("first_name"), get("last_name"))
    if row.kind == "agreement":
        d = row.model   # attributes read once each (25,000 rows of a relation list)
        partners, title, day = (d.partners, d.title, d.signed_on or d.starts_on) if d is not None else (
            get("partners"), get("title"), get("signed_on") or get("starts_on"))
        countries = row.partner_countries or ()
        keys = [partner_key(p, countries[i] if i < len(countries) else None) for i, p in enumerate(partners or ())]
        return agreement_key(title, keys, day.iso() if hasattr(day, "iso") else day, keys)   # keys: names folded once
    if row.kind == "session":
        return f"{name_key(row.parent)}#{name_key(get('title'))}"
    if row.kind == "budget":
        return ""   # lines, not records: added up on their owner (budget_write)
    if row.kind == "interaction":
        return interaction_key(get("occurred_on"), get("kind"), get("partner"), get("contact"), get("note"))
    return name_key(get("title"))



def base_key(row: RowPlan) -> str:
    """The name part of the row's identity, from its key when dedupe gave it one ("valencia#2" for a
    second Valencia of another country is "valencia")."""
    if row.key and row.kind in ("partner", "contact"):
        return row.key.split("#", 1)[0]
    return row_key(row)



def same_record(head: RowPlan, row: RowPlan) -> Reason | None:
    """None when the two rows (same name) are one record, else why not (a Reason): the rules of
    ``db.identity``, and the file's own identifier of each row (an id, a profile URL) when both
    have one: namesakes with other identifiers are other records."""
    if head.external_id and row.external_id and _identifier(head.external_id) != _identifier(row.external_id):
        return Reason("other_identifier", value=row.external_id[:80])
    why = other_record(row.kind, _get(head), _get(row))
    if why is None and row.kind == "partner" and None not in (a := _written_country(head), b := _written_country(row)) \
            and a != b:
        why = "other_country"   # « Îles Fidji », unread, is not the Germany of the row above
    if why is None and row.kind == "agreement":
        why = _other_grant(_get(head), _get(row))
    return Reason(why) if why else None


def _same_value(x, y) -> bool:
    """Two values of one attribute that say the same (« Corée du Sud » and « KR », « Busan » and « busan »)."""
    if name_key(str(x)) == name_key(str(y)):
        return True
    from db.countries import country_code

    try:
        return country_code(str(x)) == country_code(str(y)) is not None
    except KeyError:
        return False


def _untitled(get) -> bool:
    """An agreement whose file gave no title: none, or the one the import made (« Accord – ORANJE »)."""
    title, partners = get("title"), get("partners") or []
    return not title or (bool(partners) and str(title).endswith(f" – {partners[0]}"))


def _written_country(row: RowPlan) -> str | None:
    """A partner row's country: its code, or the text written when it could not be read."""
    code = getattr(row.model, "country", None)
    if code:
        return code
    text = row.data.get("country")
    return name_key(str(text)) or None if text is not None else None


_URL_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)


def _identifier(value: str) -> str:
    """An identifier as compared: a link without its scheme, « www. » and last slash
    (« https://www.panoptikum.de/ » is « www.panoptikum.de »), letters in either case."""
    return _URL_HEAD.sub("", value.strip()).rstrip("/").casefold()


def _other_grant(a, b) -> str | None:
    """Two rows of one file naming one partner, one title and one date are two agreements when their
    amounts or their funders differ (a city's grant and the state's, the same year): never merged."""
    for field, why in (("budget", "other_amount"), ("funders", "other_funder")):
        x, y = a(field), b(field)
        if x not in (None, "", []) and y not in (None, "", []) and x != y:   # 0,00 € is an amount too
            return why
    for field in ("starts_on", "ends_on"):   # signed the same year, another period: a renewal, another agreement
        if not dates_compatible(a(field), b(field)):
            return "other_date"
    if _untitled(a) and _untitled(b):   # nothing names them: only a copy of the row is the same grant
        x, y = a("extra") or {}, b("extra") or {}
        if any(not _same_value(x[k], y[k]) for k in x.keys() & y.keys()):
            return "other_values"
    return None



def interaction_key(occurred_on, kind, partner, contact, note) -> str:
    """An exchange is the same when its day, type, partner, contact and note are (it has no name)."""
    if not occurred_on:
        return ""
    return "#".join((str(occurred_on), kind or "meeting", name_key(partner or ""), person_key(contact or "", ""),
                     name_key(note or "")[:120]))



def finish(plan: ImportPlan) -> None:
    """Link sessions to their event, then merge duplicates within the file and flag look-alikes."""
    for sheet in plan.sheets:   # « 1:00 » after « 11:45 » on a twelve-hour clock: the afternoon
        afternoon([r for r in sheet.rows if r.kind == "session"])
    events = [r for r in plan.all_rows() if r.kind == "event" and r.status == "ok"]
    for sheet in plan.sheets:
        for row in sheet.rows:
            if row.kind != "session" or row.status != "ok":
                continue
            if not row.parent:
                if len({name_key(e.data.get("title")) for e in events}) == 1:
                    row.parent = events[0].data.get("title")
                else:
                    row.status = "rejected"
                    row.problems.append(Problem(row.sheet, row.row, "", "", Reason("session_without_event"), "error"))
    dedupe(plan)



def dedupe(plan: ImportPlan) -> None:
    """Rows of one record are merged into its first row, their differing values reported field by
    field; rows that share a name but not an identity (another country, another person) stay apart."""
    # per kind, the first row of each name, and the other records of that name when there are some
    # (a 100,000-row sheet of distinct names holds one entry per row: no list, no pair per row)
    heads: dict[str, dict[str, RowPlan]] = {}
    namesakes: dict[tuple[str, str], list[RowPlan]] = {}
    for row in plan.all_rows():
        if row.status == "merged":
            row.status = "ok"
            row.merged_into = None
            row.problems = [p for p in row.problems if getattr(p.reason, "key", "") not in MERGE_REASONS]
        if row.status != "ok":
            continue
        base = row_key(row)
        row.key = base
        if not base:
            continue
        firsts = heads.get(row.kind)
        if firsts is None:
            firsts = heads[row.kind] = {}
        first = firsts.get(base)
        if first is None:
            firsts[base] = row
            continue
        group = namesakes.get((row.kind, base)) or [first]
        head = next((h for h in group if same_record(h, row) is None), None)
        if head is None:
            row.key = f"{base}#{len(group) + 1}"
            why = same_record(first, row)
            row.problems.append(Problem(row.sheet, row.row, "", "", Reason(
                "same_name_other_record", row=first.row, why=why), "info"))
            group.append(row)
            namesakes[(row.kind, base)] = group
            continue
        row.key = head.key
        row.status = "merged"
        row.merged_into = head.row
        why = Reason("duplicate_of_row", row=head.row) if head.sheet == row.sheet else \
            Reason("duplicate_of_row_in", row=head.row, sheet=head.sheet)
        row.problems.append(Problem(row.sheet, row.row, "", "", why, "info"))
        row.problems.extend(conflicts(head, row))
    namesakes.clear()
    _partner_spellings(plan)
    for kind, names in heads.items():   # each name's first row: its key is the name's
        if kind not in ("partner", "contact", "event"):
            continue
        pairs = lookalike_pairs(names)
        for row in names.values():
            row.lookalikes = [display(names[other]) for other in pairs.get(row.key, [])[:4]]


def _partner_spellings(plan: ImportPlan) -> None:
    """Agreements that name one partner in two writings (« JazzClub Uster », « Jazzclub Uster »)
    go to one partner: each other writing is said where it first appears."""
    first: dict[str, str] = {}
    said: set[str] = set()
    for row in plan.all_rows():
        if row.kind != "agreement" or row.status != "ok":
            continue
        for name in _get(row)("partners") or ():
            text = " ".join(str(name).split())
            kept = first.setdefault(name_key(text), text)
            if text != kept and text not in said:
                said.add(text)
                row.problems.append(Problem(row.sheet, row.row, "", text, Reason(
                    "partner_spelled", value=text, kept=kept), "info"))


MERGE_REASONS = {"duplicate_of_row", "duplicate_of_row_in", "merge_conflict", "merge_added", "partner_spelled"}


LIST_FIELDS = {"emails", "phones", "domains", "languages", "partners", "organisers", "funders", "speakers"}


NOT_COMPARED = {"extra", "sessions", "status", "active", "renewal"}
EMPTY = (None, "", [], {})   # a value a row does not give



def _plain(value) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value



def conflicts(head: RowPlan, row: RowPlan) -> list[Problem]:
    """What a later row of the same record says differently: each value is reported, and kept by
    the writer (lists are completed, other values go to the record's extra attributes)."""
    from db.schemas.messages import field_label

    if head.model is None or row.model is None:
        return []
    first, second = _get(head), _get(row)
    fields = getattr(row.model, "model_fields_set", None) or getattr(row.model, "fields_set", ())
    result = []
    for name in sorted(fields):
        if name in NOT_COMPARED or name in ("name", "title", "first_name", "last_name"):
            continue
        mine, theirs = _plain(first(name)), _plain(second(name))
        if theirs in EMPTY or mine in EMPTY or mine == theirs:
            continue
        label = field_label(name)
        if row.kind == "session" and name in ("minutes", "takeaways"):   # appended (session_rows.merged_session)
            have = set(str(mine).splitlines())
            added = "; ".join(line for line in str(theirs).splitlines() if line not in have)
            if added:
                result.append(Problem(row.sheet, row.row, label, added,
                                      Reason("merge_added", row=head.row, value=added, field=label), "info"))
            continue
        if name in LIST_FIELDS:
            added = [x for x in theirs if x not in mine]
            for value in added:
                shown_value = value.get("number") if isinstance(value, dict) else value
                result.append(Problem(row.sheet, row.row, label, str(shown_value),
                                      Reason("merge_added", row=head.row, value=str(shown_value), field=label), "info"))
            continue
        result.append(Problem(row.sheet, row.row, label, _text_of(theirs),
                              Reason("merge_conflict", row=head.row, field=label, kept=_text_of(mine),
                                     other=_text_of(theirs)), "warning"))
    return result



def _text_of(value) -> str:
    if isinstance(value, dict) and "year" in value:
        return "-".join(str(value[k]) for k in ("year", "month", "day") if value.get(k))
    return shown(value)



def lookalike(a: str, b: str) -> bool:
    """Two keys differing by a letter or two (Busan/Pusan), not two names sharing words."""
    return _lookalike(a, b)



def display(row: RowPlan) -> str:
    m = row.model
    if row.kind == "contact":
        first, last = (m.first_name, m.last_name) if m is not None else (row.data.get("first_name"), row.data.get("last_name"))
        return " ".join(x for x in (first, last) if x)
    if m is not None:
        return str(getattr(m, "name", None) or getattr(m, "title", None) or "")
    return str(row.data.get("name") or row.data.get("title") or "")

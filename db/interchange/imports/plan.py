"""The import plan (preview): every table found, every row with its problems, duplicates and look-alikes.

Nothing is written here. ``build_plan`` reads the file; ``match_catalogue`` looks for the rows'
records in the catalogue; the user may then correct cells, exclude rows and decide duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.identity import agreement_key, lookalike_pairs, other_record, partner_key
from db.identity import lookalike as _lookalike
from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.layout import Column, Table, detect
from db.interchange.imports.readers import Sheet, Workbook, read
from db.interchange.imports.reasons import Localized, Reason, reason_text
from db.interchange.imports.rows import (
    COMPACT,
    Converter,
    Packed,
    PackedModel,
    Problem,
    RowPlan,
    shown,
)
from db.text import name_key, person_key

ORDER = ("partner", "contact", "agreement", "event", "session", "followup")
DECISIONS = ("skip", "fill", "overwrite", "create")
LOOKALIKE_RATIO = 0.8
COMPACT_ROWS = 5000  # above this, rows without problems keep only their validated model


@dataclass
class SheetPlan:
    table: Table
    rows: list[RowPlan] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)   # ignored rows (TOTAL, headings) and sheet notes
    converter: Converter | None = None

    @property
    def kind(self) -> str:
        return self.table.kind


@dataclass
class ImportPlan:
    path: Path
    format: str
    sheets: list[SheetPlan] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)   # (sheet, why)
    on_duplicate: str = "fill"
    profiles_used: dict[str, str] = field(default_factory=dict)
    spent: bool = False   # a big plan releases its rows while being written: plan again to rerun
    linked_new: dict[str, int] = field(default_factory=dict)   # partners/contacts links will create

    def all_rows(self):
        for sheet in self.sheets:
            yield from sheet.rows

    def problems(self) -> list[Problem]:
        result = []
        for sheet in self.sheets:
            result.extend(sheet.notes)
            for row in sheet.rows:
                result.extend(row.problems)
        return sorted(result, key=lambda p: (p.sheet, p.row))

    def counts(self) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for row in self.all_rows():
            c = result.setdefault(row.kind, {"rows": 0, "rejected": 0, "excluded": 0, "merged": 0, "existing": 0})
            c["rows"] += 1
            if row.status in ("rejected", "excluded", "merged"):
                c[row.status] += 1
            elif row.match:
                c["existing"] += 1
        return result

    def duplicates(self) -> list[RowPlan]:
        """Rows whose record already exists in the catalogue (a decision is needed)."""
        return [r for r in self.all_rows() if r.status == "ok" and r.match]

    def ambiguous(self) -> list[SheetPlan]:
        """Sheets whose kind of record is in doubt (two kinds score alike): the user must choose."""
        return [s for s in self.sheets if s.table.ambiguous]

    def lookalike_rows(self) -> list[RowPlan]:
        return [r for r in self.all_rows() if r.lookalikes and r.status == "ok"]


def is_total_row(values: list, table: Table) -> str | None:
    first = next((v for v in values if v is not None and str(v).strip()), None)
    if isinstance(first, str) and first.lstrip()[:1] in "TtSsGg":
        key = name_key(first)
        if key in ("total", "totaux", "sous total", "total general", "somme", "grand total") or key.startswith(
                ("total ", "sous total ", "totaux ")):
            return Reason("total_row", text=first.strip())
    return None


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
        countries = row.partner_countries or []
        keys = [partner_key(p, countries[i] if i < len(countries) else None)
                for i, p in enumerate(get("partners") or [])]
        day = get("signed_on") or get("starts_on")
        return agreement_key(get("title"), keys, day.iso() if hasattr(day, "iso") else day)
    if row.kind == "session":
        return f"{name_key(row.parent)}#{name_key(get('title'))}"
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
    """None when the two rows (same name) are one record, else why not (a Reason)."""
    why = other_record(row.kind, _get(head), _get(row))
    return Reason(why) if why else None


def interaction_key(occurred_on, kind, partner, contact, note) -> str:
    """An exchange is the same when its day, type, partner, contact and note are (it has no name)."""
    if not occurred_on:
        return ""
    return "#".join((str(occurred_on), kind or "meeting", name_key(partner or ""), person_key(contact or "", ""),
                     name_key(note or "")[:120]))


def build_plan(path: str | Path, *, sheets: list[str] | None = None, kind: str | None = None,
               mappings: dict[str, dict[str, str]] | None = None, profiles: dict | None = None,
               profile: dict | None = None, sheet_kinds: dict[str, str] | None = None,
               on_duplicate: str = "fill", workbook: Workbook | None = None,
               cancel=None, header_rows: dict[str, int] | None = None) -> ImportPlan:
    """Read the file and plan every row. ``mappings``: sheet -> {header: target} chosen by the user
    ("*" for every sheet); ``header_rows``: sheet (or "*") -> Excel row number of the header."""
    path = Path(path)
    book = workbook or read(path)
    plan = ImportPlan(path, book.format, on_duplicate=on_duplicate)
    if book.format == "json":
        from db.interchange.imports.json_import import plan_json

        return plan_json(path, plan)
    chosen = book.sheets if not sheets else [book.sheet(n) for n in sheets]
    for sheet in chosen:
        if not sheet.visible and not sheets:
            plan.skipped_sheets.append((sheet.name, Reason("hidden_sheet")))
            continue
        forced = (sheet_kinds or {}).get(sheet.name) or kind
        header_row = (header_rows or {}).get(sheet.name) or (header_rows or {}).get("*")
        table = detect(sheet, forced, header_row)
        if table is None:
            plan.skipped_sheets.append((sheet.name, _why_not(sheet, forced)))
            continue
        from db.interchange.imports import profiles as P

        chosen_profile = profile or (P.find_profile(profiles, table) if profiles else None)
        if chosen_profile:
            if chosen_profile.get("kind") and chosen_profile["kind"] != table.kind:
                table = detect(sheet, chosen_profile["kind"], header_row) or table
            P.apply(chosen_profile, table)
            plan.profiles_used[sheet.name] = next((n for n, p in (profiles or {}).items() if p is chosen_profile), "")
        mapping = {**(mappings or {}).get("*", {}), **(mappings or {}).get(sheet.name, {})}
        if mapping:
            for column in table.columns:
                if column.header in mapping:
                    column.target = mapping[column.header]
                    if table.layout == "relation" and column.target not in ("partners", "partner_country"):
                        column.side = None
        if forced or chosen_profile or mapping:
            table.candidates = table.candidates[:1]   # the user decided: no doubt to show
        if table.above is not None and (table.kind, table.above.kind) in (("session", "event"),
                                                                          ("contact", "partner")):
            above = plan_sheet(sheet, table.above, cancel)
            plan.sheets.append(above)
            owner = above.rows[0] if above.rows else None
            sheet_plan = plan_sheet(sheet, table, cancel)
            if owner is not None and owner.status == "ok":
                _attach_to_owner(owner, sheet_plan)
            plan.sheets.append(sheet_plan)
            continue
        plan.sheets.append(plan_sheet(sheet, table, cancel))
    if not plan.sheets:
        skipped = [Reason("sheet_why", sheet=n, why=w) for n, w in plan.skipped_sheets]
        why = Localized(lambda lang: "; ".join(reason_text(r, lang) for r in skipped)) if skipped else Reason("no_sheet")
        raise ImportFileError(Reason("nothing_to_import", name=path.name, why=why))
    if all(not s.rows for s in plan.sheets):
        raise ImportFileError(Reason("no_data_rows", name=path.name))
    finish(plan)
    return plan


def _why_not(sheet: Sheet, forced: str | None):
    """Why a sheet gives no table: empty, nothing recognised, or (a kind was forced) what is missing."""
    first = next(iter(sheet.rows()), None)
    if first is None:
        return Reason("empty_sheet")
    if not forced:
        return Reason("no_table")
    from db.schemas.messages import field_label

    headers = next((vals for _n, vals in sheet.rows() if sum(1 for v in vals if isinstance(v, str) and v.strip()) >= 2),
                   first[1])
    missing = " / ".join(f"« {field_label(f)} »" for f in V.REQUIRED.get(forced, ()))
    return Reason("kind_missing_columns", sheet=sheet.name, kind=V.KIND_LABELS.get(forced, forced).lower(),
                  missing=missing, headers=", ".join(f"« {v} »" for v in headers if isinstance(v, str) and v.strip())[:300])


def _attach_to_owner(owner: RowPlan, sheet_plan: SheetPlan) -> None:
    """Rows of a table under a label/value block belong to the record the block describes: the
    sessions to its event, the contacts to its partner."""
    name = owner.data.get("title") or owner.data.get("name")
    if not name:
        return
    for row in sheet_plan.rows:
        if row.kind == "session" and not row.parent:
            row.parent = str(name)
        elif (row.kind == "contact" and row.model is not None and not isinstance(row.model, PackedModel)
              and not row.model.partners):
            row.model = row.model.model_copy(update={"partners": [str(name)]})


def plan_sheet(sheet: Sheet, table: Table, cancel=None) -> SheetPlan:
    converter = Converter(table, sheet.meta.hyperlinks)
    result = SheetPlan(table, converter=converter)
    if table.layout == "key_value":
        cells: dict[int, Any] = {}
        values_by_row = {n: v for n, v in sheet.rows() if n in {c.index for c in table.columns}}
        for column in table.columns:
            row = values_by_row.get(column.index, [])
            filled = [v for v in row if v is not None and str(v).strip()]
            cells[column.index] = filled[1] if len(filled) > 1 else None
            if len(filled) > 2:
                cells[column.index] = "; ".join(shown(v) for v in filled[1:])
        plan = RowPlan(table.sheet, table.header_row, table.kind, cells)
        converter.refresh(plan)
        result.rows.append(plan)
        return result
    uncached: dict[int, int] = {}
    for (_r, c) in sheet.meta.uncached:
        uncached[c] = uncached.get(c, 0) + 1
    for column in table.columns:
        if column.target == "ignore" and uncached.get(column.index):
            result.notes.append(Problem(table.sheet, table.header_row, column.header, "",
                                        Reason("uncached_column", count=uncached[column.index]), "warning"))
    header_values = {c.index: c.header for c in table.columns}
    compact = (sheet.total_rows or 0) > COMPACT_ROWS
    if compact:
        from db.interchange.imports.fastvalidate import FastValidator

        converter.fast = FastValidator(converter.schema)
        from db.interchange.imports.fastlane import FastLane

        lane = FastLane.for_converter(converter)
    else:
        lane = None
    width = max((c.index for c in table.columns), default=0)
    used = [c.index for c in table.columns]
    for count, (number, values) in enumerate(sheet.rows()):
        if number <= table.header_row:
            continue
        if cancel is not None and count % 2048 == 0 and cancel():
            raise ImportFileError(Reason("cancelled"))
        n = len(values)
        inside = [values[i] for i in used] if n > width else [values[i] if i < n else None for i in used]
        empty = inside.count(None)
        if empty == len(inside):
            continue  # values only outside the table (a note in the margin)
        total = is_total_row(inside, table)
        if total:
            result.notes.append(Problem(table.sheet, number, "", shown(next(v for v in inside if v is not None)),
                                        total, "info"))
            continue
        first_value = values[used[0]] if used[0] < len(values) else None
        if isinstance(first_value, str) and first_value.strip() == header_values.get(used[0]) and all(
                shown(values[i] if i < len(values) else None).strip() == header_values[i] for i in used):
            result.notes.append(Problem(table.sheet, number, "", "", Reason("repeated_header"), "info"))
            continue
        # a lone value (the others empty or blank) may title the rows below it
        lone = len(used) >= 3 and _at_most_one_filled(inside)
        filled = [i for i, v in zip(used, inside, strict=True) if v is not None
                  and (not isinstance(v, str) or v.strip())] if lone else ()
        if len(filled) == 1 and _is_heading(sheet, table, number, filled[0], values[filled[0]]):
            result.notes.append(Problem(table.sheet, number, header_values.get(filled[0], ""),
                                        shown(values[filled[0]]), Reason("section_heading"), "info"))
            continue
        row = lane.convert(number, values) if lane is not None else None
        if row is None:
            row = converter.convert(number, values[: width + 1])
            if compact and row.status == "ok" and not row.problems:
                row.cells = COMPACT  # nothing to correct: the validated model is all a big import needs
                row.data = COMPACT
                row.model = Packed(row.model)
        result.rows.append(row)
    for (header, what), (count, old, new) in converter.changes.items():
        result.notes.append(Problem(table.sheet, table.header_row, header, old,
                                    Reason("values_changed", count=count, what=Reason(what, value=old, new=new)),
                                    "info"))
    return result


def _at_most_one_filled(values: list) -> bool:
    """No more than one value that is not empty or blank (stops at the second)."""
    seen = 0
    for v in values:
        if v is not None and (type(v) is not str or v.strip()):
            seen += 1
            if seen > 1:
                return False
    return True


def _is_heading(sheet: Sheet, table: Table, number: int, index: int, value) -> bool:
    """A lone value that titles the rows below it: merged across, ending with ":", a one-word
    "person", or in the first column when that column is not the record's name."""
    for r0, c0, _r1, c1 in sheet.merged:
        if r0 + 1 == number and c0 <= index <= c1 and c1 > c0:
            return True
    text = str(value).strip()
    if text.endswith(":"):
        return True
    required = V.REQUIRED[table.kind]
    column = next((c for c in table.columns if c.index == index), None)
    if table.kind == "contact" and column is not None and column.target == "full_name" and len(text.split()) == 1:
        return True
    return column is not None and column.target not in required and column.target not in ("first_name",) \
        and index == min(c.index for c in table.columns if c.target != "ignore")


def finish(plan: ImportPlan) -> None:
    """Link sessions to their event, then merge duplicates within the file and flag look-alikes."""
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
    groups: dict[tuple[str, str], list[RowPlan]] = {}
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
        group = groups.setdefault((row.kind, base), [])
        head = next((h for h in group if same_record(h, row) is None), None)
        if head is None:
            if group:
                row.key = f"{base}#{len(group) + 1}"
                why = same_record(group[0], row)
                row.problems.append(Problem(row.sheet, row.row, "", "", Reason(
                    "same_name_other_record", row=group[0].row, why=why), "info"))
            group.append(row)
            continue
        row.key = head.key
        row.status = "merged"
        row.merged_into = head.row
        why = Reason("duplicate_of_row", row=head.row) if head.sheet == row.sheet else \
            Reason("duplicate_of_row_in", row=head.row, sheet=head.sheet)
        row.problems.append(Problem(row.sheet, row.row, "", "", why, "info"))
        row.problems.extend(conflicts(head, row))
    by_kind: dict[str, list[RowPlan]] = {}
    for (kind, _key), rows in groups.items():
        by_kind.setdefault(kind, []).append(rows[0])
    for kind, rows in by_kind.items():
        if kind not in ("partner", "contact", "event"):
            continue
        names = {r.key: r for r in rows}
        pairs = lookalike_pairs(names)
        for row in rows:
            row.lookalikes = [display(names[other]) for other in pairs.get(row.key, [])[:4]]


MERGE_REASONS = {"duplicate_of_row", "duplicate_of_row_in", "merge_conflict", "merge_added"}
LIST_FIELDS = {"emails", "phones", "domains", "languages", "partners", "organisers", "funders", "speakers"}
NOT_COMPARED = {"extra", "sessions", "status", "active", "renewal"}


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
        if theirs in (None, "", [], {}) or mine in (None, "", [], {}) or mine == theirs:
            continue
        label = field_label(name)
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


def correct(plan: ImportPlan, row: RowPlan, column_index: int, value: Any) -> None:
    """A value corrected in the preview: the row is converted again, duplicates recomputed."""
    sheet = next(s for s in plan.sheets if s.table.sheet == row.sheet)
    row.cells[column_index] = value if value not in ("",) else None
    if row.status == "rejected":
        row.status = "ok"
    sheet.converter.refresh(row)
    finish(plan)


def exclude(plan: ImportPlan, row: RowPlan, excluded: bool = True) -> None:
    exclude_rows(plan, [row], excluded)


def exclude_rows(plan: ImportPlan, rows: list[RowPlan], excluded: bool = True) -> bool:
    """Leave rows out of the import (any row, with problems or not), or bring them back; duplicates
    are recomputed once. Returns False when nothing changed."""
    rows = [r for r in rows if r.status != "ignored" and (r.status == "excluded") != excluded]
    if not rows:
        return False
    for row in rows:
        if excluded:
            if row.status != "excluded":
                row.before_exclusion = row.status if row.status != "merged" else "ok"
                row.status = "excluded"
            continue
        if row.status != "excluded":
            continue
        row.status = row.before_exclusion or "ok"
        sheet = next((s for s in plan.sheets if s.table.sheet == row.sheet), None)
        if row.cells is not COMPACT and sheet is not None and sheet.converter is not None:
            sheet.converter.refresh(row)  # its problems (a rejection included) come back with it
    finish(plan)
    return True


def columns_of(plan: ImportPlan, sheet_name: str) -> list[Column]:
    return next(s.table.columns for s in plan.sheets if s.table.sheet == sheet_name)

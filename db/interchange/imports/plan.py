"""The import plan (preview): every table found, every row with its problems, duplicates and look-alikes.

Nothing is written here. ``build_plan`` runs the stages 1-5 of the pipeline (see the package) for
each sheet: read, locate, map, convert, resolve; ``matching.match_catalogue`` then looks for the
rows' records in the catalogue. The user may correct cells, exclude rows and decide duplicates:
``correct`` and ``exclude_rows`` convert and resolve again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.convert import SheetPlan, attach_to_owner, plan_sheet
from db.interchange.imports.described import apply_mapping, locate, names_a_column
from db.interchange.imports.grid import read_listed
from db.interchange.imports.import_plan import ImportPlan
from db.interchange.imports.layout import Column, Table, detect
from db.interchange.imports.partner_people import people_of_partners
from db.interchange.imports.readers import Sheet, Workbook
from db.interchange.imports.reasons import Localized, Reason, reason_text
from db.interchange.imports.resolve import finish
from db.interchange.imports.row_plan import Problem, RowPlan
from db.interchange.imports.rows import COMPACT, Converter

ORDER = ("partner", "contact", "agreement", "event", "session", "followup")
DECISIONS = ("skip", "fill", "overwrite", "create")
LOOKALIKE_RATIO = 0.8
def build_plan(path: str | Path, *, sheets: list[str] | None = None, kind: str | None = None,
               mappings: dict[str, dict[str, str]] | None = None, profiles: dict | None = None,
               profile: dict | None = None, sheet_kinds: dict[str, str] | None = None,
               on_duplicate: str = "fill", workbook: Workbook | None = None,
               cancel=None, header_rows: dict[str, int] | None = None,
               skip_sheets: list[str] | None = None,
               values: dict[str, dict[str, dict[str, str]]] | None = None, incomplete: bool = False) -> ImportPlan:
    """Read the file and plan every row. ``mappings``: sheet -> {header or column letter: target}
    chosen by the user ("*" for every sheet); ``header_rows``: sheet (or "*") -> Excel row number of
    the header, 0 for a sheet without a heading row; ``skip_sheets``: sheets left out;
    ``values``: sheet (or "*") -> {header: {value as written: code}} for closed vocabularies;
    ``incomplete``: a described sheet that no column gives its record's name is planned all the
    same (the wizard's mapping page lets the user name that column); else it is refused, saying
    which ``--map`` to give.

    The user's word is the contract: a kind, a heading row or a mapping given for a sheet always
    gives the table they describe (``described.locate``), whatever its headings."""
    path = Path(path)
    book = workbook or read_listed(path)
    plan = ImportPlan(path, book.format, on_duplicate=on_duplicate)
    if book.format == "json":
        from db.interchange.imports.json_import import plan_json

        return plan_json(path, plan)
    chosen = book.sheets if not sheets else [book.sheet(n) for n in sheets]
    for sheet in chosen:
        if sheet.name in (skip_sheets or ()):
            plan.skipped_sheets.append((sheet.name, Reason("sheet_left_out")))
            continue
        if not sheet.visible and not sheets:
            plan.skipped_sheets.append((sheet.name, Reason("hidden_sheet")))
            continue
        forced = (sheet_kinds or {}).get(sheet.name) or kind
        header_row = (header_rows or {}).get(sheet.name, (header_rows or {}).get("*"))
        mapping = {**(mappings or {}).get("*", {}), **(mappings or {}).get(sheet.name, {})}
        table = locate(sheet, forced, header_row, mapping)
        if table is None:
            plan.skipped_sheets.append((sheet.name, _why_not(sheet, forced)))
            continue
        given = (mappings or {}).get("*", {})
        if given and len(book.sheets) > 1 and not any(names_a_column(table, h) for h in given):
            plan.skipped_sheets.append((sheet.name, Reason("sheet_not_mapped", columns=", ".join(
                f"« {h} »" for h in given))))
            continue   # the columns the user named are in another sheet: this one is another table
        if sheet.kept_apart_by:   # two cells of a grid are two sessions: the day above them tells them apart
            table.id_column = next((c.index for c in table.columns if c.header == sheet.kept_apart_by), table.id_column)
        from db.interchange.imports import profiles as P

        chosen_profile = profile or (P.find_profile(profiles, table) if profiles else None)
        if chosen_profile:
            if chosen_profile.get("kind") and chosen_profile["kind"] != table.kind:
                table = detect(sheet, chosen_profile["kind"], header_row) or table
            P.apply(chosen_profile, table)
            plan.profiles_used[sheet.name] = next((n for n, p in (profiles or {}).items() if p is chosen_profile), "")
        if mapping:
            apply_mapping(table, mapping)
            _settle_described(sheet, table)
        if values:
            table.values = {**table.values, **values.get("*", {}), **values.get(sheet.name, {})}
        if forced or chosen_profile or mapping:
            table.candidates = table.candidates[:1]   # the user decided: no doubt to show
            table.described = True
        missing = table.missing()
        if missing and (forced or mapping) and not incomplete:
            plan.skipped_sheets.append((sheet.name, _why_not(sheet, table.kind)))
            continue
        if table.above is not None and (table.kind, table.above.kind) in (("session", "event"),
                                                                          ("contact", "partner")):
            above = plan_sheet(sheet, table.above, cancel)
            plan.sheets.append(above)
            owner = above.rows[0] if above.rows else None
            sheet_plan = plan_sheet(sheet, table, cancel)
            if owner is not None and owner.status == "ok":
                attach_to_owner(owner, sheet_plan)
            plan.sheets.append(sheet_plan)
            continue
        sheet_plan = plan_sheet(sheet, table, cancel)
        sheet_plan.notes[:0] = [Problem(sheet.name, n, "", text, Reason("grid_pause", value=text), "info")
                                for n, text in sheet.set_aside]
        plan.sheets.append(sheet_plan)
        if (people := people_of_partners(sheet_plan)) is not None:   # « Mayor »: each partner's, a contact of it
            table, rows, converter = people
            plan.sheets.append(SheetPlan(table, rows, converter=converter))
    if not plan.sheets:
        skipped = [Reason("sheet_why", sheet=n, why=w) for n, w in plan.skipped_sheets]
        why = Localized(lambda lang: "; ".join(reason_text(r, lang) for r in skipped)) if skipped else Reason("no_sheet")
        raise ImportFileError(Reason("nothing_to_import", name=path.name, why=why))
    if all(not s.rows for s in plan.sheets):
        raise ImportFileError(Reason("no_data_rows", name=path.name))
    _programme_event(plan, path, len(book.sheets))
    finish(plan)
    return plan


def _programme_event(plan: ImportPlan, path: Path, sheets: int) -> None:
    """A programme alone (sessions, and no event in the file to hold them): one event holds them,
    named after the title above the table, else the file (or its sheet); a remark says so."""
    if any(s.kind == "event" for s in plan.sheets):
        return
    for sheet_plan in list(plan.sheets):
        if sheet_plan.kind != "session" or any(r.parent for r in sheet_plan.rows):
            continue
        t = sheet_plan.table
        title = t.title or (path.stem if sheets == 1 else t.sheet)
        table = Table(t.sheet, "event", "key_value", t.header_row, [Column(0, (t.title and "Titre") or "Fichier", "title")])
        converter = Converter(table)
        row = RowPlan(t.sheet, t.header_row, "event", {0: title})
        converter.refresh(row)
        row.problems.append(Problem(t.sheet, t.header_row, "", title, Reason("programme_event", title=title), "info"))
        plan.sheets.insert(plan.sheets.index(sheet_plan), SheetPlan(table, [row], converter=converter))
        for session in sheet_plan.rows:
            session.parent = title


def _settle_described(sheet, table) -> None:
    """What detection read from the columns it had chosen, read again from those the user named."""
    from itertools import islice

    from db.interchange.imports.column_facts import settle_columns

    below = [(n, v) for n, v in islice(sheet.rows(), 400) if n > table.header_row]
    settle_columns(table, sheet.name, [c.header for c in table.columns], below)


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
                  missing=missing, headers=", ".join(f"« {v} »" for v in headers if isinstance(v, str) and v.strip())[:300],
                  field=V.REQUIRED.get(forced, ("name",))[-1 if forced == "contact" else 0])


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

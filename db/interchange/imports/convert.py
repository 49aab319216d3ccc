"""Stage 4 of the import, converting values: the rows of one table (found by ``layout``) become
``RowPlan``s with their validated model and their problems.

Input: a ``Sheet`` and its ``Table`` (kind, layout, columns mapped). Output: a ``SheetPlan``.
Each row takes the fast lane of big sheets (``fastlane``) or the general ``rows.Converter``; both
convert a value the same way. A relation list's row is first made one relation each
(``relation_cells``: a city left blank under the one above, several twins in one cell). Rows that are not data (totals, repeated headers, headings of a
group of rows, notes in the margin) are set aside with a note, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from db.countries import country_name
from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.cell_values import shown
from db.interchange.imports.fastlane import FastLane
from db.interchange.imports.fastvalidate import FastValidator
from db.interchange.imports.grid import is_pause_row
from db.interchange.imports.layout import Table
from db.interchange.imports.partner_people import has_people
from db.interchange.imports.readers import Sheet, column_letters
from db.interchange.imports.reasons import Localized, Reason
from db.interchange.imports.relation_cells import RelationCells
from db.interchange.imports.row_plan import Packed, PackedModel, Problem, RowPlan
from db.interchange.imports.rows import COMPACT, EXCEL_ERRORS, Converter
from db.text import name_key

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



_RULE = re.compile(r"\s*[-=_*+~.]{3,}\s*")
FOOTER_LINES = 3   # more lone lines than this at the end are records with one value (names alone), never notes
_FOOTER = re.compile(r"://|^[^:]{3,40}:\s*\S")   # a link, or « Generated on: … », « Source : … »


def is_total_row(values: list, table: Table) -> str | None:
    """A row that adds up the rows above it ("Total", "Sous-total", "Gesamt", "Razem"…), in any
    language of the vocabulary: its first text is a totals word, alone or followed by words."""
    first = None
    for v in values:   # the first value that is not empty or blank
        if v is None:
            continue
        if not isinstance(v, str):
            if str(v).strip():
                return None   # a number, a date: no "Total" to read
            continue
        if v[:1].isalpha() and v[:1] not in V.TOTAL_INITIALS and v.rsplit(None, 1)[-1][:1] not in V.TOTAL_INITIALS:
            return None   # the common case, said without stripping
        if v.strip():
            first = v
            break
    if first is not None:
        key = name_key(first)
        words = key.split()
        if key in V.TOTALS or (words and (words[0] in V.TOTALS or " ".join(words[:2]) in V.TOTALS)
                               and len(words) <= 6):
            return Reason("total_row", text=first.strip())
        if key in V.COUNTS and _only_numbers(values, first) and any(_number(v) for v in values if v is not first):
            return Reason("total_row", text=first.strip())   # a poll's « Count » row: how many said yes
        if 1 < len(words) <= 3 and words[-1] in V.TOTALS and _only_numbers(values, first):
            return Reason("total_row", text=first.strip())   # « Plazas totales », « Summe gesamt »: a word, then the totals word
    return None


def _number(v) -> bool:
    return (isinstance(v, int | float) and not isinstance(v, bool)) or (isinstance(v, str) and v.strip()[:1].isdigit())


def _only_numbers(values: list, first) -> bool:
    """Every other value of the row is a number (or empty): the row adds up, it names nothing."""
    for v in values:
        if v is None or v is first or (isinstance(v, str) and not v.strip()):
            continue
        if isinstance(v, str):
            try:
                float(v.strip().replace(" ", "").replace(",", "."))
            except ValueError:
                return False
        elif not isinstance(v, int | float):
            return False
    return True


def _is_comment(values: list) -> str | None:
    """The text of a comment line (« # eurobioc2023 »), else None."""
    value = next((v for v in values if v is not None), None)
    if isinstance(value, str) and value.lstrip().startswith("#") and len(value.strip()) > 1 \
            and value.strip() not in EXCEL_ERRORS:
        return value.strip()
    return None



def _count_outside(values: list, taken: set[int], outside: dict[int, int]) -> None:
    for index, value in enumerate(values):
        if index not in taken and value is not None and (not isinstance(value, str) or value.strip()):
            outside[index] = outside.get(index, 0) + 1


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
    if table.default_country:
        code = table.default_country
        city = next((c.header for c in table.columns if c.target == "city"), "")
        result.notes.append(Problem(table.sheet, table.header_row, city, "", Reason(
            "country_from_cities", country=Localized(lambda language: country_name(code, language) or code)), "info"))
    header_values = {c.index: c.header for c in table.columns}
    compact = (sheet.total_rows or 0) > COMPACT_ROWS and not has_people(table)   # its people are read after
    if compact:
        converter.fast = FastValidator(converter.schema)
        lane = FastLane.for_converter(converter)
    else:
        lane = None
    # a relation list's blank cells under a city, several twins in a cell: one relation per row
    relations = RelationCells(table) if table.layout == "relation" else None
    width = max((c.index for c in table.columns), default=0)
    used = [c.index for c in table.columns]
    taken, outside = set(used), {}
    footer: list[tuple[int, int, str]] = []   # lone lines at the end of the table: (row index, number, text)
    last = table.header_row
    for count, (number, values) in enumerate(sheet.rows()):
        if number <= table.header_row:
            continue
        after_gap, last = number > last + 1, number
        if cancel is not None and count % 2048 == 0 and cancel():
            raise ImportFileError(Reason("cancelled"))
        n = len(values)
        if n > len(used):
            _count_outside(values, taken, outside)
        inside = [values[i] for i in used] if n > width else [values[i] if i < n else None for i in used]
        empty = inside.count(None)
        if empty == len(inside):
            continue  # values only outside the table (a note in the margin)
        total = is_total_row(inside, table)
        if total:
            result.notes.append(Problem(table.sheet, number, "", shown(next(v for v in inside if v is not None)),
                                        total, "info"))
            continue
        if empty == len(inside) - 1 and _is_comment(inside):
            result.notes.append(Problem(table.sheet, number, "", "", Reason("comment_row", text=_is_comment(inside)),
                                        "info"))
            continue   # « # eurobioc2023 » alone on its line: a comment between the rows, not a record
        lead = inside[0] if inside[0] is not None else next(v for v in inside if v is not None)
        if isinstance(lead, str) and _RULE.fullmatch(lead) and all(
                v is None or (isinstance(v, str) and _RULE.fullmatch(v)) for v in inside):
            result.notes.append(Problem(table.sheet, number, "", "", Reason("rule_row"), "info"))
            continue   # « ----- » under each heading (a database tool's dump): a rule, not a record
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
        if len(filled) == 1 and relations is None and (after_gap or footer or _FOOTER.search(shown(values[filled[0]]))):
            footer.append((len(result.rows), number, shown(values[filled[0]])))
        elif not lone or len(filled) != 1:
            footer.clear()   # a record after the lone line: it was a record too
        whole = relations is None or relations.as_written(values)
        for one, remarks in ((values, ()),) if whole else relations.relations(number, values):
            row = lane.convert(number, one) if lane is not None else None
            if row is not None and remarks:   # « repris de la ligne au-dessus »: said, and its cells kept
                row.cells = converter.cells(one[: width + 1])   # for a correction, as the general path keeps them
                row.problems.extend(remarks)
            if row is None:
                row = converter.convert(number, one[: width + 1])
                if compact and row.status == "ok" and not row.problems and not remarks:
                    row.cells = COMPACT  # nothing to correct: the validated model is all a big import needs
                    row.data = COMPACT
                    row.model = Packed(row.model)
                row.problems.extend(remarks)
            if table.kind == "session" and is_pause_row(row):
                if footer and footer[-1][1] == number:
                    footer.pop()
                result.notes.append(Problem(table.sheet, number, "", row.model.title,
                                            Reason("pause_row", value=row.model.title), "info"))
                continue   # « Lunch », « Coffee break »: a break, set aside as a grid's are, and said
            result.rows.append(row)
    for index, number, text in reversed(footer if len(footer) <= FOOTER_LINES else ()):   # « Generated on: … »
        del result.rows[index]
        result.notes.append(Problem(table.sheet, number, "", text, Reason("footer_row", text=text[:80]), "info"))
    for (header, what), (count, old, new) in converter.changes.items():
        result.notes.append(Problem(table.sheet, table.header_row, header, old,
                                    Reason("values_changed", count=count, what=Reason(what, value=old, new=new)),
                                    "info"))
    for index, count in sorted(outside.items()):   # values where the table has no column: said, not dropped
        result.notes.append(Problem(table.sheet, table.header_row, f"Colonne {column_letters(index)}", "",
                                    Reason("outside_values", count=count, column=column_letters(index)), "warning"))
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



def attach_to_owner(owner: RowPlan, sheet_plan: SheetPlan) -> None:
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

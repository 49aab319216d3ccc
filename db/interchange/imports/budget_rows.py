"""A row of a budget table -> the budget lines of one agreement (or event), every problem named.

Two shapes of the same money (issue 23), and any mix of them:

- one row per agreement and year: « Convention », « Année », « Prévu », « Engagé », « Payé »,
  « Catégorie », « Pays », « Libellé », « Cofinanceurs »;
- one column per year: « Convention », « 2023 », « 2024 »… (planned amounts, unless a « Type de
  montant » column says « Payé » or « Engagé » for the row, or the heading says it: « Versé 2024 »).

A row may name its event (« Événement ») instead, or its partner (« Partenaire », « Pays »): the
partner's one agreement receives it (``budget_partners``).

Money is never half read: an amount, a year or a category that cannot be read rejects the row with
its column and value, in a French sentence; the other rows proceed. The owner is found later
(``budget_write``), in the file or the catalogue. Qt-free.
"""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from db.interchange.imports.budget_tables import AMOUNT_FIELDS
from db.interchange.imports.cell_values import shown
from db.interchange.imports.reasons import Reason, schema_error_reason
from db.interchange.imports.row_plan import RowPlan
from db.schemas.budget_columns import amount_kind, measure
from db.schemas.fields import normalise_amount, normalise_count, split_list
from db.schemas.records import BudgetLineIn, BudgetRowIn

ROW_FIELDS = ("label", "category", "country")


def convert_budget_row(converter, plan: RowPlan, fields: dict, extra: dict) -> None:
    """Fill ``plan.data`` and ``plan.model`` (a ``BudgetRowIn``), or reject the row saying why.
    ``fields``: field -> [(column, value)] of the mapped columns; ``extra``: the other columns."""
    def first(name):
        items = fields.get(name)
        return items[0] if items else (None, None)

    def text(name) -> str | None:
        value = first(name)[1]
        return shown(value).strip() or None if value is not None else None

    data = {"agreement": text("agreement"), "event": text("event")}
    if not data["agreement"] and not data["event"] and text("partner"):
        data["partner"] = text("partner")   # its one agreement found later (``budget_partners``)
    plan.data = data
    if not data["agreement"] and not data["event"] and not data.get("partner"):
        column = next((c for c in converter.columns if c.target in ("agreement", "event", "partner")), None)
        converter._reject(plan, column, plan.cells.get(column.index) if column else "", Reason("required_budget"))
        return
    bare = "planned"
    column, value = first("measure")
    measured = value is not None and bool(shown(value).strip())
    if measured:
        bare = amount_kind(shown(value))
        if bare is None:
            converter._reject(plan, column, value, Reason("budget_bad_measure", value=shown(value).strip()))
            return
    common: dict = {}
    for name in ROW_FIELDS:
        if text(name):
            common[name] = text(name)
    column, value = first("cofinancers")
    if value is not None and shown(value).strip():
        common["cofinancers"] = split_list(shown(value))
    by_year: dict[int, dict] = {}

    def add(column, year: int, field: str, value) -> bool:
        try:
            amount = normalise_amount(value)
        except PydanticCustomError:
            converter._reject(plan, column, value, Reason("budget_bad_amount", value=shown(value).strip()))
            return False
        if amount is not None:
            line = by_year.setdefault(year, {"year": year})
            line[field] = amount + line[field] if line.get(field) is not None else amount
        return True

    # one row per year: « Année » and its amounts
    amounts = [(name, *first(name)) for name in AMOUNT_FIELDS if first(name)[1] is not None]
    column, value = first("year")
    if amounts:
        year = _year(value)
        if year is None:
            if value is None or not shown(value).strip():
                converter._reject(plan, amounts[0][1], amounts[0][2], Reason("budget_no_year"))
            else:
                converter._reject(plan, column, value, Reason("budget_bad_year", value=shown(value).strip()))
            return
        for name, column, value in amounts:
            # « Montant » beside « Type de montant : Payé »: the row's word says what the amount is
            if not add(column, year, bare if measured and name == "planned" else name, value):
                return
    # one column per year: « 2024 », « Versé 2025 »
    for column in converter.columns:
        if column.target != "extra":
            continue
        found = measure(column.header, bare)
        value = plan.cells.get(column.index)
        if found is None:
            if value is not None and shown(value).strip():
                _unused_once(converter, plan, column)
            continue
        if value is None or not shown(value).strip():
            continue
        if not add(column, found[0], found[1], value):
            return
    if not by_year:
        converter._reject(plan, None, "", Reason("budget_no_amount"))
        return
    lines = []
    for year in sorted(by_year):
        try:
            lines.append(BudgetLineIn.model_validate({**common, **by_year[year]}))
        except ValidationError as exc:
            err = exc.errors()[0]
            name = (err.get("loc") or (None,))[0]
            column, value = first(name) if name else (None, None)
            converter._reject(plan, column, value if value is not None else "",
                              Reason("budget_bad_value", error=schema_error_reason(err)))
            return
    data.update(common, lines=lines)
    plan.model = BudgetRowIn(agreement=data["agreement"], event=data["event"], partner=data.get("partner"),
                             lines=lines)


def _year(value) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        year = normalise_count(value)
    except PydanticCustomError:
        year = None
    if year is None and hasattr(value, "year"):
        year = value.year   # a date in a year column: its year
    return year if year is not None and 1900 <= year <= 2200 else None


def _unused_once(converter, plan: RowPlan, column) -> None:
    """A column a budget line has no field for: said once for the table, at its first value."""
    key = ("budget_unused", column.header)
    if key not in converter._memo:
        converter._memo[key] = True
        converter._warn(plan, column, plan.cells.get(column.index), Reason("budget_column_unused", column=column.header),
                        "info")

"""Whether a header row is a budget table (amounts by year), and whether its rows are partners'.

Stage 3 of the import (``vocabulary.kind_score``) asks it: a budget table's rows belong to an
agreement, an event or a partner (``budget_rows`` reads them, ``budget_partners`` finds a
partner's agreement). Qt-free.
"""

from __future__ import annotations

from db.schemas.budget_columns import measure

AMOUNT_FIELDS = ("planned", "committed", "paid")


def is_budget_table(headers: list, mapping: dict[int, str]) -> bool:
    """Amounts by year: a year column and an amount column (« Année », « Payé »), or columns headed
    by a year (« 2024 », « Versé 2025 »)."""
    fields = set(mapping.values())
    if "year" in fields and fields & set(AMOUNT_FIELDS):
        return True
    return any(h is not None and measure(h, "planned") for i, h in enumerate(headers) if i not in mapping)


def money_of_partners(headers: list, mapping: dict[int, str]) -> bool:
    """A budget table keyed by partner: a partner column, no agreement or event column, and nothing
    beside the budget's own columns but amounts by year. A heading that no budget field reads
    (« Intitulé », « Domaines ») makes it a list of partners or agreements with a budget column."""
    fields = set(mapping.values())
    if "partner" not in fields or fields & {"agreement", "event"}:
        return False
    rest = [h for i, h in enumerate(headers) if i not in mapping and h is not None and str(h).strip()]
    years = [h for h in rest if measure(h, "planned")]
    return (bool(years) or "year" in fields) and len(years) == len(rest)

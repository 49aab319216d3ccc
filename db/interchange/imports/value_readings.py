"""The value-mapping step of the preview: for each column of a closed vocabulary (a status, a kind,
a priority, a renewal, yes/no), the distinct values the file writes and what each becomes.

The user may read any value otherwise (« Clôturée » is *expired*): their reading is kept on the
table (``Table.values``: heading -> {value as written: code}), applied by the converter before
anything else, remembered in a saved profile, and given on the command line as ``--value
"Statut:Clôturée=expired"``. Nothing here imports Qt: the wizard and the tests read the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.interchange.imports.cell_values import shown
from db.interchange.imports.rows import BOOL_FIELDS, VOCAB_FIELDS
from db.text import name_key

LIMIT = 40   # distinct values listed per column: a column with more is not a closed vocabulary


@dataclass
class Reading:
    header: str
    field: str
    value: str                     # as written in the file
    code: str | None               # what it becomes now (None: not understood, kept as an attribute)
    choices: list[tuple[str, str]]  # (code, label) the user may choose from


def choices(kind: str, field: str, language: str = "fr") -> list[tuple[str, str]]:
    if field in BOOL_FIELDS:
        return [("true", "oui" if language == "fr" else "yes"), ("false", "non" if language == "fr" else "no")]
    vocabulary = VOCAB_FIELDS[(kind, field)]
    return [(code, vocabulary.label(code, language)) for code in vocabulary.codes]


def understood(kind: str, field: str, value) -> str | None:
    """The code a value becomes without the user's word, or None."""
    if field in BOOL_FIELDS:
        from db.schemas.fields import normalise_bool

        try:
            result = normalise_bool(value)
        except Exception:   # a value no reading of yes/no knows
            return None
        return None if result is None else ("true" if result else "false")
    synonyms = VOCAB_FIELDS[(kind, field)].all_synonyms()
    return synonyms.get(name_key(shown(value)).replace(" ", "_"))


def readings(sheet_plan, language: str = "fr") -> list[Reading]:
    """Every closed-vocabulary column of a planned sheet with its distinct values (first seen first)."""
    table = sheet_plan.table
    result: list[Reading] = []
    for column in table.columns:
        field = column.target
        if field not in BOOL_FIELDS and (table.kind, field) not in VOCAB_FIELDS:
            continue
        seen: dict[str, object] = {}
        for row in sheet_plan.rows:
            cells = row.cells if isinstance(row.cells, dict) else {}
            value = cells.get(column.index)
            if value is None or not shown(value).strip():
                continue
            seen.setdefault(shown(value).strip(), value)
            if len(seen) > LIMIT:
                break
        if not seen or len(seen) > LIMIT:
            continue
        told = table.values.get(column.header, {})
        options = choices(table.kind, field, language)
        for text, value in seen.items():
            code = told.get(text) or understood(table.kind, field, value)
            result.append(Reading(column.header, field, text, code, options))
    return result

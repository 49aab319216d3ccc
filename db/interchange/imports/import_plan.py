"""The import plan: every table found in a file, every row with its problems, duplicates and
look-alikes, and the decisions taken on them (built by ``plan.build_plan``; written nowhere)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.interchange.imports.convert import SheetPlan
from db.interchange.imports.row_plan import Problem, RowPlan


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

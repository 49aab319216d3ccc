"""The people a partner list names beside each partner: a column headed by a role (« Mayor »,
« Bürgermeister », « Président ») over people's names gives each partner a contact holding that
role. They are planned as a table of contacts of their own, shown in the preview and the report,
written after the partners (so each contact is linked to its partner) and deduplicated as any
contact is."""

from __future__ import annotations

from db.interchange.imports.cell_values import shown
from db.interchange.imports.row_plan import RowPlan
from db.interchange.imports.rows import Converter
from db.interchange.imports.table import Column, Table


def has_people(table: Table) -> bool:
    return table.kind == "partner" and any(c.target == "leader" for c in table.columns)


def people_of_partners(sheet_plan) -> tuple[Table, list[RowPlan], Converter] | None:
    """The table, rows and converter of the contacts a planned partner sheet names in its « leader »
    columns (the heading as their role, the row's partner as theirs), or None when there are none."""
    table = sheet_plan.table
    named = next((c for c in table.columns if c.target == "name"), None)
    if not has_people(table) or named is None:
        return None
    leaders = [c for c in table.columns if c.target == "leader"]
    partner = Column(named.index, named.header, "partners")
    role = Column(max(c.index for c in table.columns) + 1, "Fonction", "job_title")   # the heading, as written

    def contacts(columns: list[Column]) -> Table:
        return Table(table.sheet, "contact", "table", table.header_row, columns, table.title, described=True)

    rows: list[RowPlan] = []
    converters = []
    for leader in leaders:
        converter = Converter(contacts([Column(leader.index, leader.header, "full_name"), partner, role]))
        converters.append(converter)
        for row in sheet_plan.rows:
            person = row.cells.get(leader.index) if row.status == "ok" and isinstance(row.cells, dict) else None
            if person is None or not shown(person).strip():
                continue
            plan = RowPlan(table.sheet, row.row, "contact", {leader.index: person, partner.index: row.cells.get(
                partner.index), role.index: leader.header})
            converter.refresh(plan)
            rows.append(plan)
    people = contacts([*(Column(c.index, c.header, "full_name") for c in leaders), partner, role])
    return (people, rows, converters[0]) if rows else None

"""The rows of a budget table put on their agreement or event: found, merged line by line, written.

A budget line is the same line when its year, category, country and label are (``identity``): a
table imported twice adds nothing. Rows of the file that give the same line are added up (two
payments of one year). Against the catalogue's line, the import's decision for duplicates holds:
« ignorer » leaves it, « compléter » fills its empty amounts only (a differing amount is kept and
said), « écraser » takes the file's amounts, « créer quand même » adds the line again.

The owner is an agreement (or event) of the same file or of the catalogue, named by its title or
identifier, or the one agreement of the partner a row names (``budget_partners``); a row whose owner
is in neither is rejected at the preview (``check_owners``), so the dry run and the window say it
before anything is written. Qt-free.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from db.interchange.imports.budget_partners import owners_by_partner
from db.interchange.imports.budget_tables import AMOUNT_FIELDS
from db.interchange.imports.reasons import Reason
from db.interchange.imports.row_plan import Problem, RowPlan, model_of
from db.models import Agreement, Event
from db.schemas.messages import field_label
from db.services import links, records
from db.text import name_key

OWNERS = {"agreement": (Agreement, "title", "budget_agreement_unknown"),
          "event": (Event, "title", "budget_event_unknown")}


def identity(line) -> tuple:
    return line.year, line.category, line.country, name_key(line.label or "")


def owner_of(row: RowPlan) -> tuple[str, str]:
    """(kind, reference) of the record a budget row belongs to: its agreement, else its event."""
    model = model_of(row)
    return ("agreement", model.agreement) if model.agreement else ("event", model.event)


def budget_rows(plan) -> list[RowPlan]:
    return [r for r in plan.all_rows() if r.kind == "budget" and r.status == "ok" and r.model is not None]


def _in_file(plan) -> dict[str, set[str]]:
    """Folded titles and identifiers of the agreements and events the file itself will write."""
    found: dict[str, set[str]] = {"agreement": set(), "event": set()}
    for row in plan.all_rows():
        if row.kind in found and row.status == "ok" and row.model is not None:
            found[row.kind].add(name_key(getattr(model_of(row), "title", None) or ""))
            if row.public_id:
                found[row.kind].add(row.public_id)
    return found


def _reject(row: RowPlan, kind: str, reference: str) -> None:
    row.status = "rejected"
    row.problems.append(Problem(row.sheet, row.row, "", reference, Reason(OWNERS[kind][2], value=reference), "error"))


def check_owners(session, plan) -> None:
    """Reject the budget rows whose agreement (or event) is neither in the file nor in the catalogue;
    a row naming its partner first gets that partner's one agreement, or is rejected saying why."""
    owners_by_partner(session, plan)
    rows = budget_rows(plan)
    if not rows:
        return
    in_file = _in_file(plan)
    known: dict[str, set[str] | None] = {"agreement": None, "event": None}
    for row in rows:
        kind, reference = owner_of(row)
        if name_key(reference) in in_file[kind] or reference.strip().lower() in in_file[kind]:
            continue
        if links.is_public_id(reference):
            model = OWNERS[kind][0]
            if session.scalar(select(model.id).where(model.public_id == reference.strip(),
                                                     model.deleted_at.is_(None))) is None:
                _reject(row, kind, reference)
            continue
        if known[kind] is None:
            model = OWNERS[kind][0]
            known[kind] = {name_key(t) for t in session.scalars(select(model.title).where(model.deleted_at.is_(None)))}
        if name_key(reference) not in known[kind]:
            _reject(row, kind, reference)


def merge_lines(current: list, incoming: list[tuple[RowPlan, object]], mode: str):
    """(the owner's lines after the import, [(rows, "created" | "updated" | "skipped")], [(row, note)])."""
    lines = list(current)
    where = {}
    for i, line in enumerate(lines):
        where.setdefault(identity(line), i)
    summed: dict[tuple, tuple[list[RowPlan], object]] = {}
    for row, line in incoming:
        key = identity(line)
        if key not in summed:
            summed[key] = ([row], line)
            continue
        rows, total = summed[key]
        rows.append(row)
        summed[key] = (rows, total.model_copy(update={
            f: _plus(getattr(total, f), getattr(line, f)) for f in AMOUNT_FIELDS} | {
            "cofinancers": list(dict.fromkeys([*total.cofinancers, *line.cofinancers]))}))
    outcomes, notes = [], []
    for key, (rows, line) in summed.items():
        if mode == "create" or key not in where:
            lines.append(line)
            outcomes.append((rows, "created"))
            continue
        old = lines[where[key]]
        update = {}
        if mode != "skip":
            for f in AMOUNT_FIELDS:
                new, was = getattr(line, f), getattr(old, f)
                if new is None or new == was:
                    continue
                if was is None or mode in ("overwrite", "by_id"):
                    update[f] = new
                else:
                    notes.append((rows[0], Reason("budget_kept_amount", year=line.year, field=field_label(f).lower(),
                                                  old=_money(was), new=_money(new))))
            if line.cofinancers and line.cofinancers != old.cofinancers and (
                    not old.cofinancers or mode in ("overwrite", "by_id")):
                update["cofinancers"] = line.cofinancers
        if update:
            lines[where[key]] = old.model_copy(update=update)
        outcomes.append((rows, "updated" if update else "skipped"))
    return lines, outcomes, notes


def _plus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return b if a is None else a if b is None else a + b


def _money(value: Decimal) -> str:
    whole, _, cents = f"{value:,.2f}".partition(".")
    return f"{whole.replace(',', ' ')},{cents} €"


def _grouped(rows: list[RowPlan]) -> dict[tuple[str, str], list[RowPlan]]:
    groups: dict[tuple[str, str], list[RowPlan]] = {}
    for row in rows:
        kind, reference = owner_of(row)
        ref = reference.strip().lower() if links.is_public_id(reference) else name_key(reference)
        groups.setdefault((kind, ref), []).append(row)
    return groups


def _find(session, kind: str, reference: str):
    return (links.find_agreement if kind == "agreement" else links.find_event)(session, reference)


def _said(rows_notes, outcomes, count, said: list, public_id: str | None) -> None:
    """Notes on their rows, lines counted, each row's outcome recorded in ``said``."""
    for row, note in rows_notes:
        if note not in [p.reason for p in row.problems]:   # a dry run said it already
            row.problems.append(Problem(row.sheet, row.row, "", "", note, "info"))
    for rows, what in outcomes:
        count("budget", what)
        for row in rows:
            said.append((row.sheet, row.row, "budget", what, public_id))


def write_budget(writer, mode: str) -> None:
    """Put the plan's budget rows on their owners, written through ``writer`` (a ``commit.Writer``)."""
    writer.flush()
    for (kind, _ref), rows in _grouped(budget_rows(writer.plan)).items():
        obj = _find(writer.s, kind, owner_of(rows[0])[1])
        if obj is None:   # its agreement was rejected or left out of this import
            for row in rows:
                _reject(row, kind, owner_of(row)[1])
                writer.count("budget", "rejected")
            continue
        spec = records.spec(kind)
        current = spec.in_from_out(spec.out(obj).model_dump(mode="json"))
        incoming = [(row, line) for row in rows for line in model_of(row).lines]
        lines, outcomes, notes = merge_lines(current.budget_lines, incoming, mode)
        if any(what != "skipped" for _rows, what in outcomes):
            writer.update(kind, obj, current.model_copy(update={"budget_lines": lines}))
        _said(notes, outcomes, writer.count, writer.outcomes, obj.public_id)
    writer.flush()


def dry_budget(session, plan, mode: str, count, outcomes: list) -> None:
    """What ``write_budget`` would do, written nowhere (owners created by the file have no lines yet)."""
    for (kind, _ref), rows in _grouped(budget_rows(plan)).items():
        obj = _find(session, kind, owner_of(rows[0])[1])
        current = []
        if obj is not None:
            spec = records.spec(kind)
            current = spec.in_from_out(spec.out(obj).model_dump(mode="json")).budget_lines
        incoming = [(row, line) for row in rows for line in model_of(row).lines]
        _lines, done, notes = merge_lines(current, incoming, mode)
        _said(notes, done, count, outcomes, obj.public_id if obj is not None else None)

"""The rows of a budget table keyed by partner put on that partner's agreement, or said why not.

A budget table may name the partner rather than the agreement (« Partenaire », « Pays », « 2024 »,
« 2025 »). Its row's money goes to the partner's agreement when there is exactly one: an agreement
of the same file that names the partner, or one of the catalogue linked to it (the same agreement
in both counts once). A partner with no agreement, or with several, rejects the row with a French
sentence that names the partner and, for several, its agreements: the amounts are never put on a
guessed agreement nor dropped without a word. The row's « Pays » keeps namesakes apart (Valencia
in Spain is not Valencia in Venezuela, ``db.identity``).

Run at the preview, before the owners are checked (``budget_write.check_owners``), and again
whenever the rows are matched again: the partner is kept on the row, its agreement found afresh.
Qt-free.
"""

from __future__ import annotations

from sqlalchemy import select

from db.identity import countries_compatible
from db.interchange.imports.reasons import Reason
from db.interchange.imports.row_plan import Problem, RowPlan, model_of
from db.models import Agreement, Partner
from db.services import links
from db.text import name_key

SHOWN = 4   # agreements named in the sentence of a partner that has several


def partner_rows(plan) -> list[RowPlan]:
    """The budget rows that name a partner and neither an agreement nor an event."""
    return [r for r in plan.all_rows() if r.kind == "budget" and r.status == "ok" and r.model is not None
            and getattr(model_of(r), "partner", None)]


def _country(row: RowPlan) -> str | None:
    lines = model_of(row).lines
    return lines[0].country if lines else None


def _file_agreements(plan) -> dict[str, list[tuple[str, str | None]]]:
    """Folded partner name -> [(agreement title, that partner's country)] of the file's agreements."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    for row in plan.all_rows():
        if row.kind != "agreement" or row.status != "ok" or row.model is None:
            continue
        model = model_of(row)
        countries = row.partner_countries or []
        for i, partner in enumerate(model.partners or []):
            country = countries[i] if i < len(countries) else row.partner_country if len(model.partners) == 1 else None
            if model.title:
                found.setdefault(name_key(partner), []).append((model.title, country))
    return found


def _file_partners(plan) -> set[str]:
    """Folded names of the partners the file itself will write."""
    return {name_key(model_of(r).name or "") for r in plan.all_rows()
            if r.kind == "partner" and r.status == "ok" and r.model is not None}


def _catalogue_agreements(session, name: str, country: str | None) -> list[Agreement]:
    query = (select(Agreement).join(Agreement.partners)
             .where(Partner.name_key == name_key(name), Partner.deleted_at.is_(None), Agreement.deleted_at.is_(None))
             .order_by(Agreement.id))
    seen, result = set(), []
    for agreement in session.scalars(query):
        if agreement.id in seen:
            continue
        seen.add(agreement.id)
        if any(name_key(p.name) == name_key(name) and countries_compatible(p.country, country)
               for p in agreement.partners):
            result.append(agreement)
    return result


def _reject(row: RowPlan, reason: Reason) -> None:
    row.status = "rejected"
    row.problems.append(Problem(row.sheet, row.row, "", model_of(row).partner, reason, "error"))


def _titles(titles: list[str]) -> str:
    shown = ", ".join(f"« {t} »" for t in titles[:SHOWN])
    return shown + (f"… ({len(titles)})" if len(titles) > SHOWN else "")


def owners_by_partner(session, plan) -> None:
    """Name each partner-keyed budget row's agreement (``model.agreement``), or reject the row saying why."""
    rows = partner_rows(plan)
    if not rows:
        return
    in_file = _file_agreements(plan)
    partners_in_file = _file_partners(plan) | set(in_file)
    for row in rows:
        model = model_of(row)
        name, country = model.partner, _country(row)
        choices: dict[str, tuple[str, str]] = {}   # folded title -> (title, reference)
        for title, theirs in in_file.get(name_key(name), ()):
            if countries_compatible(theirs, country):
                choices.setdefault(name_key(title), (title, title))
        for agreement in _catalogue_agreements(session, name, country):
            choices[name_key(agreement.title)] = (agreement.title, agreement.public_id)
        if len(choices) == 1:
            title, reference = next(iter(choices.values()))
            row.model = model.model_copy(update={"agreement": reference})
            row.data["agreement"] = title
            continue
        if choices:
            titles = sorted(t for t, _r in choices.values())
            _reject(row, Reason("budget_partner_several", value=name, count=len(titles), titles=_titles(titles)))
        elif name_key(name) in partners_in_file or links.find_partner(session, name, country) is not None:
            _reject(row, Reason("budget_partner_no_agreement", value=name))
        else:
            _reject(row, Reason("budget_partner_unknown", value=name))

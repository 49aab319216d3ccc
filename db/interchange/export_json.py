"""The JSON export: the whole catalogue (or one kind, or a search) as documented in docs/json-export.md."""

from __future__ import annotations

import datetime as dt

import pydantic_core
from sqlalchemy import select

from db import __version__
from db.interchange.atomic import atomic_path
from db.models import Change, Domain
from db.services import records

FORMAT = "passerelles-catalogue"
FORMAT_VERSION = 1
SECTIONS = {"partner": "partners", "agreement": "agreements", "contact": "contacts", "event": "events",
            "followup": "followups", "interaction": "interactions"}


def build(catalog, kind: str | None = None, search: str = "") -> dict:
    """The export as a JSON-ready dict."""
    document: dict = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Passerelles {__version__}",
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    with catalog.uow() as uow:
        s = uow.session
        for code, section in SECTIONS.items():
            if kind and code != kind:
                continue
            query = records.ListQuery(search=search, limit=None)
            document[section] = [_with_standing(code, o) for o in records.list_records(s, code, query)]
        if not kind:
            document["domains"] = [d.name for d in s.scalars(select(Domain).order_by(Domain.position, Domain.key))]
        if not kind and not search:   # the whole catalogue: what a restore needs to lose nothing
            document["trash"] = trash(s)
            document["history"] = history(s)
    return document


def _with_standing(kind: str, out) -> dict:
    """A record as exported; an agreement also says what is true on the export's day, as the list and
    the printouts do (``db.agreement_status``): ``standing`` (its key) and ``current_ends_on`` (the end
    of the current period, renewals included). Both are added keys, read by nothing on import."""
    item = out.model_dump(mode="json")
    if kind == "agreement":
        from db.agreement_status import current_end, of

        state = of(out, dt.date.today())
        end = current_end(state, out.ends_on)
        item["standing"] = state.key
        item["current_ends_on"] = end.iso() if hasattr(end, "iso") else (end.isoformat() if end else None)
    return item


def trash(session) -> dict[str, list]:
    """The deleted records of every kind, by section, as the live ones (``deleted_at`` set)."""
    sections: dict[str, list] = {}
    for code, section in SECTIONS.items():
        spec = records.spec(code)
        query = select(spec.model).where(spec.model.deleted_at.is_not(None)).order_by(spec.model.id)
        sections[section] = [spec.out(obj).model_dump(mode="json") for obj in session.scalars(query)]
    return sections


def history(session) -> list[dict]:
    """Every change of every record, oldest first (the import batch a change belonged to is not kept:
    a restored catalogue cannot undo an import made before its export)."""
    query = select(Change).order_by(Change.id).execution_options(yield_per=2000)
    return [{"kind": c.kind, "record_id": c.record_id, "at": _utc(c.at), "actor": c.actor, "action": c.action,
             "before": c.before, "after": c.after} for c in session.scalars(query)]


def _utc(stamp: dt.datetime) -> str:
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def write(catalog, path, kind: str | None = None, search: str = "") -> dict[str, int]:
    document = build(catalog, kind, search)
    # pydantic-core's writer gives the bytes of json.dump(ensure_ascii=False, indent=2) (UTF-8, two
    # spaces), about ten times faster than json's, whose indented output is written in Python
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(pydantic_core.to_json(document, indent=2))
        fh.write(b"\n")
    return {section: len(document[section]) for section in SECTIONS.values() if section in document}


__all__ = ["FORMAT", "FORMAT_VERSION", "SECTIONS", "build", "history", "trash", "write"]

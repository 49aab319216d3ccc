"""The JSON export: the whole catalogue (or one kind, or a search) as documented in docs/json-export.md."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from db import __version__
from db.interchange.atomic import atomic_path
from db.models import Domain
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
            document[section] = [o.model_dump(mode="json") for o in records.list_records(s, code, query)]
        if not kind:
            document["domains"] = [d.name for d in s.scalars(select(Domain).order_by(Domain.position, Domain.key))]
    return document


def write(catalog, path, kind: str | None = None, search: str = "") -> dict[str, int]:
    document = build(catalog, kind, search)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return {section: len(document[section]) for section in SECTIONS.values() if section in document}

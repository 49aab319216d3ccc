"""Importing our own JSON export (``db/interchange/export_json.py``): records are matched by natural key,
so importing an export again creates no duplicates.

A file that cannot be our export is refused before it costs time or memory: larger than
``MAX_JSON_BYTES``, not an object at the top (a bare array), nested deeper than ``MAX_DEPTH``
levels (an export has five), more than ``MAX_RECORDS`` records, or sections that are not lists
of records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from db.interchange.imports import ImportFileError
from db.interchange.imports.layout import Table
from db.interchange.imports.readers import number_text
from db.interchange.imports.reasons import Localized, Reason
from db.interchange.imports.rows import SCHEMAS, Problem, RowPlan
from db.schemas.messages import describe_text
from db.services.links import is_public_id

MAX_JSON_BYTES = 200_000_000  # an export of 100,000 records is about 60 MB
MAX_DEPTH = 32
MAX_RECORDS = 500_000

SECTIONS = {"partners": "partner", "contacts": "contact", "agreements": "agreement", "events": "event",
            "followups": "followup", "interactions": "interaction"}


def _names(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"id", "name"}:
        return value["name"]
    if isinstance(value, list):
        return [_names(v) for v in value]
    return value


def _link_ids(value: Any, found: dict[str, str]) -> None:
    """Linked records as the export writes them ({"id", "name"}): folded name -> public id."""
    from db.text import name_key

    if isinstance(value, dict) and set(value) == {"id", "name"}:
        if value.get("id") and value.get("name"):
            found.setdefault(name_key(str(value["name"])), str(value["id"]))
    elif isinstance(value, list):
        for item in value:
            _link_ids(item, found)


STAMPS = ("created_at", "updated_at", "created_by", "updated_by")


def _data(kind: str, item: dict) -> dict:
    schema = SCHEMAS[kind]
    data = {k: _names(v) for k, v in item.items() if k in schema.model_fields}
    if kind == "event":
        data["sessions"] = [
            {k: _names(v) for k, v in s.items() if k in SCHEMAS["session"].model_fields and k != "public_id"}
            for s in item.get("sessions") or []
        ]
    return data


def _too_deep(document: Any) -> bool:
    """Whether the document nests deeper than ``MAX_DEPTH`` (walked without recursion)."""
    stack = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))
    return False


def load_document(path: Path) -> dict:
    """The export as a dict, or ImportFileError with the reason it cannot be one of ours."""
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise ImportFileError(Reason("json_too_big", name=path.name, mb=size // 1_000_000,
                                     limit=MAX_JSON_BYTES // 1_000_000))
    with open(path, "rb") as fh:
        head = fh.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:1] == b"[":  # a bare array is never an export: refused before it is parsed
        raise ImportFileError(Reason("json_not_ours", name=path.name))
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except RecursionError:
        raise ImportFileError(Reason("json_too_deep", name=path.name, limit=MAX_DEPTH)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(Reason("json_invalid", name=path.name, detail=str(exc))) from None
    if not isinstance(document, dict) or document.get("format") != "passerelles-catalogue":
        raise ImportFileError(Reason("json_not_ours", name=path.name))
    if _too_deep(document):
        raise ImportFileError(Reason("json_too_deep", name=path.name, limit=MAX_DEPTH))
    count = 0
    for section in SECTIONS:
        items = document.get(section) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ImportFileError(Reason("json_bad_section", name=path.name, section=section))
        count += len(items)
    if count > MAX_RECORDS:
        raise ImportFileError(Reason("json_too_many_records", name=path.name, count=number_text(count),
                                     limit=number_text(MAX_RECORDS)))
    return document


def plan_json(path: Path, plan):
    from db.interchange.imports.convert import SheetPlan
    from db.interchange.imports.resolve import finish

    document = load_document(path)
    for section, kind in SECTIONS.items():
        items = document.get(section) or []
        if not items:
            continue
        sheet = SheetPlan(Table(section, kind, "json", 1, []))
        for index, item in enumerate(items, start=1):
            data = _data(kind, item)
            row = RowPlan(section, index, kind, {}, data)
            if isinstance(item.get("id"), str) and is_public_id(item["id"]):
                row.public_id = item["id"].strip().lower()   # a restore keeps the record's identity
            row.stamps = {k: item[k] for k in STAMPS if item.get(k)}
            links: dict[str, str] = {}
            for name, value in item.items():
                if name != "sessions":
                    _link_ids(value, links)
            for session_item in item.get("sessions") or []:
                for value in session_item.values():
                    _link_ids(value, links)
            row.link_ids = links or None
            try:
                row.model = SCHEMAS[kind].model_validate(data)
            except ValidationError as exc:
                row.status = "rejected"
                row.problems.append(Problem(section, index, "", "", Reason("plain", text=Localized(lambda lang, exc=exc: describe_text(exc, lang))), "error"))
            sheet.rows.append(row)
        plan.sheets.append(sheet)
    if not plan.sheets:
        raise ImportFileError(Reason("json_no_record", name=path.name))
    finish(plan)
    return plan

"""Importing our own JSON export (``db/interchange/export_json.py``): records are matched by natural key,
so importing an export again creates no duplicates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from db.interchange.imports import ImportFileError
from db.interchange.imports.layout import Table
from db.interchange.imports.reasons import Localized, Reason
from db.interchange.imports.rows import SCHEMAS, Problem, RowPlan
from db.schemas.messages import describe_text

SECTIONS = {"partners": "partner", "contacts": "contact", "agreements": "agreement", "events": "event",
            "followups": "followup", "interactions": "interaction"}


def _names(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"id", "name"}:
        return value["name"]
    if isinstance(value, list):
        return [_names(v) for v in value]
    return value


def _data(kind: str, item: dict) -> dict:
    schema = SCHEMAS[kind]
    data = {k: _names(v) for k, v in item.items() if k in schema.model_fields}
    if kind == "event":
        data["sessions"] = [
            {k: _names(v) for k, v in s.items() if k in SCHEMAS["session"].model_fields and k != "public_id"}
            for s in item.get("sessions") or []
        ]
    return data


def plan_json(path: Path, plan):
    from db.interchange.imports.plan import SheetPlan, finish

    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(Reason("json_invalid", name=path.name, detail=str(exc))) from None
    if not isinstance(document, dict) or document.get("format") != "passerelles-catalogue":
        raise ImportFileError(Reason("json_not_ours", name=path.name))
    for section, kind in SECTIONS.items():
        items = document.get(section) or []
        if not items:
            continue
        sheet = SheetPlan(Table(section, kind, "json", 1, []))
        for index, item in enumerate(items, start=1):
            data = _data(kind, item)
            row = RowPlan(section, index, kind, {}, data)
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

"""Reading our own JSON export (``db/interchange/export_json.py``), for the import plan (records
matched by natural key, so that importing an export again creates no duplicates) and for the
streaming restore into an empty catalogue (``db/interchange/restore_json.py``).

``scan`` reads every token once and builds nothing: a file that cannot be our export is refused
before it costs time or memory (not an object at the top, nested deeper than ``MAX_DEPTH`` levels
(an export has five), sections that are not lists of records, cut short or damaged), each case in
a sentence of its own. The restore then reads one section at a time, one record at a time
(``read_records``), never holding the file; the plan, which holds its rows anyway, reads all
sections in one more pass (``_sections``) and refuses a file larger than ``MAX_JSON_BYTES`` or with
more than ``MAX_RECORDS`` records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson
from pydantic import ValidationError

from db.interchange.imports import ImportFileError
from db.interchange.imports.layout import Table
from db.interchange.imports.readers import number_text
from db.interchange.imports.reasons import Localized, Reason
from db.interchange.imports.row_plan import Problem, RowPlan
from db.schemas.messages import describe_text
from db.schemas.records import SCHEMAS
from db.services.links import is_public_id

MAX_JSON_BYTES = 200_000_000  # an export of 100,000 records is about 60 MB
MAX_DEPTH = 32
MAX_RECORDS = 500_000
FORMAT = "passerelles-catalogue"

SECTIONS = {"partners": "partner", "contacts": "contact", "agreements": "agreement", "events": "event",
            "followups": "followup", "interactions": "interaction"}
_STARTS = ("start_map", "start_array")
_ENDS = ("end_map", "end_array")


def _open(path: Path):
    fh = open(path, "rb")  # noqa: SIM115 -- the caller closes it (a with block)
    if fh.read(3) != b"\xef\xbb\xbf":   # a byte-order mark (a file saved by Notepad) is skipped
        fh.seek(0)
    return fh


def _damaged(path: Path, exc: Exception, read: int) -> ImportFileError:
    """The French (and English) sentence for a file the parser stopped on: cut short, or damaged
    after ``read`` records (the parser's own words go to the log, not to the user)."""
    from db.logs import logger

    logger().info("reading the JSON export %s stopped: %s", path, exc)
    if "premature EOF" in str(exc):
        fr = (f"« {path.name} » est incomplet : le fichier s'arrête avant la fin des données (copie ou "
              "téléchargement interrompu ?). Rien n'a été importé ; reprenez l'export d'origine.")
        en = (f"“{path.name}” is incomplete: the file ends before its data does (an interrupted copy or "
              "download?). Nothing was imported; use the original export.")
    else:
        fr = (f"« {path.name} » est abîmé : ce n'est plus du JSON valide après {read} fiche(s) lue(s). "
              "Rien n'a été importé ; reprenez l'export d'origine.")
        en = (f"“{path.name}” is damaged: it is no longer valid JSON after {read} record(s). "
              "Nothing was imported; use the original export.")
    return ImportFileError(Reason("plain", text=Localized(lambda lang: fr if lang == "fr" else en)))


def scan(path: Path) -> tuple[dict[str, int], list[str]]:
    """(records per section, the ``domains`` list) of the export at ``path``, every token read once
    and nothing built; ImportFileError when it is not one of ours, too deep, truncated or damaged."""
    counts = dict.fromkeys(SECTIONS, 0)
    domains: list[str] = []
    depth, key, ours = 0, None, False

    def refused(reason: str, **params) -> ImportFileError:
        return ImportFileError(Reason(reason, name=path.name, **params))

    with _open(path) as fh:
        try:
            for event, value in ijson.basic_parse(fh, use_float=True):
                if event in _STARTS:
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise refused("json_too_deep", limit=MAX_DEPTH)
                    if depth == 1 and event != "start_map":
                        raise refused("json_not_ours")
                    if key in counts and ((depth == 2 and event != "start_array")
                                          or (depth == 3 and event != "start_map")):
                        raise refused("json_bad_section", section=key)
                    if depth == 3 and key in counts:
                        counts[key] += 1
                elif event in _ENDS:
                    depth -= 1
                elif depth == 1:
                    if event == "map_key":
                        key = value
                    elif key == "format":
                        ours = value == FORMAT
                    elif key in counts and event != "null":
                        raise refused("json_bad_section", section=key)
                elif depth == 2 and key in counts:
                    raise refused("json_bad_section", section=key)
                elif depth == 2 and key == "domains" and event == "string":
                    domains.append(value)
        except ijson.JSONError as exc:
            if not ours and "premature EOF" not in str(exc):   # not even the start of an export
                raise refused("json_not_ours") from None
            raise _damaged(path, exc, sum(counts.values())) from None
    if not ours:
        raise refused("json_not_ours")
    if not any(counts.values()):
        raise refused("json_no_record")
    return counts, domains


def read_records(path: Path, section: str, read: int = 0) -> Iterator[dict]:
    """The records of one section of a scanned export, one at a time; a file changed since its
    scan stops with the sentence of ``_damaged`` (``read``: records read before this section)."""
    with _open(path) as fh:
        try:
            for item in ijson.items(fh, f"{section}.item", use_float=True):
                read += 1
                yield item
        except ijson.JSONError as exc:
            raise _damaged(path, exc, read) from None


def _sections(path: Path) -> dict[str, list[dict]]:
    """The sections of a checked export, in one read (the plan holds its rows anyway; a restore
    reads one section at a time instead, ``read_records``). A section written twice: the last."""
    sections: dict[str, list[dict]] = {}
    with _open(path) as fh:
        try:
            for key, value in ijson.kvitems(fh, "", use_float=True):
                if key in SECTIONS:
                    sections[key] = value or []
        except ijson.JSONError as exc:   # the file changed since it was checked
            raise _damaged(path, exc, sum(len(v) for v in sections.values())) from None
    return sections


def check(path: Path) -> dict[str, int]:
    """Records per section of an export the import plan can hold (see the module docstring)."""
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise ImportFileError(Reason("json_too_big", name=path.name, mb=size // 1_000_000,
                                     limit=MAX_JSON_BYTES // 1_000_000))
    counts, _domains = scan(path)
    count = sum(counts.values())
    if count > MAX_RECORDS:
        raise ImportFileError(Reason("json_too_many_records", name=path.name, count=number_text(count),
                                     limit=number_text(MAX_RECORDS)))
    return counts


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


def plan_json(path: Path, plan):
    from db.interchange.imports.convert import SheetPlan
    from db.interchange.imports.resolve import finish

    check(path)
    sections = _sections(path)
    for section, kind in SECTIONS.items():
        if not sections.get(section):
            continue
        sheet = SheetPlan(Table(section, kind, "json", 1, []))
        for index, item in enumerate(sections.pop(section), start=1):
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

"""The attendance sheet (« feuille d'émargement ») as a workbook to fill, and a filled one read back as
the attendance list of the event or of one of its sessions.

``write_sheet`` lays out the event's title block, then « N° | Nom | Organisation | Présent | Signature »,
one line per person expected (declined answers left out) and blank lines for walk-ins. ``read_sheet``
takes any .xlsx/.xlsm or .csv with a name column and a presence or signature column, under title rows
or not: a line is present when its presence cell says so (x, oui, 1, présent…) or its signature cell
is not empty. ``apply_sheet`` marks the people found present, those on the sheet but not present as
absent, adds whoever signed without being on the list, and says all of it (nothing silently dropped);
an attendance count left empty (of the event, or of the session) becomes the number present, a count
already typed is kept.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from db.faults import file_fault
from db.interchange.atomic import atomic_path
from db.service_messages import ServiceMessage
from db.services import records
from db.services.errors import ServiceError
from db.text import fold, person_key

NAME_HEADERS = {"nom", "nom prenom", "prenom nom", "nom et prenom", "participant", "participante", "name",
                "full name", "personne", "nom complet"}
ORGANISATION_HEADERS = {"organisation", "organisme", "structure", "institution", "organization", "company",
                        "societe", "etablissement"}
PRESENT_HEADERS = {"present", "presente", "presence", "present e", "present(e)", "x", "attended", "came",
                   "emargement", "present x"}
SIGNATURE_HEADERS = {"signature", "signed", "emargement signature"}
NOT_PRESENT = {"", "non", "no", "n", "0", "absent", "absente", "excuse", "excusee", "excuse e", "-", "false", "faux"}
BLANK_LINES = 15


@dataclass
class SheetLine:
    name: str
    organisation: str | None
    present: bool
    row: int


@dataclass
class AttendanceReport:
    present: list[str] = field(default_factory=list)  # names of the list marked present
    absent: list[str] = field(default_factory=list)  # on the sheet, not present
    added: list[str] = field(default_factory=list)  # present but not on the list: added
    not_on_sheet: list[str] = field(default_factory=list)  # on the list, not on the sheet: left as they were


def _key(text) -> str:
    return fold(str(text or "")).replace("(", " ").replace(")", " ").replace("/", " ").strip()


def _words(text) -> str:
    return " ".join(_key(text).split())


def write_sheet(path: str | Path, event, session_id: str | None = None) -> int:
    """The sheet of ``event`` (an ``EventOut``), or of one session; returns the number of named lines."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    session = next((s for s in event.sessions if s.id == session_id), None) if session_id else None
    if session_id and session is None:
        raise ServiceError(ServiceMessage("session_not_of_event"))
    people = [p for p in event.participants if p.response != "declined"]
    book = Workbook()
    sheet = book.active
    sheet.title = "Émargement"
    sheet["A1"] = "Feuille d'émargement"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = event.title + (f" — {session.title}" if session else "")
    sheet["A2"].font = Font(bold=True)
    when = (session.date if session and session.date else event.starts_on)
    sheet["A3"] = " — ".join(x for x in (str(when) if when else "", (session.room if session else None) or
                                         event.place or "") if x)
    headers = ("N°", "Nom", "Organisation", "Présent", "Signature")
    thin = Side(style="thin", color="808080")
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=5, column=column, value=header)
        cell.font = Font(bold=True)
        cell.border = Border(bottom=thin)
    for index, p in enumerate(people, start=1):
        sheet.append([index, p.name, p.organisation or "", "", ""])
    for index in range(len(people) + 1, len(people) + BLANK_LINES + 1):
        sheet.append([index, "", "", "", ""])
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            cell.border = Border(bottom=thin)
            cell.alignment = Alignment(vertical="center")
        sheet.row_dimensions[row[0].row].height = 28
    for letter, width in zip("ABCDE", (5, 32, 32, 10, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A6"
    sheet.print_title_rows = "5:5"
    with atomic_path(path) as tmp:
        book.save(tmp)
    return len(people)


def _rows(path: Path) -> list[list]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    if suffix in (".csv", ".txt", ".tsv"):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        first = text.splitlines()[:20]
        delimiter = max(";,\t", key=lambda d: sum(line.count(d) for line in first))
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    raise ServiceError(ServiceMessage("not_an_attendance_sheet", name=path.name))


def read_sheet(path: str | Path) -> list[SheetLine]:
    """The named lines of a filled sheet, each present or not."""
    path = Path(path)
    try:
        rows = _rows(path)
    except OSError as exc:
        raise ServiceError(file_fault(exc, path)) from exc
    except (ValueError, KeyError) as exc:  # openpyxl says a damaged file with these
        raise ServiceError(ServiceMessage("sheet_damaged", name=path.name)) from exc
    for index, row in enumerate(rows[:30]):
        keys = [_words(c) for c in row]
        name = next((i for i, k in enumerate(keys) if k in NAME_HEADERS), None)
        present = next((i for i, k in enumerate(keys) if k in PRESENT_HEADERS), None)
        signature = next((i for i, k in enumerate(keys) if k in SIGNATURE_HEADERS), None)
        if name is not None and (present is not None or signature is not None):
            header = index
            break
    else:
        raise ServiceError(ServiceMessage("no_heading_row", name=path.name))
    organisation = next((i for i, k in enumerate(keys) if k in ORGANISATION_HEADERS), None)

    def cell(row, i):
        return row[i] if i is not None and i < len(row) and row[i] is not None else ""

    lines = []
    for number, row in enumerate(rows[header + 1:], start=header + 2):
        name_text = str(cell(row, name)).strip()
        if not name_text:
            continue
        mark = _words(cell(row, present))
        signed = str(cell(row, signature)).strip() != ""
        is_present = (mark not in NOT_PRESENT) if present is not None and mark else signed
        lines.append(SheetLine(name_text, str(cell(row, organisation)).strip() or None, is_present, number))
    return lines


def apply_sheet(db_session: Session, event_ref: str, lines: list[SheetLine], actor: str | None,
                session_id: str | None = None) -> AttendanceReport:
    """Record a filled sheet as who came to the event (or to one session); one undoable change."""
    from db.services.invitations import _participants, _write

    event = records.get(db_session, "event", event_ref, loose=True)
    if session_id and session_id not in {s.public_id for s in event.sessions}:
        raise ServiceError(ServiceMessage("session_not_of_event"))
    participants = _participants(event)
    by_key = {}
    for p in participants:
        by_key.setdefault(person_key(p["name"], ""), p)
    report = AttendanceReport()
    seen = set()
    for line in lines:
        p = by_key.get(person_key(line.name, ""))
        if p is None:
            if not line.present:
                continue
            p = {"name": line.name, "organisation": line.organisation, "attended": True, "sessions": []}
            participants.append(p)
            by_key[person_key(line.name, "")] = p
            report.added.append(line.name)
        elif line.present:
            report.present.append(p["name"])
        else:
            report.absent.append(p["name"])
        seen.add(id(p))
        if session_id:
            sessions = [s for s in p.get("sessions") or [] if s != session_id]
            p["sessions"] = [*sessions, session_id] if line.present else sessions
            if line.present:
                p["attended"] = True
        else:
            p["attended"] = line.present
    report.not_on_sheet = [p["name"] for p in participants if id(p) not in seen]
    present = len(report.present) + len(report.added)
    _write(db_session, event, participants, actor, (session_id or "", present) if present else None)
    return report

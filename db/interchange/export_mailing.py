"""Mailing lists Outlook takes: a CSV with the column names Outlook itself writes (Fichier › Ouvrir et
exporter › Importer/Exporter › « Valeurs séparées par une virgule ») and a vCard 3.0 file.

The people come from ``db.services.invitations.recipients``: whoever objects to being contacted, was
anonymised or has no e-mail is never written; the caller says who was left out. The CSV is UTF-8
with a BOM, "," between fields and CRLF (what Outlook's import wizard reads with accents intact);
text Excel would take for a formula is neutralised as in every other CSV export.
"""

from __future__ import annotations

import csv
from pathlib import Path

from db.interchange.atomic import atomic_path
from db.interchange.export_csv import neutralise
from db.schemas.out import ContactOut

OUTLOOK_COLUMNS = ("First Name", "Last Name", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
                   "Company", "Job Title", "Business Phone", "Mobile Phone", "Business Street", "Title")


def _phones(contact: ContactOut) -> tuple[str, str]:
    mobile = next((p.number for p in contact.phones if p.kind == "mobile"), "")
    other = next((p.number for p in contact.phones if p.kind != "mobile"), "")
    return other, mobile


def _company(contact: ContactOut) -> str:
    return contact.organisation or (contact.partners[0].name if contact.partners else "")


def write_outlook_csv(path: str | Path, contacts: list[ContactOut]) -> int:
    """One line per person (their first three e-mails); returns the number of lines."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(OUTLOOK_COLUMNS)
        for c in contacts:
            emails = ([*list(c.emails), "", "", ""])[:3]
            phone, mobile = _phones(c)
            texts = [neutralise(v or "") for v in (c.first_name, c.last_name, *emails, _company(c), c.job_title)]
            # phones are validated E.164 numbers: written as they are (a "+" is no formula to Outlook)
            writer.writerow([*texts, phone, mobile, neutralise((c.address or "").replace("\n", ", ")),
                             neutralise(c.civility or "")])
    return len(contacts)


def _escape(text: str | None) -> str:
    """vCard 3.0 text value: backslash, comma, semicolon and newlines escaped."""
    return (text or "").replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded with CRLF + space (RFC 6350 § 3.2), never inside a character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def vcard(contact: ContactOut) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             f"N:{_escape(contact.last_name)};{_escape(contact.first_name)};;{_escape(contact.civility)};",
             f"FN:{_escape(contact.full_name)}"]
    company = _company(contact)
    if company:
        lines.append(f"ORG:{_escape(company)}")
    if contact.job_title:
        lines.append(f"TITLE:{_escape(contact.job_title)}")
    for index, email in enumerate(contact.emails):
        lines.append(f"EMAIL;TYPE=INTERNET{',PREF' if index == 0 else ''}:{email}")
    for phone in contact.phones:
        lines.append(f"TEL;TYPE={'CELL' if phone.kind == 'mobile' else 'WORK'}:{phone.number}")
    if contact.address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(contact.address)};;;;")
    lines.append(f"UID:urn:uuid:{contact.id}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_vcards(path: str | Path, contacts: list[ContactOut]) -> int:
    """Every person in one .vcf file; returns the number of cards."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        for c in contacts:
            handle.write(vcard(c))
    return len(contacts)


def email_line(contacts: list[ContactOut]) -> str:
    """« a@x.fr; b@y.kr »: the first e-mail of each, to paste into Outlook's Cci field."""
    return "; ".join(c.emails[0] for c in contacts if c.emails)

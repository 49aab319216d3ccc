"""The Atlas update as an Excel workbook: a sheet of the officials and staff in charge of international
relations, a sheet of project sheets (one row per cooperation), each row saying what is missing."""

from __future__ import annotations

import os

from db.countries import country_name
from db.interchange.export_xlsx import write_workbook
from db.reports import atlas_types
from db.reports.atlas import AtlasUpdate, field_label, status_label
from db.schemas import vocab

SHEETS = {"team": ("Élus et agents", "Officials and staff"), "projects": ("Projets", "Projects")}
WORDS = {"missing": ("À compléter", "Missing"), "role": ("Qualité", "Role"), "elected": ("Élu(e)", "Elected"),
         "staff": ("Agent", "Staff"), "project": ("Intitulé de l'accord", "Agreement")}


def _w(table: dict, key: str, language: str) -> str:
    fr, en = table[key]
    return en if language == "en" else fr


def missing_text(codes, language: str = "fr") -> str:
    return ", ".join(field_label(c, language) for c in codes)


def date_value(value, language: str = "fr"):
    """A date known to the day as a real date, else as written ("2018", "mai 2019")."""
    if value is None:
        return None
    return value.first_day() if value.precision == "day" else value.display(language)


def write(update: AtlasUpdate, path: str | os.PathLike, language: str = "fr") -> dict[str, int]:
    def produce(book, f):
        alert = book.add_format({"font_name": "Calibri", "font_size": 10, "font_color": "#B00020", "text_wrap": True,
                                 "valign": "top"})
        ws = book.add_worksheet(_w(SHEETS, "team", language))
        heads = [field_label(c, language) for c in ("first_name", "last_name", "title", "email")] + [
            _w(WORDS, "role", language), _w(WORDS, "missing", language)]
        for c, (text, width) in enumerate(zip(heads, (18, 20, 40, 34, 10, 30), strict=True)):
            ws.set_column(c, c, width, f.text)
            ws.write_string(0, c, text, f.header)
        for r, m in enumerate(update.team, start=1):
            for c, value in enumerate((m.first_name, m.last_name, m.title, m.email)):
                ws.write_string(r, c, value)
            ws.write_string(r, 4, _w(WORDS, "elected" if m.elected else "staff", language))
            if m.missing:
                ws.write_string(r, 5, missing_text(m.missing, language), alert)
        ws.freeze_panes(1, 0)

        ws = book.add_worksheet(_w(SHEETS, "projects", language))
        codes = ("partner", "partner_kind", "country", "kind", "domains", "starts_on", "ends_on", "status", "summary")
        heads = [field_label(c, language) for c in codes] + [_w(WORDS, "project", language), _w(WORDS, "missing", language)]
        widths = (24, 20, 16, 26, 30, 12, 12, 12, 50, 44, 30)
        for c, (text, width) in enumerate(zip(heads, widths, strict=True)):
            ws.set_column(c, c, width, f.date if codes[c:c + 1] in (("starts_on",), ("ends_on",)) else f.note)
            ws.write_string(0, c, text, f.header)
        for r, p in enumerate(update.projects, start=1):
            values = [p.partner, atlas_types.label(p.partner_kind, language), country_name(p.country, language),
                      vocab.AGREEMENT_KIND.label(p.kind, language), ", ".join(p.domains),
                      date_value(p.starts_on, language), date_value(p.ends_on, language),
                      status_label(p.status, language), p.summary or "", p.title]
            for c, value in enumerate(values):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write_datetime(r, c, value, f.date)
            if p.missing:
                ws.write_string(r, len(values), missing_text(p.missing, language), alert)
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, max(len(update.projects), 1), len(heads) - 1)
        return {"personnes": len(update.team), "projets": len(update.projects)}

    return write_workbook(path, produce, language)

"""The annual report as a Word document (.docx) the office edits before the council: the same data
(``db.reports.annual``) and words (``db.reports.annual_words``) as the PDF, in Word's own styles (titles,
tables) so that it takes the city's template. The map, drawn with Qt, is given as PNG bytes by the
caller (the window or ``passerelles bilan --docx``); without them the document has no map."""

from __future__ import annotations

import io
import os

from docx import Document
from docx.shared import Cm, Pt

from db import agreement_status
from db.countries import country_name
from db.interchange.atomic import atomic_path
from db.reports.annual import AnnualReport
from db.reports.annual_words import w
from db.schemas import vocab
from db.words import euros
from db.written_dates import written


def _table(doc, headers: list[str], rows: list[list[str]], empty: str) -> None:
    if not rows:
        doc.add_paragraph().add_run(empty).italic = True
        return
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = str(text)


def _agreements(doc, items, r: AnnualReport, language: str, empty: str) -> None:
    _table(doc, [w("agreement", language), w("partners", language), w("signed_on", language), w("standing", language)],
           [[a.title, ", ".join(p.name for p in a.partners), written(a, "signed_on", language),
             agreement_status.of(a, r.today).label(language)] for a in items], empty)


def _followups(doc, lines, language: str) -> None:
    _table(doc, [w("action", language), w("owner", language), w("due_on", language)],
           [[x.followup.title, x.followup.owner or "", x.followup.due_on.display(language) if x.followup.due_on else ""]
            for x in lines], w("none_followups", language))


def write(r: AnnualReport, path: str | os.PathLike, language: str = "fr", *, office: str = "",
          map_png: bytes | None = None) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.title = w("title", language, year=r.year)
    doc.core_properties.author = office or "Passerelles"
    if office:
        doc.add_paragraph(office)
    doc.add_heading(w("title", language, year=r.year), level=0)
    for key, value in (("signed", len(r.signed)), ("renewed", len(r.renewed)), ("ended", len(r.ended)),
                       ("in_force", r.in_force), ("events", len(r.events)), ("attendance", r.attendance),
                       ("paid", euros(r.money_total("paid"), language)), ("done", len(r.done)), ("late", len(r.late))):
        doc.add_paragraph(f"{w(key, language)} : {value}" if language != "en" else f"{w(key, language)}: {value}",
                          style="List Bullet")
    for key, items, empty in (("signed", r.signed, "none_signed"), ("renewed", r.renewed, "none_renewed"),
                              ("ended", r.ended, "none_ended")):
        doc.add_heading(w(key, language), level=1)
        _agreements(doc, items, r, language, w(empty, language))
    doc.add_heading(w("events", language), level=1)
    _table(doc, [w("date", language), w("event", language), w("place", language), w("attendance", language)],
           [[written(e, "starts_on", language), e.title, e.place or "", e.attendance or ""] for e in r.events],
           w("none_events", language))
    doc.add_heading(w("partners_by_country", language), level=1)
    if map_png:
        doc.add_picture(io.BytesIO(map_png), width=Cm(16))
    _table(doc, [w("country", language), w("partners_count", language)],
           [[country_name(c, language), n] for c, n in r.partners_by_country], w("none_partners", language))
    doc.add_heading(w("money", language), level=1)
    doc.add_paragraph(" · ".join(f"{w(k, language)} {euros(r.money_total(k), language)}"
                                 for k in ("planned", "committed", "paid")))
    _table(doc, [w("country", language), w("category", language), w("paid", language)],
           [[country_name(c, language) or w("no_country", language),
             vocab.BUDGET_CATEGORY.label(cat, language) or w("no_category", language), euros(v, language)]
            for (c, cat), v in sorted(r.money_cells.items(), key=lambda kv: (kv[0][0] or "~", kv[0][1]))],
           w("none_money", language))
    doc.add_heading(w("done", language), level=1)
    _followups(doc, r.done, language)
    doc.add_heading(w("late", language), level=1)
    _followups(doc, r.late, language)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))

"""The « Budget par année » sheet of the Excel export: every budget line of the live agreements and events,
one row each, with the record it belongs to (its kind, title and identifier, last as in every sheet).

The import leaves this sheet alone (``vocabulary.UNSUPPORTED_SHEETS``): an exported workbook imported
again creates nothing from it; the lines travel with the JSON export."""

from __future__ import annotations

from db.countries import country_name
from db.reports.money import lines_of_year
from db.schemas import vocab

SHEET_NAMES = ("Budget par année", "Budget by year")
HEADERS = {
    "fr": ("Fiche", "Intitulé", "Ligne", "Année", "Libellé", "Catégorie (APD)", "Pays", "Prévu", "Engagé", "Versé",
           "Cofinanceurs", "Identifiant"),
    "en": ("Record", "Title", "Line", "Year", "Label", "Category (ODA)", "Country", "Planned", "Committed", "Paid",
           "Co-financers", "Identifier"),
}
KINDS = {"agreement": ("Accord", "Agreement"), "event": ("Événement", "Event")}
WIDTHS = (12, 44, 7, 8, 30, 30, 16, 14, 14, 14, 30, 38)


def write(book, formats, catalog, kind: str | None = None, language: str = "fr") -> int:
    """Add the sheet when there is at least one line (of ``kind``'s records when one kind is exported)."""
    en = language == "en"
    with catalog.uow() as uow:
        lines = [m for m in lines_of_year(uow.session) if kind is None or m.owner_kind == kind]
    if not lines:
        return 0
    ws = book.add_worksheet(SHEET_NAMES[1 if en else 0])
    money = {7, 8, 9}
    for c, (title, width) in enumerate(zip(HEADERS["en" if en else "fr"], WIDTHS, strict=True)):
        ws.set_column(c, c, width, formats.money if c in money else (formats.id if c == 11 else formats.text))
        ws.write_string(0, c, title, formats.header)
    ws.freeze_panes(1, 0)
    ws.set_row(0, 30)
    for r, m in enumerate(lines, start=1):
        ws.write_string(r, 0, KINDS[m.owner_kind][1 if en else 0])
        ws.write_string(r, 1, m.owner_title)
        ws.write_number(r, 2, m.number, formats.int)
        ws.write_number(r, 3, m.year, formats.int)
        for c, text in ((4, m.label), (5, vocab.BUDGET_CATEGORY.label(m.category, language)),
                        (6, country_name(m.country, language) if m.country else ""), (10, "; ".join(m.cofinancers)),
                        (11, m.owner_id)):
            if text:
                ws.write_string(r, c, text)
        for c, value in ((7, m.planned), (8, m.committed), (9, m.paid)):
            if value is not None:
                ws.write_number(r, c, float(value), formats.money)
    ws.autofilter(0, 0, len(lines), len(WIDTHS) - 1)
    return len(lines)

"""The APD worksheet as an Excel workbook: the table by country and category, the declared lines (each
amount's trace, with a formula-free check total), the lines left out and why, and the ODA list used."""

from __future__ import annotations

import os

from db.countries import country_name
from db.interchange.export_xlsx import write_workbook
from db.reports.apd import UNALLOCATED, ApdWorksheet, reason_text
from db.schemas import vocab

WORDS = {
    "table": ("Déclaration {year}", "Declaration {year}"), "declared": ("Lignes déclarées", "Declared lines"),
    "left": ("Lignes écartées", "Lines left out"), "source": ("Liste APD", "ODA list"),
    "country": ("Pays", "Country"), "total": ("Total", "Total"), "unallocated": ("Non ventilé par pays", "Not by country"),
    "record": ("Fiche", "Record"), "line": ("Ligne", "Line"), "label": ("Libellé", "Label"),
    "category": ("Catégorie", "Category"), "paid": ("Versé", "Paid"), "planned": ("Prévu", "Planned"),
    "committed": ("Engagé", "Committed"), "cofinancers": ("Cofinanceurs", "Co-financers"),
    "reason": ("Motif", "Reason"), "from_partner": ("pays du partenaire", "partner's country"),
    "title": ("Aide publique au développement {year} — feuille de préparation de la déclaration",
              "Official development assistance {year} — worksheet for the declaration"),
    "none": ("Aucun versement éligible en {year} : la déclaration se fait quand même, à zéro.",
             "No eligible payment in {year}: the declaration is still due, at zero."),
}


def word(key: str, language: str, **kwargs) -> str:
    fr, en = WORDS[key]
    return (en if language == "en" else fr).format(**kwargs)


def country_label(code: str, language: str = "fr") -> str:
    return word("unallocated", language) if code == UNALLOCATED else f"{country_name(code, language)} ({code})"


def _country_cell(line, language: str) -> str:
    if not line.country:
        return ""
    name = country_name(line.country, language)
    return f"{name} ({word('from_partner', language)})" if line.country_from_partners else name


def write(sheet: ApdWorksheet, path: str | os.PathLike, language: str = "fr") -> dict[str, int]:
    def produce(book, f):
        bold = book.add_format({"bold": True, "font_name": "Calibri", "font_size": 10})
        bold_money = book.add_format({"bold": True, "font_name": "Calibri", "font_size": 10,
                                      "num_format": '#,##0.00\\ "€"', "top": 1})
        title = book.add_format({"bold": True, "font_name": "Calibri", "font_size": 13})
        ws = book.add_worksheet(word("table", language, year=sheet.year)[:31])
        ws.write_string(0, 0, word("title", language, year=sheet.year), title)
        categories = sheet.categories
        headers = [word("country", language)] + [vocab.BUDGET_CATEGORY.label(c, language) for c in categories] \
            + [word("total", language)]
        ws.set_row(2, 45)
        ws.set_column(0, 0, 34, f.text)
        ws.set_column(1, len(headers), 18, f.money)
        for c, text in enumerate(headers):
            ws.write_string(2, c, text, f.header)
        r = 3
        for country in sheet.countries:
            ws.write_string(r, 0, country_label(country, language), f.text)
            for c, category in enumerate(categories, start=1):
                value = sheet.cells.get((country, category))
                if value is not None:
                    ws.write_number(r, c, float(value), f.money)
            ws.write_number(r, len(headers) - 1, float(sheet.country_total(country)), bold_money)
            r += 1
        if not sheet.countries:
            ws.write_string(r, 0, word("none", language, year=sheet.year), f.text)
            r += 1
        ws.write_string(r, 0, word("total", language), bold)
        for c, category in enumerate(categories, start=1):
            ws.write_number(r, c, float(sheet.category_total(category)), bold_money)
        ws.write_number(r, len(headers) - 1, float(sheet.grand_total), bold_money)

        trace = book.add_worksheet(word("declared", language)[:31])
        heads = [word("country", language), word("category", language), word("paid", language), word("record", language),
                 word("line", language), word("label", language), word("cofinancers", language)]
        widths = [28, 34, 14, 60, 8, 36, 36]
        for c, (text, width) in enumerate(zip(heads, widths, strict=True)):
            trace.set_column(c, c, width, f.money if c == 2 else f.text)
            trace.write_string(0, c, text, f.header)
        for r, d in enumerate(sorted(sheet.declared, key=lambda d: (d.country == UNALLOCATED, d.country,
                                                                     d.line.category, d.line.reference)), start=1):
            trace.write_string(r, 0, country_label(d.country, language))
            trace.write_string(r, 1, vocab.BUDGET_CATEGORY.label(d.line.category, language))
            trace.write_number(r, 2, float(d.amount), f.money)
            trace.write_string(r, 3, d.line.reference)
            trace.write_number(r, 4, d.line.number, f.int)
            trace.write_string(r, 5, d.line.label or "")
            trace.write_string(r, 6, "; ".join(d.line.cofinancers))
        trace.freeze_panes(1, 0)

        left = book.add_worksheet(word("left", language)[:31])
        heads = [word("reason", language), word("record", language), word("label", language),
                 word("category", language), word("country", language), word("planned", language),
                 word("committed", language), word("paid", language)]
        widths = [44, 60, 30, 30, 24, 14, 14, 14]
        for c, (text, width) in enumerate(zip(heads, widths, strict=True)):
            left.set_column(c, c, width, f.money if c >= 5 else f.text)
            left.write_string(0, c, text, f.header)
        for r, x in enumerate(sheet.left_out, start=1):
            m = x.line
            left.write_string(r, 0, reason_text(x.reason, language))
            left.write_string(r, 1, m.reference)
            left.write_string(r, 2, m.label or "")
            left.write_string(r, 3, vocab.BUDGET_CATEGORY.label(m.category, language))
            left.write_string(r, 4, _country_cell(m, language))
            for c, value in enumerate((m.planned, m.committed, m.paid), start=5):
                if value is not None:
                    left.write_number(r, c, float(value), f.money)
        left.freeze_panes(1, 0)

        src = book.add_worksheet(word("source", language)[:31])
        src.set_column(0, 0, 120, f.note)
        for r, text in enumerate((sheet.oda.title, sheet.oda.source, sheet.oda.note,
                                  ", ".join(str(y) for y in sheet.oda.years),
                                  ", ".join(sorted(sheet.oda.countries)))):
            src.write_string(r, 0, text)
        return {"lignes déclarées": len(sheet.declared), "lignes écartées": len(sheet.left_out)}

    return write_workbook(path, produce, language)

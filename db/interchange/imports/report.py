"""The problems of an import plan as an .xlsx workbook (sheet, row, column, original value, reason)."""

from __future__ import annotations

from pathlib import Path

from db.interchange.atomic import atomic_path
from db.interchange.imports.reasons import reason_text

SEVERITY = {"fr": {"error": "Ligne rejetée", "warning": "Avertissement", "info": "Remarque"},
            "en": {"error": "Row rejected", "warning": "Warning", "info": "Note"}}
HEADERS = {"fr": ("Problèmes", ["Feuille", "Ligne", "Colonne", "Valeur d'origine", "Problème", "Gravité"]),
           "en": ("Problems", ["Sheet", "Row", "Column", "Original value", "Problem", "Severity"])}


def write_problems(plan, path: str | Path, language: str = "fr") -> int:
    """Write the plan's problems in ``language`` ("fr" or "en"); returns how many."""
    import xlsxwriter

    problems = plan.problems()
    with atomic_path(Path(path)) as tmp:
        book = xlsxwriter.Workbook(str(tmp))
        language = "en" if language == "en" else "fr"
        title, headers = HEADERS[language]
        severity = SEVERITY[language]
        sheet = book.add_worksheet(title)
        bold = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        for col, (header, width) in enumerate(zip(headers, (22, 8, 24, 36, 70, 16), strict=True)):
            sheet.write(0, col, header, bold)
            sheet.set_column(col, col, width)
        for row, p in enumerate(problems, start=1):
            sheet.write_string(row, 0, p.sheet or "", wrap)
            sheet.write_number(row, 1, p.row)
            sheet.write_string(row, 2, p.column or "", wrap)
            sheet.write_string(row, 3, p.value or "", wrap)
            sheet.write_string(row, 4, reason_text(p.reason, language), wrap)
            sheet.write_string(row, 5, severity.get(p.severity, p.severity))
        sheet.autofilter(0, 0, max(len(problems), 1), len(headers) - 1)
        sheet.freeze_panes(1, 0)
        book.close()
    return len(problems)

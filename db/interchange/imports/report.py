"""The problems of an import plan as an .xlsx workbook (sheet, row, column, original value, reason)."""

from __future__ import annotations

from pathlib import Path

from db.interchange.atomic import atomic_path

SEVERITY = {"error": "Ligne rejetée", "warning": "Avertissement", "info": "Remarque"}


def write_problems(plan, path: str | Path) -> int:
    import xlsxwriter

    problems = plan.problems()
    with atomic_path(Path(path)) as tmp:
        book = xlsxwriter.Workbook(str(tmp))
        sheet = book.add_worksheet("Problèmes")
        bold = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        headers = ["Feuille", "Ligne", "Colonne", "Valeur d'origine", "Problème", "Gravité"]
        for col, (header, width) in enumerate(zip(headers, (22, 8, 24, 36, 70, 16), strict=True)):
            sheet.write(0, col, header, bold)
            sheet.set_column(col, col, width)
        for row, p in enumerate(problems, start=1):
            sheet.write_string(row, 0, p.sheet or "", wrap)
            sheet.write_number(row, 1, p.row)
            sheet.write_string(row, 2, p.column or "", wrap)
            sheet.write_string(row, 3, p.value or "", wrap)
            sheet.write_string(row, 4, p.reason, wrap)
            sheet.write_string(row, 5, SEVERITY.get(p.severity, p.severity))
        sheet.autofilter(0, 0, max(len(problems), 1), len(headers) - 1)
        sheet.freeze_panes(1, 0)
        book.close()
    return len(problems)

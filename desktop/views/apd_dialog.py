"""Outils › Déclaration APD… : the worksheet of the yearly APD declaration for a year, by country and
category; choosing an amount lists the budget lines it adds up; lines left out say why; Excel, PDF,
preview and print (``db.reports.apd``, ``db.interchange.apd_xlsx``, ``desktop.printing.html_money``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from db.countries import country_name
from db.reports.apd import UNALLOCATED, apd_worksheet, reason_text
from db.schemas.vocab import BUDGET_CATEGORY
from db.words import euros
from desktop.widgets.language import ui_language


def read_only_table(parent, name: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ApdDialog(QDialog):
    """The worksheet is read on the window's task runner (``yearly_loading``): the window stays
    responsive, the export buttons wait for the figures, a failure is said in the summary line. The
    preview, the PDF and the workbook are built there too (``yearly_output``), said in ``output_state``."""

    def __init__(self, services, parent=None, year: int | None = None, runner=None):
        super().__init__(parent)
        from desktop.views.yearly_loading import BackgroundRead
        from desktop.views.yearly_output import YearlyOutput

        self.services = services
        self.sheet = None
        self.loader = BackgroundRead(self, runner, self.show_sheet, self.show_failure)
        self.setObjectName("apd_dialog")
        self.resize(980, 640)
        self.year = QSpinBox(self)
        self.year.setObjectName("apd_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year - 1)
        self.year.valueChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self, "apd_table")
        self.table.currentCellChanged.connect(self.show_trace)
        self.trace_title = QLabel(self)
        self.trace = read_only_table(self, "apd_trace")
        self.left_title = QLabel(self)
        self.left = read_only_table(self, "apd_left_out")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self._print("pdf"))
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(lambda: self._print("preview"))
        self.output_state = QLabel(self)
        self.output_state.setObjectName("output_state")
        self.output = YearlyOutput(self, services, runner, "apd", self.output_state,
                                   (self.xlsx_button, self.pdf_button, self.preview_button),
                                   lambda: self.sheet is not None and not self.loader.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        for button in (self.xlsx_button, self.pdf_button, self.preview_button):   # beside « Fermer »: the year's
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)   # row leaves room at 200 %
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.trace_title)
        layout.addWidget(self.trace, 2)
        layout.addWidget(self.left_title)
        layout.addWidget(self.left, 2)
        layout.addWidget(self.output_state)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Déclaration de l'aide publique au développement (e-APD)"))
        self.year_label.setText(self.tr("Versements de l'année :"))
        self.xlsx_button.setText(self.tr("Enregistrer en Excel…"))
        self.pdf_button.setText(self.tr("Enregistrer en PDF…"))
        self.preview_button.setText(self.tr("Aperçu et impression…"))

    @Slot()
    def refresh(self) -> None:
        """Read the chosen year's worksheet in the background; ``show_sheet`` fills the tables."""
        catalog, actor, year = self.services.catalog, self.services.actor, self.year.value()

        def read():
            with catalog.uow(actor) as uow:
                return apd_worksheet(uow.session, year)

        self._waiting(self.tr("Lecture des versements de {0}…").format(year))
        self.loader.start(read)

    def _waiting(self, text: str) -> None:
        self.summary.setText(text)
        for button in (self.xlsx_button, self.pdf_button, self.preview_button):
            button.setEnabled(False)

    def show_failure(self, message: str) -> None:
        self.sheet = None
        self.summary.setText(message)
        for table in (self.table, self.trace, self.left):
            table.setRowCount(0)

    def show_sheet(self, sheet) -> None:
        self.sheet = sheet
        language = ui_language()
        self.output.refresh_buttons()
        total = euros(sheet.grand_total, language)
        text = self.tr("Total déclarable : {0}, sur {1} ligne(s) budgétaire(s) versée(s) dans des pays éligibles. "
                       "Liste des pays : {2}").format(total, len(sheet.declared), sheet.oda.title)
        if not sheet.oda.covers(sheet.year):
            text += " " + self.tr("Attention : la liste installée ne couvre pas {0}.").format(sheet.year)
        if not sheet.cells:
            text = self.tr("Aucun versement éligible en {0} : la déclaration reste due, à zéro.").format(sheet.year)
        self.summary.setText(text)
        categories = sheet.categories
        rows = [[self._country(c)] + [euros(sheet.cells[c, cat], language) if (c, cat) in sheet.cells else ""
                                      for cat in categories] + [euros(sheet.country_total(c), language)]
                for c in sheet.countries]
        if rows:
            rows.append([self.tr("Total")] + [euros(sheet.category_total(cat), language) for cat in categories]
                        + [total])
        fill(self.table, [self.tr("Pays")] + [BUDGET_CATEGORY.label(c, language) for c in categories]
             + [self.tr("Total")], rows, tuple(range(1, len(categories) + 2)))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.show_trace(-1, -1)
        self.left_title.setText(self.tr("Lignes de l'année non déclarées ({0})").format(len(sheet.left_out)))
        fill(self.left, [self.tr("Fiche"), self.tr("Ligne"), self.tr("Pays"), self.tr("Versé"), self.tr("Motif")],
             [[x.line.owner_title, str(x.line.number), country_name(x.line.country, language),
               euros(x.line.paid, language) if x.line.paid else "", reason_text(x.reason, language)]
              for x in sheet.left_out], (3,))

    def _country(self, code: str) -> str:
        return self.tr("Non ventilé par pays") if code == UNALLOCATED else country_name(code, ui_language())

    @Slot(int, int)
    def show_trace(self, row: int, column: int, *_args) -> None:
        """The lines of the chosen amount (a cell, a country's row or a category's column), else all."""
        sheet, language = self.sheet, ui_language()
        if sheet is None:
            return
        countries, categories = sheet.countries, sheet.categories
        country = countries[row] if 0 <= row < len(countries) else None
        category = categories[column - 1] if 1 <= column <= len(categories) else None
        chosen = [d for d in sheet.declared if (country is None or d.country == country)
                  and (category is None or d.line.category == category)]
        self.trace_title.setText(self.tr("Lignes budgétaires de ce montant ({0}) — {1}").format(
            len(chosen), euros(sum(d.amount for d in chosen), language)))
        fill(self.trace, [self.tr("Pays"), self.tr("Catégorie"), self.tr("Versé"), self.tr("Fiche"), self.tr("Ligne"),
                          self.tr("Libellé")],
             [[self._country(d.country), BUDGET_CATEGORY.label(d.line.category, language), euros(d.amount, language),
               d.line.owner_title, str(d.line.number), d.line.label or ""] for d in chosen], (2,))

    @Slot()
    def save_xlsx(self) -> str | None:
        """The worksheet as a workbook, written in the background (``yearly_output``); the path chosen."""
        from db.interchange import apd_xlsx

        sheet = self.sheet
        if sheet is None:
            return None
        return self.output.xlsx(f"APD-{sheet.year}.xlsx", lambda path, language: apd_xlsx.write(sheet, path, language))

    def _print(self, how: str) -> None:
        """Preview or PDF of the worksheet, built in the background (``yearly_output``)."""
        year = str(self.year.value())
        if how == "pdf":
            self.output.pdf(year, f"APD-{year}.pdf")
        else:
            self.output.preview(year)

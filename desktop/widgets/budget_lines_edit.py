"""The budget lines of an agreement or an event, one row a year: year, label, APD category, country,
planned, committed and paid euros, co-financers.

A handful of rows edited in place inside a form: a ``QTableWidget`` (no model of its own to keep),
with the category as a drop-down. ``value()`` gives what ``AgreementIn.budget_lines`` takes (the schema
reads the amounts and the country as typed and says what is wrong); ``set_values`` takes the record's
``BudgetLineOut`` rows or dicts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.countries import country_name
from db.schemas.vocab import BUDGET_CATEGORY
from desktop.views.forms.binding import format_amount, read_number
from desktop.widgets.language import ui_language

COL_YEAR, COL_LABEL, COL_CATEGORY, COL_COUNTRY, COL_PLANNED, COL_COMMITTED, COL_PAID, COL_COFINANCERS = range(8)
AMOUNTS = {COL_PLANNED: "planned", COL_COMMITTED: "committed", COL_PAID: "paid"}


def _get(line, name):
    return line.get(name) if isinstance(line, dict) else getattr(line, name, None)


class BudgetLinesEdit(QWidget):
    """Signals: ``changed`` — a cell, a category or the rows changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("budget_lines")
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("budget_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_YEAR, 60), (COL_CATEGORY, 190), (COL_COUNTRY, 110), (COL_PLANNED, 90),
                              (COL_COMMITTED, 90), (COL_PAID, 90), (COL_COFINANCERS, 150)):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_budget_line")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_budget_line")
        self.remove_button.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Année"), self.tr("Libellé"), self.tr("Catégorie (APD)"), self.tr("Pays"), self.tr("Prévu (€)"),
            self.tr("Engagé (€)"), self.tr("Versé (€)"), self.tr("Cofinanceurs")])
        self.add_button.setText(self.tr("Ajouter une ligne"))
        self.remove_button.setText(self.tr("Retirer la ligne"))
        self.table.setToolTip(self.tr("Une ligne par année : montants prévus, engagés et versés. La déclaration "
                                      "APD reprend les montants versés des pays éligibles."))

    def _category_box(self, code: str | None) -> QComboBox:
        box = QComboBox(self.table)
        box.addItem("", None)
        language = ui_language()
        for category in BUDGET_CATEGORY.codes:
            box.addItem(BUDGET_CATEGORY.label(category, language), category)
        box.setCurrentIndex(max(0, box.findData(code)))
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return box

    def add_line(self, line=None) -> int:
        """Append a row (empty, or from a line); returns its index."""
        import datetime as dt

        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        year = _get(line, "year") if line is not None else dt.date.today().year
        country = _get(line, "country") if line is not None else None
        texts = {COL_YEAR: "" if year is None else str(year), COL_LABEL: _get(line, "label") or "" if line else "",
                 COL_COUNTRY: country_name(country, ui_language()) if country else "",
                 COL_COFINANCERS: "; ".join(_get(line, "cofinancers") or []) if line else ""}
        for column, name in AMOUNTS.items():
            value = _get(line, name) if line is not None else None
            texts[column] = format_amount(value) if value is not None and not isinstance(value, str) else (value or "")
        for column, text in texts.items():
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCellWidget(row, COL_CATEGORY, self._category_box(_get(line, "category") if line else None))
        self.table.blockSignals(False)
        if line is None:
            self.table.setCurrentCell(row, COL_LABEL)
            self.changed.emit()
        return row

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_values(self, lines) -> None:
        self.table.setRowCount(0)
        for line in lines or []:
            self.add_line(line)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def value(self) -> list[dict]:
        lines = []
        for row in range(self.table.rowCount()):
            category = self.table.cellWidget(row, COL_CATEGORY).currentData()
            texts = {c: self._text(row, c) for c in range(8) if c != COL_CATEGORY}
            if not any(texts.values()) and category is None:
                continue
            year = texts[COL_YEAR]
            lines.append({
                "year": int(year) if year.isdigit() else (year or None), "label": texts[COL_LABEL] or None,
                "category": category, "country": texts[COL_COUNTRY] or None,
                **{name: read_number(texts[c]) if texts[c] else None for c, name in AMOUNTS.items()},
                "cofinancers": [p.strip() for p in texts[COL_COFINANCERS].split(";") if p.strip()],
            })
        return lines

    def text(self) -> str:
        return "; ".join(f"{line['year']} {line['label'] or ''}".strip() for line in self.value())

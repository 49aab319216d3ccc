"""The value-mapping page of the import wizard: what each value of a closed vocabulary becomes.

For every column mapped to a status, a kind, a priority, a renewal or a yes/no field, the distinct
values of the file are listed with what each becomes (``value_readings``); the user may read any of
them otherwise (« Clôturée » is *Expiré*). The choices go to the plan (``ImportWizard.values``), are
saved with a profile, and match the command line's ``--value "Statut:Clôturée=expired"``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from db.interchange.imports.value_readings import readings
from desktop.views.import_wizard.models import kind_label
from desktop.widgets.language import ui_language


class ValuesPage(QWizardPage):
    """Distinct values of the closed-vocabulary columns, each with the code it becomes."""

    COL_SHEET, COL_COLUMN, COL_VALUE, COL_CODE = range(4)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Valeurs des colonnes à choix"))
        self.setSubTitle(self.tr("Vérifiez ce que devient chaque valeur des statuts, types et cases oui/non ; "
                                 "choisissez une autre lecture au besoin. Une valeur non reconnue est gardée "
                                 "comme attribut."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Feuille"), self.tr("Colonne"), self.tr("Valeur du fichier"),
                                              self.tr("Devient")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.COL_CODE, 260)
        self.changed = False
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)

    def rows(self):
        """(sheet plan, reading) of the current plan, in sheet order."""
        plan = self.w.plan
        if plan is None:
            return []
        return [(sp, r) for sp in plan.sheets if sp.table.layout != "json" for r in readings(sp, ui_language())]

    def initializePage(self) -> None:
        self.changed = False
        self.table.setRowCount(0)
        found = self.rows()
        for sp, reading in found:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for col, text in ((self.COL_SHEET, f"{sp.table.sheet} — {kind_label(sp.kind)}"),
                              (self.COL_COLUMN, reading.header), (self.COL_VALUE, reading.value)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, col, item)
            box = QComboBox()
            box.addItem(self.tr("Non reconnue : gardée comme attribut"), "")
            for code, label in reading.choices:
                box.addItem(label, code)
            box.setCurrentIndex(max(box.findData(reading.code or ""), 0))
            box.currentIndexChanged.connect(
                lambda _i, s=sp.table.sheet, h=reading.header, v=reading.value, b=box: self._chosen(s, h, v, b))
            self.table.setCellWidget(r, self.COL_CODE, box)
        unknown = sum(1 for _sp, reading in found if not reading.code)
        self.info.setText(self.tr("{0} valeur(s) à vérifier, dont {1} non reconnue(s).").format(len(found), unknown))

    def _chosen(self, sheet: str, header: str, value: str, box: QComboBox) -> None:
        code = box.currentData()
        told = self.w.values.setdefault(sheet, {}).setdefault(header, {})
        if code:
            told[value] = code
        else:
            told.pop(value, None)
        self.changed = True

    def set_value(self, header: str, value: str, code: str) -> None:
        """Read one value of a column otherwise (used by tests and keyboard users)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.COL_COLUMN).text() == header and self.table.item(r, self.COL_VALUE).text() == value:
                box = self.table.cellWidget(r, self.COL_CODE)
                box.setCurrentIndex(box.findData(code))
                return
        raise KeyError((header, value))

    def validatePage(self) -> bool:
        return self.w.rebuild_plan() if self.changed else True

    def nextId(self) -> int:
        return self.w.PREVIEW

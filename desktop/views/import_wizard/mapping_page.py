"""The import wizard's column mapping: which field each column goes to, and how sure its reading is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from db.interchange.imports import vocabulary as V
from db.interchange.imports.cell_values import shown
from desktop.printing.html_common import percent
from desktop.views.import_wizard.models import (
    kind_label,
    tr,
)
from desktop.views.import_wizard.pages import HIDDEN, target_label
from desktop.widgets.language import counted, ui_language


class MappingPage(QWizardPage):
    """Which field each column goes to; any column can be left out or kept as an extra attribute."""

    COL_HEADER, COL_SAMPLE, COL_TARGET, COL_CERTAINTY = range(4)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(self.tr("Vérifiez où va chaque colonne. Les colonnes masquées du classeur ne sont pas importées."))
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._show)
        self.info = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Exemple"), self.tr("Champ de Passerelles"),
                                              self.tr("Lecture")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 300)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("Nom du profil (ex. « Tableau des jumelages »)"))
        save = QPushButton(self.tr("Enregistrer ce profil"))
        save.clicked.connect(self.save_profile)
        bottom = QHBoxLayout()
        bottom.addWidget(self.profile_name, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for sp in self.w.plan.sheets:
            self.sheet.addItem(f"{sp.table.sheet} — {kind_label(sp.kind)}", sp.table.sheet)
        self.sheet.blockSignals(False)
        self._show()

    def current(self):
        name = self.sheet.currentData()
        return next((s for s in self.w.plan.sheets if s.table.sheet == name), None)

    def _show(self) -> None:
        sp = self.current()
        self.table.setRowCount(0)
        if sp is None:
            return
        t = sp.table
        used = self.w.plan.profiles_used.get(t.sheet)
        if t.layout == "relation":
            agreement = self.tr("un jumelage") if t.relation_kind == "twinning" else self.tr("un partenariat")
            where = self.tr("Liste de relations, en-têtes en ligne {0} : chaque ligne donne deux partenaires et "
                            "{1} entre eux").format(t.header_row, agreement)
        elif t.layout == "table" and t.columns and all(c.header.startswith("Colonne ") for c in t.columns):
            where = self.tr("Sans ligne d'en-têtes : chaque ligne est une fiche")
        elif t.layout == "table":
            where = self.tr("En-têtes en ligne {0}").format(t.header_row)
        else:
            where = self.tr("Fiche en étiquettes / valeurs")
        self.info.setText(where + " ; " + counted(len(sp.rows), (self.tr("{0} ligne"), self.tr("{0} lignes")))
                          + (self.tr(" ; profil « {0} » appliqué").format(used) if used else ""))
        fields = [f for f in V.VOCABULARY.get(sp.kind, {})]
        samples = {}
        for row in sp.rows[:3]:
            for index, value in row.cells.items():
                if value is not None and index not in samples:
                    samples[index] = shown(value)[:60]
        for column in t.columns:
            r = self.table.rowCount()
            self.table.insertRow(r)
            sides = ({0: self.tr(" (1re ville)"), 1: self.tr(" (2e ville)")} if t.relation_kind in (None, "twinning")
                     else {0: self.tr(" (1er partenaire)"), 1: self.tr(" (2e partenaire)")})   # two companies: no city
            side = sides.get(column.side, "") if column.target in ("partners", "partner_country") else ""
            header = QTableWidgetItem(column.header + side + (tr(HIDDEN) if column.hidden else ""))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, self.COL_HEADER, header)
            sample = QTableWidgetItem(samples.get(column.index, ""))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, self.COL_SAMPLE, sample)
            combo = QComboBox()
            for code in [*fields, "extra", "ignore"]:
                combo.addItem(target_label(code), code)
            combo.setCurrentIndex(max(combo.findData(column.target), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo, row=r: self._changed(c, box, row))
            self.table.setCellWidget(r, self.COL_TARGET, combo)
            self.table.setItem(r, self.COL_CERTAINTY, self._certainty(column))

    def _certainty(self, column) -> QTableWidgetItem:
        """How sure the reading of a column is: its heading and values agree (sûr), one of them
        alone says it (probable, à vérifier), or the user chose it."""
        if column.target in ("extra", "ignore"):
            text, tip = "", ""
        elif column.certainty >= 1.0:
            text, tip = self.tr("sûre"), self.tr("L'en-tête et les valeurs de la colonne disent la même chose, "
                                                  "ou vous l'avez choisie.")
        elif column.certainty >= 0.8:
            text, tip = self.tr("probable ({0})").format(percent(column.certainty, ui_language())), self.tr(
                "L'en-tête ressemble à ce champ sans le nommer exactement.")
        else:
            text, tip = self.tr("à vérifier ({0})").format(percent(column.certainty, ui_language())), self.tr(
                "Lue d'après ses seules valeurs ou un en-tête lointain : vérifiez le champ choisi.")
        item = QTableWidgetItem(text)
        item.setToolTip(tip)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if text and column.certainty < 0.8:
            item.setForeground(QColor("#8a5300"))
        return item

    def _changed(self, column, box, row: int) -> None:
        column.target = box.currentData()
        column.certainty = 1.0   # the user's word
        self.table.setItem(row, self.COL_CERTAINTY, self._certainty(column))
        self.w.mappings.setdefault(self.sheet.currentData(), {})[column.header] = column.target

    def set_target(self, header: str, target: str) -> None:
        """Choose the field of one column of the current sheet (used by tests and keyboard users)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.COL_HEADER).text().split(tr(HIDDEN))[0] == header:
                box = self.table.cellWidget(r, self.COL_TARGET)
                index = box.findData(target)
                if box.currentIndex() == index:
                    box.currentIndexChanged.emit(index)   # confirmed as read: the user's word all the same
                box.setCurrentIndex(index)
                return
        raise KeyError(header)

    @Slot()
    def save_profile(self) -> None:
        name = self.profile_name.text().strip()
        sp = self.current()
        if not name or sp is None:
            self.info.setText(self.tr("Donnez un nom au profil avant de l'enregistrer."))
            return
        self.w.service.save_profile(name, sp.table)
        self.info.setText(self.tr("Profil « {0} » enregistré : il sera proposé dès que ces colonnes reviendront.")
                          .format(name))

    def validatePage(self) -> bool:
        return self.w.rebuild_plan() if self.w.mappings else True

    def nextId(self) -> int:
        """The values of the closed-vocabulary columns first, when the sheets have any."""
        return self.w.VALUES if self.w.values_page.rows() else self.w.PREVIEW

"""The import wizard's first page: the file, and what each of its sheets holds (its kind, its heading row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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

from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.described import locate
from desktop.printing.html_common import percent
from desktop.views.import_wizard.models import (
    DECISION_LABELS,
    decision_label,
    error_text,
    kind_label,
    tr,
)
from desktop.views.import_wizard.pages import HIDDEN
from desktop.widgets.language import ui_language


class FilePage(QWizardPage):
    """Pick the file, the sheets to import and what each one holds."""

    COL_USE, COL_SHEET, COL_KIND, COL_HEADER = range(4)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(self.tr("Classeur Excel ou LibreOffice, fichier CSV, ou export JSON de Passerelles."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Chemin du fichier…"))
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sheets = QTableWidget(0, 4)
        self.sheets.setHorizontalHeaderLabels([self.tr("Importer"), self.tr("Feuille"), self.tr("Contenu"),
                                               self.tr("Ligne d'en-têtes")])
        self.sheets.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sheets.verticalHeader().setVisible(False)
        self.sheets.setColumnWidth(self.COL_USE, 80)
        self.sheets.setColumnWidth(self.COL_KIND, 300)
        self.sheets.setColumnWidth(self.COL_HEADER, 190)
        self.sheets.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.duplicates = QComboBox()
        for code in DECISION_LABELS:
            self.duplicates.addItem(decision_label(code), code)
        self.duplicates.setCurrentIndex(list(DECISION_LABELS).index("fill"))
        dup = QHBoxLayout()
        dup.addWidget(QLabel(self.tr("Fiches déjà présentes dans le catalogue :")))
        dup.addWidget(self.duplicates, 1)
        self.doubt = QLabel()
        self.doubt.setWordWrap(True)
        self.doubt.setStyleSheet("color: #8a4b00; font-weight: bold")
        self.doubt.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.doubt)
        layout.addLayout(dup)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer un fichier"), "",
            self.tr("Classeurs et fichiers (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;Tous les fichiers (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path_edit.setText(path)
        self.w.workbook = None
        self.sheets.setRowCount(0)
        if not path:
            return
        try:
            self.w.workbook = self.w.service.open(path)
        except ImportFileError as exc:
            self.message.setText(self.tr("<b>Ce fichier ne peut pas être importé.</b> {0}").format(error_text(exc)))
            self.message.setStyleSheet("color: #b00020")
            self.completeChanged.emit()
            return
        self.message.setStyleSheet("")
        book = self.w.workbook
        self.message.setText(self.tr("Format : {0}").format(book.format.upper()) + (self.tr(
            " — encodage {0}, séparateur « {1} »").format(book.encoding, book.delimiter) if book.format == "csv" else ""))
        sheets = book.sheets or []
        if book.format == "json":
            self.message.setText(self.tr("Export JSON de Passerelles : toutes les fiches seront importées."))
        self.sheets.blockSignals(True)
        for sheet in sheets:
            table = locate(sheet) if sheet.visible else None
            r = self.sheets.rowCount()
            self.sheets.insertRow(r)
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            use.setCheckState(Qt.CheckState.Checked if table else Qt.CheckState.Unchecked)
            self.sheets.setItem(r, self.COL_USE, use)
            name = QTableWidgetItem(sheet.name + ("" if sheet.visible else tr(HIDDEN)))
            name.setData(Qt.ItemDataRole.UserRole, sheet.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sheets.setItem(r, self.COL_SHEET, name)
            kinds = QComboBox()
            doubt = table is not None and table.ambiguous
            if table is None:
                # nothing recognised: the user may still say what the sheet holds (its kind, its headings)
                kinds.addItem(self.tr("Non reconnu : choisissez le type"), "")
            elif doubt:
                # two kinds score alike: the user chooses, nothing is guessed
                names = [kind_label(k) for k, _score in table.candidates[:2]]
                kinds.addItem(self.tr("À préciser : {0} ou {1} ?").format(*names), "")
                kinds.setToolTip(self.tr("Les colonnes de cette feuille conviennent à plusieurs types de fiches : "
                                         "choisissez celui qu'elle contient."))
            elif table.layout == "relation":
                kinds.addItem(self.tr("Automatique (liste de relations : deux partenaires et un accord par ligne)"), "")
            else:
                kinds.addItem(self.tr("Automatique ({0}, sûr à {1})").format(
                    kind_label(table.kind), percent(table.confidence, ui_language())), "")
                kinds.setToolTip(self.tr("Sûr à 100 % quand les en-têtes et les valeurs de chaque colonne disent "
                                         "la même chose ; moins quand un autre type convient presque aussi bien "
                                         "ou que des colonnes sont lues d'après leurs seules valeurs."))
            order = [k for k, _score in table.candidates] if doubt else []
            for code in [*order, *(k for k in V.KIND_LABELS if k not in order)]:
                kinds.addItem(kind_label(code), code)
            kinds.setProperty("ambiguous", doubt or table is None)
            kinds.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.sheets.setCellWidget(r, self.COL_KIND, kinds)
            headings = QComboBox()
            headings.addItem(self.tr("Automatique"), None)
            headings.addItem(self.tr("Aucune : chaque ligne est une fiche"), 0)
            for number in range(1, 31):
                headings.addItem(self.tr("Ligne {0}").format(number), number)
            if table is not None and table.columns and all(c.header.startswith("Colonne ") for c in table.columns):
                headings.setItemText(0, self.tr("Automatique (aucune)"))
            self.sheets.setCellWidget(r, self.COL_HEADER, headings)
        self.sheets.blockSignals(False)
        self.completeChanged.emit()

    def chosen(self) -> tuple[list[str], dict[str, str]]:
        names, kinds = [], {}
        for r in range(self.sheets.rowCount()):
            if self.sheets.item(r, self.COL_USE).checkState() == Qt.CheckState.Checked:
                name = self.sheets.item(r, self.COL_SHEET).data(Qt.ItemDataRole.UserRole)
                names.append(name)
                code = self.sheets.cellWidget(r, self.COL_KIND).currentData()
                if code:
                    kinds[name] = code
        return names, kinds

    def header_rows(self) -> dict[str, int]:
        """Sheet -> the heading row the user chose (0: none), for the ticked sheets that have one."""
        rows = {}
        for r in range(self.sheets.rowCount()):
            number = self.sheets.cellWidget(r, self.COL_HEADER).currentData()
            if number is not None and self.sheets.item(r, self.COL_USE).checkState() == Qt.CheckState.Checked:
                rows[self.sheets.item(r, self.COL_SHEET).data(Qt.ItemDataRole.UserRole)] = number
        return rows

    def set_header_row(self, sheet: str, number: int | None) -> None:
        """Choose a sheet's heading row (0: none; None: automatic), as the user does in its list."""
        for r in range(self.sheets.rowCount()):
            if self.sheets.item(r, self.COL_SHEET).data(Qt.ItemDataRole.UserRole) == sheet:
                box = self.sheets.cellWidget(r, self.COL_HEADER)
                box.setCurrentIndex(box.findData(number))
                return
        raise KeyError(sheet)

    def undecided(self) -> list[str]:
        """Ticked sheets whose kind is in doubt and not chosen yet."""
        result = []
        for r in range(self.sheets.rowCount()):
            combo = self.sheets.cellWidget(r, self.COL_KIND)
            if (self.sheets.item(r, self.COL_USE).checkState() == Qt.CheckState.Checked
                    and combo.property("ambiguous") and not combo.currentData()):
                result.append(self.sheets.item(r, self.COL_SHEET).data(Qt.ItemDataRole.UserRole))
        return result

    def isComplete(self) -> bool:
        book = self.w.workbook
        if book is not None and book.format != "json" and self.undecided():
            self.doubt.setText(self.tr("Choisissez ce que contient la feuille « {0} » : ses colonnes conviennent à "
                                       "plusieurs types de fiches.").format(self.undecided()[0]))
            self.doubt.setVisible(True)
            return False
        self.doubt.setVisible(False)
        return book is not None and (book.format == "json" or bool(self.chosen()[0]))

    def validatePage(self) -> bool:
        names, kinds = self.chosen()
        self.w.sheet_names, self.w.sheet_kinds = names, kinds
        self.w.header_rows = self.header_rows()
        self.w.on_duplicate = self.duplicates.currentData()
        return self.w.rebuild_plan()

"""The pages of the import wizard: file & sheets, column mapping, preview, duplicates, run & result."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.layout import detect
from db.interchange.imports.rows import shown
from db.schemas.messages import field_label
from desktop.views.import_wizard.models import DECISION_LABELS, DuplicatesModel, ProblemsModel

FILTER = "Classeurs et fichiers (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;Tous les fichiers (*)"
EXTRA_FIELDS = {"partner_country": "Pays du partenaire", "full_name": "Nom complet (Prénom NOM)",
                "mobile": "Téléphone portable", "time": "Horaire (début – fin)", "done": "Fait (oui/non)",
                "partners": "Partenaire(s)", "emails": "Courriel(s)", "event": "Événement"}


def target_label(field: str) -> str:
    if field == "extra":
        return "Garder comme attribut supplémentaire"
    if field == "ignore":
        return "Ne pas importer"
    return EXTRA_FIELDS.get(field) or field_label(field)


class FilePage(QWizardPage):
    """Pick the file, the sheets to import and what each one holds."""

    COL_USE, COL_SHEET, COL_KIND = range(3)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle("Fichier à importer")
        self.setSubTitle("Classeur Excel ou LibreOffice, fichier CSV, ou export JSON de Passerelles.")
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Chemin du fichier…")
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        browse = QPushButton("Parcourir…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sheets = QTableWidget(0, 3)
        self.sheets.setHorizontalHeaderLabels(["Importer", "Feuille", "Contenu"])
        self.sheets.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sheets.verticalHeader().setVisible(False)
        self.sheets.setColumnWidth(self.COL_USE, 80)
        self.sheets.setColumnWidth(self.COL_KIND, 300)
        self.sheets.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.duplicates = QComboBox()
        for code, label in DECISION_LABELS.items():
            self.duplicates.addItem(label, code)
        self.duplicates.setCurrentIndex(list(DECISION_LABELS).index("fill"))
        dup = QHBoxLayout()
        dup.addWidget(QLabel("Fiches déjà présentes dans le catalogue :"))
        dup.addWidget(self.duplicates, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.sheets, 1)
        layout.addLayout(dup)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Importer un fichier", "", FILTER)
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
            self.message.setText(f"<b>Ce fichier ne peut pas être importé.</b> {exc}")
            self.message.setStyleSheet("color: #b00020")
            self.completeChanged.emit()
            return
        self.message.setStyleSheet("")
        book = self.w.workbook
        self.message.setText(f"Format : {book.format.upper()}" + (f" — encodage {book.encoding}, séparateur « "
                             f"{book.delimiter} »" if book.format == "csv" else ""))
        sheets = book.sheets or []
        if book.format == "json":
            self.message.setText("Export JSON de Passerelles : toutes les fiches seront importées.")
        self.sheets.blockSignals(True)
        for sheet in sheets:
            table = detect(sheet) if sheet.visible else None
            r = self.sheets.rowCount()
            self.sheets.insertRow(r)
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            use.setCheckState(Qt.CheckState.Checked if table else Qt.CheckState.Unchecked)
            self.sheets.setItem(r, self.COL_USE, use)
            name = QTableWidgetItem(sheet.name + ("" if sheet.visible else " (masquée)"))
            name.setData(Qt.ItemDataRole.UserRole, sheet.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sheets.setItem(r, self.COL_SHEET, name)
            kinds = QComboBox()
            kinds.addItem("Non reconnu" if table is None else f"Automatique ({V.KIND_LABELS[table.kind]})", "")
            for code, label in V.KIND_LABELS.items():
                kinds.addItem(label, code)
            self.sheets.setCellWidget(r, self.COL_KIND, kinds)
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

    def isComplete(self) -> bool:
        book = self.w.workbook
        return book is not None and (book.format == "json" or bool(self.chosen()[0]))

    def validatePage(self) -> bool:
        names, kinds = self.chosen()
        self.w.sheet_names, self.w.sheet_kinds = names, kinds
        self.w.on_duplicate = self.duplicates.currentData()
        return self.w.rebuild_plan()


class MappingPage(QWizardPage):
    """Which field each column goes to; any column can be left out or kept as an extra attribute."""

    COL_HEADER, COL_SAMPLE, COL_TARGET = range(3)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle("Correspondance des colonnes")
        self.setSubTitle("Vérifiez où va chaque colonne. Les colonnes masquées du classeur ne sont pas importées.")
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._show)
        self.info = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Colonne du fichier", "Exemple", "Champ de Passerelles"])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 300)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText("Nom du profil (ex. « Tableau des jumelages »)")
        save = QPushButton("Enregistrer ce profil")
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
            self.sheet.addItem(f"{sp.table.sheet} — {V.KIND_LABELS.get(sp.kind, sp.kind)}", sp.table.sheet)
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
        where = f"en-têtes en ligne {t.header_row}" if t.layout == "table" else "fiche en étiquettes / valeurs"
        self.info.setText(f"{where} ; {len(sp.rows)} ligne(s)" + (f" ; profil « {used} » appliqué" if used else ""))
        fields = [f for f in V.VOCABULARY.get(sp.kind, {})]
        samples = {}
        for row in sp.rows[:3]:
            for index, value in row.cells.items():
                if value is not None and index not in samples:
                    samples[index] = shown(value)[:60]
        for column in t.columns:
            r = self.table.rowCount()
            self.table.insertRow(r)
            header = QTableWidgetItem(column.header + (" (masquée)" if column.hidden else ""))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, self.COL_HEADER, header)
            sample = QTableWidgetItem(samples.get(column.index, ""))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, self.COL_SAMPLE, sample)
            combo = QComboBox()
            for code in [*fields, "extra", "ignore"]:
                combo.addItem(target_label(code), code)
            combo.setCurrentIndex(max(combo.findData(column.target), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._changed(c, box))
            self.table.setCellWidget(r, self.COL_TARGET, combo)

    def _changed(self, column, box) -> None:
        column.target = box.currentData()
        self.w.mappings.setdefault(self.sheet.currentData(), {})[column.header] = column.target

    def set_target(self, header: str, target: str) -> None:
        """Choose the field of one column of the current sheet (used by tests and keyboard users)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.COL_HEADER).text().split(" (masquée)")[0] == header:
                box = self.table.cellWidget(r, self.COL_TARGET)
                box.setCurrentIndex(box.findData(target))
                return
        raise KeyError(header)

    @Slot()
    def save_profile(self) -> None:
        name = self.profile_name.text().strip()
        sp = self.current()
        if not name or sp is None:
            self.info.setText("Donnez un nom au profil avant de l'enregistrer.")
            return
        self.w.service.save_profile(name, sp.table)
        self.info.setText(f"Profil « {name} » enregistré : il sera proposé dès que ces colonnes reviendront.")

    def validatePage(self) -> bool:
        return self.w.rebuild_plan() if self.w.mappings else True


class PreviewPage(QWizardPage):
    """What will be imported, every problem with its row and column; correct a value or exclude a row."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle("Aperçu avant import")
        self.setSubTitle("Rien n'est encore écrit. Double-cliquez sur une valeur pour la corriger ; cochez "
                         "« Exclure » pour ne pas importer une ligne.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemsModel()
        self.model.plan_changed.connect(self._summarise)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(ProblemsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(ProblemsModel.COL_VALUE, 200)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        export = QPushButton("Exporter les problèmes…")
        export.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        self.model.set_plan(self.w.plan)
        self._summarise()

    def _summarise(self) -> None:
        parts = []
        for kind, c in self.w.plan.counts().items():
            ok = c["rows"] - c["rejected"] - c["excluded"] - c["merged"]
            parts.append(f"<b>{V.KIND_LABELS.get(kind, kind)}</b> : {ok} à importer dont {c['existing']} déjà "
                         f"présente(s), {c['merged']} doublon(s) fusionné(s), {c['rejected']} rejetée(s), "
                         f"{c['excluded']} exclue(s)")
        skipped = "".join(f"<br>Feuille « {n} » ignorée : {why}" for n, why in self.w.plan.skipped_sheets)
        self.summary.setText("<br>".join(parts) + skipped)

    @Slot()
    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Exporter les problèmes", "problemes_import.xlsx",
                                                  "Classeur Excel (*.xlsx)")
        if path:
            count = self.w.service.export_problems(self.w.plan, path)
            self.summary.setText(self.summary.text() + f"<br>{count} problème(s) exporté(s) dans {path}.")

    def nextId(self) -> int:
        has = any(r.status == "ok" and (r.match or r.lookalikes) for r in self.w.plan.all_rows())
        return self.w.DUPLICATES if has else self.w.RUN


class DuplicatesPage(QWizardPage):
    """Records already in the catalogue (decide per row or for all) and look-alike names (never merged)."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle("Doublons")
        self.setSubTitle("Ces lignes correspondent à des fiches du catalogue, ou ont un nom proche d'une autre.")
        self.model = DuplicatesModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(DuplicatesModel.COL_MATCH, QHeaderView.ResizeMode.Stretch)
        self.decision = QComboBox()
        for code, label in DECISION_LABELS.items():
            self.decision.addItem(label, code)
        selected = QPushButton("Appliquer à la sélection")
        selected.clicked.connect(self.apply_selected)
        everything = QPushButton("Appliquer à toutes")
        everything.clicked.connect(self.apply_all)
        row = QHBoxLayout()
        row.addWidget(QLabel("Décision :"))
        row.addWidget(self.decision, 1)
        row.addWidget(selected)
        row.addWidget(everything)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.model.set_plan(self.w.plan)
        self.decision.setCurrentIndex(self.decision.findData(self.w.plan.on_duplicate))

    @Slot()
    def apply_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        self.model.set_decision(rows, self.decision.currentData())

    @Slot()
    def apply_all(self) -> None:
        self.model.set_decision(list(range(self.model.rowCount())), self.decision.currentData())


class RunPage(QWizardPage):
    """The import itself, off the GUI thread, with a progress bar and a stop button; then the result."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle("Import")
        self.progress = QProgressBar()
        self.status = QLabel("Préparation…")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stop = QPushButton("Arrêter l'import")
        self.stop.clicked.connect(self.w.cancel_import)
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        self.done = False
        self.stop.setEnabled(True)
        self.progress.setRange(0, 0)
        self.status.setText("Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit.")
        self.w.start_import()

    def progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finished(self, text: str) -> None:
        self.done = True
        self.stop.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


def warn(parent, message: str) -> None:
    QMessageBox.warning(parent, "Import", message)

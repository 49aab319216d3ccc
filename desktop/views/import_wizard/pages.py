"""The pages of the import wizard: file & sheets, column mapping, preview, duplicates, run & result."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt, Slot
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.interchange.imports import ImportFileError
from db.interchange.imports import vocabulary as V
from db.interchange.imports.layout import locate
from db.interchange.imports.rows import shown
from db.schemas.messages import field_label
from desktop.views.import_wizard.models import (
    DECISION_LABELS,
    DuplicatesModel,
    ProblemsModel,
    RowsModel,
    decision_label,
    error_text,
    kind_label,
    reason,
    tr,
)
from desktop.widgets.language import counted, ui_language

EXTRA_FIELDS = {"partner_country": QT_TRANSLATE_NOOP("ImportWizard", "Pays du partenaire"),
                "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Nom complet (Prénom NOM)"),
                "mobile": QT_TRANSLATE_NOOP("ImportWizard", "Téléphone portable"),
                "time": QT_TRANSLATE_NOOP("ImportWizard", "Horaire (début – fin)"),
                "done": QT_TRANSLATE_NOOP("ImportWizard", "Fait (oui/non)"),
                "partners": QT_TRANSLATE_NOOP("ImportWizard", "Partenaire(s)"),
                "emails": QT_TRANSLATE_NOOP("ImportWizard", "Courriel(s)"),
                "event": QT_TRANSLATE_NOOP("ImportWizard", "Événement"),
                "extra": QT_TRANSLATE_NOOP("ImportWizard", "Garder comme attribut supplémentaire"),
                "ignore": QT_TRANSLATE_NOOP("ImportWizard", "Ne pas importer")}
HIDDEN = QT_TRANSLATE_NOOP("ImportWizard", " (masquée)")


def target_label(field: str) -> str:
    return tr(EXTRA_FIELDS[field]) if field in EXTRA_FIELDS else field_label(field, ui_language())


def table_view(model, stretch: int, widths: dict[int, int] | None = None) -> QTableView:
    """A table of whole rows whose ``stretch`` column takes the room left; the columns of ``widths`` have
    that width at first, the others fit their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(56)  # room around short numbers and the checkboxes
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # Qt measures 1,000 rows at most
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, width)
    return view


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
                kinds.addItem(self.tr("Automatique ({0})").format(kind_label(table.kind)), "")
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


class MappingPage(QWizardPage):
    """Which field each column goes to; any column can be left out or kept as an extra attribute."""

    COL_HEADER, COL_SAMPLE, COL_TARGET = range(3)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(self.tr("Vérifiez où va chaque colonne. Les colonnes masquées du classeur ne sont pas importées."))
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._show)
        self.info = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Exemple"), self.tr("Champ de Passerelles")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 300)
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
            side = {0: self.tr(" (1re ville)"), 1: self.tr(" (2e ville)")}.get(column.side, "") \
                if column.target in ("partners", "partner_country") else ""
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
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._changed(c, box))
            self.table.setCellWidget(r, self.COL_TARGET, combo)

    def _changed(self, column, box) -> None:
        column.target = box.currentData()
        self.w.mappings.setdefault(self.sheet.currentData(), {})[column.header] = column.target

    def set_target(self, header: str, target: str) -> None:
        """Choose the field of one column of the current sheet (used by tests and keyboard users)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.COL_HEADER).text().split(tr(HIDDEN))[0] == header:
                box = self.table.cellWidget(r, self.COL_TARGET)
                box.setCurrentIndex(box.findData(target))
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


class PreviewPage(QWizardPage):
    """What will be imported: every problem with its row and column, and every row of the file.

    A value can be corrected in the problems; any row, with or without problems, can be excluded."""

    PROBLEMS, ROWS = range(2)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Aperçu avant import"))
        self.setSubTitle(self.tr("Rien n'est encore écrit. Double-cliquez sur une valeur pour la corriger ; cochez "
                                 "« Exclure » pour ne pas importer une ligne, ou choisissez-la dans « Toutes les "
                                 "lignes »."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemsModel()
        self.model.plan_changed.connect(self._problems_changed)
        self.view = table_view(self.model, ProblemsModel.COL_REASON, {ProblemsModel.COL_COLUMN: 130,
                                                                      ProblemsModel.COL_VALUE: 170})
        self.view.setWordWrap(True)  # a reason can be long: its row grows (see _fit_rows)
        self.rows_model = RowsModel()
        self.rows_model.plan_changed.connect(self._rows_changed)
        self.rows_view = table_view(self.rows_model, RowsModel.COL_NAME)
        self.exclude_button = QPushButton(self.tr("Exclure les lignes sélectionnées"))
        self.exclude_button.clicked.connect(lambda: self.exclude_selected(True))
        self.include_button = QPushButton(self.tr("Réintégrer les lignes sélectionnées"))
        self.include_button.clicked.connect(lambda: self.exclude_selected(False))
        rows_page = QWidget()
        rows_buttons = QHBoxLayout()
        rows_buttons.addStretch(1)
        rows_buttons.addWidget(self.exclude_button)
        rows_buttons.addWidget(self.include_button)
        rows_layout = QVBoxLayout(rows_page)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.rows_view, 1)
        rows_layout.addLayout(rows_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(rows_page, "")
        export = QPushButton(self.tr("Exporter les problèmes…"))
        export.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignRight)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped reason while the list is short (measuring every row of a long
        one would freeze the window)."""
        short = self.model.rowCount() <= 2000
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if short else QHeaderView.ResizeMode.Interactive)

    def initializePage(self) -> None:
        self.model.set_plan(self.w.plan)
        self.rows_model.set_plan(self.w.plan)
        self._summarise()

    def _problems_changed(self) -> None:
        self.rows_model.reload()
        self._summarise()

    def _rows_changed(self) -> None:
        self.model.reload()
        self._summarise()

    @Slot()
    def exclude_selected(self, excluded: bool = True) -> None:
        """Exclude the selected rows of "Toutes les lignes" (bring them back when False)."""
        rows = sorted({i.row() for i in self.rows_view.selectionModel().selectedRows()})
        if not rows:
            return
        self.rows_model.exclude(rows, excluded)
        selection = QItemSelection()  # the model was reset: select the same rows again, a range per run
        last = self.rows_model.columnCount() - 1
        start = previous = rows[0]
        for r in [*rows[1:], None]:
            if r is not None and r == previous + 1:
                previous = r
                continue
            selection.select(self.rows_model.index(start, 0), self.rows_model.index(previous, last))
            start = previous = r
        self.rows_view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    def _summarise(self) -> None:
        parts = []
        for kind, c in self.w.plan.counts().items():
            ok = c["rows"] - c["rejected"] - c["excluded"] - c["merged"]
            parts.append(self.tr("<b>{0}</b> : {1} à importer dont {2}, {3}, {4}, {5}").format(
                kind_label(kind), ok, counted(c["existing"], (self.tr("{0} déjà présente"), self.tr("{0} déjà présentes"))),
                counted(c["merged"], (self.tr("{0} doublon fusionné"), self.tr("{0} doublons fusionnés"))),
                counted(c["rejected"], (self.tr("{0} rejetée"), self.tr("{0} rejetées"))),
                counted(c["excluded"], (self.tr("{0} exclue"), self.tr("{0} exclues")))))
        for kind, n in self.w.plan.linked_new.items():
            if n:
                parts.append(self.tr("<b>{0}</b> : {1} à créer pour les liens des lignes (ni dans le fichier, ni dans "
                                     "le catalogue)").format(kind_label(kind), n))
        skipped = "".join(self.tr("<br>Feuille « {0} » ignorée : {1}").format(n, reason(why))
                          for n, why in self.w.plan.skipped_sheets)
        self.summary.setText("<br>".join(parts) + skipped)
        self._fit_rows()
        self.tabs.setTabText(self.PROBLEMS, self.tr("Problèmes ({0})").format(self.model.rowCount()))
        self.tabs.setTabText(self.ROWS, self.tr("Toutes les lignes ({0})").format(self.rows_model.rowCount()))

    @Slot()
    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les problèmes"),
                                                  self.tr("problemes_import.xlsx"), self.tr("Classeur Excel (*.xlsx)"))
        if path:
            count = self.w.service.export_problems(self.w.plan, path, ui_language())
            self.summary.setText(self.summary.text() + "<br>" + self.tr("{0} dans {1}.").format(
                counted(count, (self.tr("{0} problème exporté"), self.tr("{0} problèmes exportés"))), path))

    def nextId(self) -> int:
        has = any(r.status == "ok" and (r.match or r.lookalikes) for r in self.w.plan.all_rows())
        return self.w.DUPLICATES if has else self.w.RUN


class DuplicatesPage(QWizardPage):
    """Records already in the catalogue (decide per row or for all) and look-alike names (never merged)."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Doublons"))
        self.setSubTitle(self.tr("Ces lignes correspondent à des fiches du catalogue, ou ont un nom proche d'une autre."))
        self.model = DuplicatesModel()
        self.view = table_view(self.model, DuplicatesModel.COL_MATCH)
        self.decision = QComboBox()
        for code in DECISION_LABELS:
            self.decision.addItem(decision_label(code), code)
        selected = QPushButton(self.tr("Appliquer à la sélection"))
        selected.clicked.connect(self.apply_selected)
        everything = QPushButton(self.tr("Appliquer à toutes"))
        everything.clicked.connect(self.apply_all)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Décision :")))
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
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Les fiches sont écrites en une seule fois : tout ou rien."))
        self.progress = QProgressBar()
        self.status = QLabel(self.tr("Préparation…"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stop = QPushButton(self.tr("Arrêter l'import"))
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
        self.status.setText(self.tr("Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit."))
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
    QMessageBox.warning(parent, tr("Import"), message)

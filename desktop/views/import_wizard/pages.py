"""The pages of the import wizard after the description (preview, duplicates, run & result) and their
shared helpers; the file and mapping pages are ``file_page`` and ``mapping_page``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.schemas.messages import field_label
from desktop.views.import_wizard.models import (
    DECISION_LABELS,
    DuplicatesModel,
    ProblemsModel,
    RowsModel,
    decision_label,
    kind_label,
    reason,
    tr,
)
from desktop.widgets import message_box
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


class PreviewPage(QWizardPage):
    """What will be imported: every problem with its row and column, and every row of the file.

    A value can be corrected in the problems; any row, with or without problems, can be excluded."""

    PROBLEMS, ROWS = range(2)

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Aperçu avant import"))
        # in the page, not the subtitle: the wizard's header keeps two lines, cut in a narrow window
        self.hint = QLabel(self.tr("Rien n'est encore écrit. Double-cliquez sur une valeur pour la corriger ; cochez "
                                   "« Exclure » pour ne pas importer une ligne, ou choisissez-la dans « Toutes les "
                                   "lignes »."))
        self.hint.setWordWrap(True)
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
        layout.addWidget(self.hint)
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
    message_box.warning(parent, tr("Import"), message)

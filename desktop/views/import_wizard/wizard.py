"""ImportWizard: a standalone QWizard that imports a spreadsheet, CSV or JSON export into the catalogue.

Signals: ``import_finished(result)`` (an ``ImportResult``: ``batch_id``, ``counts``) once committed;
``import_cancelled()`` when the user stopped the import (nothing was written).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from db import words
from db.services.imports import ImportService
from db.words import participle
from desktop.views.import_wizard.file_page import FilePage
from desktop.views.import_wizard.mapping_page import MappingPage
from desktop.views.import_wizard.models import kind_label
from desktop.views.import_wizard.pages import DuplicatesPage, PreviewPage, RunPage, warn
from desktop.views.import_wizard.runner import Task
from desktop.views.import_wizard.values_page import ValuesPage
from desktop.widgets.language import ui_language


class ImportWizard(QWizard):
    FILE, MAPPING, PREVIEW, DUPLICATES, RUN, VALUES = range(6)
    import_finished = Signal(object)
    import_cancelled = Signal()

    def __init__(self, services_or_catalog, parent=None, path: str | None = None):
        super().__init__(parent)
        catalog = getattr(services_or_catalog, "catalog", services_or_catalog)
        self.service = ImportService(catalog, getattr(services_or_catalog, "actor", None))
        self.workbook = None
        self.plan = None
        self.result = None
        self.sheet_names: list[str] = []
        self.sheet_kinds: dict[str, str] = {}
        self.mappings: dict[str, dict[str, str]] = {}
        self.header_rows: dict[str, int] = {}
        self.values: dict[str, dict[str, dict[str, str]]] = {}   # sheet -> heading -> {value: code}
        self.on_duplicate = "fill"
        self.cancel_event = threading.Event()
        self.task: Task | None = None
        self.planning: Task | None = None
        self._plan_ready = False
        self.setWindowTitle(self.tr("Importer des fiches"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.run_page = RunPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                              (self.PREVIEW, self.preview_page), (self.DUPLICATES, self.duplicates_page),
                              (self.RUN, self.run_page), (self.VALUES, self.values_page)):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)
        for button, text in ((QWizard.WizardButton.FinishButton, self.tr("Fermer")),
                             (QWizard.WizardButton.NextButton, self.tr("Suivant >")),
                             (QWizard.WizardButton.BackButton, self.tr("< Précédent")),
                             (QWizard.WizardButton.CancelButton, self.tr("Annuler"))):
            self.setButtonText(button, text)
        self.resize(920, 620)
        if path:
            self.file_page.load(str(path))

    @property
    def running(self) -> bool:
        return self.task is not None

    def rebuild_plan(self) -> bool:
        """For a page's ``validatePage``: True once a fresh plan is ready. Planning (reading every row)
        runs on the thread pool; when it is done the wizard moves on by itself."""
        if self._plan_ready:
            self._plan_ready = False
            return True
        if self.planning is not None:
            return False
        path = self.file_page.path_edit.text()
        json_file = self.workbook is not None and self.workbook.format == "json"
        options = {"sheets": None if json_file else self.sheet_names, "sheet_kinds": self.sheet_kinds,
                   "mappings": self.mappings, "on_duplicate": self.on_duplicate, "workbook": self.workbook,
                   "header_rows": self.header_rows or None, "values": self.values or None, "incomplete": True}
        service = self.service
        self.planning = Task(lambda _progress, cancel: service.preview(path, cancel=cancel, **options))
        self.planning.signals.succeeded.connect(self._planned)
        self.planning.signals.failed.connect(self._plan_failed)
        self.planning.signals.cancelled.connect(self._plan_failed)
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.planning.start()
        return False

    def _planning_done(self) -> None:
        self.planning = None
        QGuiApplication.restoreOverrideCursor()
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)

    @Slot(object)
    def _planned(self, plan) -> None:
        self._planning_done()
        self.plan = plan
        self._plan_ready = True
        self.next()

    @Slot()
    @Slot(str)
    def _plan_failed(self, message: str = "") -> None:
        self._planning_done()
        warn(self, message or self.tr("Lecture interrompue."))

    def start_import(self) -> None:
        plan, service = self.plan, self.service
        self.task = Task(lambda progress, cancel: service.run(plan, progress=progress, cancel=cancel),
                         self.cancel_event, catalog_path=service.catalog.path)
        self.task.signals.progressed.connect(self.run_page.progressed)
        self.task.signals.waiting.connect(self._waiting)
        self.task.signals.progressed.connect(self._resumed)
        service.on_wait = lambda _sentence, signals=self.task.signals: signals.waiting.emit()
        self.task.signals.succeeded.connect(self._succeeded)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self.task.start()

    @Slot()
    def _waiting(self) -> None:
        self.run_page.status.setText(self.tr("Un autre import (ou l'annulation d'un import) est en cours sur ce "
                                             "catalogue : celui-ci attend qu'il soit terminé, puis reprendra de "
                                             "lui-même."))
        self.run_page.progress.setRange(0, 0)  # busy, no figure yet
        self._was_waiting = True

    @Slot(int, int)
    def _resumed(self, _done: int, _total: int) -> None:
        if getattr(self, "_was_waiting", False):  # the other import ended: this one writes now
            self._was_waiting = False
            self.run_page.status.setText(self.tr("Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit."))

    @Slot()
    def cancel_import(self) -> None:
        self.cancel_event.set()

    @Slot(object)
    def _succeeded(self, result) -> None:
        self.task = None
        self.result = result
        lines = [self.tr("<b>Import n° {0} terminé.</b>").format(result.batch_id)]
        language = ui_language()
        for kind, c in result.counts.items():
            # the words of the command line (db.words): « Partenaires : 1 créé, 0 mis à jour… », agreed with the kind
            parts = [f"{c.get(k, 0)} {participle(c.get(k, 0), word, kind, language)}"
                     for k, word in (("created", "créé"), ("updated", "mis à jour"), ("skipped", "ignoré"),
                                     ("rejected", "rejeté"), ("excluded", "exclu"))]
            merged = c.get("merged", 0)
            parts.insert(3, f"{words.count(merged, 'duplicate', language)} {participle(merged, 'fusionné', 'duplicate', language)}")
            lines.append(f"{kind_label(kind)} : " + ", ".join(parts))
        lines.append(self.tr("Vous pouvez annuler cet import depuis Fichier › Historique des imports."))
        self.run_page.finished("<br>".join(lines))
        self.import_finished.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.task = None
        self.run_page.finished(self.tr("<b>L'import a échoué ; le catalogue n'a pas été modifié.</b><br>{0}")
                               .format(message))

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        self.run_page.finished(self.tr("<b>Import arrêté : le catalogue n'a pas été modifié.</b>"))
        self.import_cancelled.emit()

    def reject(self) -> None:
        if self.planning is not None:
            self.planning.cancel_event.set()
        if self.running:
            self.cancel_event.set()  # the worker rolls back; its signals arrive on a closed wizard harmlessly
        super().reject()

"""Wires the features built beside the main window into it: dashboard and charts pages, import, export, print.

The main window stays about browsing and editing; this one place adds the start-up dashboard (the
first page), the statistics page, and the File menu's import, export and print entries. Long
work (export) runs on the window's task runner; printing uses Qt's own dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QVBoxLayout, QWidget

from desktop.errors import said
from desktop.icons import icon
from desktop.widgets import message_box

PRINTABLE = ("partner", "agreement", "event")


def ui_language() -> str:
    app = QApplication.instance()
    language = app.property("language") if app is not None else None
    return language if language in ("fr", "en") else "fr"


class LazyPage(QWidget):
    """A page whose content is built the first time it is shown (keeps start-up fast)."""

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._factory(self)
            self._layout.addWidget(self.content)
        return self.content

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)

    def refresh(self, *_args) -> None:
        if self.content is not None and hasattr(self.content, "refresh"):
            self.content.refresh()


class MainActions(QObject):
    """Adds the dashboard, the charts and the import/export/print actions to a ``MainWindow``."""

    city_said = False   # « indiquez votre ville » said once a session, at the first print

    def __init__(self, window, services, runner=None):
        super().__init__(window)
        self.window, self.services, self.runner = window, services, runner
        self.read_only = bool(services.catalog.read_only)
        self._add_pages()
        self._add_import()
        self._add_backups()
        self._add_export()
        self._add_copy()
        self._add_print()

    # --- pages ---------------------------------------------------------------------------------

    def _add_pages(self) -> None:
        from desktop.views.dashboard import DashboardView

        w = self.window
        self.dashboard = DashboardView(self.services, w, today=getattr(w, "fixed_today", None))
        self.dashboard.record_requested.connect(w.record_requested)
        self.dashboard.followup_changed.connect(lambda _pid: w.pages["followup"].refresh())
        self.dashboard.import_requested.connect(self.import_file)
        self.dashboard.demo_requested.connect(self.load_demo)
        self.dashboard.new_partner_requested.connect(self.new_partner)
        self.dashboard.retention.changed.connect(w.refresh_all)

        def charts(parent):
            from desktop.views.charts import ChartsView

            return ChartsView(self.services, parent)

        self.charts = LazyPage(charts, w)
        w.add_page("charts", self.tr("Statistiques"), self.charts, icon("charts"), "Ctrl+7")
        w.add_page("dashboard", self.tr("Tableau de bord"), self.dashboard, icon("dashboard"), "Ctrl+0", first=True)
        for kind in ("partner", "agreement", "contact", "event", "followup"):
            page = w.pages.get(kind)
            if page is not None and hasattr(page, "changed"):
                page.changed.connect(self.records_changed)

    @Slot()
    def records_changed(self, kind: str = "") -> None:
        self.dashboard.refresh()
        self.charts.refresh()
        followups = self.window.pages.get("followup")
        if kind == "followup" and followups is not None and followups is not self.window.current_page():
            followups.refresh()  # created from another record's form

    def _menu_action(self, menu: str, text: str, slot, shortcut=None, icon_name: str | None = None,
                     name: str = "", writes: bool = False) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        if writes and self.read_only:
            action.setEnabled(False)
        self.window.addAction(action)
        self.window.add_menu_action(menu, action)
        return action

    # --- import --------------------------------------------------------------------------------

    def _add_import(self) -> None:
        self.import_action = self._menu_action("file", self.tr("Importer un classeur…"), self.import_file, "Ctrl+I",
                                               "import", "action_import", writes=True)
        self.history_action = self._menu_action("file", self.tr("Historique des imports…"), self.import_history,
                                                name="action_import_history", writes=True)
        # a first launch interrupted before its question leaves an empty catalogue: the demonstration
        # stays on offer (here and on the dashboard) as long as the catalogue is empty
        self.demo_action = self._menu_action("file", self.tr("Charger la démonstration"), self.load_demo_if_empty,
                                             name="action_load_demo", writes=True)
        self.window.menus["file"].aboutToShow.connect(self.update_demo_action)

    @Slot()
    def import_file(self, path: str | None = None) -> None:
        from desktop.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self.window, path=path)
        wizard.import_finished.connect(lambda _result: self.after_import())
        wizard.exec()

    @Slot()
    def import_history(self) -> None:
        from desktop.views.import_wizard import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.services, self.window, runner=self.runner)
        dialog.import_undone.connect(lambda _batch: self.after_import())
        dialog.exec()

    @Slot()
    def update_demo_action(self) -> None:
        """Fichier › Charger la démonstration: enabled while the catalogue is empty (and writable)."""
        self.demo_action.setEnabled(not self.read_only and self.services.is_empty())

    @Slot()
    def load_demo_if_empty(self) -> None:
        if not self.services.is_empty():  # filled since the menu was shown (a colleague, an import)
            message_box.information(self.window, self.tr("Charger la démonstration"),
                                    self.tr("La démonstration ne se charge que dans un catalogue vide : "
                                            "celui-ci contient déjà des fiches."))
            self.demo_action.setEnabled(False)
            return
        self.load_demo()

    @Slot()
    def load_demo(self) -> None:
        """Fill the (empty) catalogue with the demonstration records."""
        from desktop.views.first_launch import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo(self.services.catalog)
        finally:
            QApplication.restoreOverrideCursor()
        self.after_import()

    @Slot()
    def new_partner(self) -> None:
        """Open the partners with a new, empty partner form."""
        self.window.show_page("partner")
        self.window.new_record()

    def after_import(self) -> None:
        self.window.refresh_all()
        self.records_changed()

    # --- backups -------------------------------------------------------------------------------

    def _add_backups(self) -> None:
        self.trash_action = self._menu_action("edit", self.tr("Corbeille…"), self.show_trash, name="action_trash")
        self._menu_action("tools", self.tr("Doublons possibles…"), self.show_duplicates, name="action_duplicates")
        self._menu_action("edit", self.tr("Fusionner avec une autre fiche…"), self.merge_current, name="action_merge",
                          writes=True)
        self.backups_action = self._menu_action("file", self.tr("Sauvegardes…"), self.show_backups,
                                                name="action_backups")

    @Slot()
    def show_trash(self) -> None:
        from desktop.views.trash_dialog import TrashDialog

        dialog = TrashDialog(self.services, self.window, read_only=self.read_only)
        dialog.records_changed.connect(lambda _kind: self.after_import())
        dialog.exec()

    @Slot()
    def show_duplicates(self) -> None:
        from desktop.views.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.services, self.window)
        dialog.record_requested.connect(self.window.record_requested)
        dialog.merged.connect(lambda _kind, _id: self.window.refresh_all())
        dialog.exec()

    @Slot()
    def merge_current(self, other: str | None = None) -> None:
        """The record shown merged with another one, named by the user (its name or identifier)."""
        from PySide6.QtWidgets import QInputDialog

        from db.services.merge import KINDS
        from desktop.views.merge_dialog import MergeDialog

        page = self.window.current_page()
        kind, current = getattr(page, "kind", None), page.editor_id() if hasattr(page, "editor_id") else None
        if kind not in KINDS or not current:
            message_box.information(self.window, self.tr("Fusionner"), self.tr(
                "Ouvrez d'abord la fiche à garder (un partenaire, un contact, un accord ou un événement), puis "
                "nommez celle qui a été saisie en double."))
            return
        if other is None:
            other, ok = QInputDialog.getText(self.window, self.tr("Fusionner avec une autre fiche"), self.tr(
                "Nom ou identifiant de la fiche à fusionner dans celle-ci (elle ira à la corbeille) :"))
            if not ok or not other.strip():
                return
        from db.services import ServiceError

        try:
            dialog = MergeDialog(self.services, kind, current, other.strip(), self.window)
        except ServiceError as exc:
            message_box.warning(self.window, self.tr("Fusion impossible"), said(exc))
            return
        dialog.merged.connect(lambda _kind, _id: self.after_import())
        dialog.exec()

    @Slot()
    def show_backups(self) -> None:
        from desktop.views.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.services.catalog, self.runner, self.window, read_only=self.read_only)
        dialog.restore_requested.connect(
            lambda path: QTimer.singleShot(0, lambda: self.window.backup_restore_requested.emit(path)))
        dialog.exec()

    # --- export --------------------------------------------------------------------------------

    def filters(self) -> dict[str, str]:
        return {
            "xlsx": self.tr("Classeur Excel (*.xlsx)"),
            "csv": self.tr("CSV pour Excel (*.csv)"),
            "json": self.tr("Fichier JSON Passerelles (*.json)"),
            "ics": self.tr("Calendrier iCalendar (*.ics)"),
        }

    def _add_export(self) -> None:
        self._menu_action("file", self.tr("Exporter le catalogue…"), self.export_catalog, "Ctrl+E", "export",
                          "action_export")
        self._menu_action("file", self.tr("Exporter la liste affichée…"), self.export_list, "Ctrl+Shift+E",
                          name="action_export_list")

    def _ask_path(self, title: str, default: str, suffixes: tuple[str, ...]) -> Path | None:
        names = self.filters()
        filters = ";;".join(names[s] for s in suffixes)
        start = str(Path.home() / default)
        path, chosen = QFileDialog.getSaveFileName(self.window, title, start, filters)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower().lstrip(".") not in suffixes:
            for suffix in suffixes:  # the filter the user picked decides the format
                if f"*.{suffix}" in chosen:
                    path = path.with_name(path.name + f".{suffix}")
                    break
        return path

    @Slot()
    def export_catalog(self) -> None:
        path = self._ask_path(self.tr("Exporter le catalogue"), "catalogue.xlsx", ("xlsx", "json", "ics"))
        if path is not None:
            self.export(path)

    @Slot()
    def export_list(self) -> None:
        page = self.window.current_page()
        kind = getattr(page, "kind", None)
        list_view = getattr(page, "list", None)
        if kind is None or list_view is None:
            message_box.information(self.window, self.tr("Exporter la liste"),
                                    self.tr("Ouvrez d'abord une liste (partenaires, accords, contacts, événements ou suivis)."))
            return
        path = self._ask_path(self.tr("Exporter la liste affichée"), f"{kind}s.xlsx", ("xlsx", "csv"))
        if path is not None:
            self.export(path, kind=kind, query=list_view.model.query)

    def export(self, path: Path, kind: str | None = None, query=None) -> None:
        import importlib

        suffix = path.suffix.lower().lstrip(".")
        writer = importlib.import_module(f"db.interchange.export_{suffix}")
        catalog, language = self.services.catalog, ui_language()

        def work(progress=None):
            if suffix in ("xlsx", "csv"):
                return writer.write(catalog, path, kind=kind, query=query, language=language)
            return writer.write(catalog, path, kind=kind)

        def done(counts) -> None:
            total = sum(counts.values()) if isinstance(counts, dict) else 0
            self.window.statusBar().showMessage(self.tr("Export écrit : {0} ({1} fiches)").format(path, total), 10000)

        def failed(exc) -> None:
            """A file error (known fault or not), a refusal, in the window's language; never the system's
            English text or a bug's."""
            from db.faults import plain
            from db.logs import log_exception

            log_exception(exc)
            text = plain(exc, path, ui_language()) or self.tr(
                "Le fichier « {0} » n'a pas pu être écrit ; les détails sont dans le journal.").format(path)
            message_box.warning(self.window, self.tr("Export impossible"), text)

        if self.runner is None:
            try:
                done(work())
            except Exception as exc:  # shown to the user, nothing half-written (atomic rename)
                failed(exc)
            return
        task = self.runner.run(work, label=self.tr("Export en cours…"), parent_widget=self.window)
        task.finished.connect(done)
        task.failed.connect(failed)

    def _add_copy(self) -> None:
        self.copier = None  # made on first use: its module brings the bulk writers, not needed to start
        self._menu_action("file", self.tr("Copier le catalogue vers…"), self._start_copy, name="action_copy_catalog")

    @Slot()
    def _start_copy(self) -> None:
        if self.copier is None:
            from desktop.views.copy_catalog import CatalogCopier

            self.copier = CatalogCopier(self.window, self.services.catalog, self.runner)
        self.copier.start()

    # --- print ---------------------------------------------------------------------------------

    def _add_print(self) -> None:
        self._menu_action("file", self.tr("Imprimer la fiche…"), lambda: self.print_current("print"),
                          QKeySequence.StandardKey.Print, "print", "action_print")
        self._menu_action("file", self.tr("Aperçu avant impression…"), lambda: self.print_current("preview"),
                          "Ctrl+Shift+P", name="action_print_preview")
        self._menu_action("file", self.tr("Enregistrer la fiche en PDF…"), lambda: self.print_current("pdf"),
                          name="action_print_pdf")
        self._menu_action("file", self.tr("Fiches de tous les partenaires actifs (PDF)…"),
                          lambda: self.print_document("pdf", "partners", None), name="action_print_partners")
        self._menu_action("file", self.tr("Liste des accords en vigueur…"),
                          lambda: self.print_document("preview", "active_agreements", None),
                          name="action_print_agreements")

    def current_record(self) -> tuple[str, str] | None:
        page = self.window.current_page()
        kind = getattr(page, "kind", None)
        editor_id = getattr(page, "editor_id", None)
        public_id = editor_id() if callable(editor_id) else None
        if kind in PRINTABLE and public_id:
            return kind, public_id
        return None

    @Slot()
    def print_current(self, how: str) -> None:
        current = self.current_record()
        if current is None:
            message_box.information(self.window, self.tr("Imprimer"),
                                    self.tr("Choisissez d'abord un partenaire, un accord ou un événement dans sa liste."))
            return
        self.print_document(how, *current)

    def print_document(self, how: str, kind: str, reference: str | None) -> None:
        from db.services import NotFoundError
        from desktop.printing import actions
        from desktop.printing.paging import PrintError

        language = ui_language()
        warn = self.warn_unprintable
        self.say_missing_city()
        try:
            if how == "preview":
                actions.print_preview(kind, reference, self.services, self.window, language=language, warn=warn)
            elif how == "pdf":
                actions.export_pdf_with_dialog(kind, reference, self.services, self.window, language=language,
                                               warn=warn)
            else:
                actions.print_with_dialog(kind, reference, self.services, self.window, language=language, warn=warn)
        except (NotFoundError, PrintError, OSError) as exc:
            message_box.warning(self.window, self.tr("Impression impossible"), said(exc))

    def say_missing_city(self) -> bool:
        """At the first print of a session, when no city is set: the header prints « Direction des relations
        internationales » alone, so the status bar says where to name the city (once; Preferences flags the
        field too). True when said."""
        from db.services.settings import OFFICE_CITY, get_setting

        if self.city_said or self.window is None or str(get_setting(self.services.catalog, OFFICE_CITY) or "").strip():
            return False
        self.city_said = True
        self.window.statusBar().showMessage(self.tr(
            "L'en-tête des documents ne nomme pas votre ville : indiquez-la dans Édition › Préférences…, "
            "onglet « Service », champ « Ville »."), 60000)
        return True

    def warn_unprintable(self, message: str) -> None:
        """Characters no installed font can draw: said before the preview or the print, not printed as boxes."""
        message_box.warning(self.window, self.tr("Caractères impossibles à imprimer"), message)


def install(window, services, runner=None) -> MainActions:


    """Wire everything into ``window``; keep the returned object alive with the window."""
    actions = MainActions(window, services, runner)
    window.main_actions = actions
    from desktop.views.personal_data_actions import install as install_personal_data

    install_personal_data(window, services)  # Tools: a person's data, anonymise, register, invitations
    from desktop.views import yearly_actions

    actions.yearly = yearly_actions.install(actions)
    return actions


__all__ = ["LazyPage", "MainActions", "install"]

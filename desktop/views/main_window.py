"""The main window: side bar of views, the record pages, menus, shortcuts and the status bar.

Built by the composition root (``desktop.app``) with everything it needs passed in. Other parts
plug in through ``add_page(key, label, widget, icon=None, shortcut=None, first=False)`` (the
dashboard) and ``add_menu_action(menu_key, action)`` with ``menu_key`` in ``file``, ``edit``,
``view``, ``tools``, ``help`` (import, export, print).

Signals: ``record_requested(str, str)`` (kind, public id: opens that record),
``catalog_requested(str, bool)`` (path, create — the composition root reopens the window on it),
``server_requested(str)`` (the last server URL, or "": the composition root asks where to connect),
``preferences_changed()``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from db.catalog import display_location
from db.services import Services, listing
from desktop import settings as app_settings
from desktop.icons import icon
from desktop.views.record_page import RecordPage
from desktop.widgets import message_box
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.language import counted, ui_language

KINDS = ("partner", "agreement", "contact", "event", "followup")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """Partners, agreements, contacts, events and follow-ups of one catalogue.

    Signals: ``record_requested(str, str)``, ``catalog_requested(str, bool)``, ``preferences_changed()``,
    ``backup_restore_requested(str)`` (a backup to put back: the composition root closes and reopens).
    """

    record_requested = Signal(str, str)
    catalog_requested = Signal(str, bool)
    server_requested = Signal(str)
    preferences_changed = Signal()
    backup_restore_requested = Signal(str)

    def __init__(self, services: Services, runner=None, settings: app_settings.Settings | None = None,
                 parent: QWidget | None = None, today=None):
        super().__init__(parent)
        self.services = services
        self.catalog = services.catalog
        self.runner = runner
        self.settings = settings or app_settings.Settings.load()
        self.read_only = bool(services.catalog.read_only)
        self.fixed_today = today  # tests and screenshots: the day the views are computed for (None: today)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet("QListWidget#sidebar { background: palette(window); font-size: 11pt; }"
                                   "QListWidget#sidebar::item { padding: 7px 8px; }")
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.banner = self._read_only_banner()
        if self.banner is not None:
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.banner)
            column.addWidget(self.splitter, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.splitter)
        self._build_menus()
        self.path_label = ElidedLabel()  # a long path is cut in the middle in a narrow window
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        status, short = self.describe_catalog()
        self.path_label.setText(status + (self.tr(" (lecture seule)") if self.read_only else ""))
        self.setWindowTitle(self.tr("Passerelles — {0}").format(short)
                            + (self.tr(" (lecture seule)") if self.read_only else ""))
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self.update_counts)
        self.view_shortcuts: list[QAction] = []
        labels = self.kind_labels()
        for number, kind in enumerate(KINDS, start=1):
            page = RecordPage(kind, services, runner, self, read_only=self.read_only, today=today)
            page.record_requested.connect(self.record_requested)
            page.changed.connect(self._record_changed)
            page.list.count_changed.connect(self._schedule_counts)
            page.list.model.load_failed.connect(self._list_failed)
            page.list.addAction(self.delete_action)  # Suppr deletes from the list, never while typing in a form
            self.add_page(kind, labels[kind], page, icon(kind), f"Ctrl+{number}")
        self.sidebar.currentRowChanged.connect(self._show_row)
        # the start view is chosen when the window is first shown (pages added by the wiring may come first)
        self.record_requested.connect(self.open_record)
        self._schedule_counts()  # after the first paint
        self._restore_geometry()
        self._search_popup = None

    def describe_catalog(self, url: str | None = None) -> tuple[str, str]:
        """(status bar text, short name) of a catalogue: its file, or its database and server (never a password)."""
        if url is None and self.catalog.path is not None:
            return self.tr("Catalogue : {0}").format(self.catalog.path), self.catalog.path.name
        parsed = make_url(url or self.catalog.url)
        if parsed.get_backend_name() == "sqlite":
            return self.tr("Catalogue : {0}").format(parsed.database), parsed.database or ""
        server = f"{parsed.host}:{parsed.port or 5432}"
        return (self.tr("Catalogue « {0} » sur le serveur {1} — utilisateur {2}").format(
                    parsed.database, server, parsed.username or "?"),
                self.tr("{0} sur {1}").format(parsed.database, parsed.host))

    # --- structure ---------------------------------------------------------------------------

    def _read_only_banner(self) -> QLabel | None:
        """Why the catalogue is read-only, when its file or folder cannot be written or its server account may only read."""
        reason = getattr(self.catalog, "read_only_reason", "")
        if not reason:
            return None
        from db.faults import FaultMessage

        name = getattr(self.catalog, "read_only_name", str(self.catalog.path))
        banner = QLabel(FaultMessage("opened_" + reason, name).in_language(ui_language()))
        banner.setObjectName("read_only_banner")
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel#read_only_banner { background: #fff4ce; color: #4a3b00; padding: 6px 10px; "
                             "border-bottom: 1px solid #e0c060; }")
        return banner

    def kind_labels(self) -> dict[str, str]:
        return {"partner": self.tr("Partenaires"), "agreement": self.tr("Accords"),
                "contact": self.tr("Contacts"), "event": self.tr("Événements"), "followup": self.tr("Suivis")}

    def add_page(self, key: str, label: str, widget: QWidget, icon: QIcon | None = None,
                 shortcut: str | None = None, first: bool = False) -> None:
        """Add a view to the side bar (``first``: at the top, and shown at start)."""
        item = QListWidgetItem(icon or QIcon(), label)
        item.setData(KEY_ROLE, key)
        if first:
            self.sidebar.insertItem(0, item)
            self.stack.insertWidget(0, widget)
        else:
            self.sidebar.addItem(item)
            self.stack.addWidget(widget)
        self.pages[key] = widget
        self._fit_sidebar()
        if shortcut:
            action = QAction(label, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.menus["view"].addAction(action)
            self.addAction(action)
        if first:
            self.sidebar.setCurrentRow(0)

    def _fit_sidebar(self) -> None:
        """The side bar at least as wide as its longest entry (« Tableau de bord » at 150 % is not cut),
        within its bounds."""
        widest = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 4
        self.sidebar.setMinimumWidth(min(max(150, widest), self.sidebar.maximumWidth()))

    def show_page(self, key: str) -> QWidget:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(KEY_ROLE) == key:
                self.sidebar.setCurrentRow(row)
                break
        return self.pages[key]

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(KEY_ROLE) if item is not None else ""

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    @Slot(int)
    def _show_row(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is not None:
            page = self.pages[item.data(KEY_ROLE)]
            if hasattr(page, "activate"):
                page.activate()  # lists load when first shown: a quick start
            self.stack.setCurrentWidget(page)
            self._update_actions()

    def add_menu_action(self, menu_key: str, action: QAction) -> None:
        """Hook an action into a menu (File's go above Quit)."""
        menu = self.menus[menu_key]
        if menu_key == "file":
            menu.insertAction(self._file_tail, action)
        else:
            menu.addAction(action)
        if menu_key == "tools":
            menu.menuAction().setVisible(True)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        file = self.menus["file"] = bar.addMenu(self.tr("&Fichier"))
        file.addAction(self._action(self.tr("Nouveau catalogue…"), self.new_catalog, name="action_new_catalog"))
        file.addAction(self._action(self.tr("Ouvrir un catalogue…"), self.open_catalog_dialog,
                                    QKeySequence.StandardKey.Open, "action_open_catalog"))
        file.addAction(self._action(self.tr("Se connecter à un serveur…"), self.connect_to_server,
                                    name="action_connect_server"))
        self.recent_menu = file.addMenu(self.tr("Catalogues récents"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._file_tail = file.addSeparator()
        file.addAction(self._action(self.tr("Quitter"), self.close, QKeySequence.StandardKey.Quit, "action_quit"))
        edit = self.menus["edit"] = bar.addMenu(self.tr("É&dition"))
        self.undo_action = self._action(self.tr("Annuler la dernière modification"), self.undo,
                                        QKeySequence.StandardKey.Undo, "action_undo")
        self.new_action = self._action(self.tr("Nouvelle fiche"), self.new_record, QKeySequence.StandardKey.New,
                                       "action_new")
        self.save_action = self._action(self.tr("Enregistrer"), self.save_record, QKeySequence.StandardKey.Save,
                                        "action_save")
        self.delete_action = self._action(self.tr("Supprimer"), self.delete_record, QKeySequence(Qt.Key.Key_Delete),
                                          "action_delete")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_action)
        self.search_action = self._action(self.tr("Rechercher partout…"), self.show_search,
                                          QKeySequence.StandardKey.Find, "action_search")
        for action in (self.undo_action, None, self.new_action, self.save_action, self.delete_action, None,
                       self.search_action, None):
            edit.addAction(action) if action is not None else edit.addSeparator()
        edit.addAction(self._action(self.tr("Préférences…"), self.show_preferences, name="action_preferences"))
        self.menus["view"] = bar.addMenu(self.tr("&Affichage"))
        self.menus["tools"] = bar.addMenu(self.tr("&Outils"))
        self.menus["tools"].menuAction().setVisible(False)
        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Aide"))
        help_menu.addAction(self._action(self.tr("Guide d'utilisation"), self.show_guide, QKeySequence.StandardKey.HelpContents,
                                         name="action_guide"))
        help_menu.addAction(self._action(self.tr("À propos de Passerelles"), self.show_about, name="action_about"))
        if self.read_only:
            for action in (self.undo_action, self.new_action, self.save_action, self.delete_action):
                action.setEnabled(False)

    def _update_actions(self) -> None:
        is_record_page = isinstance(self.current_page(), RecordPage)
        for action in (self.new_action, self.save_action, self.delete_action):
            action.setEnabled(is_record_page and not self.read_only)

    # --- status ------------------------------------------------------------------------------

    def update_counts(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.catalog.uow() as uow:
                counts = listing.counts(uow.session)
        except SQLAlchemyError as exc:   # a damaged large file before its check ends, a lost server: said
            from db.faults import describe
            from db.logs import logger

            logger().warning("counting the records failed: %s", exc)
            self.counts_label.setText("")
            self.statusBar().showMessage(describe(exc, self.catalog.path, ui_language()), 10000)
            return
        forms = {
            "partner": (self.tr("{0} partenaire"), self.tr("{0} partenaires")),
            "agreement": (self.tr("{0} accord"), self.tr("{0} accords")),
            "contact": (self.tr("{0} contact"), self.tr("{0} contacts")),
            "event": (self.tr("{0} événement"), self.tr("{0} événements")),
            "followup": (self.tr("{0} suivi"), self.tr("{0} suivis")),
        }
        self.counts_label.setText(" · ".join(counted(counts[k], forms[k]) for k in KINDS))

    @Slot(str)
    def _list_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Impossible de lire la liste : {0}").format(message), 10000)

    @Slot(int)
    def _schedule_counts(self, _rows: int = 0) -> None:
        self._counts_timer.start()  # once for a burst of list loads

    @Slot(str)
    def _record_changed(self, _kind: str) -> None:
        self.update_counts()

    # --- records -----------------------------------------------------------------------------

    @Slot(str, str)
    def open_record(self, kind: str, public_id: str) -> None:
        if kind not in self.pages:
            return
        page = self.show_page(kind)
        if isinstance(page, RecordPage):
            page.list.select(public_id)
            page.open_record(public_id, focus=True)

    def new_record(self) -> None:
        page = self.current_page()
        if isinstance(page, RecordPage):
            page.new_record()

    def save_record(self) -> None:
        page = self.current_page()
        if isinstance(page, RecordPage):
            page.save()

    def delete_record(self) -> None:
        page = self.current_page()
        if isinstance(page, RecordPage):
            page.delete_selected()

    def undo(self) -> dict | None:
        if self.read_only:
            return None
        page = self.current_page()
        if isinstance(page, RecordPage) and page.editor is not None and page.editor.is_dirty() \
                and not page.confirm_leave():
            return None
        undone = self.services.undo_last()
        if undone is None:
            self.statusBar().showMessage(self.tr("Rien à annuler."), 4000)
            return None
        self.refresh_all()
        self.statusBar().showMessage(self.tr("Dernière modification annulée."), 4000)
        return undone

    def refresh_all(self) -> None:
        """Read every list again (after an undo, an import)."""
        for page in self.pages.values():
            if hasattr(page, "refresh"):
                page.refresh()
        self.update_counts()

    # --- dialogs -----------------------------------------------------------------------------

    def show_search(self) -> None:
        from desktop.views.search_popup import SearchPopup

        if self._search_popup is None:
            self._search_popup = SearchPopup(self.services, self)
            self._search_popup.record_requested.connect(self.record_requested)
        self._search_popup.popup()

    def show_preferences(self) -> None:
        from desktop.views.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, self.services)
        if dialog.exec() and dialog.apply():
            self.preferences_changed.emit()

    def show_about(self) -> None:
        from desktop.views.about import show_about

        show_about(self)

    def show_guide(self) -> None:
        """The user guide in the interface's language, in a window of its own (kept open beside the work)."""
        from desktop.views.main_actions import ui_language
        from desktop.views.user_guide import UserGuideDialog, guide_path

        path = guide_path(ui_language())
        if path is None:

            message_box.warning(self, self.tr("Guide d'utilisation"),
                                self.tr("Le guide d'utilisation n'est pas installé avec cette copie de Passerelles."))
            return
        if getattr(self, "guide_dialog", None) is None:
            self.guide_dialog = UserGuideDialog(path, self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.catalog.path) if self.catalog.path else display_location(self.catalog.url)
        entries = [p for p in self.settings.recent_catalogs if p != current]
        for path in entries:
            label = path if "://" not in path else self.tr("Serveur : {0}").format(self.describe_catalog(path)[1])
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _c=False, p=path: self.request_catalog(p, False))
        if not entries:
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)

    def open_catalog_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un catalogue"), "",
                                              self.tr("Catalogues Passerelles (*.sqlite *.db);;Tous les fichiers (*)"))
        if path:
            self.request_catalog(path, False)

    def connect_to_server(self) -> None:
        """Fichier › Se connecter à un serveur… (the composition root opens it, and asks again on failure)."""
        previous = next((p for p in self.settings.recent_catalogs if "://" in p), None)
        self.server_requested.emit(previous or "")

    def new_catalog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Nouveau catalogue"), "catalogue.sqlite",
                                              self.tr("Catalogues Passerelles (*.sqlite)"))
        if path:
            self.request_catalog(path, True)

    def request_catalog(self, path: str, create: bool) -> None:
        if self.confirm_close():
            QTimer.singleShot(0, lambda: self.catalog_requested.emit(path, create))

    # --- state -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = app_settings.restore_state("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 780)
        splitter = app_settings.restore_state("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        for page in self.pages.values():
            if isinstance(page, RecordPage):
                page.list.save_header_now()
        app_settings.save_state("main_window/geometry", self.saveGeometry())
        app_settings.save_state("main_window/splitter", self.splitter.saveState())

    def confirm_close(self) -> bool:
        return all(page.confirm_leave() for page in self.pages.values() if isinstance(page, RecordPage))

    def showEvent(self, event) -> None:
        if self.sidebar.currentRow() < 0:  # nothing chosen yet: the first page is the start view
            self.sidebar.setCurrentRow(0)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.save_window_state()
        event.accept()

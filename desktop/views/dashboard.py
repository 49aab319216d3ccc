"""The start view: what is late, what is due, agreements to watch, quiet partners, coming events.

``DashboardView(services)`` computes its snapshot off the GUI thread (``db.services.dashboard``),
shows it in four panels, and opens any record it lists.

Signals:
    record_requested(kind, public_id): the user asked to open this record (double-click, Enter).
    import_requested(), demo_requested(), new_partner_requested(): the empty catalogue's start panel
        asked to import a workbook, load the demonstration records or create a first partner.
    followup_changed(public_id): a follow-up was completed, cancelled, rescheduled or reassigned here.
    refreshed(): a new snapshot is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.faults import describe
from desktop.icons import icon
from desktop.views import dashboard_models as models
from desktop.widgets import elided_tips, message_box
from desktop.widgets.language import ui_language

ALL = ""  # owner filter: everyone


def load_snapshot(catalog, actor: str | None, today: dt.date, owner: str | None) -> dict:
    """Everything the view shows, computed in one unit of work (runs on a worker thread)."""
    from db.services import dashboard, listing, staff

    with catalog.uow(actor) as uow:
        board = dashboard.compute(uow.session, today, owner=owner)
        from db.services import retention

        return {"board": board, "names": staff.names(uow.session, owners=board.owners), "mine": staff.mine(uow.session, actor),
                "empty": not any(listing.counts(uow.session).values()),
                "retention": (retention.candidates(uow.session, today, limit=200), retention.years(uow.session))}


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], dict], stale: Callable[[int], bool], catalog_path=None):
        super().__init__()
        self.catalog_path = catalog_path
        self.language = ui_language()  # read on the GUI thread
        self.generation = generation
        self.work = work
        self.stale = stale
        self.signals = _Signals()

    def run(self) -> None:
        if self.stale(self.generation):
            return  # a newer refresh was asked for while this one waited: skip the work
        try:
            result = self.work()
        except Exception as exc:  # reported to the view, never raised in a thread
            from db.logs import log_exception

            log_exception(exc)
            self.signals.failed.emit(self.generation, describe(exc, self.catalog_path, self.language))
            return
        self.signals.done.emit(self.generation, result)


class DashboardView(QWidget):
    record_requested = Signal(str, str)
    followup_changed = Signal(str)
    refreshed = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    new_partner_requested = Signal()

    def __init__(self, services, parent: QWidget | None = None, *, today: dt.date | None = None,
                 threaded: bool = True):
        super().__init__(parent)
        self.services = services
        self._today = today
        self._threaded = threaded
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)  # bursts of record changes make one refresh
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_now)
        self.board = None
        self._mine: str | None = None
        self._known_owners: set[str] = set()  # owners seen unfiltered, kept while a filter is on
        self._build()
        self.retranslate_ui()
        self._fit_top(self.width())
        self.refresh_now()

    # --- layout -------------------------------------------------------------------------------------

    def _tree(self, stretch_first: bool = True) -> QTreeView:
        tree = QTreeView(self)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setRootIsDecorated(True)
        tree.doubleClicked.connect(self._open_index)
        tree.activated.connect(self._open_index)
        elided_tips.install(tree)  # a cut title shows its full text on hover
        return tree

    def _box(self, tree: QTreeView) -> QGroupBox:
        box = QGroupBox(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(tree)
        return box

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel(self)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setMinimumContentsLength(18)
        self.owner_combo.currentIndexChanged.connect(self._owner_changed)
        self.by_owner = QCheckBox(self)
        self.by_owner.setChecked(True)
        self.by_owner.toggled.connect(self._show)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.staff_button = QPushButton(self)
        self.staff_button.clicked.connect(self.edit_staff)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #5f6368")

        top = self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the controls under the title when narrow
        titles = self.titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        top.addLayout(titles)
        controls = self.controls = QHBoxLayout()
        controls.addStretch(1)
        self.status.setWordWrap(True)
        self.owner_label = QLabel(self)
        self.owner_label.setBuddy(self.owner_combo)
        for w in (self.status, self.owner_label, self.owner_combo, self.by_owner, self.staff_button, self.refresh_button):
            controls.addWidget(w)
        top.addLayout(controls, 1)

        self.followups = self._tree()
        self.followups.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.followups.customContextMenuRequested.connect(self._followup_menu)
        self.agreements = self._tree()
        self.quiet = self._tree()
        self.quiet.setRootIsDecorated(False)
        self.events = self._tree()
        self.events.setRootIsDecorated(False)
        self.followups_box = self._box(self.followups)
        self.agreements_box = self._box(self.agreements)
        self.quiet_box = self._box(self.quiet)
        self.events_box = self._box(self.events)

        from desktop.views.dashboard_retention import RetentionBox

        self.retention = RetentionBox(self.services, self, self._today)
        self.retention.record_requested.connect(self.record_requested)
        self.retention.changed.connect(self.refresh)
        self.retention.hide()
        right = QSplitter(Qt.Orientation.Vertical, self)
        for box in (self.agreements_box, self.quiet_box, self.events_box, self.retention):
            right.addWidget(box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setStretchFactor(2, 1)
        right.setStretchFactor(3, 1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.followups_box)
        body.addWidget(right)
        body.setStretchFactor(0, 6)  # about half each: the agreements' titles need room as much as the follow-ups'
        body.setStretchFactor(1, 5)
        self.body = body
        self.start_panel = self._start_panel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.start_panel)
        layout.addWidget(body, 1)

    def resizeEvent(self, event) -> None:  # Qt override
        self._fit_top(event.size().width())
        super().resizeEvent(event)

    def _fit_top(self, width: int) -> None:
        """The controls beside the title, or under it when the page is too narrow for both (a laptop at
        150 %); the page's least width is then that of the widest row, not of the two side by side."""
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        titles, controls = self.titles.minimumSize().width(), self.controls.minimumSize().width()
        narrow = room < titles + self.top.spacing() + controls
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        panel = self.start_panel.minimumSizeHint().width() if not self.start_panel.isHidden() else 0
        self.setMinimumWidth(max(titles, controls, panel, self.body.minimumSizeHint().width())
                             + margins.left() + margins.right())

    def _start_panel(self) -> QFrame:
        """What an empty catalogue's dashboard offers: import a workbook, load the demonstration, create a partner."""
        panel = QFrame(self)
        panel.setObjectName("start_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        self.start_text = QLabel(panel)
        self.start_text.setWordWrap(True)
        layout.addWidget(self.start_text)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(icon("import"), "", panel)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(panel)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_partner_button = QPushButton(icon("partner"), "", panel)
        self.new_partner_button.clicked.connect(self.new_partner_requested)
        for button in (self.import_button, self.demo_button, self.new_partner_button):
            button.setEnabled(not getattr(self.services.catalog, "read_only", False))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        panel.hide()
        return panel

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Tableau de bord"))
        self.owner_label.setText(self.tr("&Responsable :"))
        self.by_owner.setText(self.tr("Grouper par responsable"))
        self.refresh_button.setText(self.tr("Actualiser"))
        self.refresh_button.setToolTip(self.tr("Recalculer le tableau de bord (F5)"))
        self.refresh_button.setShortcut("F5")
        self.staff_button.setText(self.tr("Équipe…"))
        self.staff_button.setToolTip(self.tr("Modifier la liste des membres du service et dire qui vous êtes"))
        self.followups_box.setTitle(self.tr("Suivis à faire"))
        self.agreements_box.setTitle(self.tr("Accords à surveiller (échéance ou préavis)"))
        self.events_box.setTitle(self.tr("Événements à venir"))
        self.start_text.setText(self.tr(
            "<b>Le catalogue est vide.</b> Pour commencer, importez le classeur de partenaires, d'accords ou de "
            "contacts que le service tient déjà, chargez la démonstration pour découvrir l'application, ou "
            "créez un premier partenaire."))
        self.import_button.setText(self.tr("Importer un classeur…"))
        self.demo_button.setText(self.tr("Charger la démonstration"))
        self.new_partner_button.setText(self.tr("Nouveau partenaire"))
        self._update_quiet_title()

    def _update_quiet_title(self) -> None:
        months = self.board.quiet_months if self.board else 12
        total = f" — {self.board.quiet_total}" if self.board else ""
        self.quiet_box.setTitle(self.tr("Partenaires sans contact depuis {n} mois").format(n=months) + total)

    # --- computing ----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def owner(self) -> str | None:
        return self.owner_combo.currentData() or None

    @Slot()
    def refresh(self) -> None:
        """Recompute the snapshot soon (off the GUI thread); connect it to every "records changed" signal."""
        self._timer.start()

    @Slot()
    def refresh_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        catalog, actor, today, owner = self.services.catalog, self.services.actor, self.today(), self.owner()
        self.status.setText(self.tr("Calcul…"))

        def work() -> dict:
            return load_snapshot(catalog, actor, today, owner)

        if not self._threaded:
            try:
                self._on_done(self._generation, work())
            except Exception as exc:
                from db.logs import log_exception

                log_exception(exc)
                self._on_failed(self._generation, describe(exc, catalog.path, ui_language()))
            return
        job = _Job(self._generation, work, lambda generation: generation != self._generation, catalog.path)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._pool.start(job)

    @Slot(int, object)
    def _on_done(self, generation: int, result: dict) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.board = result["board"]
        self._mine = result["mine"]
        self.start_panel.setVisible(bool(result.get("empty")))
        self._fit_top(self.width())
        names = list(result["names"])
        if self.board.owner is None:
            self._known_owners = set(self.board.owners)
        names += sorted(o for o in self._known_owners if o not in names)
        self._fill_owners(names)
        self.status.setText("")
        self.retention.set_candidates(*result.get("retention", ([], 3)))
        self._show()
        self.refreshed.emit()

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Impossible de calculer le tableau de bord : {m}").format(m=message))

    def _fill_owners(self, names: list[str]) -> None:
        current = self.owner_combo.currentData() or ALL
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Tous les responsables"), ALL)
        if self._mine:
            self.owner_combo.addItem(self.tr("Mes suivis ({name})").format(name=self._mine), self._mine)
        for name in names:
            if name != self._mine:
                self.owner_combo.addItem(name, name)
        index = self.owner_combo.findData(current)
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.owner_combo.blockSignals(False)

    @Slot()
    def _owner_changed(self) -> None:
        self.refresh_now()

    @Slot()
    def _show(self) -> None:
        if self.board is None:
            return
        self.date_label.setText(models.heading(self.board.today))
        old = [t.model() for t in (self.followups, self.agreements, self.quiet, self.events)]
        model = models.followup_model(self.board, self.by_owner.isChecked(), self)
        model.itemChanged.connect(self._item_changed)
        self.followups.setModel(model)
        self.agreements.setModel(models.agreement_model(self.board, self))
        self.quiet.setModel(models.quiet_model(self.board, self))
        self.events.setModel(models.event_model(self.board, self))
        for m in old:
            if m is not None:
                m.deleteLater()
        self.followups.expandAll()
        self.agreements.expandAll()
        # group and owner rows, and an empty panel's explanation, read across the columns
        for tree in (self.followups, self.agreements, self.quiet, self.events):
            self._span(tree, QModelIndex())
        for tree in (self.followups, self.agreements, self.quiet, self.events):
            header = tree.header()  # the title takes the room left; the other columns fit their text
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            last = tree.model().columnCount() - 1
            for column in range(1, last):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            if tree is self.followups:  # what it is about: useful, but never at the expense of the title
                header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
                tree.resizeColumnToContents(last)
                header.resizeSection(last, min(header.sectionSize(last), 8 * self.fontMetrics().horizontalAdvance("n") + 40))
            else:
                header.setSectionResizeMode(last, QHeaderView.ResizeMode.ResizeToContents)
        self._update_quiet_title()

    def _span(self, tree: QTreeView, parent: QModelIndex) -> None:
        model = tree.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(models.ID_ROLE) is None:
                tree.setFirstColumnSpanned(row, parent, True)
                self._span(tree, index)

    # --- actions ------------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        kind, public_id = index.data(models.KIND_ROLE), index.data(models.ID_ROLE)
        if kind and public_id:
            self.record_requested.emit(kind, public_id)

    def _followup_id(self, index: QModelIndex) -> str | None:
        if index.isValid() and index.data(models.KIND_ROLE) == "followup":
            return index.data(models.ID_ROLE)
        return None

    def _item_changed(self, item) -> None:
        if item.isCheckable() and item.checkState() == Qt.CheckState.Checked and item.data(models.ID_ROLE):
            self.complete(item.data(models.ID_ROLE))

    def _ops(self):
        from db.services.followups import FollowUps

        return FollowUps(self.services.catalog, self.services.actor)

    def read_only_refusal(self) -> str:
        """Why nothing can be changed here, in words (the catalogue is open read-only)."""
        return self.tr("Le catalogue est ouvert en lecture seule : une autre personne l'utilise en ce moment. "
                       "Ce suivi n'a pas été modifié. Pour le modifier, attendez qu'elle ferme Passerelles, "
                       "puis rouvrez le catalogue (Fichier › Ouvrir un catalogue…).")

    def _apply(self, action: Callable[[], object], public_id: str) -> None:
        from db.services.errors import ServiceError

        if getattr(self.services.catalog, "read_only", False):
            message_box.information(self, self.tr("Lecture seule"), self.read_only_refusal())
            self.refresh_now()  # the box ticked by the click is unticked again
            return
        try:
            action()
        except PermissionError:  # the catalogue became read-only under us
            message_box.information(self, self.tr("Lecture seule"), self.read_only_refusal())
        except ServiceError as exc:
            message_box.warning(self, self.tr("Suivi"), describe(exc, self.services.catalog.path, ui_language()))
        except Exception as exc:  # never a traceback in the user's face
            from db.logs import log_exception

            where = log_exception(exc)
            message_box.critical(self, self.tr("Suivi"), self.tr("Erreur inattendue. Détails : {w}").format(w=where))
        else:
            self.followup_changed.emit(public_id)
        self.refresh_now()

    def complete(self, public_id: str) -> None:
        """Mark a follow-up done today (one click on its check box); it leaves the lists."""
        self._apply(lambda: self._ops().complete(public_id, on=self.today()), public_id)

    def cancel(self, public_id: str) -> None:
        self._apply(lambda: self._ops().cancel(public_id, on=self.today()), public_id)

    def postpone(self, public_id: str, days: int) -> None:
        self._apply(lambda: self._ops().reschedule(public_id, self.today() + dt.timedelta(days=days)), public_id)

    def assign(self, public_id: str, owner: str | None) -> None:
        self._apply(lambda: self._ops().assign(public_id, owner), public_id)

    @Slot()
    def edit_staff(self) -> None:
        """Edit the office's staff list; the owner filter and menus follow it."""
        from desktop.views.dashboard_staff import StaffDialog

        if StaffDialog(self.services, self).exec():
            self.refresh_now()

    @Slot("QPoint")
    def _followup_menu(self, pos) -> None:
        index = self.followups.indexAt(pos)
        public_id = self._followup_id(index)
        if not public_id:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Ouvrir"), lambda: self.record_requested.emit("followup", public_id))
        menu.addSeparator()
        menu.addAction(self.tr("Marquer comme fait"), lambda: self.complete(public_id))
        menu.addAction(self.tr("Annuler ce suivi"), lambda: self.cancel(public_id))
        postpone = menu.addMenu(self.tr("Reporter"))
        for label, days in ((self.tr("à demain"), 1), (self.tr("d'une semaine"), 7), (self.tr("d'un mois"), 30)):
            postpone.addAction(label, lambda d=days: self.postpone(public_id, d))
        assign = menu.addMenu(self.tr("Confier à"))
        for i in range(1, self.owner_combo.count()):
            name = self.owner_combo.itemData(i)
            assign.addAction(name, lambda n=name: self.assign(public_id, n))
        assign.addSeparator()
        assign.addAction(self.tr("Personne"), lambda: self.assign(public_id, None))
        menu.exec(self.followups.viewport().mapToGlobal(pos))

"""A list of one kind of record: filter bar, sortable table, remembered columns.

Sorting (header click) and filtering run in the database through ``RecordTableModel``; column
visibility (header context menu), order (drag) and widths are saved in ``QSettings`` as the
header state. Signals: ``record_activated(str, str)`` (kind, public id — double-click or Enter),
``current_changed(str)`` (public id of the selected row, "" when none), ``count_changed(int)``,
``columns_fitted()`` (the columns were sized to their text).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.catalog import Catalog
from db.services.records import DEFAULT_SORT, ListQuery
from desktop import settings as app_settings
from desktop.models.record_table import RecordTableModel
from desktop.views.filter_bar import FilterBar
from desktop.widgets import elided_tips
from desktop.widgets.language import counted

SAVE_DELAY_MS = 1000


class ListView(QWidget):
    """Filter bar + table of one kind.

    Signals: ``record_activated(str, str)``, ``current_changed(str)``, ``count_changed(int)``,
    ``columns_fitted()``.
    """

    record_activated = Signal(str, str)
    current_changed = Signal(str)
    count_changed = Signal(int)
    columns_fitted = Signal()

    def __init__(self, kind: str, catalog: Catalog, runner=None, parent: QWidget | None = None, today=None,
                 load: bool = True):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"list_{kind}")
        self.model = RecordTableModel(kind, catalog, self, runner=runner, today=today)
        self.filter_bar = FilterBar(kind, catalog, self, load=load)
        self.table = QTableView(self)
        self.table.setObjectName(f"table_{kind}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elided_tips.install(self.table)  # a cut cell shows its full text on hover
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_header_now)
        self.active = False
        if load:
            self.activate()
        self.filter_bar.changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.loaded.connect(self.count_changed)
        self.model.loaded.connect(self._show_count)
        self.model.loading_started.connect(self._show_loading)
        self.model.modelReset.connect(lambda: self.current_changed.emit(""))
        header.sortIndicatorChanged.connect(self._save_header)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)

    def activate(self) -> None:
        """First load (the main window builds lists hidden and loads each when first shown)."""
        if self.active:
            return
        self.active = True
        if not self.filter_bar.loaded:
            self.filter_bar.refresh_choices()
        self._restore_header()

    # --- columns -----------------------------------------------------------------------------

    def _state_key(self) -> str:
        return f"list/{self.kind}/header"

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
            header.setSectionHidden(number, column.hidden)
        default = self.model.column_of(DEFAULT_SORT[self.kind])
        header.setSortIndicator(default, Qt.SortOrder.AscendingOrder)
        state = app_settings.restore_state(self._state_key())
        self._fitted = state is not None  # the user's own widths are kept; else fitted to the first rows
        if state is not None:
            header.restoreState(state)
        else:
            self.model.loaded.connect(self._fit_once)
            self._key_columns_first()
        section = header.sortIndicatorSection()
        if not 0 <= section < self.model.columnCount():
            header.setSortIndicator(default, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts (= first load) with the remembered order

    def _key_columns_first(self) -> None:
        """The kind's key columns (``columns.KEY_FIRST``) moved to the left, in sight beside the form."""
        header = self.table.horizontalHeader()
        for target, logical in enumerate(self.key_columns()):
            header.moveSection(header.visualIndex(logical), target)

    def key_columns(self) -> list[int]:
        """The logical numbers of the kind's key columns (``columns.KEY_FIRST``) the model has."""
        from desktop.models.columns import KEY_FIRST

        return [n for n in (self.model.column_of(key) for key in KEY_FIRST.get(self.kind, ())) if n >= 0]

    def key_columns_width(self) -> int:
        """The width this list needs to show its visible key columns without scrolling sideways: up to the
        right edge of the last of them, with the table's frame, its vertical scroll bar and the margins.
        The last column stretches to the room left: it counts at its own width, not the stretched one."""
        header = self.table.horizontalHeader()
        last = max((n for n in range(header.count()) if not header.isSectionHidden(n)),
                   key=header.visualIndex, default=-1)
        right = 0
        for logical in self.key_columns():
            if header.isSectionHidden(logical):
                continue
            size = header.sectionSize(logical)
            if logical == last:
                size = min(size, self.model.columns[logical].width)
            right = max(right, header.sectionPosition(logical) + size)
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.table)
        return right + margins.left() + margins.right() + 2 * self.table.frameWidth() + bar

    @Slot(int)
    def _fit_once(self, _rows: int = 0) -> None:
        """Size the columns to their content once, on the first rows shown (the user's widths are then kept)."""
        self.model.loaded.disconnect(self._fit_once)
        if not self._fitted:
            self._fitted = True
            self.fit_columns()

    def fit_columns(self, rows: int = 60) -> None:
        """Each visible column as wide as its title and its text in the first ``rows`` rows, within bounds
        (a long title or note is cut, with its full text as tooltip); the last column takes the room left."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        count = min(rows, self.model.rowCount())
        for number, column in enumerate(self.model.columns):
            if header.isSectionHidden(number):
                continue
            widest = metrics.horizontalAdvance(column.title()) + pad + 12  # and the sort arrow
            for row in range(count):
                text = self.model.index(row, number).data() or ""
                widest = max(widest, metrics.horizontalAdvance(str(text)) + pad)
            limit = 34 * metrics.horizontalAdvance("n") if number == 0 else 26 * metrics.horizontalAdvance("n")
            header.resizeSection(number, max(6 * metrics.horizontalAdvance("n"), min(widest, limit)))
        self._save_timer.stop()  # fitted widths are not the user's choice: not saved
        self.columns_fitted.emit()

    @Slot()
    def _save_header(self, *_args) -> None:
        self._save_timer.start()  # written once the user stops dragging or clicking

    def save_header_now(self) -> None:
        """Write the columns' state (also done by the main window when it closes)."""
        self._save_timer.stop()
        if self.active:
            app_settings.save_state(self._state_key(), self.table.horizontalHeader().saveState())

    @Slot("QPoint")
    def _header_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for number, column in enumerate(self.model.columns):
            action = QAction(column.title(), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda visible, n=number: self.set_column_visible(n, visible))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, number: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(number, not visible)
        self.save_header_now()

    # --- filtering and selection -------------------------------------------------------------

    @Slot(int)
    def _show_count(self, rows: int) -> None:
        self.filter_bar.status.setText(counted(rows, (self.tr("{0} fiche"), self.tr("{0} fiches"))))

    @Slot()
    def _show_loading(self) -> None:
        self.filter_bar.status.setText(self.tr("Chargement…"))

    @Slot()
    def apply_filters(self) -> None:
        q = self.model.query
        self.model.set_query(ListQuery(search=self.filter_bar.search(), sort=q.sort, descending=q.descending,
                                       limit=None, filters=self.filter_bar.filters()))

    def refresh(self, select_id: str | None = None) -> None:
        """Read the list again (after an edit); reselect ``select_id`` when it is still shown."""
        if not self.active:
            return  # not loaded yet: it will be read fresh when first shown
        if select_id is None:
            select_id = self.current_id()
        if select_id:
            def reselect(_count, pid=select_id):
                self.model.loaded.disconnect(reselect)
                self.select(pid)
            self.model.loaded.connect(reselect)
        self.model.reload()

    def select(self, public_id: str) -> bool:
        row = self.model.row_of(public_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return ""
        return self.model.public_id(index.row()) or ""

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.public_id(current.row()) or "" if current.isValid() else "")

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        public_id = self.model.public_id(index.row())
        if public_id:
            self.record_activated.emit(self.kind, public_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
            self._activated(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

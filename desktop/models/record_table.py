"""The list of one kind of record: a table model over sorted ids, rows read from SQL a window at a time.

``RecordTableModel(kind, catalog, runner=None)`` holds the ordered ids of the filtered list (one
SQL query, sorted and filtered in the database by ``db.services.listing``) and reads the shown
columns of ``BLOCK`` rows around whatever the view paints, keeping a bounded cache. With a
``TaskRunner`` the id query runs on a pool thread and the model swaps in the result; without,
it runs inline (tests, tiny catalogues). In the background the first ``FIRST_PAGE`` ids are read
beside the whole list (a second pool thread) and shown as soon as they come; the rest are then
appended as inserted rows (the selection and the scroll position stay), and ``loading`` stays
true until then.

Roles: ``Qt.DisplayRole`` (formatted text), ``SORT_ROLE`` (raw value ordered like the database),
``ID_ROLE`` (the record's public id). Signals: ``loaded(int)`` after each (re)load with the row
count; ``load_failed(str)``; ``loading_started()`` when a background read begins.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from db.catalog import Catalog
from db.partial_date import PartialDate
from db.services import listing
from db.services.records import ListQuery
from desktop.models.columns import COLUMNS, Column, alignment, display, sort_value, tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BLOCK = 100
FIRST_PAGE = 2 * BLOCK  # ids shown before the whole list is read (a whole number of blocks)
MAX_BLOCKS = 50
OVERDUE = QColor("#b3261e")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # or-ing Qt flags costs ~10 µs: once
_ALIGNMENT, _FOREGROUND, _TOOLTIP = (int(r) for r in (Qt.ItemDataRole.TextAlignmentRole,
                                                      Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))
_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), _TOOLTIP, int(SORT_ROLE), int(ID_ROLE), _ALIGNMENT, _FOREGROUND})

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind (partner, agreement, contact, event, followup), read lazily from SQL."""

    loaded = Signal(int)
    load_failed = Signal(str)
    loading_started = Signal()

    def __init__(self, kind: str, catalog: Catalog, parent=None, runner=None, today=None):
        super().__init__(parent)
        self.kind = kind
        self.catalog = catalog
        self.runner = runner
        self.today = today
        self.columns: list[Column] = COLUMNS[kind]
        self._keys = [c.key for c in self.columns]
        self.query = ListQuery(limit=None)
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._generation = 0
        self._first_shown = 0  # generation whose first page is on screen
        self._applied = 0  # generation whose whole list is on screen
        self.loading = False

    # --- loading -----------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.reload()

    def reload(self) -> None:
        """Run the id query again (after a filter, a sort, or an edit)."""
        self._generation += 1
        generation = self._generation
        query = self._effective_query()
        if self.runner is None:
            try:
                ids = fetch_ids(self.catalog, self.kind, query)
            except Exception as exc:
                self.load_failed.emit(self._plain(exc))
                return
            self._apply(generation, ids)
            return
        self.loading = True
        self.loading_started.emit()
        first = self.runner.run(_fetch_tagged, generation, self.catalog, self.kind, query, first=FIRST_PAGE)
        first.finished.connect(self._on_first_page)
        task = self.runner.run(_fetch_tagged, generation, self.catalog, self.kind, query)
        task.finished.connect(self._on_fetched)

    @Slot(object)
    def _on_fetched(self, tagged: tuple) -> None:
        generation, outcome = tagged
        if isinstance(outcome, BaseException):
            self._failed(generation, outcome)
        else:
            self._apply(generation, outcome)

    def _effective_query(self) -> ListQuery:
        if self.today is not None and self.query.filters.get("overdue"):
            filters = {**self.query.filters, "today": self.today}
            return ListQuery(search=self.query.search, sort=self.query.sort, descending=self.query.descending,
                             limit=None, filters=filters)
        return self.query

    @Slot(object)
    def _on_first_page(self, tagged: tuple) -> None:
        generation, ids = tagged
        if generation != self._generation or self._applied == generation or isinstance(ids, BaseException):
            return  # superseded, already complete, or failed (the whole list's read reports it)
        if len(ids) < FIRST_PAGE:
            self._apply(generation, ids)  # the whole list already
            return
        self._first_shown = generation
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()

    def _apply(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation or self._applied == generation:
            return  # a newer query superseded this one, or the first page was the whole list
        self._applied = generation
        self.loading = False
        shown = len(self._ids)
        if self._first_shown == generation and ids[:shown] == self._ids:
            if len(ids) > shown:  # the rest after the first page: rows added, nothing reset
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self._blocks.pop(shown // BLOCK, None)  # a block cut short by the first page
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = ids
            self._blocks.clear()
            self.endResetModel()
        self.loaded.emit(len(ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_failed.emit(self._plain(exc))

    def _plain(self, exc: BaseException) -> str:
        """The message of a failed load: logged in full, shown without SQL (``db.faults.describe``)."""
        from db.faults import describe
        from db.logs import log_exception
        from desktop.widgets.language import ui_language

        log_exception(exc)
        return describe(exc, self.catalog.path, ui_language())

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK
        cached = self._blocks.get(block)
        if cached is None:
            ids = self._ids[block * BLOCK:(block + 1) * BLOCK]
            with self.catalog.uow() as uow:
                cached = listing.rows(uow.session, self.kind, ids, self._keys)
            self._blocks[block] = cached
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return cached.get(self._ids[row])

    # --- lookups -----------------------------------------------------------------------------

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def public_id(self, row: int) -> str | None:
        values = self._row(row)
        return values[0] if values else None

    def row_of(self, public_id: str) -> int:
        """Row of a record in the current list, or -1."""
        model = listing.spec(self.kind).model
        from sqlalchemy import select

        with self.catalog.uow() as uow:
            record_id = uow.session.scalar(select(model.id).where(model.public_id == public_id))
        try:
            return self._ids.index(record_id) if record_id is not None else -1
        except ValueError:
            return -1

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return alignment(self.columns[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # the role first: a view asks a dozen roles per painted cell and most are not served here
        if role not in _ROLES or not index.isValid():
            return None
        col = index.column()
        if col >= len(self.columns):
            return None
        column = self.columns[col]
        if role == _ALIGNMENT:
            return alignment(column)
        values = self._row(index.row())
        if values is None:
            return None
        value = values[col + 1]
        if role == ID_ROLE:
            return values[0]
        if role == SORT_ROLE:
            return sort_value(column, value)
        if role == _FOREGROUND:
            return QBrush(OVERDUE) if self._overdue(column, values) else None
        if role == _TOOLTIP:  # cut text gets its tooltip from the view (ElidedTipDelegate)
            if self._overdue(column, values):
                return QCoreApplication.translate("Lists", "En retard : l'échéance est passée et le suivi n'est pas fait.")
            return tooltip(column, value)
        text = display(column, value)
        if self._overdue(column, values):  # said in words, not only in red
            text += QCoreApplication.translate("Lists", " — en retard")
        return text

    def _overdue(self, column: Column, values: tuple) -> bool:
        if self.kind != "followup" or column.key != "due_on":
            return False
        due = values[self.column_of("due_on") + 1]
        status = values[self.column_of("status") + 1]
        if status != "open" or not isinstance(due, PartialDate):
            return False
        import datetime as dt

        return due.last_day() < (self.today or dt.date.today())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        if not listing.sortable(self.kind, key):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._generation and self.query.sort == key and self.query.descending == descending:
            return  # already in this order (the view may ask twice)
        self.query.sort = key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def fetch_ids(catalog: Catalog, kind: str, query: ListQuery, progress=None) -> list[int]:
    """The ordered ids of a list (runs on a pool thread when the model has a runner)."""
    with catalog.uow() as uow:
        return listing.ordered_ids(uow.session, kind, query)


def _fetch_tagged(generation: int, catalog: Catalog, kind: str, query: ListQuery, progress=None,
                  first: int | None = None):
    """The ids of a list (its ``first`` ones only when given), tagged with the model's generation."""
    try:
        if first is not None:
            with catalog.uow() as uow:
                return generation, listing.ordered_ids(uow.session, kind, query, first=first)
        return generation, fetch_ids(catalog, kind, query)
    except Exception as exc:  # reported through load_failed, tagged with its generation
        return generation, exc

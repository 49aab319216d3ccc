"""Lists and dashboard follow what other copies of the application change (``db.notify`` on a timer).

``LiveRefresh(catalog, parent)`` polls the catalogue's ``ChangeWatcher`` every ``INTERVAL_MS``
and emits ``changed_elsewhere()`` when another copy committed a change: on a server catalogue
(PostgreSQL notifications) and on a file opened read-only beside the copy that writes it
(``PRAGMA data_version``). A local file that this copy writes has no one else to follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from db.notify import ChangeWatcher

INTERVAL_MS = 2000


class LiveRefresh(QObject):
    """Signals: ``changed_elsewhere()``."""

    changed_elsewhere = Signal()

    def __init__(self, catalog, parent: QObject | None = None):
        super().__init__(parent)
        self.watcher: ChangeWatcher | None = None
        if catalog.dialect == "postgresql" or catalog.read_only:
            try:
                self.watcher = ChangeWatcher(catalog)
            except Exception:  # no listening connection: the lists still refresh on the user's own actions
                self.watcher = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._poll)
        if self.watcher is not None:
            self.timer.start()

    @Slot()
    def _poll(self) -> None:
        if self.watcher is not None and self.watcher.poll():
            self.changed_elsewhere.emit()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

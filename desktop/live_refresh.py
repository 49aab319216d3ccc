"""Lists and dashboard follow what other copies of the application change (``db.notify`` on a timer).

``LiveRefresh(catalog, parent)`` polls the catalogue's ``ChangeWatcher`` every ``INTERVAL_MS``
and emits ``changed_elsewhere()`` when another copy committed a change: on a server catalogue
(PostgreSQL notifications) and on a file opened read-only beside the copy that writes it
(``PRAGMA data_version``). A local file that this copy writes has no one else to follow.

When the server goes away the watcher tries again by itself (with backoff); meanwhile
``status_changed(text, timeout_ms)`` tells the status bar « Connexion au serveur perdue, nouvel
essai dans N s », every second, then « Connexion rétablie » and a refresh of everything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from db.notify import ChangeWatcher

INTERVAL_MS = 2000
LOST_INTERVAL_MS = 1000  # the countdown in the status bar moves every second
RESTORED_MS = 10000


class LiveRefresh(QObject):
    """Signals: ``changed_elsewhere()``, ``status_changed(text, timeout_ms)`` (0: until replaced)."""

    changed_elsewhere = Signal()
    status_changed = Signal(str, int)

    def __init__(self, catalog, parent: QObject | None = None):
        super().__init__(parent)
        self.watcher: ChangeWatcher | None = None
        self.lost = False
        if catalog.dialect == "postgresql" or catalog.read_only:
            try:
                self.watcher = ChangeWatcher(catalog)
            except Exception:  # no watching at all (a file that cannot be read): own actions still refresh
                self.watcher = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._poll)
        if self.watcher is not None:
            self.timer.start()

    @Slot()
    def _poll(self) -> None:
        if self.watcher is None:
            return
        changed = self.watcher.poll()
        if self.watcher.lost:
            self.lost = True
            self.timer.setInterval(LOST_INTERVAL_MS)
            seconds = self.watcher.retry_in()
            text = (QCoreApplication.translate("LiveRefresh", "Connexion au serveur perdue, nouvel essai dans {0} s")
                    .format(seconds) if seconds else
                    QCoreApplication.translate("LiveRefresh", "Connexion au serveur perdue, nouvel essai en cours…"))
            self.status_changed.emit(text, 0)
        elif self.lost:
            self.lost = False
            self.timer.setInterval(INTERVAL_MS)
            self.status_changed.emit(QCoreApplication.translate("LiveRefresh", "Connexion rétablie"), RESTORED_MS)
        if changed:
            self.changed_elsewhere.emit()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

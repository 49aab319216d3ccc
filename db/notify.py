"""Change notification between copies of the application: the ONE module per engine for it.

PostgreSQL: every commit through a unit of work sends ``NOTIFY passerelles`` (delivered by the
server when, and only if, the transaction commits) with this process's token as payload; each
copy LISTENs on its own connection and ``ChangeWatcher.poll()`` says whether another copy
changed the catalogue since the last call (its own changes are ignored).

SQLite: ``PRAGMA data_version`` changes when another connection commits to the file; a watcher
polls it (meant for the read-only second copy of a file another copy holds). No Qt here: the
window polls ``poll()`` on a timer.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import uuid

from sqlalchemy import event, text
from sqlalchemy.orm import sessionmaker

CHANNEL = "passerelles"
TOKEN = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"  # this process, in its notifications


def announce_commits(session_factory: sessionmaker) -> None:
    """Make every commit of these sessions notify the other copies (PostgreSQL only)."""

    @event.listens_for(session_factory, "before_commit")
    def _notify(session):
        session.execute(text("SELECT pg_notify(:channel, :token)"), {"channel": CHANNEL, "token": TOKEN})


class ChangeWatcher:
    """``poll()`` -> True when another copy of the application changed the catalogue since the last poll."""

    def __init__(self, catalog):
        self._catalog = catalog
        self._pg = None
        self._sqlite = None
        self._version = None
        self._others = 0  # notifications from other copies not yet reported
        if catalog.dialect == "postgresql":
            self._listen()
        elif catalog.path is not None:
            self._sqlite = sqlite3.connect(f"file:{catalog.path}?mode=ro", uri=True, check_same_thread=False)
            self._version = self._data_version()

    def _listen(self) -> None:
        import psycopg

        url = self._catalog.engine.url
        self._pg = psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, password=url.password,
                                   dbname=url.database, autocommit=True, connect_timeout=10,
                                   application_name=f"Passerelles (veille) {socket.gethostname()}"[:63])
        self._pg.add_notify_handler(self._received)
        self._pg.execute(f"LISTEN {CHANNEL}")

    def _received(self, notification) -> None:
        if notification.payload != TOKEN:
            self._others += 1

    def _data_version(self) -> int:
        return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> bool:
        if self._sqlite is not None:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return changed
        if self._pg is None:
            return False
        try:
            self._pg.execute("SELECT 1")  # reads the notifications that arrived meanwhile
        except Exception:  # the server went away: try again at the next poll
            self._reconnect()
            return False
        changed, self._others = self._others > 0, 0
        return changed

    def _reconnect(self) -> None:
        self.close()
        try:
            self._listen()
        except Exception:
            self._pg = None

    def close(self) -> None:
        for connection in (self._pg, self._sqlite):
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
        self._pg = self._sqlite = None

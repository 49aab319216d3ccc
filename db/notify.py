"""Change notification between copies of the application: the ONE module per engine for it.

PostgreSQL: every commit through a unit of work sends ``NOTIFY passerelles`` (delivered by the
server when, and only if, the transaction commits) with this process's token as payload; each
copy LISTENs on its own connection and ``ChangeWatcher.poll()`` says whether another copy
changed the catalogue since the last call (its own changes are ignored).

SQLite: ``PRAGMA data_version`` changes when another connection commits to the file; a watcher
polls it (meant for the read-only second copy of a file another copy holds). No Qt here: the
window polls ``poll()`` on a timer.

A server that goes away (restarted, network cut) is tried again by itself, in the background so
that ``poll()`` never waits for the network, after 1, 2, 4… and at most ``MAX_DELAY`` seconds;
``lost`` and ``retry_in()`` say so meanwhile, and the first ``poll()`` after the connection is back
returns True, since changes made during the outage were not heard.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import threading
import time
import uuid

from sqlalchemy import event, text
from sqlalchemy.orm import sessionmaker

CHANNEL = "passerelles"
TOKEN = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"  # this process, in its notifications
FIRST_DELAY = 1.0   # seconds before the second try after an outage (the first is at once)
MAX_DELAY = 30.0    # the longest wait between two tries


def announce_commits(session_factory: sessionmaker) -> None:
    """Make every commit of these sessions notify the other copies (PostgreSQL only)."""

    @event.listens_for(session_factory, "before_commit")
    def _notify(session):
        session.execute(text("SELECT pg_notify(:channel, :token)"), {"channel": CHANNEL, "token": TOKEN})


def announce(url) -> None:
    """Tell every copy that the whole catalogue changed under them (a server restore, written by
    ``pg_restore`` and not through a unit of work); a failure is only logged."""
    import psycopg
    from sqlalchemy.engine import make_url

    try:
        with psycopg.connect(**{**listen_args(make_url(url)), "application_name": "Passerelles"}) as connection:
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"restore-{TOKEN}"))
    except Exception:
        from db.logs import logger

        logger().exception("could not tell the other copies about the restore")


class ChangeWatcher:
    """``poll()`` -> True when another copy of the application changed the catalogue since the last poll.

    ``lost``: the server connection is down and being tried again; ``retry_in()``: seconds until the
    next try. ``clock`` is ``time.monotonic`` unless a test drives the time."""

    def __init__(self, catalog, clock=time.monotonic):
        self._catalog = catalog
        self._clock = clock
        self._pg = None
        self._sqlite = None
        self._version = None
        self._others = 0  # notifications from other copies not yet reported
        self._delay = 0.0  # before the next try, once lost
        self._retry_at = 0.0
        self._attempt: threading.Thread | None = None
        self._attempt_result: list = []  # [connection] or [exception], set by the attempt's thread
        self.lost = False
        self.attempts = 0  # reconnection tries since the watcher was made
        self._closed = False
        if catalog.dialect == "postgresql":
            try:
                self._pg = self._listen()
            except Exception:  # no server now: try again like after an outage
                self._lose()
        elif catalog.path is not None:
            self._sqlite = sqlite3.connect(f"file:{catalog.path}?mode=ro", uri=True, check_same_thread=False)
            self._version = self._data_version()

    def _listen(self):
        import psycopg

        connection = psycopg.connect(**listen_args(self._catalog.engine.url))
        try:
            connection.add_notify_handler(self._received)
            connection.execute(f"LISTEN {CHANNEL}")
        except Exception:
            with contextlib.suppress(Exception):
                connection.close()
            raise
        return connection

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
            return self._try_again()
        try:
            self._pg.execute("SELECT 1")  # reads the notifications that arrived meanwhile
        except Exception:  # the server went away: try again at once, then with backoff
            with contextlib.suppress(Exception):
                self._pg.close()
            self._pg = None
            self._lose()
            return self._try_again()
        changed, self._others = self._others > 0, 0
        return changed

    def retry_in(self) -> int:
        """Whole seconds until the next try (0 while one is under way or when connected)."""
        if not self.lost or self._attempt is not None:
            return 0
        return max(0, int(self._retry_at - self._clock() + 0.999))

    def _lose(self) -> None:
        if not self.lost:
            self.lost, self._delay, self._retry_at = True, 0.0, self._clock()

    def _try_again(self) -> bool:
        """Start a try when it is time, collect a finished one; True once the connection is back."""
        if self._closed:
            return False
        if self._attempt is not None:
            if self._attempt.is_alive():
                return False
            self._attempt = None
            outcome = self._attempt_result.pop() if self._attempt_result else None
            if outcome is not None and not isinstance(outcome, BaseException):
                self._pg, self.lost, self._others = outcome, False, 0
                return True  # what changed during the outage was not heard: refresh everything
            self._delay = min(MAX_DELAY, max(FIRST_DELAY, self._delay * 2))
            self._retry_at = self._clock() + self._delay
            return False
        if self._clock() >= self._retry_at:
            self.attempts += 1
            self._attempt_result = []
            self._attempt = threading.Thread(target=self._connect_in_background, args=(self._attempt_result,),
                                             name="passerelles-veille", daemon=True)
            self._attempt.start()
        return False

    def _connect_in_background(self, result: list) -> None:
        try:
            connection = self._listen()
        except Exception as exc:
            result.append(exc)
            return
        result.append(connection)
        if self._closed:  # the window closed meanwhile: nobody will collect it
            with contextlib.suppress(Exception):
                connection.close()

    def settle(self, timeout: float | None = None) -> None:
        """Wait for a try under way to finish (tests; ``close``)."""
        attempt = self._attempt
        if attempt is not None:
            attempt.join(timeout)

    def close(self) -> None:
        """Close the connections; a try under way is not waited for (it closes what it opens)."""
        self._closed = True
        late = [c for c in self._attempt_result if not isinstance(c, BaseException)]
        for connection in (self._pg, self._sqlite, *late):
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
        self._pg = self._sqlite = None
        self._attempt_result = []


def listen_args(url) -> dict:
    """psycopg.connect() arguments for the listening connection: the catalogue's own, URL options
    (``sslmode``, ``sslrootcert``…) included."""
    options = {key: value if isinstance(value, str) else value[-1] for key, value in url.query.items()}
    return {**options, "host": url.host, "port": url.port or 5432, "user": url.username,
            "password": url.password, "dbname": url.database, "autocommit": True, "connect_timeout": 10,
            "application_name": f"Passerelles (veille) {socket.gethostname()}"[:63]}

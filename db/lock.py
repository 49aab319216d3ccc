"""The catalogue lock file: which computer and user have a SQLite catalogue open for writing.

``CatalogLock(path).acquire()`` writes ``<catalogue>.lock`` (JSON: host, user, pid, time) atomically
with ``O_EXCL``; it returns ``None`` when the lock is ours, or the ``LockInfo`` of the holder.
A stale lock — a dead process on this host, or a lock not refreshed for ``STALE_AFTER`` — is
reclaimed. The holder calls ``refresh()`` now and then (the window does every minute) and
``release()`` on exit. Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from db.uow import current_user

STALE_AFTER = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    time: str  # ISO 8601, UTC

    @property
    def when(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.time)
        except ValueError:
            return None

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(socket.gethostname(), current_user(), os.getpid(),
                   dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def lock_path(catalog_path: Path) -> Path:
    return catalog_path.with_name(catalog_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:
        return False
    return True


class CatalogLock:
    """Advisory lock of one catalogue file by one process."""

    def __init__(self, catalog_path: Path, *, now=None):
        self.path = lock_path(Path(catalog_path))
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.held = False

    def read(self) -> LockInfo | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["time"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return LockInfo("?", "?", 0, "")  # unreadable: treated as stale

    def is_stale(self, info: LockInfo) -> bool:
        if info.host == socket.gethostname() and not _pid_alive(info.pid):
            return True
        when = info.when
        if when is None:
            return True
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return self._now() - when > STALE_AFTER

    def _write_exclusive(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(LockInfo.mine()), fh)
        return True

    def acquire(self) -> LockInfo | None:
        """Take the lock; ``None`` on success, else who holds it (a live, recent holder)."""
        for _attempt in range(2):
            if self._write_exclusive():
                self.held = True
                return None
            info = self.read()
            if info is None:
                continue  # vanished between the two calls
            mine = LockInfo.mine()
            if info.host == mine.host and info.pid == mine.pid:
                self.held = True
                self.refresh()
                return None
            if not self.is_stale(info):
                return info
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                return info
        return self.read()

    def refresh(self) -> None:
        """Keep the lock fresh (the time stamp tells others we are alive)."""
        if not self.held:
            return
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(asdict(LockInfo.mine())), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        info = self.read()
        mine = LockInfo.mine()
        if info is not None and info.host == mine.host and info.pid == mine.pid:
            with contextlib.suppress(OSError):
                self.path.unlink()

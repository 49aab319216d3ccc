"""The catalogue lock file: which computer and user have a SQLite catalogue open for writing.

``CatalogLock(path).acquire()`` opens ``<catalogue>.lock`` and takes an exclusive OS lock on it
(``flock`` on POSIX, ``msvcrt.locking`` on Windows) before it reads or writes anything, so no two
processes can hold it: the OS lock is what decides, and it vanishes with its process. Inside it,
the file's JSON (host, user, pid, time) says who holds it; a holder on another computer whose
file system does not share OS locks is respected unless its time is older than ``STALE_AFTER``.
``acquire`` returns ``None`` when the lock is ours, or the ``LockInfo`` of the holder; it raises
``OSError`` when no lock file can be written there (a read-only folder). The holder calls
``refresh()`` now and then (the window does every minute) and ``release()`` on exit. Pure Python,
no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from db.who import current_user

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


def pid_alive(pid: int) -> bool:
    """True when a process with this id runs on this computer."""
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


_LOCK_OFFSET = 1 << 30  # Windows locks a byte range: one far past the JSON, which stays readable


def _os_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking OS lock on the open file; False when someone holds it."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """The open file is still the one at ``path`` (not one unlinked by a releasing holder)."""
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _parse(text: str) -> LockInfo | None:
    if not text.strip():
        return None
    try:
        data = json.loads(text)
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["time"]))
    except (ValueError, KeyError, TypeError):
        return LockInfo("?", "?", 0, "")  # unreadable: treated as stale


class CatalogLock:
    """Lock of one catalogue file by one process (an OS lock on the lock file, plus who holds it)."""

    def __init__(self, catalog_path: Path, *, now=None):
        self.path = lock_path(Path(catalog_path))
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.held = False
        self._fd: int | None = None  # open, OS-locked lock file while we hold it

    def read(self) -> LockInfo | None:
        try:
            return _parse(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except OSError:
            return LockInfo("?", "?", 0, "")

    def is_stale(self, info: LockInfo) -> bool:
        if info.host == socket.gethostname() and not pid_alive(info.pid):
            return True
        when = info.when
        if when is None:
            return True
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return self._now() - when > STALE_AFTER

    def _write(self, fd: int) -> None:
        data = json.dumps(asdict(LockInfo.mine())).encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
        with contextlib.suppress(OSError):
            os.fsync(fd)

    def _holder_while_locked(self) -> LockInfo:
        """Who holds the OS lock: its JSON, waiting a moment if it is being (re)written."""
        info = None
        for _ in range(40):
            info = self.read()
            if info is not None and not self.is_stale(info):
                return info
            time.sleep(0.025)
        return info or LockInfo("?", "?", 0, "")

    def acquire(self) -> LockInfo | None:
        """Take the lock; ``None`` on success, else who holds it. ``OSError`` if no lock file can be made."""
        if self._fd is not None:
            return None
        mine = LockInfo.mine()
        for _attempt in range(20):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)  # owner only
            if not _os_lock(fd):
                os.close(fd)
                holder = self._holder_while_locked()
                if holder.host == mine.host and holder.pid == mine.pid:
                    self.held = True  # this process already holds it (another CatalogLock object)
                    return None
                return holder
            if not _same_file(fd, self.path):  # released and unlinked while we were locking: start again
                _os_unlock(fd)
                os.close(fd)
                continue
            with os.fdopen(os.dup(fd), "r", encoding="utf-8", errors="replace") as fh:
                info = _parse(fh.read())
            ours = info is not None and info.host == mine.host and info.pid == mine.pid
            if info is not None and not ours and not self.is_stale(info):
                # a holder whose lock the OS does not show us (another computer, an older version)
                _os_unlock(fd)
                os.close(fd)
                return info
            try:
                self._write(fd)
            except OSError:
                _os_unlock(fd)
                os.close(fd)
                raise
            self._fd, self.held = fd, True
            return None
        return self.read() or LockInfo("?", "?", 0, "")

    def refresh(self) -> None:
        """Keep the lock fresh (the time stamp tells others we are alive)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self._write(self._fd)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        fd, self._fd = self._fd, None
        if fd is None:
            return  # shared with another CatalogLock of this process: that one releases
        if os.name == "nt":  # an open file cannot be deleted there: unlock and close first
            _os_unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        with contextlib.suppress(OSError):
            if _same_file(fd, self.path):
                self.path.unlink()  # while still locked: a waiting opener sees the file changed
        _os_unlock(fd)
        os.close(fd)

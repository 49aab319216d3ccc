"""Write a file under a temporary name and rename it, so a crash never leaves half a file.

The temporary file sits beside the target as ``.<name>~<pid>~<random><suffix>``, created with the
user's normal permissions (``0666`` less the umask, like any file the user saves), fsynced before
the rename, and removed on failure; one left behind by a killed process is removed by the next
write into the same folder. An ``OSError`` without a file name (a failed ``write``) or naming the
temporary file is re-raised naming the target, so the user is told about the file they chose; when
the folder refuses the new file (no right to write there), it names the folder, which is what
refused: a file already there under that name is not the cause, and is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from db.lock import pid_alive


def _leftovers(target: Path) -> Iterator[Path]:
    pattern = re.compile(rf"^\.{re.escape(target.stem)}~(\d+)~[0-9a-f]{{8}}{re.escape(target.suffix)}$")
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            match = pattern.match(entry.name)
            if match and int(match[1]) != os.getpid() and not pid_alive(int(match[1])):
                yield entry


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yields a temporary path beside ``target``; renamed over it only if the block succeeds."""
    target = Path(target)
    tmp_path = None
    created = False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in _leftovers(target):
            with contextlib.suppress(OSError):
                stale.unlink()
        tmp_path = target.with_name(f".{target.stem}~{os.getpid()}~{secrets.token_hex(4)}{target.suffix}")
        os.close(os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # umask applies
        created = True
        yield tmp_path
        fsync_file(tmp_path)
        os.replace(tmp_path, target)
        tmp_path = None
    except OSError as exc:
        if tmp_path is not None and (exc.filename is None or Path(exc.filename) == tmp_path):
            refused = not created and exc.errno in (errno.EACCES, errno.EPERM)   # by the folder
            raise OSError(exc.errno, exc.strerror, str(target.parent if refused else target)) from exc
        raise
    finally:
        if tmp_path is not None:
            with contextlib.suppress(OSError):
                tmp_path.unlink()

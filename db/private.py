"""The catalogue's own files (the catalogue, its backups, its lock) are readable by their owner
only (0600), whatever the user's umask: they hold names, e-mail addresses and phone numbers.
SQLite gives its journal and WAL files the mode of the database file, so they follow."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE = 0o600


def create_private(path: str | os.PathLike) -> Path:
    """Make ``path`` an empty file of mode 0600 if it does not exist (else leave it as it is)."""
    path = Path(path)
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
        os.close(fd)
        with contextlib.suppress(OSError):  # an odd file system may refuse; the file is still made
            os.chmod(path, PRIVATE)
    return path


def make_private(path: str | os.PathLike) -> None:
    """Give an existing file mode 0600 (a file system without modes is left as it is)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE)

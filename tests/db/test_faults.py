"""Each everyday fault is mapped once to its plain sentence (db.faults), whatever wraps it."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from db.faults import describe, explain


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(("exc", "key"), [
    (sqlite_error("database is locked", 5), "locked"),
    (sqlite_error("database or disk is full", 13), "disk_full"),
    (sqlite_error("attempt to write a readonly database", 8), "read_only_file"),
    (sqlite_error("database disk image is malformed", 11), "damaged"),
    (sqlite_error("file is not a database", 26), "damaged"),
    (OSError(errno.ENOSPC, "No space left on device", "x.xlsx"), "disk_full"),
    (OSError(errno.EFBIG, "File too large", "x.xlsx"), "file_too_large"),
    (OSError(errno.EROFS, "Read-only file system", "x.xlsx"), "read_only_folder"),
    (OSError(errno.EACCES, "Permission denied", "/nulle/part/x.xlsx"), "permission"),
    (OSError(errno.ENOENT, "No such file or directory", "x.xlsx"), "vanished"),
    (OSError(errno.EHOSTUNREACH, "No route to host", "x.xlsx"), "network"),
])
def test_faults_are_recognised_through_wrappers(exc, key, tmp_path):
    wrapped = OperationalError("UPDATE partners SET name=? WHERE id=?", ("Mme Secret", 3), exc) \
        if isinstance(exc, sqlite3.Error) else exc
    try:
        try:
            raise wrapped
        except Exception as inner:
            raise RuntimeError("couche de service") from inner
    except RuntimeError as outer:
        message = explain(outer, tmp_path / "catalogue.sqlite")
    assert message is not None and message.key == key
    assert "UPDATE" not in message and "Mme Secret" not in message and "http" not in message
    assert message.in_language("en") != str(message)  # an English wording exists


def test_a_read_only_file_is_told_apart_from_a_read_only_folder(tmp_path):
    exc = sqlite_error("attempt to write a readonly database", 8)
    assert explain(exc, tmp_path / "c.sqlite").key == "read_only_file"


def test_an_unknown_database_error_never_shows_its_sql(tmp_path):
    exc = OperationalError("SELECT secret FROM t", ("Mme Secret",), sqlite3.OperationalError("no such column"))
    text = describe(exc, tmp_path / "c.sqlite")
    assert "SELECT" not in text and "Mme Secret" not in text and "journal" in text
    assert explain(RuntimeError("bug")) is None and describe(ValueError("plain"), None) == "plain"

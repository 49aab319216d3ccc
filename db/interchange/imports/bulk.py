"""Fast path for big partner sheets: Core executemany instead of one ORM create per row."""

from __future__ import annotations

BULK_THRESHOLD = 3000


def bulk_candidate(session, rows) -> bool:
    return False


def write_bulk(writer, rows, progress, cancel, total) -> int:
    raise NotImplementedError

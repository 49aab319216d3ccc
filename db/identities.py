"""Row ids handed out before a bulk insert: the ONE module that knows how each engine numbers rows.

SQLite (one writer at a time): the ids after the largest one. PostgreSQL (colleagues insert at the
same time): ids drawn from the table's own sequence, a block at a time, so that the sequence stays
ahead of every row written with an explicit id and no two sessions ever get the same id.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

BLOCK = 5000


class IdAllocator:
    """``allocate()`` -> a fresh id of ``table`` for a row inserted with an explicit id."""

    def __init__(self, connection: Connection, table_name: str):
        self._connection = connection
        self._table = table_name
        self._sqlite = connection.dialect.name == "sqlite"
        self._free: list[int] = []
        self._next = 0
        if self._sqlite:
            self._next = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table_name}").scalar() + 1

    def allocate(self) -> int:
        if self._sqlite:
            self._next += 1
            return self._next - 1
        if not self._free:
            rows = self._connection.exec_driver_sql(
                f"SELECT nextval(pg_get_serial_sequence('{self._table}', 'id')) FROM generate_series(1, {BLOCK})"
            )
            self._free = sorted((row[0] for row in rows), reverse=True)
        return self._free.pop()


def catch_up(connection: Connection, table_name: str) -> None:
    """After rows were written with explicit ids (a copied catalogue): the next id follows the largest."""
    if connection.dialect.name != "postgresql":
        return  # SQLite numbers from the largest id by itself
    connection.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table_name}', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) "
        f"FROM {table_name}"
    )

"""Imports (and undoing them, and JSON restores) one at a time on a shared catalogue: the ONE module
for it, engine by engine.

PostgreSQL: a session advisory lock (``pg_try_advisory_lock``) on a connection of its own, held from
before the write until after its commit; a second import tries again every half second (so that it
can be cancelled), after telling its caller once, through ``on_wait(sentence)``, that it waits.
SQLite: the file's own write lock already serialises writers; nothing to take.

``stamp(catalog)`` says whether the catalogue changed since an import's plan was matched against
it: an import that waited for another (or was previewed long before) matches its rows again before
writing, so that the second of two identical imports fills the records the first created instead
of creating them twice.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select

KEY = 0x50415353  # "PASS": the catalogue's import lock (one per database)
RETRY_SECONDS = 0.5
WAITING = ("Un autre import (ou l'annulation d'un import) est en cours sur ce catalogue : celui-ci attend "
           "qu'il soit terminé, puis reprendra de lui-même.")


@contextmanager
def one_at_a_time(catalog, on_wait=None, cancel=None) -> Iterator[bool]:
    """Hold the import lock for the block; yields whether another import had to be waited for."""
    if catalog.dialect != "postgresql":
        yield False
        return
    connection = catalog.engine.connect()
    try:
        waited = False
        while not connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({KEY})").scalar():
            connection.rollback()  # no transaction held open while waiting
            if not waited and on_wait is not None:
                on_wait(WAITING)
            waited = True
            if cancel is not None and cancel():
                from db.interchange.imports import Cancelled

                raise Cancelled()
            time.sleep(RETRY_SECONDS)
        connection.commit()
        try:
            yield waited
        finally:
            try:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({KEY})")
                connection.commit()
            except Exception:  # the connection is gone, and its session lock with it
                connection.invalidate()
    finally:
        connection.close()


def stamp(catalog) -> tuple:
    """What any write leaves behind: the latest history entry and the latest import."""
    from db.models import Change, ImportBatch

    with catalog.uow() as uow:
        return (uow.session.scalar(select(func.max(Change.id))), uow.session.scalar(select(func.max(ImportBatch.id))),
                uow.session.scalar(select(func.count(ImportBatch.id)).where(ImportBatch.undone_at.is_not(None))))

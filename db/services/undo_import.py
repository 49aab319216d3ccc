"""Undoing an import in short transactions, so that other writers (another window, a colleague, the
command line) are never kept waiting until their 5 s busy timeout runs out.

The batch's changes are reverted newest first, ``CHUNK`` at a time, each chunk in its own unit of
work; between two chunks the lock is free for a moment longer than SQLite's busy handler waits
between two attempts (``PAUSE``), so a writer waiting for it gets it. The batch is marked undone
only once every change is reverted. Interrupted (a crash, a full disk), the undo can simply be run
again: a record already deleted, restored or written back is left as it is (``records.revert`` is
idempotent for imports, which only create and update). A safety backup is taken before it starts
(``ImportService.undo``).
"""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select

from db.interchange.imports.reasons import Reason
from db.interchange.imports.row_plan import AS_READ
from db.models import Change, ImportBatch
from db.services import records
from db.services.errors import NotFoundError, ServiceError

CHUNK = 400
PAUSE = 0.12   # seconds: SQLite's default busy handler retries every 100 ms at most


def _batch(session, batch_ref: int | str) -> ImportBatch:
    ref = str(batch_ref)
    query = select(ImportBatch).where(ImportBatch.id == int(ref)) if ref.isdigit() else \
        select(ImportBatch).where(ImportBatch.public_id == ref)
    batch = session.scalar(query)
    if batch is None:
        raise NotFoundError(Reason("import_not_found", number=batch_ref))
    if batch.undone_at is not None:
        raise ServiceError(Reason("import_already_undone", number=batch.id, day=f"{batch.undone_at:%d/%m/%Y}",
                                  time=f"{batch.undone_at:%H:%M}"))
    return batch


class UndoInterrupted(ServiceError):
    """``cancel()`` said stop between two chunks: what is reverted stays so; running the undo again
    finishes it."""

    def __init__(self, batch_id: int, done: int, total: int):
        from db.interchange.imports.reasons import Localized

        fr = (f"Annulation de l'import n° {batch_id} interrompue : {done} modifications sur {total} défaites. "
              "Relancez « Annuler cet import » pour la terminer.")
        en = (f"Undo of import no. {batch_id} stopped: {done} changes out of {total} undone. "
              "Run “Undo this import” again to finish it.")
        super().__init__(Reason("plain", text=Localized(lambda lang: fr if lang == "fr" else en)))
        self.done, self.total = done, total


def undo(catalog, batch_ref: int | str, actor: str | None = None, *, progress=None, cancel=None) -> dict[str, int]:
    """Revert exactly the changes of one import, newest first, in chunks; returns how many of each
    action. ``progress(done, total)`` is called after each chunk, outside any transaction;
    ``cancel()`` is asked there too (``UndoInterrupted``)."""
    with catalog.uow(actor) as uow:
        batch_id = _batch(uow.session, batch_ref).id
        ids = list(uow.session.scalars(select(Change.id).where(Change.batch_id == batch_id)
                                       .order_by(Change.id.desc())))
    pause = PAUSE if catalog.engine.dialect.name == "sqlite" else 0.0   # a server locks rows, not the base
    counts: dict[str, int] = {}
    # each record counts once per action; a record the import created is removed, not « rétabli »
    seen: set[tuple[str, str, str]] = set()
    with catalog.uow(actor) as uow:
        created = {(k, r) for k, r in uow.session.execute(
            select(Change.kind, Change.record_id).where(Change.batch_id == batch_id, Change.action == "create"))}
    for start in range(0, len(ids), CHUNK):
        with catalog.uow(actor) as uow:
            s = uow.session
            chunk = s.scalars(select(Change).where(Change.id.in_(ids[start:start + CHUNK])).order_by(Change.id.desc()))
            for change in chunk:
                if change.action == AS_READ:
                    continue   # a note of the file's values (the record's history): nothing to revert
                if change.action == "restore" and records.get(s, change.kind, change.record_id,
                                                              include_deleted=True).deleted_at is not None:
                    pass   # already deleted again (an undo run a second time)
                else:
                    records.revert(s, change, uow.actor)
                key = (change.action, change.kind, change.record_id)
                if key not in seen and not (change.action == "update" and (change.kind, change.record_id) in created):
                    seen.add(key)
                    counts[change.action] = counts.get(change.action, 0) + 1
            uow.commit()
        done = min(start + CHUNK, len(ids))
        if progress:
            progress(done, len(ids))
        if cancel and done < len(ids) and cancel():
            raise UndoInterrupted(batch_id, done, len(ids))
        if pause and start + CHUNK < len(ids):
            time.sleep(pause)
    with catalog.uow(actor) as uow:
        _batch(uow.session, batch_id).undone_at = dt.datetime.now(dt.UTC)
        uow.commit()
    return counts

"""Import batches once written: the list of past imports and the undo of one of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from db.interchange.imports.reasons import Reason
from db.interchange.imports.rows import AS_READ
from db.models import Change, ImportBatch
from db.services import records


def undo(catalog, batch_ref: int | str, actor: str | None = None) -> dict[str, int]:
    """Revert exactly the changes of one import (newest first); returns how many of each action."""
    with catalog.uow(actor) as uow:
        s = uow.session
        query = select(ImportBatch).where(ImportBatch.public_id == str(batch_ref)) if not str(batch_ref).isdigit() \
            else select(ImportBatch).where(ImportBatch.id == int(batch_ref))
        batch = s.scalar(query)
        if batch is None:
            from db.services.errors import NotFoundError

            raise NotFoundError(Reason("import_not_found", number=batch_ref))
        if batch.undone_at is not None:
            from db.services.errors import ServiceError

            raise ServiceError(Reason("import_already_undone", number=batch.id, day=f"{batch.undone_at:%d/%m/%Y}",
                                      time=f"{batch.undone_at:%H:%M}"))
        changes = list(s.scalars(select(Change).where(Change.batch_id == batch.id).order_by(Change.id.desc())))
        counts: dict[str, int] = {}
        for change in changes:
            if change.action == AS_READ:
                continue   # a note of the file's values, nothing to revert
            records.revert(s, change, uow.actor)
            counts[change.action] = counts.get(change.action, 0) + 1
        batch.undone_at = dt.datetime.now(dt.UTC)
        uow.commit()
        return counts



def history(catalog) -> list[dict[str, Any]]:
    with catalog.uow() as uow:
        rows = uow.session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [{"id": b.id, "public_id": b.public_id, "file_name": b.file_name, "imported_at": b.imported_at,
                 "actor": b.actor, "counts": dict(b.counts or {}), "undone_at": b.undone_at} for b in rows]

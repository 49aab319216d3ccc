"""Import batches once written: the list of past imports (their undo, in short transactions, is
``db.services.undo_import``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import ImportBatch


def history(catalog) -> list[dict[str, Any]]:
    with catalog.uow() as uow:
        rows = uow.session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [{"id": b.id, "public_id": b.public_id, "file_name": b.file_name, "imported_at": b.imported_at,
                 "actor": b.actor, "counts": dict(b.counts or {}), "undone_at": b.undone_at} for b in rows]

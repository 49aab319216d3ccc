"""Bookkeeping tables: the change history, import batches and per-catalogue settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.models.types import utcnow


class ImportBatch(Base):
    """One spreadsheet import: what file, when, by whom, how many records; undone or not."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(100))
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[dt.datetime | None]


class Change(Base):
    """One change to one record: enough to show the history and to undo it."""

    __tablename__ = "changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)  # public id
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore
    before: Mapped[dict[str, Any] | None] = mapped_column()
    after: Mapped[dict[str, Any] | None] = mapped_column()
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"), index=True)


class Setting(Base):
    """A per-catalogue preference (office name, staff list…), stored as JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)

"""Declarative base and the columns every record carries: public id, timestamps, author, version."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.models.types import PartialDateType, UTCDateTime, utcnow
from db.partial_date import PartialDate

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict] = {
        dt.datetime: UTCDateTime(),
        PartialDate: PartialDateType(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def new_public_id() -> str:
    return str(uuid.uuid4())


def new_public_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs at once, for bulk inserts."""
    raw = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, 16 * count, 16):
        raw[start + 6] = (raw[start + 6] & 0x0F) | 0x40
        raw[start + 8] = (raw[start + 8] & 0x3F) | 0x80
        h = raw[start:start + 16].hex()
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


class Record:
    """Mixin: what every catalogue record has (DESIGN.md: created/updated, who, recoverable deletion)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_public_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))
    updated_by: Mapped[str | None] = mapped_column(String(100))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(default=1)
    # Folded text (no case, accents or strokes) that the search index reads; kept by the services.
    search_text: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

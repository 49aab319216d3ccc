"""Per-catalogue preferences (office name, …) kept in the ``settings`` table; Qt-free get and set."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting

OFFICE_NAME = "office_name"
DEFAULT_OFFICE_NAME = "Direction des relations internationales"


def get(session: Session, key: str, default: Any = None) -> Any:
    """A preference's stored value (JSON), or ``default``; the one reader of the ``settings`` table."""
    table = Setting.__table__
    value = session.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()
    return default if value is None else value


def set(session: Session, key: str, value: Any) -> None:
    """Store a preference (the caller's unit of work commits); the one writer of the ``settings`` table."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def office_name(session: Session) -> str:
    """The office's name printed in document headers, or a sensible default."""
    value = get(session, OFFICE_NAME)
    return value.strip() if isinstance(value, str) and value.strip() else DEFAULT_OFFICE_NAME


def get_setting(catalog, key: str, default: Any = None) -> Any:
    """``get`` in its own unit of work."""
    with catalog.uow() as uow:
        return get(uow.session, key, default)


def set_setting(catalog, key: str, value: Any, actor: str | None = None) -> None:
    """``set`` in its own unit of work, committed."""
    with catalog.uow(actor) as uow:
        set(uow.session, key, value)
        uow.commit()

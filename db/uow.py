"""Unit of work: owns one session, rolls back unless ``commit()`` is called."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from db.who import current_user


class ReadOnlyError(PermissionError):
    """A write attempted on a catalogue opened read-only."""


def _refuse_flush(session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyError("catalogue opened read-only")


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — anything not committed is rolled back on exit."""

    def __init__(self, session_factory: sessionmaker, actor: str | None = None, read_only: bool = False):
        self._factory = session_factory
        self.actor = actor or current_user()
        self.read_only = read_only
        self.session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        if self.read_only:  # refused before SQL reaches a read-only file
            event.listen(self.session, "before_flush", _refuse_flush)
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        if self.read_only:
            raise ReadOnlyError("Le catalogue est ouvert en lecture seule (une autre personne l'utilise) : "
                                "rien n'a été modifié.")
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

"""Unit of work: owns one session, rolls back unless ``commit()`` is called."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session, sessionmaker


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "inconnu"


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — anything not committed is rolled back on exit."""

    def __init__(self, session_factory: sessionmaker, actor: str | None = None, read_only: bool = False):
        self._factory = session_factory
        self.actor = actor or current_user()
        self.read_only = read_only
        self.session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        if self.read_only:
            raise PermissionError("Le catalogue est ouvert en lecture seule (une autre personne l'utilise) : "
                                  "rien n'a été modifié.")
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

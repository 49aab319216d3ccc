"""Use cases on an open catalogue: the only layer that commits.

``Services(catalog)`` runs each call in its own unit of work and returns plain ``XxxOut`` data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.catalog import Catalog
from db.models import Change
from db.services import records
from db.services.errors import ConflictError, LinkError, NotFoundError, ServiceError  # noqa: F401
from db.services.records import ListQuery


class Services:
    """Facade over ``db.services.records`` for one catalogue and one acting user."""

    def __init__(self, catalog: Catalog, actor: str | None = None):
        self.catalog = catalog
        self.actor = actor

    def _out(self, kind: str, obj):
        return records.spec(kind).out(obj)

    def get(self, kind: str, reference: str, include_deleted: bool = False, loose: bool = False):
        """A record by public id or name (``loose``: or by folded words of its name, see ``records.get``)."""
        with self.catalog.uow(self.actor) as uow:
            return self._out(kind, records.get(uow.session, kind, reference, include_deleted=include_deleted,
                                               loose=loose))

    def create(self, kind: str, data, create_missing_links: bool = False):
        with self.catalog.uow(self.actor) as uow:
            obj = records.create(uow.session, kind, data, uow.actor, create_missing_links=create_missing_links)
            out = self._out(kind, obj)
            uow.commit()
            return out

    def update(self, kind: str, public_id: str, data, expected_version: int | None = None):
        with self.catalog.uow(self.actor) as uow:
            obj = records.update(uow.session, kind, public_id, data, uow.actor, expected_version=expected_version)
            out = self._out(kind, obj)
            uow.commit()
            return out

    def delete(self, kind: str, public_id: str, expected_version: int | None = None):
        with self.catalog.uow(self.actor) as uow:
            obj = records.delete(uow.session, kind, public_id, uow.actor, expected_version=expected_version)
            out = self._out(kind, obj)
            uow.commit()
            return out

    def restore(self, kind: str, public_id: str):
        with self.catalog.uow(self.actor) as uow:
            out = self._out(kind, records.restore(uow.session, kind, public_id, uow.actor))
            uow.commit()
            return out

    def merge_choices(self, kind: str, keep: str, other: str) -> list:
        """Both records' fields side by side (``db.services.merge.FieldChoice``)."""
        from db.services import merge

        with self.catalog.uow(self.actor) as uow:
            return merge.choices(uow.session, kind, keep, other)

    def merge(self, kind: str, keep: str, other: str, taken: dict[str, str] | None = None):
        """Merge ``other`` into ``keep`` (``db.services.merge``); one change, undone by ``undo_last``."""
        from db.services import merge

        with self.catalog.uow(self.actor) as uow:
            obj = merge.merge(uow.session, kind, keep, other, uow.actor, taken)
            out = self._out(kind, obj)
            uow.commit()
            return out

    def undo_last(self) -> dict[str, Any] | None:
        """Undo this user's last edit, creation or deletion; returns what was undone, or None."""
        with self.catalog.uow(self.actor) as uow:
            change = records.last_change(uow.session, uow.actor)
            if change is None:
                return None
            undone = {"kind": change.kind, "id": change.record_id, "action": change.action}
            records.revert(uow.session, change, uow.actor)
            uow.session.delete(uow.session.get(Change, change.id))
            # the revert itself logged a change; drop it too so that undo walks back, not forth
            latest = records.last_change(uow.session, uow.actor)
            if latest is not None and latest.id > change.id:
                uow.session.delete(latest)
            uow.commit()
            return undone

    def list(self, kind: str, query: ListQuery | None = None) -> list:
        with self.catalog.uow(self.actor) as uow:
            return records.list_records(uow.session, kind, query)

    def count(self, kind: str, query: ListQuery | None = None) -> int:
        with self.catalog.uow(self.actor) as uow:
            return records.count_records(uow.session, kind, query)

    def is_empty(self) -> bool:
        """No live record of any kind: the demonstration records may be loaded."""
        from db.services import listing

        with self.catalog.uow(self.actor) as uow:
            return not any(listing.counts(uow.session).values())

    def search(self, text: str, limit: int = 20) -> dict[str, list]:
        with self.catalog.uow(self.actor) as uow:
            return records.search_all(uow.session, text, limit)

    def quick_search(self, text: str, limit: int = 8) -> dict[str, list]:
        """Search-as-you-type: light ``Hit(kind, id, title)`` tuples, best first, per kind."""
        with self.catalog.uow(self.actor) as uow:
            return records.quick_search(uow.session, text, limit)

    def replaced_by(self, kind: str, public_id: str):
        """The record ``public_id`` was merged into by a colleague (``trash.Replacement``), or None."""
        from db.services import trash

        with self.catalog.uow(self.actor) as uow:
            return trash.replaced_by(uow.session, kind, public_id)

    def history(self, kind: str, public_id: str) -> list[dict[str, Any]]:
        with self.catalog.uow(self.actor) as uow:
            return [
                {"at": c.at, "actor": c.actor, "action": c.action, "before": c.before, "after": c.after}
                for c in records.history(uow.session, kind, public_id)
            ]

    def duplicates_of(self, kind: str, name: str, exclude: str | None = None, data=None) -> list:
        """Live records whose normalised name equals this one (partners, contacts, events, follow-ups)
        and that are the same record by the identity rules of ``db/identity.py`` when ``data`` (the
        form's values) is given: Valencia in Spain is no duplicate of Valencia in Venezuela."""
        from db.identity import other_record
        from db.text import name_key, person_key

        model = records.spec(kind).model
        key = person_key(name, "") if kind == "contact" else name_key(name)
        with self.catalog.uow(self.actor) as uow:
            query = select(model).where(model.name_key == key, model.deleted_at.is_(None))
            if exclude:
                query = query.where(model.public_id != exclude)
            found = [o for o in uow.session.scalars(query) if data is None or other_record(kind, o, data) is None]
            return [self._out(kind, o) for o in found]

    # --- personal data (GDPR): db.services.personal_data, db.services.retention ----------------------

    def personal_data(self, reference: str) -> dict[str, Any]:
        """Everything the catalogue holds about one person (``personal_data.collect``)."""
        from db.services import personal_data

        with self.catalog.uow(self.actor) as uow:
            return personal_data.collect(uow.session, reference)

    def anonymise(self, reference: str) -> dict[str, Any]:
        """Anonymise one person for good; returns their new name, what was touched and the backups
        that still hold them (``personal_data.anonymise``, ``backups_holding``)."""
        from db.services import documents, personal_data

        with self.catalog.uow(self.actor) as uow:
            result = personal_data.anonymise(uow.session, reference, uow.actor, documents.trash_dir(self.catalog))
            uow.commit()
        self._vacuum(("contacts", "changes", "interactions", "followups", "event_participants", "events", "documents"))
        result["backups"] = personal_data.backups_holding(self.catalog, result["id"])
        return result

    def _vacuum(self, tables) -> None:
        """The old text out of the files now: a local catalogue's write-ahead log is folded into the
        file (its pages were overwritten, ``secure_delete``); on a server the rows' old versions are
        removed now rather than by the next autovacuum (an account that may not is no error: the
        server will do it)."""
        from sqlalchemy.exc import SQLAlchemyError

        if self.catalog.dialect == "sqlite":
            try:
                with self.catalog.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except SQLAlchemyError:
                pass
            return
        if self.catalog.dialect != "postgresql":
            return
        try:
            with self.catalog.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for table in tables:
                    connection.exec_driver_sql(f"VACUUM {table}")
        except SQLAlchemyError:
            pass

    def retention_candidates(self, today, limit: int | None = None) -> list:
        from db.services import retention

        with self.catalog.uow(self.actor) as uow:
            return retention.candidates(uow.session, today, limit)

    def retention_keep(self, references: list[str], today) -> int:
        from db.services import retention

        with self.catalog.uow(self.actor) as uow:
            kept = retention.keep(uow.session, references, today, uow.actor)
            uow.commit()
            return kept

    def retention_years(self) -> int:
        from db.services import retention

        with self.catalog.uow(self.actor) as uow:
            return retention.years(uow.session)

    def set_retention_years(self, value: int) -> None:
        from db.services import retention

        with self.catalog.uow(self.actor) as uow:
            retention.set_years(uow.session, value)
            uow.commit()

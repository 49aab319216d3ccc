"""Follow-up operations in one call: complete, cancel, reopen, reschedule, assign; create them from any record.

Every change goes through ``records.update``/``records.create`` so that it is validated by
``FollowUpIn``, versioned and written to the history (and undoable) like any other edit.
Functions take a ``Session`` and never commit; ``FollowUps(catalog, actor)`` runs each in its
own unit of work and returns ``FollowUpOut``.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from db.partial_date import PartialDate
from db.schemas import FollowUpIn
from db.service_messages import ServiceMessage, none_said
from db.services import links, records
from db.services.errors import NotFoundError

LINK_KINDS = ("partner", "agreement", "contact", "event", "session")


def _data(obj, **changes) -> FollowUpIn:
    """The follow-up's current input data with some fields changed (validated again)."""
    spec = records.spec("followup")
    current = spec.out(obj).model_dump(mode="json")
    for key in ("partner", "agreement", "contact", "event", "session"):
        if isinstance(current.get(key), dict):
            current[key] = current[key]["id"]
    fields = FollowUpIn.model_fields
    data = {k: v for k, v in current.items() if k in fields}
    data.update(changes)
    return FollowUpIn.model_validate(data)


def _set(session: Session, public_id: str, actor: str | None, expected_version: int | None = None, **changes):
    obj = records.get(session, "followup", public_id)
    return records.update(session, "followup", public_id, _data(obj, **changes), actor,
                          expected_version=expected_version)


def complete(session: Session, public_id: str, actor: str | None, on: dt.date | None = None,
             expected_version: int | None = None):
    """Mark done, keeping the completion date (today unless given)."""
    return _set(session, public_id, actor, expected_version, status="done", completed_on=on or dt.date.today())


def cancel(session: Session, public_id: str, actor: str | None, on: dt.date | None = None,
           expected_version: int | None = None):
    """Mark cancelled; the date it was closed is kept as its completion date."""
    return _set(session, public_id, actor, expected_version, status="cancelled", completed_on=on or dt.date.today())


def reopen(session: Session, public_id: str, actor: str | None, expected_version: int | None = None):
    return _set(session, public_id, actor, expected_version, status="open", completed_on=None)


def reschedule(session: Session, public_id: str, due_on: PartialDate | dt.date | str | None, actor: str | None,
               expected_version: int | None = None):
    """A new due date (a day, a month, a year, or none)."""
    if isinstance(due_on, dt.date):
        due_on = due_on.isoformat()
    elif isinstance(due_on, PartialDate):
        due_on = due_on.iso()
    return _set(session, public_id, actor, expected_version, due_on=due_on)


def assign(session: Session, public_id: str, owner: str | None, actor: str | None, expected_version: int | None = None):
    return _set(session, public_id, actor, expected_version, owner=(owner or "").strip() or None)


def create_for(session: Session, kind: str, reference: str, title: str, actor: str | None, *,
               owner: str | None = None, due_on=None, details: str | None = None, priority: str = "normal"):
    """A new open follow-up about a partner, agreement, contact, event or event session."""
    if kind not in LINK_KINDS:
        raise NotFoundError(ServiceMessage("followup_from", kind=kind))
    if isinstance(due_on, dt.date):
        due_on = due_on.isoformat()
    data = {"title": title, "owner": owner, "due_on": due_on, "details": details, "priority": priority, kind: reference}
    if kind == "session":
        target = links.find_session(session, reference)
        if target is None:
            raise NotFoundError(ServiceMessage("none_named", none=none_said("session"), reference=reference))
        data["event"] = target.event.public_id
    elif kind == "contact":  # a follow-up about a person is also about their organisation
        contact = records.get(session, "contact", reference)
        if contact.partners:
            data["partner"] = contact.partners[0].public_id
    elif kind == "agreement":
        agreement = records.get(session, "agreement", reference)
        if agreement.partners:
            data["partner"] = agreement.partners[0].public_id
    return records.create(session, "followup", FollowUpIn.model_validate(data), actor)


_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d+[.)]|[a-z][.)])\s+", re.IGNORECASE)


def decision_lines(text: str | None) -> list[str]:
    """One decision per non-empty line, without its bullet or number ("- ", "1. ", "• ")."""
    lines = []
    for line in (text or "").splitlines():
        line = _BULLET.sub("", line).strip().rstrip(";").strip()
        if line and line not in lines:
            lines.append(line)
    return lines


def from_session(session: Session, session_id: str, actor: str | None, *, text: str | None = None,
                 owner: str | None = None, due_on=None) -> list:
    """A session's decisions become follow-ups in one step: one per line of ``text`` (default: its takeaways)."""
    target = links.find_session(session, session_id)
    if target is None:
        raise NotFoundError(ServiceMessage("none_named", none=none_said("session"), reference=session_id))
    lines = decision_lines(text if text is not None else target.takeaways)
    details = f"Décision de la séance « {target.title} » ({target.event.title})."
    return [create_for(session, "session", target.public_id, line[:300], actor, owner=owner, due_on=due_on,
                       details=details) for line in lines]


class FollowUps:
    """The operations above, each in its own unit of work, returning ``FollowUpOut``."""

    def __init__(self, catalog, actor: str | None = None):
        self.catalog = catalog
        self.actor = actor

    def _run(self, func, *args, **kwargs):
        with self.catalog.uow(self.actor) as uow:
            result = func(uow.session, *args, **kwargs)
            spec = records.spec("followup")
            out = [spec.out(o) for o in result] if isinstance(result, list) else spec.out(result)
            uow.commit()
            return out

    def complete(self, public_id: str, on: dt.date | None = None, expected_version: int | None = None):
        return self._run(lambda s: complete(s, public_id, self.actor, on, expected_version))

    def cancel(self, public_id: str, on: dt.date | None = None, expected_version: int | None = None):
        return self._run(lambda s: cancel(s, public_id, self.actor, on, expected_version))

    def reopen(self, public_id: str, expected_version: int | None = None):
        return self._run(lambda s: reopen(s, public_id, self.actor, expected_version))

    def reschedule(self, public_id: str, due_on, expected_version: int | None = None):
        return self._run(lambda s: reschedule(s, public_id, due_on, self.actor, expected_version))

    def assign(self, public_id: str, owner: str | None, expected_version: int | None = None):
        return self._run(lambda s: assign(s, public_id, owner, self.actor, expected_version))

    def create_for(self, kind: str, reference: str, title: str, **fields):
        return self._run(lambda s: create_for(s, kind, reference, title, self.actor, **fields))

    def from_session(self, session_id: str, **fields) -> list:
        return self._run(lambda s: from_session(s, session_id, self.actor, **fields))

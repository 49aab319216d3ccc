"""Errors the services raise; each carries a message for people, in French and English."""

from __future__ import annotations

from db.faults import WordedError
from db.service_messages import ServiceMessage


class ServiceError(WordedError):
    """Base class: ``str(exc)`` is a plain French sentence (a ``db.service_messages.ServiceMessage``,
    or another sentence that knows its English), ``in_language(lang)`` its wording for the window."""


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone saved the record since it was read: both versions are carried for the user."""

    def __init__(self, kind: str, current, attempted):
        super().__init__(ServiceMessage("conflict"))
        self.kind = kind
        self.current = current  # XxxOut as saved now
        self.attempted = attempted  # XxxIn the user tried to save


class LinkError(ServiceError):
    """A link (partner, contact…) names a record that does not exist."""

    def __init__(self, field: str, reference: str):
        super().__init__(ServiceMessage("link_unknown", reference=reference, field=field))
        self.field = field
        self.reference = reference

    def as_error(self) -> dict:
        """Shaped like a pydantic error so forms show it next to the field."""
        return {"type": "link_unknown", "loc": (self.field,), "input": self.reference, "ctx": {"value": self.reference}}

"""Errors the services raise; each carries a message for people."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: ``str(exc)`` is a plain French sentence."""


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone saved the record since it was read: both versions are carried for the user."""

    def __init__(self, kind: str, current, attempted):
        super().__init__("Cette fiche a été modifiée entre-temps par quelqu'un d'autre.")
        self.kind = kind
        self.current = current  # XxxOut as saved now
        self.attempted = attempted  # XxxIn the user tried to save


class LinkError(ServiceError):
    """A link (partner, contact…) names a record that does not exist."""

    def __init__(self, field: str, reference: str):
        super().__init__(f"Fiche liée introuvable : « {reference} » ({field}).")
        self.field = field
        self.reference = reference

    def as_error(self) -> dict:
        """Shaped like a pydantic error so forms show it next to the field."""
        return {"type": "link_unknown", "loc": (self.field,), "input": self.reference, "ctx": {"value": self.reference}}

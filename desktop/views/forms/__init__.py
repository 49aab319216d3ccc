"""Detail and edit forms of every record kind; ``create_editor`` is the one entry point."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.forms.base import RecordEditor

KINDS = ("partner", "agreement", "contact", "event", "followup")


def editor_class(kind: str) -> type[RecordEditor]:
    from desktop.views.forms.agreement import AgreementEditor
    from desktop.views.forms.contact import ContactEditor
    from desktop.views.forms.event import EventEditor
    from desktop.views.forms.followup import FollowUpEditor
    from desktop.views.forms.partner import PartnerEditor

    classes = {"partner": PartnerEditor, "agreement": AgreementEditor, "contact": ContactEditor,
               "event": EventEditor, "followup": FollowUpEditor}
    try:
        return classes[kind]
    except KeyError:
        raise ValueError(f"unknown record kind: {kind!r}") from None


def create_editor(kind: str, services, public_id: str | None = None, parent: QWidget | None = None) -> RecordEditor:
    """The form of one record (``public_id``) or of a new record of ``kind`` (``public_id`` None)."""
    return editor_class(kind)(services, public_id, parent)


__all__ = ["KINDS", "RecordEditor", "create_editor", "editor_class"]

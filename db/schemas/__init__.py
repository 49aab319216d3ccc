"""Validation at the boundary: input schemas, output schemas, error messages.

The input schemas are imported on first use (``from db.schemas import PartnerIn`` works as usual),
so that reading only the vocabularies (``from db.schemas import vocab``) stays cheap at start-up.
"""

from __future__ import annotations

_INPUT_SCHEMAS = ("AgreementIn", "BudgetLineIn", "ContactIn", "EventIn", "FollowUpIn", "InteractionIn", "ParticipantIn", "PartnerIn",
                  "PhoneIn", "SessionIn")
__all__ = list(_INPUT_SCHEMAS)


def __getattr__(name: str):
    if name in _INPUT_SCHEMAS:
        from db.schemas import records

        return getattr(records, name)
    raise AttributeError(f"module 'db.schemas' has no attribute {name!r}")

"""Validation at the boundary: input schemas, output schemas, error messages."""

from db.schemas.records import (  # noqa: F401
    AgreementIn,
    ContactIn,
    EventIn,
    FollowUpIn,
    InteractionIn,
    PartnerIn,
    PhoneIn,
    SessionIn,
)

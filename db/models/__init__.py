"""Typed SQLAlchemy models of the catalogue."""

from db.models.base import Base, Record, new_public_id  # noqa: F401
from db.models.catalog import (  # noqa: F401
    Agreement,
    BudgetLine,
    Contact,
    Document,
    DocumentContent,
    Domain,
    Event,
    EventParticipant,
    EventSession,
    FollowUp,
    Interaction,
    Partner,
    agreement_domains,
    agreement_partners,
    contact_partners,
    event_organisers,
    event_partners,
    partner_domains,
    session_speakers,
)
from db.models.system import Change, ImportBatch, Setting  # noqa: F401

# The kinds a user sees, by their code in the CLI, the JSON export and the change history.
KINDS = {
    "partner": Partner,
    "agreement": Agreement,
    "contact": Contact,
    "event": Event,
    "followup": FollowUp,
    "interaction": Interaction,
}

"""What the office sends to update the national Atlas of decentralised cooperation (CNCD): its elected
officials and staff in charge of international relations, and one project sheet per cooperation or
twinning, with what is missing on each.

A cooperation is a live agreement (drafts left out) with at least one partner that is a foreign city or
territory (``kind`` city / territory): the Atlas records cooperation between local authorities. The
partner's type is the Atlas's (municipality, grouping, region or province, federated state:
``atlas_types``); one its kind and name cannot tell is flagged as missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agreement
from db.partial_date import PartialDate
from db.reports.atlas_types import atlas_type
from db.services.atlas_team import TeamMember, team

AUTHORITY_KINDS = ("city", "territory")
# The Atlas's three standings, from the agreement's status
STATUS = {"negotiation": "planned", "signed": "ongoing", "active": "ongoing", "expired": "ended",
          "terminated": "ended"}
STATUS_LABELS = {"planned": ("En projet", "Planned"), "ongoing": ("En cours", "Ongoing"), "ended": ("Terminée", "Ended")}
FIELD_LABELS = {
    "partner": ("Collectivité partenaire", "Partner authority"), "partner_kind": ("Type de collectivité", "Authority type"),
    "country": ("Pays", "Country"), "kind": ("Type d'action", "Kind of action"), "domains": ("Thématiques", "Themes"),
    "starts_on": ("Date de début", "Start date"), "ends_on": ("Date de fin", "End date"),
    "status": ("Statut", "Status"), "summary": ("Description", "Description"),
    "first_name": ("Prénom", "First name"), "last_name": ("Nom", "Name"), "title": ("Fonction", "Title"),
    "email": ("Courriel", "E-mail"),
}


def field_label(code: str, language: str = "fr") -> str:
    fr, en = FIELD_LABELS[code]
    return en if language == "en" else fr


def status_label(code: str, language: str = "fr") -> str:
    fr, en = STATUS_LABELS.get(code, (code, code))
    return en if language == "en" else fr


@dataclass(frozen=True)
class ProjectSheet:
    agreement_id: str
    title: str
    partner: str
    partner_kind: str | None   # the Atlas's type of authority (``atlas_types.TYPES``), None when not told
    country: str | None
    kind: str | None
    domains: list[str]
    starts_on: PartialDate | None  # the start date, else the signing date
    ends_on: PartialDate | None
    status: str
    summary: str | None

    @property
    def missing(self) -> list[str]:
        """Field codes the Atlas asks for and the catalogue lacks (an open-ended cooperation has no end date)."""
        return [f for f in ("partner_kind", "country", "kind", "domains", "starts_on", "summary") if not getattr(self, f)]


@dataclass(frozen=True)
class AtlasUpdate:
    team: list[TeamMember]
    projects: list[ProjectSheet]
    today: dt.date

    @property
    def complete(self) -> bool:
        return not any(p.missing for p in self.projects) and not any(m.missing for m in self.team) and bool(self.team)


def atlas(session: Session, today: dt.date | None = None) -> AtlasUpdate:
    today = today or dt.date.today()
    projects = []
    stmt = select(Agreement).where(Agreement.deleted_at.is_(None), Agreement.status.in_(tuple(STATUS)))
    for a in session.scalars(stmt):
        for p in a.partners:
            if p.deleted_at is not None or p.kind not in AUTHORITY_KINDS:
                continue
            projects.append(ProjectSheet(
                a.public_id, a.title, p.name, atlas_type(p.kind, p.name), p.country, a.kind, sorted(d.name for d in a.domains),
                a.starts_on or a.signed_on, a.ends_on, STATUS[a.status], a.summary))
    projects.sort(key=lambda x: (x.partner.casefold(), x.title.casefold()))
    return AtlasUpdate(team(session), projects, today)

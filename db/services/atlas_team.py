"""The elected officials and staff in charge of international relations, as the national Atlas of
decentralised cooperation lists them (first name, name, title, e-mail, elected or staff).

Stored in the ``settings`` table under "atlas_team" as a list of
``{"first_name", "last_name", "title", "email", "elected": bool}``; shared by everyone who opens
the catalogue. Qt-free.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from db.services import settings

KEY = "atlas_team"


@dataclass(frozen=True)
class TeamMember:
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    email: str = ""
    elected: bool = False

    @property
    def missing(self) -> list[str]:
        """Field codes the Atlas needs and this person lacks."""
        return [f for f in ("first_name", "last_name", "title", "email") if not getattr(self, f)]


def _clean(entry) -> TeamMember | None:
    if not isinstance(entry, dict):
        return None
    values = {f: " ".join(str(entry.get(f) or "").split())[:200] for f in ("first_name", "last_name", "title", "email")}
    if not values["first_name"] and not values["last_name"]:
        return None
    return TeamMember(**values, elected=bool(entry.get("elected")))


def team(session: Session) -> list[TeamMember]:
    value = settings.get(session, KEY)
    return [m for m in (_clean(v) for v in (value if isinstance(value, list) else [])) if m]


def set_team(session: Session, members) -> list[TeamMember]:
    """Replace the list (``TeamMember`` or dicts); people without a name are dropped."""
    cleaned = [m for m in (_clean(asdict(x) if isinstance(x, TeamMember) else x) for x in members) if m]
    settings.set(session, KEY, [asdict(m) for m in cleaned])
    return cleaned

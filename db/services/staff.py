"""The office's staff list (owners of follow-ups), editable and kept in the catalogue, and who "I" am in it.

Stored in the ``settings`` table under the key "staff" as a list of
``{"name": "Claire Vasseur", "login": "cvasseur"}``; the login links a computer account to a
name so the dashboard's "mine" filter knows whose follow-ups to show.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import FollowUp
from db.services import settings
from db.text import fold

KEY = "staff"


def _clean(entry) -> dict | None:
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict):
        return None
    name = " ".join(str(entry.get("name") or "").split())
    if not name:
        return None
    login = str(entry.get("login") or "").strip() or None
    return {"name": name[:200], "login": login}


def staff(session: Session) -> list[dict]:
    """The staff list as stored (name and optional login), in the office's order."""
    value = settings.get(session, KEY)
    value = value if isinstance(value, list) else []
    return [e for e in (_clean(v) for v in value) if e]


def names(session: Session, include_owners: bool = True, owners: list[str] | None = None) -> list[str]:
    """Names to offer as owners: the staff list, then anyone else who owns a follow-up (or of ``owners``)."""
    result = [e["name"] for e in staff(session)]
    if include_owners:
        known = {fold(n) for n in result}
        stmt = (select(FollowUp.owner).where(FollowUp.owner.is_not(None), FollowUp.deleted_at.is_(None))
                .group_by(FollowUp.owner).order_by(func.lower(FollowUp.owner)))
        for owner in (owners if owners is not None else session.scalars(stmt)):
            if owner and fold(owner) not in known:
                known.add(fold(owner))
                result.append(owner)
    return result


def set_staff(session: Session, entries) -> list[dict]:
    """Replace the staff list (names or dicts); blank and repeated names are dropped."""
    cleaned, seen = [], set()
    for entry in entries:
        item = _clean(entry)
        if item and fold(item["name"]) not in seen:
            seen.add(fold(item["name"]))
            cleaned.append(item)
    settings.set(session, KEY, cleaned)
    return cleaned


def mine(session: Session, actor: str | None) -> str | None:
    """The staff name of this login (or the login itself when it is a staff name); None if unknown."""
    if not actor:
        return None
    key = fold(actor)
    for entry in staff(session):
        if (entry["login"] and fold(entry["login"]) == key) or fold(entry["name"]) == key:
            return entry["name"]
    return None


def set_login(session: Session, name: str, login: str | None) -> list[dict]:
    """Link a login to a staff name (adding the name to the list if needed)."""
    entries = staff(session)
    for entry in entries:
        if fold(entry["name"]) == fold(name):
            entry["login"] = login
            break
    else:
        entries.append({"name": name, "login": login})
    return set_staff(session, entries)

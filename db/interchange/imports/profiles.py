"""Named mapping profiles, saved per catalogue in the ``settings`` table and reused when the same headers return."""

from __future__ import annotations

from typing import Any

from db.interchange.imports.layout import Table
from db.models import Setting

KEY = "import_profiles"


def load(catalog) -> dict[str, dict[str, Any]]:
    with catalog.uow() as uow:
        setting = uow.session.get(Setting, KEY)
        return dict(setting.value or {}) if setting is not None else {}


def save(catalog, name: str, table: Table) -> dict[str, Any]:
    """Save (or replace) the profile ``name`` from a table's current mapping."""
    profile = {"kind": table.kind, "signature": table.signature(), "columns": table.mapping()}
    if table.values:
        profile["values"] = table.values   # the user's reading of closed vocabularies (statuses, yes/no…)
    with catalog.uow() as uow:
        setting = uow.session.get(Setting, KEY)
        profiles = dict(setting.value or {}) if setting is not None else {}
        profiles[name] = profile
        if setting is None:
            uow.session.add(Setting(key=KEY, value=profiles))
        else:
            setting.value = profiles
        uow.commit()
    return profile


def delete(catalog, name: str) -> bool:
    with catalog.uow() as uow:
        setting = uow.session.get(Setting, KEY)
        if setting is None or name not in (setting.value or {}):
            return False
        setting.value = {k: v for k, v in setting.value.items() if k != name}
        uow.commit()
        return True


def find_profile(profiles: dict[str, dict[str, Any]], table: Table) -> dict[str, Any] | None:
    """The profile saved for exactly these headers (same folded wording, same order)."""
    signature = table.signature()
    for profile in profiles.values():
        if profile.get("signature") == signature:
            return profile
    return None


def apply(profile: dict[str, Any], table: Table) -> None:
    for column in table.columns:
        if column.header in profile.get("columns", {}):
            column.target = profile["columns"][column.header]
    if profile.get("kind"):
        table.kind = profile["kind"]
    if profile.get("values"):
        table.values = {**profile["values"], **table.values}

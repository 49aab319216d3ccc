"""Per-catalogue preferences (office name, city, logo, default owner…) kept in the ``settings`` table; Qt-free get and set."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.faults import WordedError, file_fault
from db.models import Setting
from db.service_messages import ServiceMessage

OFFICE_NAME = "office_name"
OFFICE_CITY = "office_city"
LOGO = "logo"  # the office's logo: {"name": file name, "data": base64 of the PNG/JPEG/SVG bytes}
DEFAULT_OWNER = "default_owner"  # the owner a new follow-up gets
# the signature block of the agreement sheet and the minutes: « Fait à PLACE, le DATE », then each
# signatory's title (« Le Maire ») above a blank space and the name; a second signatory (an agreement
# signed by two, « L'Adjoint délégué ») signs beside the first on the agreement sheet
SIGNATURE_PLACE = "signature_place"  # default: the office's city
SIGNATORY = "signatory"
SIGNATORY_TITLE = "signatory_title"
SECOND_SIGNATORY = "second_signatory"
SECOND_SIGNATORY_TITLE = "second_signatory_title"
SIGNATURE_KEYS = (SIGNATURE_PLACE, SIGNATORY, SIGNATORY_TITLE, SECOND_SIGNATORY, SECOND_SIGNATORY_TITLE)
BACKUPS_FOLDER = "backups_folder"   # the office's shared folder for a server catalogue's backups (db.server_backups)
DEFAULT_OFFICE_NAME = "Direction des relations internationales"
DPO = "dpo"  # the data protection officer (name and how to reach them), printed on the record of processing
TEXT_KEYS = (OFFICE_NAME, OFFICE_CITY, DEFAULT_OWNER, *SIGNATURE_KEYS, BACKUPS_FOLDER, DPO)  # settings that are one line of text
LOGO_TYPES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG", ".gif": "GIF", ".bmp": "BMP"}
MAX_LOGO_BYTES = 2_000_000


class SettingError(WordedError, ValueError):
    """A preference value that cannot be stored; the message is French, ``in_language(lang)`` its wording
    for the window."""


@dataclass(frozen=True)
class Signatory:
    """One person who signs: their title (« Le Maire ») and name (« David Lisnard »); either may be empty."""

    title: str = ""
    name: str = ""


@dataclass(frozen=True)
class Signature:
    """The signature block: « Fait à PLACE, le … » and one or two signatories; empty when nobody is set."""

    place: str = ""
    signatories: tuple[Signatory, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.signatories)


@dataclass(frozen=True)
class OfficeIdentity:
    """What every printed header shows: the office's name, its city and its logo; and who signs."""

    name: str
    city: str = ""
    logo: bytes | None = None
    logo_name: str = ""
    signature: Signature = Signature()


def get(session: Session, key: str, default: Any = None) -> Any:
    """A preference's stored value (JSON), or ``default``; the one reader of the ``settings`` table."""
    table = Setting.__table__
    value = session.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()
    return default if value is None else value


def set(session: Session, key: str, value: Any) -> None:
    """Store a preference (the caller's unit of work commits); the one writer of the ``settings`` table."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def office_name(session: Session) -> str:
    """The office's name printed in document headers, or a sensible default."""
    value = get(session, OFFICE_NAME)
    return value.strip() if isinstance(value, str) and value.strip() else DEFAULT_OFFICE_NAME


def text(session: Session, key: str) -> str:
    """A one-line text preference, stripped ("" when unset)."""
    value = get(session, key)
    return value.strip() if isinstance(value, str) else ""


def office_identity(session: Session) -> OfficeIdentity:
    """The office's name (or the default), city and logo, for printed headers."""
    logo = get(session, LOGO)
    data = name = None
    if isinstance(logo, dict) and logo.get("data"):
        try:
            data = base64.b64decode(logo["data"])
            name = logo.get("name") or ""
        except ValueError:
            data = None
    city = text(session, OFFICE_CITY)
    return OfficeIdentity(office_name(session), city, data, name or "", signature(session, city))


def signature(session: Session, city: str = "") -> Signature:
    """The signature block's settings (the place defaults to the office's city)."""
    people = tuple(Signatory(text(session, title), text(session, who))
                   for title, who in ((SIGNATORY_TITLE, SIGNATORY), (SECOND_SIGNATORY_TITLE, SECOND_SIGNATORY))
                   if text(session, title) or text(session, who))
    return Signature(text(session, SIGNATURE_PLACE) or city, people)


def logo_value(path: str | Path) -> dict:
    """The stored form of a logo file, checked (an image type, at most 2 Mo): kept in the catalogue, so every
    computer sharing it prints the same header."""
    path = Path(path)
    if path.suffix.lower() not in LOGO_TYPES:
        raise SettingError(ServiceMessage("logo_type", name=path.name))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SettingError(file_fault(exc, path)) from None
    if len(data) > MAX_LOGO_BYTES:
        raise SettingError(ServiceMessage("logo_too_heavy", name=path.name, size=len(data) // 1000))
    if not data:
        raise SettingError(ServiceMessage("logo_empty", name=path.name))
    return {"name": path.name, "data": base64.b64encode(data).decode("ascii")}


def get_setting(catalog, key: str, default: Any = None) -> Any:
    """``get`` in its own unit of work."""
    with catalog.uow() as uow:
        return get(uow.session, key, default)


def set_setting(catalog, key: str, value: Any, actor: str | None = None) -> None:
    """``set`` in its own unit of work, committed."""
    with catalog.uow(actor) as uow:
        set(uow.session, key, value)
        uow.commit()


def office_identity_of(catalog) -> OfficeIdentity:
    """``office_identity`` in its own unit of work."""
    with catalog.uow() as uow:
        return office_identity(uow.session)

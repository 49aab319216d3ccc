"""The application's preferences: one typed, versioned schema persisted through ``QSettings``.

``Settings.load(store)`` / ``settings.save(store)`` read and write the typed values (language,
recent catalogues); window geometry, splitter and header states are opaque ``QByteArray`` blobs
kept under ``state/<name>`` with ``save_state`` / ``restore_state``. Tests get an isolated store
because ``tests/conftest.py`` redirects ``XDG_CONFIG_HOME``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QSettings

from db.languages import INTERFACE as LANGUAGES

SCHEMA_VERSION = 2   # 2: the group "preferences", no longer "general" (see ``_migrate``)
MAX_RECENT = 8
GROUP = "preferences"
# Qt's INI format writes a group named "general" as ``[%General]`` (its escape for the section that
# holds top-level keys) and reads it back as "General/…": versions 1 lost the language and the recent
# catalogues at every restart, and each save appended another ``[%General]`` section.
LEGACY_GROUP = "General"
_KEYS = ("version", "language", "recent_catalogs")


def settings_path():
    """The INI file (resolved on each call, so tests redirecting XDG dirs get their own)."""
    from platformdirs import user_config_path

    return user_config_path("Passerelles", appauthor=False) / "passerelles.ini"


_stores: dict[str, QSettings] = {}


def store() -> QSettings:
    """The settings file, opened once per path (reading an INI file costs a few milliseconds)."""
    path = str(settings_path())
    if path not in _stores:
        _stores[path] = _migrate(QSettings(path, QSettings.Format.IniFormat))
    return _stores[path]


def _migrate(qs: QSettings) -> QSettings:
    """A version 1 file: its ``[%General]`` values moved to ``[preferences]`` (when that group does
    not hold them already), and every ``[%General]`` section removed."""
    if any(key.startswith(f"{LEGACY_GROUP}/") for key in qs.allKeys()):
        for name in _KEYS:
            old = qs.value(f"{LEGACY_GROUP}/{name}")
            if old is not None and not qs.contains(f"{GROUP}/{name}"):
                qs.setValue(f"{GROUP}/{name}", old)
        qs.remove(LEGACY_GROUP)
        qs.setValue(f"{GROUP}/version", SCHEMA_VERSION)
        qs.sync()
    return qs


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


@dataclass
class Settings:
    """What the user chose; everything else is remembered window state."""

    language: str = "fr"
    recent_catalogs: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, qs: QSettings | None = None) -> Settings:
        qs = _migrate(qs) if qs is not None else store()
        language = str(qs.value(f"{GROUP}/language", "fr") or "fr")
        return cls(language=language if language in LANGUAGES else "fr",
                   recent_catalogs=_as_list(qs.value(f"{GROUP}/recent_catalogs", [])))

    def save(self, qs: QSettings | None = None) -> None:
        qs = qs or store()
        qs.setValue(f"{GROUP}/version", SCHEMA_VERSION)
        qs.setValue(f"{GROUP}/language", self.language)
        qs.setValue(f"{GROUP}/recent_catalogs", list(self.recent_catalogs))
        qs.sync()

    def remember_catalog(self, path: str) -> None:
        recent = [p for p in self.recent_catalogs if p != path]
        self.recent_catalogs = [path, *recent][:MAX_RECENT]


def save_state(name: str, data: QByteArray, qs: QSettings | None = None) -> None:
    qs = qs or store()
    qs.setValue(f"state/{name}", data)


def restore_state(name: str, qs: QSettings | None = None) -> QByteArray | None:
    value = (qs or store()).value(f"state/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None

"""The language the forms speak ("fr" or "en"), read from the application object.

The composition root chooses it once (``app.setProperty("language", "en")``); French otherwise.
Widgets read it when they are built, so a change applies to forms opened afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ui_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("language") if app is not None else None
    return "en" if str(value or "").lower().startswith("en") else "fr"

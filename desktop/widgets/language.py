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


def counted(n: int, forms: tuple[str, str]) -> str:
    """``n`` in the singular or plural form of the interface's language (French: singular for 0 and 1,
    English: for 1 only), e.g. counted(2, (tr("{0} fiche"), tr("{0} fiches"))) -> "2 fiches"."""
    from PySide6.QtCore import QLocale

    from db.words import is_plural

    return forms[1 if is_plural(n, ui_language()) else 0].format(QLocale().toString(n))

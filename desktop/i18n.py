"""Translation the Qt way: French source strings, ``resources/translations/passerelles_en.ts``.

``install(app, language)`` sets the default ``QLocale`` (dates and numbers), loads Qt's own
``qtbase_<lang>`` catalogue (so standard buttons read "Annuler"/"Enregistrer"), in French the few
labels it lacks (``desktop.qt_french``) and, for English,
the application's ``.qm``. The ``.qm`` is compiled from the ``.ts`` at run time with the
``lrelease`` shipped in PySide6, into the user cache directory, when missing or older than the
``.ts``. The wheel ships only the ``.qm``, compiled at build time (``hatch_build.py``), so an
installed application never compiles anything. The language applies at
the next start (the preferences dialog says so).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.icons import resources_dir

APP_CATALOG = "passerelles"


def ts_path(language: str) -> Path:
    return resources_dir() / "translations" / f"{APP_CATALOG}_{language}.ts"


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Passerelles", appauthor=False) / "translations"


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def qm_path(language: str) -> Path | None:
    """A compiled ``.qm`` for ``language``, compiling it if needed; None when there is none."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if not source.is_file():
        return shipped if shipped.is_file() else None
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    target = _cache_dir() / shipped.name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True,
                       timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.is_file() else None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("fr" or "en"); returns them (keep a reference)."""
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en" else \
        QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    app.setProperty("language", language)  # the record forms read it (vocabularies, messages)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "en":
        from desktop.qt_french import QtFrench

        supplement = QtFrench(app)  # the dialog labels Qt's French catalogue lacks ("&Look in:")
        app.installTranslator(supplement)
        installed.append(supplement)
    if language == "en":
        path = qm_path("en")
        own = QTranslator(app)
        if path is not None and own.load(str(path)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)

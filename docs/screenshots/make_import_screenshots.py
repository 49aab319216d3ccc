"""Regenerate the screenshots of the import wizard, in French and in English, into docs/screenshots/.

    uv run python docs/screenshots/make_import_screenshots.py

Offscreen, on temporary catalogues with isolated settings: it never touches the user's files. The
partner list of the samples is imported once beforehand, so the preview and the duplicates pages have
something to show; the French pictures keep their old names (import_3_apercu.png …), the English ones
end in ``_en``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZE = (920, 620)
NAMES = {"fichier": 0, "colonnes": 1, "apercu": 2, "lignes": 2, "doublons": 3, "resultat": 4}


def _settle(app, until=lambda: True, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if until() or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()


def shoot(app, language: str, home: Path, samples: Path) -> None:
    from PySide6.QtWidgets import QWizard

    from db.catalog import open_catalog
    from db.services import Services
    from db.services.imports import ImportService
    from desktop import i18n
    from desktop.views.import_wizard import ImportHistoryDialog, ImportWizard

    translators = i18n.install(app, language)
    suffix = "" if language == "fr" else "_en"
    catalog = open_catalog(home / f"{language}.sqlite")
    path = samples / "partenaires_villes_2024.xlsx"
    ImportService(catalog, actor="Camille Martin").import_file(path)
    services = Services(catalog, actor="Camille Martin")
    wizard = ImportWizard(services, path=str(path))
    wizard.resize(*SIZE)
    wizard.show()

    def save(name: str) -> None:
        _settle(app)
        target = OUT / f"import_{NAMES[name] + 1}_{name}{suffix}.png"
        wizard.grab().save(str(target))
        print(target)

    def forward(page_id: int) -> None:
        wizard.button(QWizard.WizardButton.NextButton).click()
        _settle(app, lambda: wizard.currentId() == page_id)

    save("fichier")
    forward(wizard.MAPPING)
    save("colonnes")
    forward(wizard.PREVIEW)
    save("apercu")
    page = wizard.preview_page
    page.tabs.setCurrentIndex(page.ROWS)
    page.rows_model.exclude([page.rows_model.rowCount() - 1])
    page.rows_view.selectRow(page.rows_model.rowCount() - 1)
    save("lignes")
    page.tabs.setCurrentIndex(page.PROBLEMS)
    forward(wizard.DUPLICATES)
    save("doublons")
    wizard.button(QWizard.WizardButton.NextButton).click()
    _settle(app, lambda: wizard.run_page.done)
    save("resultat")
    wizard.close()
    dialog = ImportHistoryDialog(services)
    dialog.show()
    dialog.view.selectRow(0)
    _settle(app)
    target = OUT / f"import_historique{suffix}.png"
    dialog.grab().save(str(target))
    print(target)
    dialog.close()
    catalog.close()
    i18n.remove(app, translators)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="passerelles-import-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["PASSERELLES_LOG_DIR"] = str(home / "logs")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))

    from passerelles_testing import SAMPLES
    from PySide6.QtWidgets import QApplication

    app = QApplication(["passerelles"])
    app.setStyle("Fusion")
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("fr", "en"):
        shoot(app, language, home, SAMPLES)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the import wizard on a relation list (one relation per row, or all of a city's
twins in one cell) and on a sheet whose kind is in doubt.

    uv run python docs/screenshots/make_import_shapes_screenshots.py

Offscreen, on a temporary catalogue: it never touches the user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))


def _settle(app, until=lambda: True, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import make_messy_corpus as corpus
    from PySide6.QtWidgets import QApplication, QWizard

    from db.catalog import open_catalog
    from db.services import Services
    from desktop.views.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        catalog = open_catalog(tmp / "c.sqlite")
        services = Services(catalog)
        relations = tmp / "jumelages_region.xlsx"
        corpus.relation_list(relations)
        doubt = tmp / "liste.csv"
        doubt.write_text("Intitulé;Partenaire;Date\nRéunion annuelle;Sanya;12/03/2024\nVisite;Busan;01/04/2024\n",
                         encoding="utf-8")
        wizard = ImportWizard(services, path=str(doubt))
        wizard.resize(920, 620)
        wizard.show()
        _settle(app)
        wizard.grab().save(str(OUT / "import_type_a_preciser.png"))
        wizard.close()
        wizard = ImportWizard(services, path=str(relations))
        wizard.resize(920, 620)
        wizard.show()
        _settle(app)
        wizard.grab().save(str(OUT / "import_relations_1_fichier.png"))
        wizard.button(QWizard.WizardButton.NextButton).click()
        _settle(app, lambda: wizard.currentId() == wizard.MAPPING)
        wizard.grab().save(str(OUT / "import_relations_2_colonnes.png"))
        wizard.button(QWizard.WizardButton.NextButton).click()
        _settle(app, lambda: wizard.currentId() == wizard.PREVIEW)
        wizard.grab().save(str(OUT / "import_relations_3_apercu.png"))
        wizard.close()
        # an encyclopaedia's list: all of a city's twins in one cell
        encyclopaedia = tmp / "villes_jumelees_encyclopedie.xlsx"
        corpus.twins_in_one_cell(encyclopaedia)
        wizard = ImportWizard(services, path=str(encyclopaedia))
        wizard.resize(920, 620)
        wizard.show()
        _settle(app)
        wizard.button(QWizard.WizardButton.NextButton).click()
        _settle(app, lambda: wizard.currentId() == wizard.MAPPING)
        wizard.button(QWizard.WizardButton.NextButton).click()
        _settle(app, lambda: wizard.currentId() == wizard.PREVIEW)
        wizard.grab().save(str(OUT / "import_relations_une_cellule_3_apercu.png"))
        wizard.close()
        catalog.close()


if __name__ == "__main__":
    main()

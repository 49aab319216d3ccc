"""Screenshots of the import wizard on the shapes of the fifth corpus round (issue 19): a sister-city
list whose « Mayor » column gives each partner a contact, and a scraped schedule whose breaks are
set aside and whose rooms are read among the lines of a cell.

    uv run python docs/screenshots/make_import_values_screenshots.py

Offscreen, on a temporary catalogue: it never touches the user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_import_evidence_screenshots import _next, _wizard  # noqa: E402  (one way to drive the wizard)
from make_import_shapes_screenshots import _settle  # noqa: E402


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.services import Services

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        services = Services(open_catalog(tmp / "c.sqlite"))
        # 1. a sister-city list with a « Mayor » column: the partners, and their mayors as contacts
        sister = tmp / "sister_cities.csv"
        sister.write_text("CityName,Country,Mayor,Website\nTateyama,Japan,Minoru Tsujita,\n"
                          "Port Stephens,Australia,Craig Baumann,http://www.portstephens.org.au\n"
                          "Nakhodka,Russia,Oleg Kolyadin,http://www.nakhodka.ru/\n"
                          "Vaasa,Finland,Markku Lumio,http://www.vaasa.fi\n", encoding="utf-8")
        wizard = _wizard(app, services, sister)
        wizard.grab().save(str(OUT / "import_values_1_maires_fichier.png"))
        _next(app, wizard, wizard.MAPPING)
        wizard.grab().save(str(OUT / "import_values_1_maires_colonnes.png"))
        wizard.close()
        # 2. a schedule scraped from a website: breaks set aside, the room among the lines of a cell
        schedule = tmp / "schedule.csv"
        schedule.write_text('track,time,title,speakers\n"尚有空位\nRB105\n\n主議程軌",10:00 ~ 10:30,'
                            'Time series with Apache Arrow,Zoe Steinkamp\n,10:30 ~ 10:45,Coffee break,\n'
                            '"尚有空位\nTR409-2\n\nPostgreSQL.TW",10:45 ~ 11:15,How to Ride Elephants Safely,'
                            'Richard Yen\n', encoding="utf-8")
        wizard = _wizard(app, services, schedule)
        page = wizard.file_page
        kinds = page.sheets.cellWidget(0, page.COL_KIND)
        kinds.setCurrentIndex(kinds.findData("session"))
        _settle(app)
        _next(app, wizard, wizard.MAPPING)
        _next(app, wizard, wizard.PREVIEW)
        wizard.grab().save(str(OUT / "import_values_2_programme_apercu.png"))
        wizard.close()


if __name__ == "__main__":
    main()

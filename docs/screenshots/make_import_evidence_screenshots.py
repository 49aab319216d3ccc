"""Screenshots of the import wizard taking the user's word (issue 19): a sheet with unknown headings
mapped by its values, a list without heading row, the value-mapping page, and a list the user says
is partners whose name column is guessed.

    uv run python docs/screenshots/make_import_evidence_screenshots.py

Offscreen, on a temporary catalogue: it never touches the user's files.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_import_shapes_screenshots import _settle  # noqa: E402  (one way to let the wizard settle)


def _wizard(app, services, path):
    from desktop.views.import_wizard import ImportWizard

    wizard = ImportWizard(services, path=str(path))
    wizard.resize(920, 620)
    wizard.show()
    _settle(app)
    return wizard


def _next(app, wizard, page_id) -> None:
    from PySide6.QtWidgets import QWizard

    wizard.button(QWizard.WizardButton.NextButton).click()
    _settle(app, lambda: wizard.currentId() == page_id)


@contextlib.contextmanager
def offscreen_catalogue():
    """``(app, services, folder)``: the offscreen application and services on a new catalogue in a
    temporary folder (never the user's files), for a script that photographs the wizard."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.services import Services

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        yield app, Services(open_catalog(Path(tmp) / "c.sqlite")), Path(tmp)


def photograph(app, services, path: Path, png: str, page: str = "preview", kind: str | None = None) -> None:
    """The wizard on ``path``, its first sheet read as ``kind`` (None: as detected), photographed on
    ``page``: « file » (where a sheet in doubt is asked about), « mapping » or « preview »."""
    wizard = _wizard(app, services, path)
    if kind is not None:
        kinds = wizard.file_page.sheets.cellWidget(0, wizard.file_page.COL_KIND)
        kinds.setCurrentIndex(kinds.findData(kind))
    _settle(app)
    if page != "file":
        _next(app, wizard, wizard.MAPPING)
    if page == "preview":
        _next(app, wizard, wizard.PREVIEW)
    wizard.grab().save(str(OUT / png))
    wizard.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.services import Services

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        services = Services(open_catalog(tmp / "c.sqlite"))
        # 1. headings nobody here wrote (Polish, glued words): the columns told by their values
        unknown = tmp / "miasta_partnerskie.tsv"
        unknown.write_text("miastoLabel\tkrajLabel\tpartnerLabel\tpartnerKraj\tludnosc\n"
                           "Kraków\tPolska\tLeuven\tBelgia\t779115\nKraków\tPolska\tLviv\tUkraina\t779115\n"
                           "Gdańsk\tPolska\tBremen\tNiemcy\t470907\nPoznań\tPolska\tRennes\tFrancja\t534813\n"
                           "Wrocław\tPolska\tDresden\tNiemcy\t641928\n", encoding="utf-8")
        wizard = _wizard(app, services, unknown)
        _next(app, wizard, wizard.MAPPING)
        wizard.grab().save(str(OUT / "import_evidence_1_entetes_inconnues.png"))
        wizard.close()
        # 2. a list of people without heading row, described by the user
        people = tmp / "presents.csv"
        people.write_text("Anne Martin;anne.martin@example.org;Ville de Lyon\nJean Dupont;jean.dupont@example.org;"
                          "Institut français\nLi Wei;li.wei@example.org;Ville de Busan\n", encoding="utf-8")
        wizard = _wizard(app, services, people)
        page = wizard.file_page
        page.sheets.item(0, page.COL_USE).setCheckState(Qt.CheckState.Checked)
        kinds = page.sheets.cellWidget(0, page.COL_KIND)
        kinds.setCurrentIndex(kinds.findData("contact"))
        page.set_header_row("presents", 0)
        _settle(app)
        wizard.grab().save(str(OUT / "import_evidence_2_sans_entetes_fichier.png"))
        _next(app, wizard, wizard.MAPPING)
        wizard.grab().save(str(OUT / "import_evidence_2_sans_entetes_colonnes.png"))
        wizard.close()
        # 3. the values of a status column, read as the user says
        register = tmp / "conventions.csv"
        register.write_text("Intitulé;Partenaire;Statut;Signée\nConvention cinéma;Busan;Clôturée;oui\n"
                            "Pacte d'amitié;Sanya;En cours;oui\nProtocole patrimoine;Grand-Bassam;À l'étude;non\n",
                            encoding="utf-8")
        wizard = _wizard(app, services, register)
        _next(app, wizard, wizard.MAPPING)
        _next(app, wizard, wizard.VALUES)
        wizard.values_page.set_value("Statut", "Clôturée", "expired")
        _settle(app)
        wizard.grab().save(str(OUT / "import_evidence_3_valeurs.png"))
        wizard.close()
        # 4. a list the user says is partners, under headings that name nothing: the name guessed from the values
        clubs = tmp / "liste.csv"
        clubs.write_text("Zq1;Zq2;Zq3\nAtelier Kobalt;Allemagne;http://kobalt.example.de\n"
                         "Studio Nord;Norvège;http://nord.example.no\nTeatro Sur;Chili;http://sur.example.cl\n",
                         encoding="utf-8")
        wizard = _wizard(app, services, clubs)
        page = wizard.file_page
        page.sheets.item(0, page.COL_USE).setCheckState(Qt.CheckState.Checked)
        kinds = page.sheets.cellWidget(0, page.COL_KIND)
        kinds.setCurrentIndex(kinds.findData("partner"))
        _settle(app)
        _next(app, wizard, wizard.MAPPING)
        wizard.grab().save(str(OUT / "import_evidence_4_nom_devine.png"))
        wizard.close()


if __name__ == "__main__":
    main()

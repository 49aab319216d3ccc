"""Screenshots of the import wizard on the shapes of the seventh corpus round (issue 19): a LinkedIn
export of first names only, where two people of one first name are told apart by their job titles,
and an agenda of times, titles and instructors read as a list, not as a timetable grid.

    uv run python docs/screenshots/make_import_seventh_screenshots.py

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


def _preview(app, services, path: Path, kind: str, png: str) -> None:
    """The wizard on ``path``, its sheet read as ``kind``, photographed on its preview page."""
    wizard = _wizard(app, services, path)
    page = wizard.file_page
    kinds = page.sheets.cellWidget(0, page.COL_KIND)
    kinds.setCurrentIndex(kinds.findData(kind))
    _settle(app)
    _next(app, wizard, wizard.MAPPING)
    _next(app, wizard, wizard.PREVIEW)
    wizard.grab().save(str(OUT / png))
    wizard.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.services import Services

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        services = Services(open_catalog(tmp / "c.sqlite"))
        # 1. first names only: two « Jose Antonio » at 3M with other job titles are two people
        linkedin = tmp / "Connections.csv"
        linkedin.write_text("First Name;Company;Position;Connected On\n"
                            "Elisa;;Consultora de Recursos Humanos;30-oct-09\n"
                            "Jose Antonio;3M;Healthcare IT Consultant;12-feb-18\n"
                            "Jose Antonio;3M;Supply Chain Manager;02-mar-19\n"
                            "Elisa;;Coordinadora de clínica dental;18-jun-20\n"
                            "Raquel;91 GRADOS;CEO;04-may-20\n", encoding="utf-8")
        _preview(app, services, linkedin, "contact", "import_seventh_1_prenoms_apercu.png")
        # 2. times, titles and instructors: a list of five sessions, not a grid of rooms
        agenda = tmp / "agenda.csv"
        agenda.write_text("Time,Title,Instructor\n9:00-10:30,Intro to SWMM,Caleb Buahin\n"
                          "10:45-12:00,Hydraulics,Mitch Heineman\n13:00-14:30,Water quality,Caleb Buahin\n"
                          "14:45-16:00,Calibration,Mitch Heineman\n16:15-17:00,Q&A,\n", encoding="utf-8")
        _preview(app, services, agenda, "session", "import_seventh_2_seances_apercu.png")


if __name__ == "__main__":
    main()

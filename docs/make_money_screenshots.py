"""Screenshots of issue 23's windows and printouts on the demonstration catalogue (offscreen):
the APD dialog, the Atlas dialog, the map, the agreement form's budget lines, and the pages of the
APD worksheet, the Atlas update, the annual report and a partner summary (pdftoppm).

    QT_QPA_PLATFORM=offscreen uv run python docs/make_money_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop import i18n

    translators = i18n.install(app, "fr")   # Qt's own buttons in French (« Fermer »), as in the application  # noqa: F841
    app.setProperty("language", "fr")
    from db.catalog import open_catalog
    from db.demo import load_demo
    from db.services import Services
    from desktop.printing import actions
    from desktop.views.apd_dialog import ApdDialog
    from desktop.views.atlas_dialog import AtlasDialog
    from desktop.views.forms import create_editor
    from desktop.views.map_view import MapDialog

    work = Path(tempfile.mkdtemp())
    catalog = open_catalog(work / "demo.sqlite")
    load_demo(catalog)
    services = Services(catalog, actor="capture")

    def grab(widget, name, size=(1100, 680)):
        widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(OUT / name))
        widget.close()

    apd = ApdDialog(services, year=2025)
    apd.table.setCurrentCell(0, 1)
    grab(apd, "apd-dialogue.png", (1000, 700))
    grab(AtlasDialog(services), "atlas-dialogue.png", (1100, 640))
    grab(MapDialog(services), "carte-partenaires.png", (1200, 620))
    editor = create_editor("agreement", services, services.get(
        "agreement", "Partenariat patrimoine et numérique Cannes – Grand-Bassam").id)
    editor.resize(1200, 1300)
    editor.show()
    app.processEvents()
    editor.budget_edit.grab().save(str(OUT / "forms-agreement-budget.png"))
    editor.close()

    for kind, reference, name in (("apd", "2025", "impression-apd-2025"), ("atlas", None, "impression-atlas"),
                                  ("annual_report", "2025", "impression-bilan-2025"),
                                  ("partner", "Grand-Bassam", "impression-fiche-partenaire-carte")):
        pdf = work / f"{name}.pdf"
        actions.export_pdf(kind, reference, services, pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / name)], check=True)
    catalog.close()


if __name__ == "__main__":
    main()

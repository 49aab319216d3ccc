"""Screenshots of issue 23's personal data and outreach, written to docs/screenshots/:

    uv run python docs/make_personal_data_screenshots.py

On a demonstration catalogue (fixed "today", office identity and signatory), some people invited to the
colloquium and one objector: the dashboard's retention review (``rgpd-dashboard.png``), the contact
form with its address and no-contact box (``rgpd-contact.png``), the invitations dialog
(``invitations-dialog.png``), the preferences' personal data tab (``rgpd-preferences.png``); and the first
page of each printout (``print-invitation-1.png``, ``print-emargement-1.png``,
``print-donnees-personnelles-1.png``, ``print-registre-1.png``, ``print-etiquettes-1.png``,
``print-badges-1.png``) through poppler's ``pdftoppm``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 12, 7)
EVENT = "Culture et action internationale des collectivités territoriales"
OUT = ROOT / "docs" / "screenshots"


def settle(app, widget, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    for _ in range(20):
        app.processEvents()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["passerelles"])
    from desktop import i18n

    translators = i18n.install(app, "fr")  # French locale and Qt's own buttons in French
    from db.catalog import open_catalog
    from db.demo import load_demo
    from db.services import Services, invitations
    from db.services import settings as catalogue_settings
    from desktop.printing import outreach

    folder = Path(tempfile.mkdtemp())
    catalog = open_catalog(folder / "demo.sqlite")
    load_demo(catalog, today=TODAY)
    for key, value in (("office_city", "Cannes"), ("signatory", "David Lisnard"), ("signatory_title", "Le Maire"),
                       ("office_name", "Direction des relations internationales"),
                       ("dpo", "Marie Durand, dpo@ville-cannes.fr")):
        catalogue_settings.set_setting(catalog, key, value)
    services = Services(catalog, actor="claire")
    from db.services.records import spec

    yao = services.get("contact", "Koffi Yao")
    data = spec("contact").in_from_out(yao.model_dump(mode="json"))
    services.update("contact", yao.id, data.model_copy(update={"no_contact": True,
                                                                "address": "Hôtel de ville\nGrand-Bassam"}))
    park = services.get("contact", "Ji-woo Park")
    tanaka = services.get("contact", "Hiroshi Tanaka")
    with catalog.uow("claire") as uow:
        invitations.invite(uow.session, EVENT, invitations.select_contacts(uow.session, [park.id, tanaka.id]),
                           TODAY, "claire")
        invitations.answer(uow.session, EVENT, "Hiroshi Tanaka", "accepted", "claire")
        uow.commit()
    services.set_retention_years(1)

    from desktop.views.dashboard import DashboardView

    dashboard = DashboardView(services, today=TODAY, threaded=False)
    settle(app, dashboard, 1366, 768)
    dashboard.grab().save(str(OUT / "rgpd-dashboard.png"))

    from desktop.views.invitations_dialog import InvitationsDialog

    dialog = InvitationsDialog(services, services.get("event", EVENT).id, today=TODAY)
    dialog.search.setText("ville")
    dialog.find_contacts()
    settle(app, dialog, 1100, 640)
    dialog.grab().save(str(OUT / "invitations-dialog.png"))

    from desktop.settings import Settings
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, None, Settings(), today=TODAY)
    wiring = install(window, services, None)  # noqa: F841 — the full menus (Outils included), as the application has them
    page = window.show_page("contact")
    settle(app, window, 1366, 768)
    page.open_record(yao.id)
    settle(app, window, 1366, 768)
    from PySide6.QtWidgets import QScrollArea

    box = page.editor.bindings["no_contact"].widget
    for area in page.editor.findChildren(QScrollArea):
        area.ensureWidgetVisible(box, 50, 200)
        area.horizontalScrollBar().setValue(0)
    settle(app, window, 1366, 768)
    window.grab().save(str(OUT / "rgpd-contact.png"))

    from PySide6.QtWidgets import QTabWidget

    from desktop.views.preferences import PreferencesDialog

    prefs = PreferencesDialog(Settings(), None, services)
    tabs = prefs.findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(tabs.count() - 1)
    settle(app, prefs, 640, 420)
    prefs.grab().save(str(OUT / "rgpd-preferences.png"))

    for name, kind, reference, options in (
            ("print-invitation", "invitations", EVENT, {"contacts": [park.id], "today": TODAY}),
            ("print-emargement", "attendance", EVENT, {}),
            ("print-donnees-personnelles", "personal_data", park.id, {"today": TODAY}),
            ("print-registre", "register", None, {"today": TODAY}),
            ("print-etiquettes", "labels", None, {"search": ""}),
            ("print-badges", "badges", EVENT, {})):
        pdf = folder / f"{name}.pdf"
        outreach.export_pdf(kind, reference, services, pdf, **options)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / f"{name}-1")], check=True)
    catalog.close()
    del translators
    print(f"Captures écrites dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

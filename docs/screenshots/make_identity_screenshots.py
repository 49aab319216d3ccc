"""Regenerate the screenshots of the possible duplicates and of a record's history after an import
that re-cased its name.

    uv run python docs/screenshots/make_identity_screenshots.py

Offscreen, on a temporary demonstration catalogue with isolated settings: it never touches the
user's files. Writes doublons.png and forms-contact-historique-import.png.
"""

from __future__ import annotations

from offscreen import OUT, demo_catalog


def main() -> None:
    with demo_catalog() as (app, catalog, tmp):
        from db.schemas import ContactIn, PartnerIn
        from db.services import Services
        from db.services.imports import ImportService
        from desktop.views.duplicates_dialog import DuplicatesDialog
        from desktop.views.forms import create_editor

        marie = Services(catalog, actor="mdupont")
        marie.create("partner", PartnerIn(name="Pusan", country="KR"))
        marie.create("partner", PartnerIn(name="Valencia", country="ES"))
        marie.create("partner", PartnerIn(name="Valencia", country="VE"))
        marie.create("contact", ContactIn(first_name="Ji-Woo", last_name="PARK", organisation="Ville de Busan"))
        sheet = tmp / "contacts.csv"
        sheet.write_text("Prénom;Nom;Organisation;Téléphone\nAMÉLIE;DUBOIS;Ville de Lyon;04 72 10 30 30\n",
                         encoding="utf-8")
        _plan, result = ImportService(catalog, actor="mdupont").import_file(sheet)
        dubois = next(o[4] for o in result.outcomes if o[2] == "contact")
        dialog = DuplicatesDialog(marie)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "doublons.png"))
        editor = create_editor("contact", marie, dubois)
        editor.resize(1100, 640)
        editor.show()
        editor.tabs.setCurrentIndex(editor.HISTORY_TAB)
        app.processEvents()
        editor.grab().save(str(OUT / "forms-contact-historique-import.png"))
        for widget in (dialog, editor):
            widget.close()


if __name__ == "__main__":
    main()

"""Regenerate the screenshots of the backups dialog, the trash and a form's history tab.

    uv run python docs/screenshots/make_safety_screenshots.py

Offscreen, on a temporary demonstration catalogue with isolated settings: it never touches the
user's files. Writes sauvegardes.png, corbeille.png and forms-partner-historique.png.
"""

from __future__ import annotations

from offscreen import OUT, demo_catalog


def main() -> None:
    with demo_catalog() as (app, catalog, _tmp):
        from db.services import Services, records
        from desktop.views.backups_dialog import BackupsDialog
        from desktop.views.forms import create_editor
        from desktop.views.trash_dialog import TrashDialog

        marie, paul = Services(catalog, actor="mdupont"), Services(catalog, actor="pmartin")
        catalog.backup("avant-import")
        busan = marie.get("partner", "Busan")
        current = records.spec("partner").in_from_out(busan.model_dump(mode="json"))
        paul.update("partner", busan.id, current.model_copy(update={
            "city": "Busan (Haeundae)", "notes": "Rencontre avec le bureau du film en mai."}))
        catalog.backup("manuelle")
        for kind, name in (("partner", "Shawinigan"), ("contact", "Kim")):
            try:
                record = marie.get(kind, name)
            except Exception:
                continue
            marie.delete(kind, record.id)
        dialog = BackupsDialog(catalog)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "sauvegardes.png"))
        trash = TrashDialog(marie)
        trash.show()
        app.processEvents()
        trash.grab().save(str(OUT / "corbeille.png"))
        editor = create_editor("partner", marie, busan.id)
        editor.resize(1100, 640)
        editor.show()
        editor.tabs.setCurrentIndex(editor.HISTORY_TAB)
        app.processEvents()
        editor.grab().save(str(OUT / "forms-partner-historique.png"))
        for widget in (dialog, trash, editor):
            widget.close()


if __name__ == "__main__":
    main()

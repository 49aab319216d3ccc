"""Render every form offscreen on the demo catalogue: ``python -m desktop.views.forms.screenshots DIR``."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1180, 860)


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.demo import load_demo
    from db.services import ListQuery, Services
    from desktop.views.forms import create_editor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        catalog = open_catalog(Path(tmp) / "demo.sqlite")
        load_demo(catalog, today=dt.date(2026, 11, 22))
        services = Services(catalog, actor="démonstration")
        picks = {
            "partner": services.list("partner", ListQuery(search="Busan"))[0].id,
            "agreement": services.list("agreement", ListQuery(search="Busan"))[0].id,
            "contact": services.list("contact", ListQuery(search="Park"))[0].id,
            "event": services.list("event")[0].id,
            "followup": services.list("followup", ListQuery(search="Busan convention"))[0].id,
        }
        for kind, public_id in picks.items():
            editor = create_editor(kind, services, public_id)
            editor.resize(SIZE[0], 1240 if kind == "event" else SIZE[1])
            editor.show()
            app.processEvents()
            path = out_dir / f"forms-{kind}.png"
            editor.grab().save(str(path))
            written.append(path)
            editor.close()
            editor.deleteLater()
        editor = create_editor("agreement", services, picks["agreement"])
        editor.resize(460, 1500)  # in the narrow panel beside a list: one column
        editor.show()
        app.processEvents()
        editor.grab().save(str(out_dir / "forms-agreement-narrow.png"))
        written.append(out_dir / "forms-agreement-narrow.png")
        editor.close()

        editor = create_editor("partner", services)
        editor.resize(*SIZE)
        editor.show()
        editor.bindings["name"].widget.setText("Ville de Démo")
        editor.bindings["email"].widget.setText("pas-une-adresse")
        editor.bindings["partner_since"].widget.setText("31/02/2019")
        editor.save()
        app.processEvents()
        path = out_dir / "forms-partner-errors.png"
        editor.grab().save(str(path))
        written.append(path)
        editor.close()

        from desktop.views.forms.conflict_dialog import ConflictDialog

        busan = picks["partner"]
        first, second = create_editor("partner", services, busan), create_editor("partner", services, busan)
        first.bindings["city"].widget.setText("Pusan")
        first.bindings["notes"].widget.setPlainText("Protocole signé le 22 mai 2023.\nRésidence d'écriture en 2027.")
        first.save()
        second.bindings["city"].widget.setText("Busan Metropolitan City")
        shown = []
        original = ConflictDialog.exec

        def capture(dialog):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out_dir / "forms-conflict.png"))
            shown.append(dialog)
            return ConflictDialog.CANCEL

        ConflictDialog.exec = capture
        try:
            second.save()
        finally:
            ConflictDialog.exec = original
        written.append(out_dir / "forms-conflict.png")
        catalog.close()
    return written


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)

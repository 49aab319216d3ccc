"""Two copies of the application on one server catalogue: the window follows the other process's
changes (list and open record) and a conflicting edit of the same record shows the conflict dialog."""

from __future__ import annotations

import subprocess
import sys

from formhelpers import type_into
from passerelles_testing import ROOT

from desktop.views.forms.conflict_dialog import ConflictDialog

OTHER_COPY = """
import sys
from db.catalog import open_catalog
from db.schemas import PartnerIn
from db.services import Services

catalog = open_catalog(sys.argv[1])
services = Services(catalog, actor="bea")
busan = services.get("partner", sys.argv[2])
services.update("partner", busan.id, PartnerIn(**{**busan.model_dump(include=set(PartnerIn.model_fields)),
                                                 "city": sys.argv[3], "referent": sys.argv[4]}),
                expected_version=busan.version)
if len(sys.argv) > 5:
    services.create("partner", PartnerIn(name=sys.argv[5]))
catalog.close()
"""


def other_copy(url: str, public_id: str, city: str, referent: str, new_partner: str = "") -> None:
    """Another process of the application edits Busan (and creates a partner) on the same server."""
    args = [url, public_id, city, referent] + ([new_partner] if new_partner else [])
    done = subprocess.run([sys.executable, "-c", OTHER_COPY, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def test_two_copies_on_one_server_follow_each_other_and_conflicts_are_shown(qtbot, pg_database, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.schemas import PartnerIn
    from db.services import Services
    from desktop.app import Application
    from desktop.settings import Settings

    url = pg_database()
    seed = open_catalog(url)
    busan = Services(seed, actor="anne").create("partner", PartnerIn(name="Busan", country="KR", city="Busan"))
    seed.close()
    app = Application(QApplication.instance(), Settings())
    assert app.open(url)
    window = app.window
    page = window.show_page("partner")
    qtbot.waitUntil(lambda: not page.list.model.loading, timeout=5000)
    window.open_record("partner", busan.id)
    editor = page.editor
    assert editor.bindings["city"].widget.text() == "Busan"

    # the other copy edits the record shown here (unchanged here) and adds a partner: both appear
    other_copy(url, busan.id, "Pusan", "Claire Vasseur", new_partner="Shizuoka")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.bindings["city"].widget.text() == "Pusan",
                    timeout=5000)
    editor = page.editor
    assert editor.bindings["referent"].widget.text() == "Claire Vasseur" and not editor.is_dirty()

    # both edit the same record at the same time: this copy's save shows the field-by-field dialog
    type_into(qtbot, editor.bindings["city"].widget, "Busan Metropolitan City")
    other_copy(url, busan.id, "Ville de Busan", "Min-jun Kim")
    shown: list[list] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: shown.append(dialog.rows) or ConflictDialog.OVERWRITE)
    assert page.save() is True
    assert ("Ville", "Ville de Busan", "Busan Metropolitan City") in shown[0]
    assert ("Référent", "Min-jun Kim", "(non modifié par vous : leur version est gardée)") in shown[0]
    check = open_catalog(url)
    final = Services(check).get("partner", busan.id)
    check.close()
    assert final.city == "Busan Metropolitan City" and final.referent == "Min-jun Kim"  # yours, and theirs kept
    assert final.updated_by != "bea"
    window.close()
    app.shutdown()


DELETER = """
import sys
from db.catalog import open_catalog
from db.services import Services

catalog = open_catalog(sys.argv[1])
services = Services(catalog, actor="bea")
getattr(services, sys.argv[3])("partner", sys.argv[2])
catalog.close()
"""


def colleague(url: str, public_id: str, action: str) -> None:
    """Another process deletes (``delete``) or restores (``restore``) a partner on the same server."""
    done = subprocess.run([sys.executable, "-c", DELETER, url, public_id, action], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_record_deleted_by_a_colleague_is_said_so_and_restored_not_overwritten(qtbot, pg_database, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from db.catalog import open_catalog
    from db.schemas import PartnerIn
    from db.services import Services
    from desktop.app import Application
    from desktop.settings import Settings

    url = pg_database()
    seed = open_catalog(url)
    busan = Services(seed, actor="anne").create("partner", PartnerIn(name="Busan", country="KR", city="Busan"))
    seed.close()
    app = Application(QApplication.instance(), Settings())
    assert app.open(url)
    window = app.window
    page = window.show_page("partner")
    qtbot.waitUntil(lambda: not page.list.model.loading, timeout=5000)
    window.open_record("partner", busan.id)

    # deleted elsewhere while shown here, unchanged: the form says who deleted it instead of vanishing
    colleague(url, busan.id, "delete")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: page.editor is not None and "supprimée par bea" in page.editor.banner.text(), timeout=5000)
    assert not page.editor.save_button.isEnabled()

    # restored elsewhere: this window follows
    colleague(url, busan.id, "restore")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.save_button.isEnabled()
                    and page.editor.bindings["city"].widget.text() == "Busan", timeout=5000)
    assert page.editor.banner.text().startswith("Cette fiche a été restaurée depuis la corbeille par bea")

    # deleted elsewhere while being edited here: the save says so and offers the trash, nothing written
    editor = page.editor
    type_into(qtbot, editor.bindings["city"].widget, "Busan Metropolitan City")
    colleague(url, busan.id, "delete")
    told = []

    def answer(box, choice):
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Continuer à modifier"))
    assert editor.save() is False
    assert "supprimée par bea" in told[0] and "Restaurer depuis la corbeille" in told[0]
    check = open_catalog(url)
    gone = Services(check).get("partner", busan.id, include_deleted=True)
    assert gone.deleted_at is not None and gone.city == "Busan" and gone.updated_by.startswith("bea")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Restaurer depuis la corbeille"))
    assert editor.save() is True
    back = Services(check).get("partner", busan.id)
    check.close()
    assert back.deleted_at is None and back.city == "Busan Metropolitan City" and not back.updated_by.startswith("bea")
    window.close()
    app.shutdown()

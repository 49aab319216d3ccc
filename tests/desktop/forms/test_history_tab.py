"""The "Historique" tab of a form: who changed what, and "Restaurer cette version" (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.schemas import PartnerIn


def test_history_tab_shows_changes_and_restores_a_version(qtbot, qtmodeltester, services, editor_factory,
                                                          monkeypatch):
    busan = services.create("partner", PartnerIn(name="Busan", city="Busan"))
    services.update("partner", busan.id, PartnerIn(name="Pusan", city="Busan"))
    editor = editor_factory("partner", busan.id)
    editor.tabs.setCurrentIndex(editor.HISTORY_TAB)
    panel = editor.history_panel
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    newest = [panel.model.index(0, c).data() for c in range(4)]
    assert newest[1] == "test" and newest[2] == "modification (version 2)" and "Nom : Busan → Pusan" in newest[3]
    assert panel.model.index(1, 2).data() == "création (version 1)"
    panel.view.selectRow(0)
    assert not panel.restore_button.isEnabled()  # the current version
    panel.view.selectRow(1)
    assert panel.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert services.get("partner", busan.id).name == "Busan"
    assert editor.bindings["name"].widget.text() == "Busan"
    assert panel.model.rowCount() == 3 and "Pusan → Busan" in panel.model.index(0, 3).data()
    services.undo_last()  # the restore is a change like any other: Ctrl+Z takes it back
    assert services.get("partner", busan.id).name == "Pusan"

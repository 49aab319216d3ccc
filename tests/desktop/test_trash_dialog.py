"""Édition › Corbeille… : deleted records of every kind, restored or purged (after confirmation)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db.schemas import AgreementIn, PartnerIn
from db.services import ListQuery, Services, records, trash

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_trash_dialog_restores_and_purges(qtbot, qtmodeltester, catalog, monkeypatch):
    from desktop.views.trash_dialog import TrashDialog, TrashModel

    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan"))
    convention = services.create("agreement", AgreementIn(title="Convention cinéma"))
    services.delete("partner", busan.id)
    services.delete("agreement", convention.id)
    dialog = TrashDialog(services)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = {(dialog.model.index(r, TrashModel.COL_KIND).data(), dialog.model.index(r, TrashModel.COL_TITLE).data(),
             dialog.model.index(r, TrashModel.COL_WHO).data()) for r in range(dialog.model.rowCount())}
    assert rows == {("Partenaire", "Busan", "marie"), ("Accord", "Convention cinéma", "marie")}
    assert not dialog.restore_button.isEnabled()
    dialog.view.selectRow(next(r for r, i in enumerate(dialog.model.items) if i.kind == "partner"))
    with qtbot.waitSignal(dialog.records_changed):
        dialog.restore_button.click()
    assert [p.name for p in services.list("partner", ListQuery())] == ["Busan"]
    assert dialog.model.rowCount() == 1
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.view.selectRow(0)
    dialog.purge_button.click()
    assert asked and dialog.model.rowCount() == 1  # refused: still there
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.purge_button.click()
    assert dialog.model.rowCount() == 0 and "définitivement" in dialog.message.text()
    with catalog.uow() as uow:
        assert trash.deleted(uow.session) == []
        assert records.history(uow.session, "agreement", convention.id)[-1].action == "purge"

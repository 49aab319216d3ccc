"""Deleting with confirmation and undoing; two editors of one record; every kind opens and saves."""

from __future__ import annotations

import pytest
from formhelpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.services import ListQuery, NotFoundError
from desktop.views.forms import KINDS
from desktop.views.forms.conflict_dialog import ConflictDialog


def test_delete_asks_first_then_undo_restores(qtbot, services, seeded, editor_factory, answer):
    busan = seeded["busan"]
    editor = editor_factory("partner", busan.id)

    calls = answer("question", QMessageBox.StandardButton.No)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "Supprimer « Busan » ?" in calls[0][1][2]
    assert services.get("partner", busan.id).deleted_at is None

    answer("question", QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.deleted) as signal:
        qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["partner", busan.id]
    with pytest.raises(NotFoundError):
        services.get("partner", busan.id)
    assert services.get("partner", busan.id, include_deleted=True).deleted_at is not None  # soft

    undone = services.undo_last()
    assert undone == {"kind": "partner", "id": busan.id, "action": "delete"}
    assert services.get("partner", busan.id).name == "Busan"


def test_undo_an_edit_made_in_the_form(qtbot, services, seeded, editor_factory):
    editor = editor_factory("partner", seeded["busan"].id)
    type_into(qtbot, editor.bindings["city"].widget, "Busan-si")
    assert editor.save()
    assert services.get("partner", seeded["busan"].id).city == "Busan-si"
    services.undo_last()
    assert services.get("partner", seeded["busan"].id).city is None
    editor.revert()
    assert editor.bindings["city"].widget.text() == "" and not editor.is_dirty()


def test_conflicting_edits_are_shown_side_by_side(qtbot, services, seeded, editor_factory, monkeypatch):
    first = editor_factory("partner", seeded["busan"].id)
    second = editor_factory("partner", seeded["busan"].id)
    type_into(qtbot, first.bindings["city"].widget, "Pusan")
    type_into(qtbot, first.bindings["referent"].widget, "Claire Vasseur")
    assert first.save()

    shown: list[list] = []
    choice = {"value": ConflictDialog.KEEP_THEIRS}

    def fake_exec(dialog):
        shown.append(dialog.rows)
        return choice["value"]

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    type_into(qtbot, second.bindings["city"].widget, "Busan Metropolitan City")
    assert second.save() is False  # not silently overwritten
    assert ("Ville", "Pusan", "Busan Metropolitan City") in shown[0]
    assert ("Référent", "Claire Vasseur", "(non modifié par vous : leur version est gardée)") in shown[0]
    assert all(label != "Nom" for label, _t, _y in shown[0])  # only the fields that differ
    # kept theirs: the form now shows the saved record
    assert second.bindings["city"].widget.text() == "Pusan" and not second.is_dirty()

    type_into(qtbot, first.bindings["city"].widget, "Busan")
    assert first.save()
    choice["value"] = ConflictDialog.OVERWRITE
    type_into(qtbot, second.bindings["city"].widget, "Ville de Busan")
    assert second.save() is True
    final = services.get("partner", seeded["busan"].id)
    assert final.city == "Ville de Busan" and final.referent == "Claire Vasseur"
    assert second.record.version == final.version

    choice["value"] = ConflictDialog.CANCEL
    type_into(qtbot, first.bindings["city"].widget, "Autre")
    assert first.save() is False
    assert first.bindings["city"].widget.text() == "Autre" and first.is_dirty()  # still editing
    assert services.get("partner", seeded["busan"].id).city == "Ville de Busan"


def test_overwriting_keeps_their_changes_to_fields_you_did_not_touch(qtbot, services, seeded, editor_factory,
                                                                     monkeypatch):
    first = editor_factory("partner", seeded["busan"].id)
    second = editor_factory("partner", seeded["busan"].id)
    type_into(qtbot, first.bindings["referent"].widget, "Claire Vasseur")
    type_into(qtbot, first.bindings["city"].widget, "Pusan")
    assert first.save()
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: ConflictDialog.OVERWRITE)
    type_into(qtbot, second.bindings["city"].widget, "Busan-si")
    assert second.save()
    final = services.get("partner", seeded["busan"].id)
    assert final.city == "Busan-si"  # yours
    assert final.referent == "Claire Vasseur"  # theirs, untouched by you
    assert second.bindings["referent"].widget.text() == "Claire Vasseur" and not second.is_dirty()


def test_deleting_a_record_edited_elsewhere_is_refused(qtbot, services, seeded, editor_factory, answer):
    first = editor_factory("partner", seeded["busan"].id)
    second = editor_factory("partner", seeded["busan"].id)
    type_into(qtbot, first.bindings["city"].widget, "Pusan")
    assert first.save()
    answer("question", QMessageBox.StandardButton.Yes)
    warnings = answer("warning", QMessageBox.StandardButton.Ok)
    assert second.delete() is False
    assert warnings and services.get("partner", seeded["busan"].id).deleted_at is None
    assert second.bindings["city"].widget.text() == "Pusan"


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_opens_unchanged_and_saves_on_the_demo_catalogue(qtbot, demo_catalog, editor_factory, kind):
    from db.services import Services

    services = Services(demo_catalog, actor="test")
    for record in services.list(kind, ListQuery(limit=3)):
        editor = editor_factory(kind, record.id, services)
        assert editor.kind == kind and editor.public_id == record.id
        assert not editor.is_dirty(), f"{kind} {record.id} dirty right after opening"
        before = record.model_dump(exclude={"version", "updated_at", "updated_by"})
        assert editor.save(), editor.banner.text()
        after = services.get(kind, record.id).model_dump(exclude={"version", "updated_at", "updated_by"})
        assert after == before  # saving an untouched form changes nothing
    fresh = editor_factory(kind, None, services)
    assert fresh.public_id is None and not fresh.is_dirty() and not fresh.delete_button.isEnabled()


def test_followup_links_and_status(qtbot, services, seeded, editor_factory):
    from formhelpers import choose_completion

    editor = editor_factory("followup")
    b = editor.bindings
    type_into(qtbot, b["title"].widget, "Relancer Łódź")
    type_into(qtbot, b["due_on"].widget, "juin 2026")
    type_into(qtbot, b["partner"].widget.picker, "lodz")
    choose_completion(qtbot, b["partner"].widget.picker)
    b["status"].widget.set_value("done")
    type_into(qtbot, b["completed_on"].widget, "2026")
    assert not editor.save()
    assert b["completed_on"].error.text().startswith("Date incomplète")
    type_into(qtbot, b["completed_on"].widget, "03/06/2026")
    assert editor.save()
    saved = services.get("followup", editor.public_id)
    assert saved.partner.id == seeded["lodz"].id and saved.status == "done"
    assert b["due_on"].widget.text() == "juin 2026"
    with qtbot.waitSignal(editor.record_requested) as signal:
        qtbot.mouseClick(b["partner"].widget.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["partner", seeded["lodz"].id]


def test_create_editor_rejects_unknown_kinds(services):
    from desktop.views.forms import create_editor

    with pytest.raises(ValueError):
        create_editor("banana", services)


def test_a_record_deleted_meanwhile_opens_as_gone(qtbot, services, seeded, editor_factory):
    services.delete("partner", seeded["busan"].id)
    editor = editor_factory("partner", seeded["busan"].id)
    assert editor.title() == "Busan"
    assert editor.banner.text().startswith("Cette fiche a été supprimée par test le ")
    assert "corbeille" in editor.banner.text()
    assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
    assert not editor.is_dirty()
    unknown = editor_factory("partner", "00000000-0000-4000-8000-000000000000")  # purged: nothing left to name
    assert unknown.title() == "Fiche introuvable" and "n'existe plus" in unknown.banner.text()


def test_read_only_catalogue_shows_but_does_not_save(qtbot, catalog, seeded, editor_factory):
    from db.catalog import open_catalog
    from db.services import Services

    path = catalog.path
    read_only = open_catalog(path, read_only=True)
    try:
        editor = editor_factory("partner", seeded["busan"].id, Services(read_only, actor="test"))
        assert editor.bindings["name"].widget.text() == "Busan"
        assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
        assert "lecture seule" in editor.banner.text()
    finally:
        read_only.close()


def test_a_write_that_races_another_is_treated_as_a_conflict(qtbot, services, seeded, editor_factory, monkeypatch):
    from sqlalchemy.orm.exc import StaleDataError

    editor = editor_factory("partner", seeded["busan"].id)
    monkeypatch.setattr(services, "update", lambda *a, **k: (_ for _ in ()).throw(StaleDataError("raced")))
    shown = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: shown.append(dialog.rows) or ConflictDialog.CANCEL)
    type_into(qtbot, editor.bindings["city"].widget, "Pusan")
    assert editor.save() is False
    assert shown and shown[0][0][0] == "Ville"
    assert editor.bindings["city"].widget.text() == "Pusan"  # nothing typed is lost


def test_a_record_deleted_meanwhile_is_said_so_in_english_too(qtbot, services, seeded, editor_factory, english):
    services.delete("partner", seeded["busan"].id)
    editor = editor_factory("partner", seeded["busan"].id)
    assert editor.banner.text().startswith("This record was deleted by test on ")
    assert "trash" in editor.banner.text()


def test_a_record_a_colleague_merged_into_another_is_shown_as_replaced(qtbot, services, seeded, editor_factory,
                                                                        monkeypatch):
    """Issue 21: a record replaced by a colleague (merged into another) is said so in the open form and
    in the conflict box, naming the record that holds it now, without « Restaurer depuis la corbeille »."""
    from db.schemas import PartnerIn

    twin = services.create("partner", PartnerIn(name="Busan Metropolitan City", country="KR"))
    editor = editor_factory("partner", twin.id)
    type_into(qtbot, editor.bindings["city"].widget, "Busan")
    services.merge("partner", seeded["busan"].id, twin.id)   # a colleague keeps « Busan »
    told = []

    def answer(box):
        told.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Continuer à modifier").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert editor.save() is False
    text, buttons = told[0]
    assert "remplacée" in text and "« Busan »" in text and "test" in text
    assert "Restaurer depuis la corbeille" not in buttons
    reopened = editor_factory("partner", twin.id)
    assert "fusionnée avec « Busan »" in reopened.banner.text()
    assert not reopened.save_button.isEnabled()


def _page_showing(qtbot, services, public_id):
    """The partners page (list and form) showing ``public_id``, as the window has it."""
    from desktop.views.record_page import RecordPage

    page = RecordPage("partner", services)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.list.model.loading, timeout=5000)
    assert page.open_record(public_id) and page.editor_id() == public_id
    return page


def test_a_record_a_colleague_restored_is_said_so_in_the_open_form(qtbot, catalog, services, seeded):
    """Issue 21: a record deleted then restored (from the trash) by a colleague reloaded in an open
    form without a word; deletions and merges were said. The refresh that follows a colleague's
    change now says the restore the same way, naming who and when."""
    from db.services import Services

    busan = seeded["busan"].id
    colleague = Services(catalog, actor="bea")
    page = _page_showing(qtbot, services, busan)
    colleague.delete("partner", busan)
    page.refresh()   # what live refresh does when a colleague's change arrives
    assert "supprimée par bea" in page.editor.banner.text() and not page.editor.save_button.isEnabled()
    colleague.restore("partner", busan)
    page.refresh()
    said = page.editor.banner.text()
    assert said.startswith("Cette fiche a été restaurée depuis la corbeille par bea le ") and page.editor.banner.isVisible()
    assert page.editor.save_button.isEnabled() and page.editor.bindings["name"].widget.text() == "Busan"

    page.refresh()   # nothing new since: the sentence is not said again at every refresh
    assert page.editor.banner.text() == ""


def test_a_record_deleted_and_restored_between_two_refreshes_is_said_restored(qtbot, catalog, services, seeded):
    """The form never showed it gone (both changes came before one refresh): still said."""
    from db.schemas import PartnerIn
    from db.services import Services

    busan = seeded["busan"].id
    colleague = Services(catalog, actor="bea")
    page = _page_showing(qtbot, services, busan)
    colleague.delete("partner", busan)
    colleague.restore("partner", busan)
    page.refresh()
    assert page.editor.banner.text().startswith("Cette fiche a été restaurée depuis la corbeille par bea le ")
    colleague.update("partner", busan, PartnerIn(name="Busan", country="KR", city="Busan"),
                     expected_version=colleague.get("partner", busan).version)
    page.refresh()   # an edit after the restore: nothing about the restore any more
    assert page.editor.banner.text() == "" and page.editor.bindings["city"].widget.text() == "Busan"

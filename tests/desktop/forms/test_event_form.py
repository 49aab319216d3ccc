"""Event form: sessions added, reordered and removed, people picked, minutes kept as typed."""

from __future__ import annotations

from formhelpers import choose_completion, type_into
from PySide6.QtCore import Qt

MINUTES = "Première idée : mutualiser.\n\n  - point indenté\nFin <i>sans</i> mise en forme."


def test_sessions_are_edited_reordered_and_saved(qtbot, services, seeded, editor_factory):
    editor = editor_factory("event")
    type_into(qtbot, editor.bindings["title"].widget, "Rencontres de Cannes")
    type_into(qtbot, editor.bindings["starts_on"].widget, "mars 2025")
    sessions = editor.sessions_edit
    w = sessions.widgets

    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, w["title"], "Atelier cinéma")
    w["kind"].set_value("workshop")
    type_into(qtbot, w["moderator"].picker, "park")
    choose_completion(qtbot, w["moderator"].picker)
    type_into(qtbot, w["minutes"], MINUTES, clear=False)
    type_into(qtbot, w["attendance"], "42")

    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    assert w["title"].text() == "" and w["minutes"].toPlainText() == ""
    type_into(qtbot, w["title"], "Plénière d'ouverture")
    type_into(qtbot, w["start_time"], "9h30")
    type_into(qtbot, w["speakers"].picker, "ji-woo")
    choose_completion(qtbot, w["speakers"].picker)

    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, w["title"], "À supprimer")
    qtbot.mouseClick(sessions.remove_button, Qt.MouseButton.LeftButton)

    sessions.list.setCurrentRow(1)
    qtbot.mouseClick(sessions.up_button, Qt.MouseButton.LeftButton)
    assert [sessions.list.item(i).text() for i in range(sessions.list.count())] == ["Plénière d'ouverture", "Atelier cinéma"]

    assert editor.save()
    saved = services.get("event", editor.public_id).sessions
    assert [s.title for s in saved] == ["Plénière d'ouverture", "Atelier cinéma"]
    assert saved[0].start_time == "09:30" and [p.id for p in saved[0].speakers] == [seeded["park"].id]
    assert saved[1].moderator.id == seeded["park"].id and saved[1].kind == "workshop"
    assert saved[1].minutes == MINUTES and saved[1].attendance == 42

    # reopened, the minutes are shown exactly as typed and the people link to their records
    again = editor_factory("event", editor.public_id)
    again.sessions_edit.list.setCurrentRow(1)
    assert again.sessions_edit.widgets["minutes"].toPlainText() == MINUTES
    with qtbot.waitSignal(again.record_requested) as signal:
        qtbot.mouseClick(again.sessions_edit.widgets["moderator"].open_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["contact", seeded["park"].id]
    assert not again.is_dirty()

    # editing one session keeps the others' identity (same public ids)
    type_into(qtbot, again.sessions_edit.widgets["title"], "Atelier cinéma et audiovisuel")
    assert again.save()
    after = services.get("event", editor.public_id).sessions
    assert [s.id for s in after] == [s.id for s in saved]
    assert after[1].title == "Atelier cinéma et audiovisuel"


def test_session_errors_point_at_the_session_and_field(qtbot, services, editor_factory):
    editor = editor_factory("event")
    type_into(qtbot, editor.bindings["title"].widget, "Colloque")
    sessions = editor.sessions_edit
    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, sessions.widgets["title"], "Ouverture")
    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, sessions.widgets["start_time"], "25h99")
    sessions.list.setCurrentRow(0)

    assert not editor.save()
    assert sessions.list.currentRow() == 1  # the faulty session is shown
    assert sessions.field_errors["title"].text() == "Valeur obligatoire"
    assert sessions.field_errors["start_time"].text().startswith("Heure invalide : « 25h99 »")
    assert "Séance 2 : Valeur obligatoire" in editor.bindings["sessions"].error.text()
    assert services.count("event") == 0


def test_the_attendance_list_is_typed_one_person_per_line(qtbot, services, seeded, editor_factory):
    from db.schemas import EventIn

    event = services.create("event", EventIn(title="Semaine coréenne", participants=[
        {"name": "Ji-woo Park", "contact": seeded["park"].id}]))
    editor = editor_factory("event", event.id)
    box = editor.participants_edit
    assert box.toPlainText() == "Ji-woo Park — Ville de Busan"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Marie Dupont - Mairie de Cannes")
    assert editor.is_dirty()
    assert editor.save()
    saved = services.get("event", event.id)
    assert [(p.name, p.organisation) for p in saved.participants] == [
        ("Ji-woo Park", "Ville de Busan"), ("Marie Dupont", "Mairie de Cannes")]
    assert saved.participants[0].contact.id == seeded["park"].id  # the link to the contact is kept

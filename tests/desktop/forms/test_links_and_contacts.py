"""Linking records: a contact and an agreement linked from the partner form; the contact form."""

from __future__ import annotations

from formhelpers import choose_completion, type_into
from PySide6.QtCore import Qt


def test_link_a_contact_and_an_agreement_from_the_partner_form(qtbot, services, seeded, editor_factory):
    lodz = seeded["lodz"]
    editor = editor_factory("partner", lodz.id)
    assert editor.contacts.list.entry_ids() == [] and editor.agreements.list.entry_ids() == []

    type_into(qtbot, editor.contacts.picker, "park")
    choose_completion(qtbot, editor.contacts.picker)
    qtbot.mouseClick(editor.contacts.link_button, Qt.MouseButton.LeftButton)

    type_into(qtbot, editor.agreements.picker, "protocole cannes")
    choose_completion(qtbot, editor.agreements.picker)
    qtbot.keyClick(editor.agreements.picker, Qt.Key.Key_Return)

    assert [p.id for p in services.get("contact", seeded["park"].id).partners] == [lodz.id]
    assert {p.id for p in services.get("agreement", seeded["mou"].id).partners} == {lodz.id, seeded["busan"].id}
    assert editor.contacts.list.entry_ids() == [seeded["park"].id]
    assert editor.agreements.list.entry_ids() == [seeded["mou"].id]
    assert not editor.is_dirty()  # linking saved the other records, not this form

    # one click on a linked record asks the window to open it
    with qtbot.waitSignal(editor.record_requested) as signal:
        item = editor.contacts.list.item(0)
        rect = editor.contacts.list.visualItemRect(item)
        qtbot.mouseClick(editor.contacts.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["contact", seeded["park"].id]


def test_partner_form_shows_everything_linked(qtbot, demo_catalog, editor_factory):
    from db.services import ListQuery, Services

    services = Services(demo_catalog, actor="test")
    busan = services.list("partner", ListQuery(search="Busan"))[0]
    editor = editor_factory("partner", busan.id, services)
    texts = lambda panel: [panel.list.item(i).text() for i in range(panel.list.count())]  # noqa: E731
    assert any("Busan dans le domaine du cinéma" in t for t in texts(editor.agreements))
    assert texts(editor.contacts) == ["Ji-woo Park — Directrice des relations internationales"]
    assert any("Culture et action internationale" in t for t in texts(editor.events))
    assert len(texts(editor.followups)) == 2
    assert not any("Accueillir" in t for t in texts(editor.followups))  # done: not an open follow-up
    assert any("Réunion" in t for t in texts(editor.interactions))


def test_contact_form_partners_phones_and_errors(qtbot, services, seeded, editor_factory):
    editor = editor_factory("contact")
    b = editor.bindings
    type_into(qtbot, b["first_name"].widget, "Agnieszka")
    type_into(qtbot, b["last_name"].widget, "Nowak")
    type_into(qtbot, b["partners"].widget.picker, "FILM school")
    choose_completion(qtbot, b["partners"].widget.picker)
    type_into(qtbot, b["emails"].widget, "a.nowak@example.org; pas une adresse")
    qtbot.mouseClick(b["phones"].widget.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, b["phones"].widget.rows[0][2], "12")
    type_into(qtbot, b["languages"].widget, "polo")
    choose_completion(qtbot, b["languages"].widget)
    type_into(qtbot, b["languages"].widget, "fran", clear=False)
    choose_completion(qtbot, b["languages"].widget)

    assert not editor.save()
    assert b["emails"].error.text() == "Adresse électronique invalide : « pas une adresse »"
    assert b["phones"].error.text() == "Numéro de téléphone invalide : « 12 »"
    assert services.count("contact") == 1

    type_into(qtbot, b["emails"].widget, "a.nowak@example.org")
    type_into(qtbot, b["phones"].widget.rows[0][2], "04 93 06 40 00")
    assert editor.save()
    saved = services.get("contact", editor.public_id)
    assert [p.id for p in saved.partners] == [seeded["lodz"].id]
    assert saved.emails == ["a.nowak@example.org"]
    assert [p.number for p in saved.phones] == ["+33493064000"]
    assert saved.languages == ["polonais", "français"]
    assert b["phones"].widget.rows[0][2].text() == "04 93 06 40 00"


def test_contact_without_a_name_is_refused(qtbot, services, editor_factory):
    editor = editor_factory("contact")
    type_into(qtbot, editor.bindings["organisation"].widget, "Ville de Busan")
    assert not editor.save()
    assert editor.bindings["last_name"].error.text() == "Valeur obligatoire"


def test_interaction_dialog_records_an_exchange(qtbot, services, seeded):
    from db.services.lookups import interactions_of
    from desktop.views.forms.interaction_dialog import InteractionDialog

    dialog = InteractionDialog(services, partner=seeded["busan"].id, contact=seeded["park"].id)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.date, "mai 2024")
    assert not dialog.save()
    assert dialog.errors["occurred_on"].text().startswith("Date incomplète")
    type_into(qtbot, dialog.date, "14/05/2024")
    type_into(qtbot, dialog.note, "Appel de suivi\nà relancer", clear=False)
    assert dialog.save()
    found = interactions_of(services.catalog, "contact", seeded["park"].id)
    assert [(i.occurred_on.isoformat(), i.note) for i in found] == [("2024-05-14", "Appel de suivi\nà relancer")]


def test_contact_duplicate_is_found_whatever_the_name_order(qtbot, services, seeded, editor_factory, answer):
    from PySide6.QtWidgets import QMessageBox

    calls = answer("question", QMessageBox.StandardButton.Open)
    editor = editor_factory("contact")
    type_into(qtbot, editor.bindings["first_name"].widget, "PARK")
    type_into(qtbot, editor.bindings["last_name"].widget, "Ji-Woo")
    with qtbot.waitSignal(editor.record_requested) as signal:
        assert not editor.save()
    assert calls and signal.args == ["contact", seeded["park"].id]
    assert services.count("contact") == 1


def test_new_interaction_from_the_partner_form(qtbot, services, seeded, editor_factory, monkeypatch):
    from desktop.views.forms.interaction_dialog import InteractionDialog

    def fill_and_save(dialog):
        dialog.kind.set_value("visit")
        type_into(qtbot, dialog.date, "14/05/2024")
        type_into(qtbot, dialog.people, "Claire Vasseur")
        return dialog.save()

    monkeypatch.setattr(InteractionDialog, "exec", fill_and_save)
    editor = editor_factory("partner", seeded["busan"].id)
    qtbot.mouseClick(editor.new_interaction_button, Qt.MouseButton.LeftButton)
    texts = [editor.interactions.list.item(i).text() for i in range(editor.interactions.list.count())]
    assert texts == ["14/05/2024 · Visite · Busan"]


def test_delete_an_interaction_from_the_contact_form(qtbot, services, seeded, editor_factory, answer):
    from PySide6.QtWidgets import QMessageBox

    from db.schemas import InteractionIn
    from db.services.lookups import interactions_of

    park = seeded["park"].id
    services.create("interaction", InteractionIn(kind="call", occurred_on="2024-05-14", contact=park, note="Appel"))
    editor = editor_factory("contact", park)
    panel = editor.interactions
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["14/05/2024 · Appel · Ji-woo Park — Appel"]
    panel.list.setCurrentRow(0)
    answer("question", QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(interactions_of(services.catalog, "contact", park)) == 1  # not confirmed: kept
    answer("question", QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert interactions_of(services.catalog, "contact", park) == []
    assert panel.list.entry_ids() == [] and not panel.delete_button.isEnabled()
    assert services.undo_last()["kind"] == "interaction"  # Ctrl+Z in the window
    assert len(interactions_of(services.catalog, "contact", park)) == 1

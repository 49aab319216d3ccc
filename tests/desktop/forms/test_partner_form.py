"""Creating and validating a partner through the real form widgets."""

from __future__ import annotations

from formhelpers import choose_completion, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.partial_date import PartialDate


def test_create_partner_through_the_form(qtbot, services, editor_factory):
    editor = editor_factory("partner")
    assert not editor.is_dirty()
    b = editor.bindings
    type_into(qtbot, b["name"].widget, "Ville de Łódź")
    type_into(qtbot, b["country"].widget, "pologne")
    choose_completion(qtbot, b["country"].widget)
    type_into(qtbot, b["partner_since"].widget, "mai 2019")
    type_into(qtbot, b["email"].widget, "Contact@Lodz.Example.org")
    type_into(qtbot, b["domains"].widget, "cinema")
    choose_completion(qtbot, b["domains"].widget)
    type_into(qtbot, b["description"].widget, "Première ligne", clear=False)
    qtbot.keyClick(b["description"].widget, Qt.Key.Key_Return)
    type_into(qtbot, b["description"].widget, "  seconde <b>ligne</b>", clear=False)
    assert editor.is_dirty()

    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    kind, public_id = signal.args
    assert kind == "partner" and public_id == editor.public_id
    saved = services.get("partner", public_id)
    assert saved.name == "Ville de Łódź"
    assert saved.country == "PL"
    assert saved.partner_since == PartialDate(2019, 5)
    assert saved.email == "contact@lodz.example.org"
    assert saved.domains == ["Cinéma et audiovisuel"]
    assert saved.description == "Première ligne\n  seconde <b>ligne</b>"
    # shown as written, with its precision; the form is clean again
    assert b["partner_since"].widget.text() == "mai 2019"
    assert b["country"].widget.text() == "Pologne"
    assert editor.title_label.text() == "Ville de Łódź"
    assert not editor.is_dirty()


def test_bad_email_and_bad_date_are_shown_next_to_the_fields_and_nothing_is_saved(qtbot, services, editor_factory):
    editor = editor_factory("partner")
    b = editor.bindings
    type_into(qtbot, b["name"].widget, "Sanya")
    type_into(qtbot, b["email"].widget, "pas-une-adresse")
    type_into(qtbot, b["partner_since"].widget, "31/02/2019")
    type_into(qtbot, b["country"].widget, "Atlantide")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert b["email"].error.isVisible()
    assert b["email"].error.text() == "Adresse électronique invalide : « pas-une-adresse »"
    assert b["partner_since"].error.text().startswith("Date invalide : « 31/02/2019 »")
    assert b["country"].error.text() == "Pays inconnu : « Atlantide »"
    assert not b["name"].error.isVisible()
    assert services.count("partner") == 0
    assert editor.public_id is None and editor.is_dirty()

    # correcting the fields clears the messages and saves
    type_into(qtbot, b["email"].widget, "contact@sanya.example.org")
    type_into(qtbot, b["partner_since"].widget, "2019")
    type_into(qtbot, b["country"].widget, "Chine")
    assert editor.save()
    assert not b["email"].error.isVisible() and not b["partner_since"].error.isVisible()
    assert services.get("partner", editor.public_id).partner_since == PartialDate(2019)


def test_missing_name_is_required(qtbot, services, editor_factory):
    editor = editor_factory("partner")
    assert editor.save() is False
    assert editor.bindings["name"].error.text() == "Valeur obligatoire"
    assert services.count("partner") == 0


def test_duplicate_name_warns_and_offers_the_existing_record(qtbot, services, seeded, editor_factory, answer):
    calls = answer("question", QMessageBox.StandardButton.Open)
    editor = editor_factory("partner")
    type_into(qtbot, editor.bindings["name"].widget, "LODZ film-school")
    with qtbot.waitSignal(editor.record_requested) as signal:
        assert editor.save() is False
    assert signal.args == ["partner", seeded["lodz"].id]
    assert "Łódź" not in calls[0][1][2] and "LODZ film-school" in calls[0][1][2]
    assert services.count("partner") == 2

    answer("question", QMessageBox.StandardButton.Ignore)  # create anyway
    assert editor.save() is True
    assert services.count("partner") == 3


def test_same_name_in_another_country_is_no_duplicate(qtbot, services, seeded, editor_factory, answer):
    """Busan in South Korea exists; a Busan typed with another country is another partner: no
    warning (the identity rules of the import); with the same country, the warning."""
    calls = answer("question", QMessageBox.StandardButton.Cancel)
    editor = editor_factory("partner")
    type_into(qtbot, editor.bindings["name"].widget, "BUSAN")
    type_into(qtbot, editor.bindings["country"].widget, "Japon")
    choose_completion(qtbot, editor.bindings["country"].widget)
    assert editor.save() is True and calls == []
    editor = editor_factory("partner")
    type_into(qtbot, editor.bindings["name"].widget, "Busan")
    type_into(qtbot, editor.bindings["country"].widget, "Corée du Sud")
    choose_completion(qtbot, editor.bindings["country"].widget)
    assert editor.save() is False and len(calls) == 1


def test_user_text_is_plain_text(qtbot, services, editor_factory):
    from db.schemas import PartnerIn

    p = services.create("partner", PartnerIn(name="<b>Gras</b> & <i>co</i>"))
    editor = editor_factory("partner", p.id)
    assert editor.title_label.textFormat() == Qt.TextFormat.PlainText
    assert editor.title_label.text() == "<b>Gras</b> & <i>co</i>"


def test_one_status_and_no_separate_active_box(qtbot, services, editor_factory):
    """« Statut : Actif » and an « Actif » box said the same thing twice: the status alone remains."""
    from PySide6.QtWidgets import QCheckBox

    editor = editor_factory("partner")
    assert "active" not in editor.bindings and "status" in editor.bindings
    assert not [box for box in editor.findChildren(QCheckBox) if "actif" in box.text().lower()]
    type_into(qtbot, editor.bindings["name"].widget, "Rotterdam")
    editor.bindings["status"].widget.set_value("dormant")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = services.get("partner", editor.public_id)
    assert saved.status == "dormant" and saved.active is False  # the list's « Actifs seulement » follows the status

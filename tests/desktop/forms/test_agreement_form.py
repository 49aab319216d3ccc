"""Agreement form: partners picked accent-insensitively, dates with precision, attached documents."""

from __future__ import annotations

from pathlib import Path

from formhelpers import choose_completion, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.partial_date import PartialDate
from db.services import documents as docs


def test_create_agreement_linked_to_partners_picked_without_accents(qtbot, services, seeded, editor_factory):
    editor = editor_factory("agreement")
    b = editor.bindings
    type_into(qtbot, b["title"].widget, "Convention d'échanges pédagogiques")
    partners = b["partners"].widget
    type_into(qtbot, partners.picker, "lodz")
    assert [label for _key, label in partners.picker.matches()] == ["Łódź Film School"]
    choose_completion(qtbot, partners.picker)
    type_into(qtbot, partners.picker, "BUS")
    choose_completion(qtbot, partners.picker)
    assert partners.labels() == ["Łódź Film School", "Busan"]
    type_into(qtbot, b["signed_on"].widget, "mai 2019")
    type_into(qtbot, b["ends_on"].widget, "22/05/2023")
    type_into(qtbot, b["budget"].widget, "25 000,50 €")
    type_into(qtbot, b["cofinancing_rate"].widget, "30 %")
    b["renewal"].widget.set_value("tacit")
    type_into(qtbot, b["notice_months"].widget, "3")

    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    saved = services.get("agreement", editor.public_id)
    assert [p.id for p in saved.partners] == [seeded["lodz"].id, seeded["busan"].id]
    assert saved.signed_on == PartialDate(2019, 5) and saved.ends_on == PartialDate(2023, 5, 22)
    assert str(saved.budget) == "25000.50" and saved.cofinancing_rate == 0.3
    assert saved.renewal == "tacit" and saved.notice_months == 3
    assert b["signed_on"].widget.text() == "mai 2019"
    assert b["budget"].widget.text() == "25\u202f000,50" and b["cofinancing_rate"].widget.text() == "30 %"
    assert not editor.is_dirty()
    # one click away: activating a linked partner asks to open it
    with qtbot.waitSignal(editor.record_requested) as signal:
        partners.list.itemActivated.emit(partners.list.item(0))
    assert signal.args == ["partner", seeded["lodz"].id]


def test_end_before_start_and_unknown_partner_are_reported(qtbot, services, editor_factory):
    editor = editor_factory("agreement")
    b = editor.bindings
    type_into(qtbot, b["title"].widget, "Accord")
    type_into(qtbot, b["starts_on"].widget, "2024")
    type_into(qtbot, b["ends_on"].widget, "2023")
    assert not editor.save()
    assert b["ends_on"].error.text() == "La date de fin précède la date de début"

    type_into(qtbot, b["ends_on"].widget, "2026")
    type_into(qtbot, b["partners"].widget.picker, "Nulle part")
    assert not editor.save()  # typed but unknown: the service's LinkError lands next to the field
    assert b["partners"].error.text() == "Fiche liée introuvable : « Nulle part »"
    assert services.count("agreement") == 0


def test_attach_open_and_warn_for_executables(qtbot, services, seeded, editor_factory, monkeypatch, tmp_path, answer):
    signed = tmp_path / "Protocole signé.pdf"
    signed.write_bytes(b"%PDF-1.7 signed copy")
    tool = tmp_path / "outil.exe"
    tool.write_bytes(b"MZ")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))

    editor = editor_factory("agreement", seeded["mou"].id)
    panel = editor.documents
    for source in (signed, tool):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, s=source, **k: (str(s), "")))
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    rows = docs.list_documents(services.catalog, seeded["mou"].id)
    assert [d.name for d in rows] == ["Protocole signé.pdf", "outil.exe"]
    stored = services.catalog.documents_dir / rows[0].stored_name
    assert stored.read_bytes() == signed.read_bytes() and stored.name != signed.name
    assert panel.list.count() == 2 and panel.list.item(0).text().startswith("Protocole signé.pdf")

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(stored)]

    warnings = answer("warning", QMessageBox.StandardButton.Cancel)
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "outil.exe" in warnings[0][1][2]
    assert len(opened) == 1  # refused: not opened

    answer("warning", QMessageBox.StandardButton.Open)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[-1]).name == rows[1].stored_name

    answer("question", QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in docs.list_documents(services.catalog, seeded["mou"].id)] == ["Protocole signé.pdf"]
    # documents do not make the open form stale
    type_into(qtbot, editor.bindings["signed_at"].widget, "Cannes")
    assert editor.save()


def test_a_new_agreement_cannot_take_documents_before_it_is_saved(qtbot, editor_factory):
    editor = editor_factory("agreement")
    assert not editor.documents.isEnabled()
    assert editor.documents.attach(__file__) is False


def test_amounts_follow_the_interface_language(qtbot, services, seeded, editor_factory, qapp):
    qapp.setProperty("language", "en")
    try:
        editor = editor_factory("agreement")
        b = editor.bindings
        type_into(qtbot, b["title"].widget, "Grant")
        type_into(qtbot, b["budget"].widget, "1,200")  # thousands, as an English user writes them
        type_into(qtbot, b["cofinancing_rate"].widget, "30%")
        with qtbot.waitSignal(editor.saved):
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        saved = services.get("agreement", editor.public_id)
        assert str(saved.budget) == "1200.00" and saved.cofinancing_rate == 0.3
        assert b["budget"].widget.text() == "1,200.00" and b["cofinancing_rate"].widget.text() == "30%"
    finally:
        qapp.setProperty("language", None)


def test_a_notice_typed_in_words_is_understood(qtbot, services, seeded, editor_factory):
    editor = editor_factory("agreement", seeded["mou"].id)
    b = editor.bindings
    b["renewal"].widget.set_value("tacit")
    b["notice_months"].widget.clear()
    type_into(qtbot, b["notice_months"].widget, "trois mois")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert services.get("agreement", seeded["mou"].id).notice_months == 3

"""Field widgets: accent-insensitive completion, partial dates, phone and extra-attribute lists."""

from __future__ import annotations

import datetime as dt

from formhelpers import choose_completion, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from db.partial_date import PartialDate
from desktop.widgets.completion import CompletingLineEdit, FoldingFilterModel, item_model
from desktop.widgets.extra_edit import ExtraEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.phone_list_edit import PhoneListEdit, pretty_phone
from desktop.widgets.pickers import CountryPicker


def test_folding_filter_model_is_a_sound_model(qtmodeltester):
    proxy = FoldingFilterModel()
    proxy.setSourceModel(item_model([("1", "Łódź Film School"), ("2", "Hội An"), ("3", "Busan")], proxy))
    proxy.set_query("LODZ")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_query("hoi an")
    assert proxy.index(0, 0).data() == "Hội An"
    proxy.set_query("")
    assert proxy.rowCount() == 3


def test_country_picker_completes_without_accents_and_gives_the_code(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.show()
    type_into(qtbot, picker, "coree")
    labels = [label for _code, label in picker.matches()]
    assert "Corée du Sud" in labels and "Corée du Nord" in labels and len(labels) == 2
    choose_completion(qtbot, picker, labels.index("Corée du Sud"))
    assert picker.text() == "Corée du Sud" and picker.value() == "KR"
    type_into(qtbot, picker, "Japon")  # typed by hand: the schema resolves the name
    assert picker.value() == "Japon"
    picker.set_value("CI")
    assert picker.text().startswith("Côte d") and picker.value() == "CI"


def test_tag_edit_completes_the_last_entry_only(qtbot):
    from desktop.widgets.list_edit import TagEdit

    tags = TagEdit(items=[(n, n) for n in ("Éducation et jeunesse", "Patrimoine", "Cinéma et audiovisuel")])
    qtbot.addWidget(tags)
    tags.show()
    type_into(qtbot, tags, "patri")
    choose_completion(qtbot, tags)
    type_into(qtbot, tags, "EDUC", clear=False)
    assert [label for _k, label in tags.matches()] == ["Éducation et jeunesse"]
    choose_completion(qtbot, tags)
    assert tags.value() == ["Patrimoine", "Éducation et jeunesse"]


def test_partial_date_edit_shows_dates_as_written(qtbot):
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    for value, shown in ((PartialDate(2019), "2019"), (PartialDate(2019, 5), "mai 2019"),
                         (PartialDate(2023, 5, 22), "22/05/2023"), (dt.date(2024, 3, 14), "14/03/2024"), (None, "")):
        edit.set_value(value)
        assert edit.text() == shown
    type_into(qtbot, edit, "  ")
    assert edit.value() is None


def test_phone_list_add_and_remove_rows(qtbot):
    phones = PhoneListEdit()
    qtbot.addWidget(phones)
    phones.set_values([{"kind": "mobile", "number": "+33639981234"}, {"kind": "phone", "number": "+82515550142"}])
    assert [edit.text() for _r, _c, edit in phones.rows] == ["06 39 98 12 34", "+82 51-555-0142"]
    qtbot.mouseClick(phones.rows[0][0].findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert phones.value() == [{"kind": "phone", "number": "+82 51-555-0142"}]
    assert pretty_phone("+33493064000") == "04 93 06 40 00"


def test_extra_attributes_round_trip_through_the_partner_form(qtbot, services, editor_factory):
    from db.schemas import PartnerIn

    p = services.create("partner", PartnerIn(name="Sanya", extra={"Population": "1 000 000", "Jumelée depuis": "2019"}))
    editor = editor_factory("partner", p.id)
    extra = editor.extra_edit
    assert extra.value() == {"Population": "1 000 000", "Jumelée depuis": "2019"}
    qtbot.mouseClick(extra.add_button, Qt.MouseButton.LeftButton)
    extra.table.item(2, 0).setText("Langue")
    extra.table.item(2, 1).setText("mandarin")
    assert editor.is_dirty()
    assert editor.save()
    assert services.get("partner", p.id).extra == {"Population": "1 000 000", "Jumelée depuis": "2019", "Langue": "mandarin"}


def test_completing_line_edit_with_a_provider_queries_as_you_type(qtbot):
    asked: list[str] = []

    def provider(text):
        asked.append(text)
        return [("id-1", "Université de Łódź")] if "lo" in text else []

    edit = CompletingLineEdit(provider=provider)
    qtbot.addWidget(edit)
    edit.show()
    with qtbot.waitSignal(edit.picked) as signal:
        type_into(qtbot, edit, "lod")
        choose_completion(qtbot, edit)
    assert signal.args == ["id-1", "Université de Łódź"]
    assert asked[-1] == "lod"


def test_extra_edit_ignores_blank_names(qtbot):
    extra = ExtraEdit()
    qtbot.addWidget(extra)
    extra.add_row("", "orphan value")
    extra.add_row(" Clé ", " valeur ")
    assert extra.value() == {"Clé": "valeur"}


def test_english_when_the_application_says_so(qtbot, services, qapp):
    from db.schemas import PartnerIn
    from desktop.views.forms import create_editor

    p = services.create("partner", PartnerIn(name="Łódź", kind="city", country="PL", partner_since="mai 2019"))
    qapp.setProperty("language", "en")
    try:
        editor = create_editor("partner", services, p.id)
        qtbot.addWidget(editor)
        assert editor.bindings["partner_since"].widget.text() == "May 2019"
        assert editor.bindings["country"].widget.text() == "Poland"
        assert editor.bindings["kind"].widget.currentText() == "City / local authority"
        type_into(qtbot, editor.bindings["email"].widget, "nope")
        assert not editor.save()
        assert editor.bindings["email"].error.text() == "Invalid e-mail address: “nope”"
    finally:
        qapp.setProperty("language", None)


def test_forms_stack_their_columns_in_a_narrow_panel(qtbot, services, editor_factory):
    editor = editor_factory("partner")
    assert editor.grid.getItemPosition(editor.grid.indexOf(editor.columns[1]))[:2] == (0, 1)
    editor.resize(520, 800)
    qtbot.waitUntil(lambda: editor._narrow is True)
    assert editor.grid.getItemPosition(editor.grid.indexOf(editor.columns[1]))[:2] == (1, 0)
    editor.resize(1200, 800)
    qtbot.waitUntil(lambda: editor._narrow is False)

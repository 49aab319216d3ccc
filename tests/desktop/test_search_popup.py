"""Search everywhere: grouped results as you type, with or without accents; Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.search_popup import SearchPopup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def popup(qtbot, demo_catalog):
    from db.services import Services

    widget = SearchPopup(Services(demo_catalog))
    qtbot.addWidget(widget)
    widget.popup()
    return widget


def titles(popup):
    return [title for _kind, _id, title in popup.results()]


def test_results_as_you_type_grouped_by_kind(qtbot, popup, qtmodeltester):
    qtbot.keyClicks(popup.box, "busan")
    qtbot.waitUntil(lambda: bool(popup.results()), timeout=3000)
    kinds = {kind for kind, _id, _title in popup.results()}
    assert {"partner", "agreement", "followup"} <= kinds
    groups = [popup.model.item(r, 0).text() for r in range(popup.model.rowCount()) if not popup.model.item(r, 0).data(
        Qt.ItemDataRole.UserRole + 2)]
    assert groups[0].startswith("Partenaires (")
    qtmodeltester.check(popup.model, force_py=True)


@pytest.mark.parametrize("typed, expected", [("lodz", "Łódź Film School"), ("Łódź", "Łódź Film School"),
                                             ("grand bassam", "Grand-Bassam"),
                                             ("COLLOQUE toulouse", "Culture et action internationale")])
def test_accents_and_case_do_not_matter(popup, typed, expected):
    popup.box.setText(typed)
    assert popup.run_search() >= 1
    assert any(t.startswith(expected) for t in titles(popup)), titles(popup)


def test_same_results_with_and_without_accents(popup):
    popup.box.setText("Corée")
    with_accents = popup.results() if popup.run_search() else []
    popup.box.setText("coree")
    popup.run_search()
    assert with_accents and popup.results() == with_accents


def test_enter_opens_the_selected_record(qtbot, popup):
    popup.box.setText("shizuoka")
    popup.run_search()
    qtbot.keyClick(popup.box, Qt.Key.Key_Down)
    kind, public_id, _title = popup.results()[1]
    with qtbot.waitSignal(popup.record_requested) as blocker:
        qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert blocker.args == [kind, public_id]
    assert not popup.isVisible()


def test_nothing_found_says_so(popup):
    popup.box.setText("zzzzqqq")
    assert popup.run_search() == 0
    assert popup.status.text() == "Aucun résultat."


def test_an_exchange_is_found_and_opens_its_partner(qtbot, popup, demo_catalog):
    from db.services import Services

    exchange = next(i for i in Services(demo_catalog).list("interaction") if i.note and i.partner)
    word = max(exchange.note.split(), key=len).strip(".,;:!?«»")
    popup.box.setText(word)
    popup.run_search()
    groups = [popup.model.item(r, 0).text() for r in range(popup.model.rowCount())]
    assert any(g.startswith("Échanges (") for g in groups), groups
    assert ("partner", exchange.partner.id) in [(kind, id_) for kind, id_, _title in popup.results()]
    exchanges = groups[next(i for i, g in enumerate(groups) if g.startswith("Échanges (")) + 1:]
    assert exchange.partner.name in exchanges[0] or any(exchange.partner.name in g for g in exchanges)

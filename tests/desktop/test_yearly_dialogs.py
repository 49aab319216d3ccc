"""The Tools menu's yearly dialogs on the demonstration catalogue: APD trace, Atlas team, annual report,
partners' map with its filters and a manual pin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def demo_services(demo_catalog):
    from db.services import Services

    return Services(demo_catalog, actor="test")


def test_apd_dialog_traces_the_chosen_amount(qtbot, demo_services):
    from desktop.views.apd_dialog import ApdDialog

    dialog = ApdDialog(demo_services, year=2025)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Côte d’Ivoire", "Chine", "Total"]
    dialog.table.setCurrentCell(0, 1)   # Côte d'Ivoire × cooperation
    assert dialog.trace.rowCount() == 1 and dialog.trace.item(0, 5).text() == "Numérisation des archives"
    assert dialog.left.rowCount() == 1 and "Hors APD" in dialog.left.item(0, 4).text()
    dialog.year.setValue(2019)
    assert "à zéro" in dialog.summary.text() and dialog.table.rowCount() == 0


def test_atlas_dialog_edits_the_team(qtbot, demo_services):
    from db.services import atlas_team
    from desktop.views.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(demo_services)
    qtbot.addWidget(dialog)
    assert dialog.team.rowCount() == 3 and dialog.projects.rowCount() == 6
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    for column, text in enumerate(("Léa", "Roux", "Conseillère municipale", "lea.roux@example.fr")):
        dialog.team.item(3, column).setText(text)
    dialog.team.item(3, 4).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_services.catalog.uow() as uow:
        people = atlas_team.team(uow.session)
    assert people[-1] == atlas_team.TeamMember("Léa", "Roux", "Conseillère municipale", "lea.roux@example.fr", True)


def test_annual_dialog_and_its_word_document(qtbot, demo_services, tmp_path, monkeypatch):
    import docx
    from PySide6.QtWidgets import QFileDialog

    from desktop.views.annual_dialog import AnnualDialog

    dialog = AnnualDialog(demo_services, year=2025)
    qtbot.addWidget(dialog)
    assert "Accords arrivés à terme : 1" in dialog.figures.text()
    target = tmp_path / "bilan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert dialog.save_docx() == str(target) + ".docx"
    assert docx.Document(str(target) + ".docx").paragraphs[1].text == "Bilan de l'action internationale 2025"


def test_map_dialog_filters_and_pins_by_hand(qtbot, demo_services, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from db.schemas import PartnerIn
    from desktop.views.map_view import MapDialog

    nowhere = demo_services.create("partner", PartnerIn(name="Ville inconnue", kind="city", city="Xyzzy"))
    dialog = MapDialog(demo_services)
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "14 partenaire(s) sur la carte"
    assert [dialog.unlocated.item(i).text() for i in range(dialog.unlocated.count())] == ["Ville inconnue"]
    dialog.domain.setCurrentIndex(dialog.domain.findData("Patrimoine"))
    assert sorted(p.name for p in dialog.map.pins) == ["Grand-Bassam", "Hội An"]
    dialog.domain.setCurrentIndex(0)
    dialog.year.setValue(2024)
    assert "EIAD Dakar" in {p.name for p in dialog.map.pins} and "Hội An" not in {p.name for p in dialog.map.pins}
    dialog.year.setValue(dialog.year.minimum())
    dialog.unlocated.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("-21,1; 55,5", True)))
    with qtbot.waitSignal(dialog.partner_changed):
        qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    assert demo_services.get("partner", nowhere.id).extra["Coordonnées"] == "-21.1000, 55.5000"
    assert dialog.unlocated.count() == 0 and dialog.count.text() == "15 partenaire(s) sur la carte"
    image = dialog.map.grab()
    assert not image.isNull() and image.width() >= 480

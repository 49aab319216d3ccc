"""Table models over paged SQL: qtmodeltester, formatting, sorting and filtering in the database."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtCore import Qt

from db.schemas import PartnerIn
from db.services.records import ListQuery
from desktop.models.columns import AgreementCol, FollowUpCol, PartnerCol
from desktop.models.record_table import BLOCK, ID_ROLE, SORT_ROLE, RecordTableModel

pytestmark = pytest.mark.usefixtures("french_locale")

KINDS = ("partner", "agreement", "contact", "event", "followup")


def texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("kind", KINDS)
def test_every_model_passes_qtmodeltester(qtmodeltester, demo_catalog, kind):
    model = RecordTableModel(kind, demo_catalog, today=TODAY)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_partner_rows_are_formatted_for_people(demo_catalog):
    model = RecordTableModel("partner", demo_catalog)
    model.reload()
    row = texts(model, PartnerCol.NAME).index("Busan")
    assert model.index(row, PartnerCol.COUNTRY).data() == "Corée du Sud"
    assert model.index(row, PartnerCol.KIND).data() == "Ville / collectivité"
    assert model.index(row, PartnerCol.PARTNER_SINCE).data() == "22/05/2023"
    assert model.index(row, PartnerCol.PARTNER_SINCE).data(SORT_ROLE) == "2023-05-22"
    assert len(model.index(row, 0).data(ID_ROLE)) == 36
    assert model.headerData(PartnerCol.NAME, Qt.Orientation.Horizontal) == "Nom"


def test_agreement_shows_partner_names_and_money(demo_catalog):
    model = RecordTableModel("agreement", demo_catalog)
    model.reload()
    row = next(r for r in range(model.rowCount()) if "Sanya" in model.index(r, AgreementCol.TITLE).data())
    assert model.index(row, AgreementCol.PARTNERS).data() == "Sanya"
    assert model.index(row, AgreementCol.BUDGET).data().replace("\u202f", " ").replace("\xa0", " ") == "18 000,00 €"


def test_sort_and_filter_run_in_the_database(demo_catalog):
    model = RecordTableModel("partner", demo_catalog)
    model.reload()
    model.sort(PartnerCol.NAME, Qt.SortOrder.DescendingOrder)
    names = texts(model, PartnerCol.NAME)
    assert names[0] == "Shizuoka" and names[-1] == "Busan"
    model.sort(PartnerCol.COUNTRY, Qt.SortOrder.AscendingOrder)
    assert model.index(0, PartnerCol.COUNTRY).data() == "Canada"  # CA first by code
    model.set_query(ListQuery(search="lodz", limit=None))
    assert texts(model, PartnerCol.NAME) == ["Łódź Film School"]
    model.set_query(ListQuery(limit=None, filters={"country": "FR"}))
    assert set(texts(model, PartnerCol.COUNTRY)) == {"France"} and model.rowCount() == 4


def test_overdue_followups_are_red_and_filterable(demo_catalog):
    model = RecordTableModel("followup", demo_catalog, today=TODAY)
    model.set_query(ListQuery(limit=None, filters={"overdue": True}))
    assert model.rowCount() == 3
    brush = model.index(0, FollowUpCol.DUE_ON).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#b3261e"


def test_large_list_reads_only_the_rows_it_shows(services):
    for number in range(BLOCK * 3 + 7):
        services.create("partner", PartnerIn(name=f"Partenaire {number:04d}", country="FR"))
    model = RecordTableModel("partner", services.catalog)
    model.reload()
    assert model.rowCount() == BLOCK * 3 + 7
    assert model.index(BLOCK * 3 + 6, 0).data() == f"Partenaire {BLOCK * 3 + 6:04d}"
    assert len(model._blocks) == 1  # one window of rows read, not the whole table
    assert model.row_of(model.public_id(150)) == 150


def test_model_with_runner_loads_off_the_gui_thread(qtbot, demo_catalog):
    from desktop.tasks import TaskRunner

    runner = TaskRunner()
    model = RecordTableModel("contact", demo_catalog, runner=runner)
    started = []
    model.loading_started.connect(lambda: started.append(True))
    with qtbot.waitSignal(model.loaded, timeout=5000) as blocker:
        model.reload()
    assert started == [True]
    assert blocker.args == [13]
    assert model.rowCount() == 13
    runner.wait()



def test_a_long_list_shows_its_first_page_then_adds_the_rest(qtbot, demo_catalog, monkeypatch):
    from desktop.models import record_table
    from desktop.tasks import TaskRunner

    monkeypatch.setattr(record_table, "FIRST_PAGE", 5)
    runner = TaskRunner(max_threads=1)  # the first page's read then the whole list's: their order is sure
    model = RecordTableModel("contact", demo_catalog, runner=runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    whole = [model.public_id(r) for r in range(model.rowCount())]
    assert len(whole) == 13

    resets, inserted, loaded = [], [], []
    model.modelReset.connect(lambda: resets.append((model.rowCount(), model.loading, model.public_id(4))))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.loaded.connect(loaded.append)
    model.reload()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    runner.wait()
    assert resets == [(5, True, whole[4])]  # the first page on screen while the list is read
    assert inserted == [(5, 12)] and loaded == [13]  # then the rest added, not a second reset
    assert [model.public_id(r) for r in range(model.rowCount())] == whole


def test_a_short_list_is_complete_with_its_first_page(qtbot, demo_catalog):
    from PySide6.QtCore import QCoreApplication

    from desktop.tasks import TaskRunner

    runner = TaskRunner(max_threads=1)
    model = RecordTableModel("contact", demo_catalog, runner=runner)
    resets, loaded = [], []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.loaded.connect(loaded.append)
    model.reload()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    runner.wait()
    QCoreApplication.processEvents()  # the whole list's read, delivered after, changes nothing
    assert resets == [13] and loaded == [13]

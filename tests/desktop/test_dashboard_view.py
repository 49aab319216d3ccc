"""The dashboard widget: opens on a real catalogue, completes a follow-up in one click, opens records."""

from __future__ import annotations

import datetime as dt

import pytest
from passerelles_testing import TODAY
from PySide6.QtCore import Qt

from db.schemas import AgreementIn, FollowUpIn, PartnerIn
from db.services import staff
from desktop.views import dashboard_models as models
from desktop.views.dashboard import DashboardView


def day(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def view(qtbot, services):
    services.create("partner", PartnerIn(name="Busan"))
    services.create("followup", FollowUpIn(title="Envoyer la convention", due_on=day(-12), owner="Claire", partner="Busan"))
    services.create("followup", FollowUpIn(title="Relancer Sanya", due_on=day(-3), owner="Julien"))
    services.create("followup", FollowUpIn(title="Préparer la semaine", due_on=day(3), owner="Claire"))
    services.create("agreement", AgreementIn(title="Protocole Busan", status="active", ends_on=day(-1), partners=["Busan"]))
    with services.catalog.uow() as uow:
        staff.set_staff(uow.session, [{"name": "Claire", "login": "test"}, "Julien"])
        uow.commit()
    widget = DashboardView(services, today=TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        pass
    return widget


def group_rows(view, key: str):
    """(index of the group row, titles of its follow-ups) in the follow-ups tree."""
    model = view.followups.model()
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        if top.data(models.KIND_ROLE) == key:
            found = []
            stack = [top]
            while stack:
                parent = stack.pop(0)
                for r in range(model.rowCount(parent)):
                    child = model.index(r, 0, parent)
                    if child.data(models.KIND_ROLE) == "followup":
                        found.append(child)
                    else:
                        stack.append(child)
            return top, found
    raise KeyError(key)


def test_shows_every_panel_with_words_and_colours(view):
    _, overdue = group_rows(view, "overdue")
    assert [i.data() for i in overdue] == ["Envoyer la convention", "Relancer Sanya"]
    state = overdue[0].siblingAtColumn(2)
    assert state.data() == "En retard de 12 jours"
    assert state.data(Qt.ItemDataRole.ForegroundRole).color() == models.RED
    _, week = group_rows(view, "week")
    assert week[0].siblingAtColumn(2).data(Qt.ItemDataRole.ForegroundRole).color() == models.ORANGE
    agreements = view.agreements.model()
    assert agreements.index(0, 0).data().startswith("Expirés, encore marqués en vigueur — 1")
    assert agreements.index(0, 0, agreements.index(0, 0)).data() == "Protocole Busan"  # the partner is in the title
    assert "Busan" in [view.quiet.model().index(r, 0).data() for r in range(view.quiet.model().rowCount())]
    assert view.owner_combo.itemText(1) == "Mes suivis (Claire)"


def test_the_dashboard_speaks_english(qtbot, services, english):
    services.create("partner", PartnerIn(name="Sanya", country="CN"))
    services.create("followup", FollowUpIn(title="Relancer Sanya", due_on=day(-3), owner="Julien", partner="Sanya"))
    widget = DashboardView(services, today=TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        pass
    top, overdue = group_rows(widget, "overdue")
    assert top.data().startswith("Overdue — 1") and overdue[0].siblingAtColumn(2).data() == "Overdue by 3 days"
    model = widget.followups.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Follow-up", "Due / ends", "State", "Concerns"]
    quiet = widget.quiet.model()
    assert (quiet.index(0, 1).data(), quiet.index(0, 2).data()) == ("China", "never")


def test_complete_from_the_dashboard_in_one_click(view, qtbot, services):
    _, overdue = group_rows(view, "overdue")
    target = overdue[0]
    public_id = target.data(models.ID_ROLE)
    view.followups.setCurrentIndex(target)
    with qtbot.waitSignal(view.refreshed, timeout=10000), qtbot.waitSignal(view.followup_changed) as changed:
        qtbot.keyClick(view.followups, Qt.Key.Key_Space)  # toggles the check box, as a click on it does
    assert changed.args == [public_id]
    _, overdue = group_rows(view, "overdue")
    assert [i.data() for i in overdue] == ["Relancer Sanya"]
    done = services.get("followup", public_id)
    assert done.status == "done" and done.completed_on == TODAY


def test_mine_filter(view, qtbot):
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.owner_combo.setCurrentIndex(1)
    _, overdue = group_rows(view, "overdue")
    assert [i.data() for i in overdue] == ["Envoyer la convention"]
    assert "Julien" in [view.owner_combo.itemData(i) for i in range(view.owner_combo.count())]  # still offered


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when a window is shown
def test_items_open_their_record(view, qtbot):
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    _, overdue = group_rows(view, "overdue")
    view.followups.setCurrentIndex(overdue[0])
    due = overdue[0].siblingAtColumn(1)
    with qtbot.waitSignal(view.record_requested) as opened:
        qtbot.mouseClick(view.followups.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.followups.visualRect(due).center())
        qtbot.mouseDClick(view.followups.viewport(), Qt.MouseButton.LeftButton,
                          pos=view.followups.visualRect(due).center())
    assert opened.args == ["followup", overdue[0].data(models.ID_ROLE)]
    link = overdue[0].siblingAtColumn(3)
    with qtbot.waitSignal(view.record_requested) as opened:
        view.followups.activated.emit(link)
    assert opened.args[0] == "partner"
    agreements = view.agreements.model()
    row = agreements.index(0, 0, agreements.index(0, 0))
    with qtbot.waitSignal(view.record_requested) as opened:
        view.agreements.activated.emit(row)
    assert opened.args[0] == "agreement"


def test_refresh_after_a_change_elsewhere(view, qtbot, services):
    services.create("followup", FollowUpIn(title="Nouveau retard", due_on=day(-1)))
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh()
    top, overdue = group_rows(view, "overdue")
    assert "Nouveau retard" in [i.data() for i in overdue] and top.data().endswith("— 3")


def test_staff_dialog_edits_the_list_and_who_i_am(view, qtbot, services, monkeypatch):
    from desktop.views.dashboard_staff import StaffDialog

    dialog = StaffDialog(services, view)
    qtbot.addWidget(dialog)
    assert dialog.names.toPlainText() == "Claire\nJulien"
    assert dialog.me.currentData() == "Claire"  # the test login is linked to Claire
    dialog.names.setPlainText("Claire\nJulien\nSophie Lemaire")
    dialog.me.setCurrentIndex(dialog.me.findData("Sophie Lemaire"))
    dialog.accept()
    with services.catalog.uow() as uow:
        assert staff.staff(uow.session) == [{"name": "Claire", "login": None}, {"name": "Julien", "login": None},
                                            {"name": "Sophie Lemaire", "login": "test"}]
    monkeypatch.setattr(StaffDialog, "exec", lambda self: True)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.staff_button.click()
    assert view.owner_combo.itemText(1) == "Mes suivis (Sophie Lemaire)"
    assert "Sophie Lemaire" in [view.owner_combo.itemData(i) for i in range(view.owner_combo.count())]


def test_ticking_a_follow_up_read_only_says_why(view, qtbot, services, monkeypatch):
    """Read-only: the tick is refused in words, the follow-up stays open and its box unticked."""
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(services.catalog, "read_only", True)
    _, overdue = group_rows(view, "overdue")
    public_id = overdue[0].data(models.ID_ROLE)
    view.followups.setCurrentIndex(overdue[0])
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.keyClick(view.followups, Qt.Key.Key_Space)
    assert told and told[0][0] == "Lecture seule" and "lecture seule" in told[0][1]
    assert services.get("followup", public_id).status == "open"
    _, overdue = group_rows(view, "overdue")
    assert overdue[0].data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Unchecked, Qt.CheckState.Unchecked.value)


def test_an_empty_catalogue_offers_a_start(qtbot, services):
    """Empty: the dashboard offers to import a workbook, load the demonstration or create a partner."""
    widget = DashboardView(services, today=TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        pass
    assert not widget.start_panel.isHidden()
    assert [b.text() for b in (widget.import_button, widget.demo_button, widget.new_partner_button)] == [
        "Importer un classeur…", "Charger la démonstration", "Nouveau partenaire"]
    for button, signal in ((widget.import_button, widget.import_requested), (widget.demo_button, widget.demo_requested),
                           (widget.new_partner_button, widget.new_partner_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    services.create("partner", PartnerIn(name="Busan"))
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        widget.refresh_now()
    assert widget.start_panel.isHidden()


def test_the_start_panel_in_the_window_loads_the_demo_and_opens_a_new_partner(qtbot, services):
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    actions = install(window, services)
    with qtbot.waitSignal(actions.dashboard.refreshed, timeout=10000):
        actions.dashboard.refresh_now()
    assert not actions.dashboard.start_panel.isHidden()
    actions.dashboard.new_partner_button.click()
    assert window.current_key() == "partner"
    actions.dashboard.demo_button.click()
    assert services.get("partner", "Busan").name == "Busan"


def test_empty_panels_say_why_and_what_to_do(view):
    """No event ahead: the « Événements à venir » panel says so (and where to add one) instead of a blank box."""
    events = view.events.model()
    assert events.rowCount() == 1
    text = events.index(0, 0).data()
    assert "Aucun événement dans les six mois" in text and "Ctrl+4" in text
    assert events.index(0, 0).data(models.ID_ROLE) is None and view.events.isFirstColumnSpanned(0, events.index(0, 0).parent())
    assert not events.itemFromIndex(events.index(0, 0)).isSelectable()
    quiet = view.quiet.model()  # Busan has never been contacted: listed, no explanation row
    assert quiet.rowCount() == 1 and quiet.index(0, 0).data(models.ID_ROLE) is not None

"""Follow-ups created from a record's form, and a session's decisions turned into follow-ups in one step."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from db.schemas import ContactIn, EventIn
from db.services import ListQuery
from desktop.views.forms.followup_actions import NewFollowUpDialog


@pytest.fixture
def answer_dialog(monkeypatch):
    """Replace the modal exec: fill the real dialog's fields, then press OK through accept()."""
    seen = []

    def fill(title=None, owner="Claire Vasseur", due="15/01/2027", decisions=None):
        def fake_exec(self):
            seen.append(self)
            if decisions is not None:
                self.title.setPlainText(decisions)
            elif title is not None:
                self.title.setText(title)
            self.owner.setEditText(owner)
            self.due.setText(due)
            self.accept()
            return self.result()

        monkeypatch.setattr(NewFollowUpDialog, "exec", fake_exec)
        return seen

    return fill


def test_new_followup_from_a_partner_form(qtbot, services, seeded, editor_factory, answer_dialog):
    editor = editor_factory("partner", seeded["busan"].id)
    assert editor.new_followup_button.isEnabled()
    answer_dialog(title="Envoyer le projet de convention à Busan")
    with qtbot.waitSignal(editor.followups_created) as signal:
        editor.new_followup_button.click()
    [created] = services.list("followup", ListQuery(filters={"partner": seeded["busan"].id}))
    assert signal.args[0] == [created.id]
    assert (created.title, created.owner, created.due_on.iso(), created.status) == (
        "Envoyer le projet de convention à Busan", "Claire Vasseur", "2027-01-15", "open")
    assert editor.followups.list.count() == 1  # the partner's open follow-ups show it at once


def test_a_bad_due_date_is_refused_with_a_message(qtbot, services, seeded, editor_factory, answer_dialog):
    editor = editor_factory("agreement", seeded["mou"].id)
    dialogs = answer_dialog(title="Relancer", due="31/02/2027")
    editor.new_followup_button.click()
    assert dialogs[0].result() != QDialog.DialogCode.Accepted
    assert "Date invalide" in dialogs[0].error.text()
    assert services.count("followup") == 0


def test_new_record_cannot_have_followups_until_saved(qtbot, editor_factory):
    editor = editor_factory("contact", None)
    assert not editor.new_followup_button.isEnabled()


def test_a_sessions_decisions_become_followups(qtbot, services, editor_factory, answer_dialog):
    services.create("contact", ContactIn(first_name="Léa", last_name="Fontaine"))
    event = services.create("event", EventIn(title="Colloque", sessions=[
        {"title": "Atelier patrimoine", "kind": "atelier", "takeaways": "- Envoyer le cahier des charges\n- Réunir le comité"}]))
    editor = editor_factory("event", event.id)
    editor.sessions_edit.list.setCurrentRow(0)
    answer_dialog(decisions="- Envoyer le cahier des charges\n- Réunir le comité\n3. Publier les actes", due="2027")
    with qtbot.waitSignal(editor.followups_created):
        editor.decisions_button.click()
    created = services.list("followup", ListQuery(limit=None, sort="title"))
    assert sorted(f.title for f in created) == ["Envoyer le cahier des charges", "Publier les actes", "Réunir le comité"]
    assert {f.session.id for f in created} == {event.sessions[0].id}
    assert {f.event.id for f in created} == {event.id}
    assert {f.due_on.iso() for f in created} == {"2027"}

"""Fixtures of the form tests: a catalogue with a few records, message boxes answered, editors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def seeded(services):
    """A partner with an accent, a contact, an agreement: what the form tests link together."""
    from db.schemas import AgreementIn, ContactIn, PartnerIn

    lodz = services.create("partner", PartnerIn(name="Łódź Film School", country="PL", city="Łódź"))
    busan = services.create("partner", PartnerIn(name="Busan", country="KR"))
    park = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", organisation="Ville de Busan"))
    mou = services.create("agreement", AgreementIn(title="Protocole d'entente Cannes – Busan", partners=[busan.id]))
    return {"lodz": lodz, "busan": busan, "park": park, "mou": mou}


@pytest.fixture
def answer(monkeypatch):
    """``answer("question", Yes)`` makes QMessageBox.question return Yes and records the calls."""
    calls: list[tuple[str, tuple]] = []

    def set_answer(name: str, button):
        def fake(*args, **kwargs):
            calls.append((name, args))
            return button

        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
        return calls

    return set_answer


@pytest.fixture
def editor_factory(qtbot, services):
    from desktop.views.forms import create_editor

    def make(kind: str, public_id: str | None = None, svc=None):
        editor = create_editor(kind, svc or services, public_id)
        qtbot.addWidget(editor)
        editor.resize(1100, 800)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard|grabbing the mouse)"


def pytest_collection_modifyitems(config, items):
    """The offscreen platform cannot raise windows or grab the keyboard (completion popups do): not our warnings."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))

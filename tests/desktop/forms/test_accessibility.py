"""Accessibility basics of the forms: every field reachable with Tab in the order it is shown, each
label tied to its field (buddy, accessible name)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.forms import create_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _field_of(widget, owners: dict[int, str]) -> str | None:
    while widget is not None:
        if id(widget) in owners:
            return owners[id(widget)]
        widget = widget.parentWidget()
    return None


@pytest.mark.parametrize("kind", ["partner", "agreement", "contact", "event", "followup"])
def test_tab_walks_every_field_in_order_and_labels_name_them(qtbot, services, kind):
    editor = create_editor(kind, services)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    qtbot.waitExposed(editor)
    owners = {id(b.widget): name for name, b in editor.bindings.items()}
    first = next(iter(editor.bindings.values())).widget
    first.setFocus()
    QApplication.processEvents()
    reached: list[str] = []
    for _ in range(4 * len(owners) + 20):
        name = _field_of(QApplication.focusWidget(), owners)
        if name and (not reached or reached[-1] != name):
            if name in reached:
                break  # round the chain once
            reached.append(name)
        editor.focusNextChild()
        QApplication.processEvents()
    expected = [n for n in editor.bindings if editor.bindings[n].widget.isVisibleTo(editor)]
    assert reached == expected
    labels = {id(label.buddy()): label for label in editor.findChildren(QLabel) if label.buddy() is not None}
    for name, binding in editor.bindings.items():
        if binding.label:
            assert id(binding.widget) in labels, name
            assert binding.widget.accessibleName(), name

"""How a form reads and writes one field: value for the schema, value from a record, text as shown."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.widgets.error_label import ErrorLabel
from desktop.widgets.extra_edit import ExtraEdit
from desktop.widgets.language import ui_language
from desktop.widgets.list_edit import LinkListEdit, TagEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.phone_list_edit import PhoneListEdit
from desktop.widgets.pickers import CountryPicker, LinkField, VocabCombo


@dataclass
class Binding:
    name: str
    label: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    text: Callable[[], str]
    error: ErrorLabel


def _plain_get(widget: QPlainTextEdit):
    return lambda: widget.toPlainText() if widget.toPlainText().strip() else None


def accessors(widget: QWidget, fmt: Callable[[Any], str] | None = None):
    """(get, set, text) for the widget types the forms use."""
    if isinstance(widget, PartialDateEdit | CountryPicker | VocabCombo):
        text = widget.currentText if isinstance(widget, VocabCombo) else widget.text
        return widget.value, widget.set_value, text
    if isinstance(widget, TagEdit):
        return widget.value, widget.set_values, widget.text
    if isinstance(widget, LinkListEdit):
        return widget.value, widget.set_links, lambda: "; ".join(widget.labels())
    if isinstance(widget, LinkField):
        return widget.value, widget.set_link, widget.text
    if isinstance(widget, PhoneListEdit | ExtraEdit) or hasattr(widget, "set_values"):
        return widget.value, widget.set_values, widget.text
    if isinstance(widget, QPlainTextEdit):
        return _plain_get(widget), lambda v: widget.setPlainText(v or ""), widget.toPlainText
    if isinstance(widget, QCheckBox):
        return (widget.isChecked, lambda v: widget.setChecked(bool(v)),
                lambda: widget.tr("Oui") if widget.isChecked() else widget.tr("Non"))
    if isinstance(widget, QSpinBox):
        return widget.value, lambda v: widget.setValue(int(v or 0)), lambda: str(widget.value())
    if isinstance(widget, QLineEdit):
        show = fmt or (lambda v: "" if v is None else str(v))
        read = getattr(fmt, "read", None)
        if read is not None:
            def get_read():
                text = widget.text().strip()
                return read(text) if text else None

            def set_read(value) -> None:
                widget.setText(show(value))
                widget.setCursorPosition(0)

            return get_read, set_read, widget.text
        def set_text(value) -> None:
            widget.setText(show(value))
            widget.setCursorPosition(0)  # a long value shows its beginning

        return lambda: widget.text().strip() or None, set_text, widget.text
    raise TypeError(f"no accessors for {type(widget).__name__}")


_ENGLISH_GROUPS = re.compile(r"^[^\d]*\d{1,3}(?:,\d{3})+(?:\.\d*)?[^\d]*$")


def format_amount(value) -> str:
    """25000.5 -> "25 000,50" in French, "25,000.50" in English (what ``read_number`` reads back)."""
    if value is None:
        return ""
    if ui_language() == "en":
        return f"{value:,.2f}"
    return f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")


def read_number(text: str) -> str:
    """The number typed, for the schema (which reads French and unambiguous forms): in English,
    "1,200" groups thousands (the schema alone would read a decimal comma)."""
    if ui_language() == "en" and _ENGLISH_GROUPS.match(text):
        return text.replace(",", "")
    return text


def format_rate(value) -> str:
    """0.3 -> "30 %" in French, "30%" in English."""
    if value is None:
        return ""
    percent = round(float(value) * 100, 2)
    if ui_language() == "en":
        return f"{percent:g}%"
    return f"{percent:g}".replace(".", ",") + " %"


format_amount.read = read_number
format_rate.read = read_number


def format_int(value) -> str:
    return "" if value is None else str(value)

"""A contact's phone numbers: one row per number with its kind (office, mobile, fax) and a remove button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

KINDS = (("phone", "Fixe"), ("mobile", "Portable"), ("fax", "Fax"))


def pretty_phone(number: str | None) -> str:
    """"+33465712010" -> "04 65 71 20 10"; other countries in international form."""
    if not number:
        return ""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, "FR")
    except phonenumbers.NumberParseException:
        return number
    style = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 33 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


class PhoneListEdit(QWidget):
    """Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[QWidget, QComboBox, QLineEdit]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Ajouter un numéro"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self.add_button)

    def add_row(self, kind: str = "phone", number: str = "") -> QLineEdit:
        row = QWidget(self)
        combo = QComboBox(row)
        for code, label in KINDS:
            combo.addItem(self.tr(label), code)
        if combo.findData(kind) < 0:
            combo.addItem(kind, kind)
        combo.setCurrentIndex(combo.findData(kind))
        edit = QLineEdit(number, row)
        edit.setPlaceholderText(self.tr("ex. 04 93 06 40 00 ou +82 51 555 0100"))
        remove = QToolButton(row)
        remove.setText("✕")
        remove.setToolTip(self.tr("Retirer ce numéro"))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo)
        layout.addWidget(edit, 1)
        layout.addWidget(remove)
        entry = (row, combo, edit)
        remove.clicked.connect(lambda: self._remove(entry))
        self.rows.append(entry)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.changed.emit()
        return edit

    def _remove(self, entry) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()
        self._layout.removeWidget(entry[0])
        self.changed.emit()

    def set_values(self, phones) -> None:
        for entry in list(self.rows):
            self._remove(entry)
        for phone in phones or []:
            kind = getattr(phone, "kind", None) or (phone.get("kind") if isinstance(phone, dict) else "phone")
            number = getattr(phone, "number", None) or (phone.get("number") if isinstance(phone, dict) else "")
            self.add_row(kind or "phone", pretty_phone(number))

    def value(self) -> list[dict]:
        return [{"kind": combo.currentData(), "number": edit.text().strip()}
                for _row, combo, edit in self.rows if edit.text().strip()]

    def text(self) -> str:
        return "; ".join(f"{combo.currentText()} {edit.text().strip()}" for _r, combo, edit in self.rows
                         if edit.text().strip())

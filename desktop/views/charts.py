"""Charts of the catalogue (partners by country and domain, agreements by status and year, follow-ups per quarter).

Drawn with QPainter (no Qt Charts add-on needed), so the same drawing serves the screen, the
printer (QPrinter) and PNG export. Data comes from the Qt-free ``db.services.statistics``.

Signals:
    refreshed(): new figures are on screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.services.statistics import Series
from desktop.widgets import message_box
from desktop.widgets.language import ui_language

PALETTE = [QColor("#2f6f9f"), QColor("#3f8f8f"), QColor("#7b5ea7"), QColor("#2f6f9f"), QColor("#4b8b3b")]
PART_COLOURS = {"on_time": QColor("#4b8b3b"), "late": QColor("#d08a1a"), "overdue": QColor("#b3261e"),
                "upcoming": QColor("#7a9cc6")}


def _part_colour(series: Series, index: int, colour: QColor) -> QColor:
    keys = series.part_keys
    return PART_COLOURS.get(keys[index], colour) if index < len(keys) else colour


def draw_series(painter: QPainter, rect: QRectF, series: Series, colour: QColor) -> None:
    """One chart in ``rect``: horizontal bars for categories, vertical (stacked) bars for time lines."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    painter.setPen(QPen(QColor("#c8c8c8")))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    base = QFont(painter.font())
    title_font = QFont(base)
    title_font.setBold(True)
    if base.pointSizeF() > 0:
        title_font.setPointSizeF(base.pointSizeF() * 1.15)
    else:
        title_font.setPixelSize(round(base.pixelSize() * 1.15))
    painter.setFont(title_font)
    painter.setPen(QColor("#202124"))
    line = painter.fontMetrics().height()
    pad = line * 0.8  # spacing follows the font, so printing at 1200 dpi looks like the screen
    inner = rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.7)
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                     series.caption)
    painter.setFont(base)
    body = inner.adjusted(0, line * 1.5, 0, 0)
    if not series.labels or series.total == 0:
        painter.setPen(QColor("#5f6368"))
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("Charts", "Aucune donnée"))
        painter.restore()
        return
    if len(series.parts) > 1 or series.timeline:
        _columns(painter, body, series, colour)
    else:
        _bars(painter, body, series, colour)
    painter.restore()


def _bars(painter: QPainter, rect: QRectF, series: Series, colour: QColor) -> None:
    fm = painter.fontMetrics()
    gap = fm.height() * 0.5
    label_width = min(max(fm.horizontalAdvance(label) for label in series.labels) + 2 * gap, rect.width() * 0.45)
    top = max(v[0] for v in series.values) or 1
    row = min(rect.height() / len(series.labels), fm.height() * 1.9)
    number_width = fm.horizontalAdvance(str(top)) + gap * 2
    for i, (label, values) in enumerate(zip(series.labels, series.values, strict=True)):
        y = rect.top() + i * row
        painter.setPen(QColor("#202124"))
        text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - gap))
        painter.drawText(QRectF(rect.left(), y, label_width - gap, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        width = (rect.width() - label_width - number_width) * values[0] / top
        bar = QRectF(rect.left() + label_width, y + row * 0.18, max(width, 1), row * 0.64)
        painter.fillRect(bar, colour)
        painter.drawText(QRectF(bar.right() + gap / 2, y, number_width, row), Qt.AlignmentFlag.AlignVCenter, str(values[0]))


def _columns(painter: QPainter, rect: QRectF, series: Series, colour: QColor) -> None:
    fm = painter.fontMetrics()
    legend = len(series.parts) > 1
    bottom_space = fm.height() * (2.6 if legend else 1.4)
    plot = rect.adjusted(fm.horizontalAdvance("0000") + fm.height() * 0.5, fm.height() * 0.6, 0, -bottom_space)
    highest = max(sum(v) for v in series.values) or 1
    tick = max(1, -(-highest // 4))  # whole-number steps, at most five lines
    top = tick * -(-highest // tick)
    painter.setPen(QPen(QColor("#e0e0e0")))
    for k in range(top // tick + 1):  # grid lines with their values
        y = plot.bottom() - plot.height() * k * tick / top
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(QColor("#5f6368"))
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - fm.height() * 0.3, fm.height()),
                         Qt.AlignmentFlag.AlignRight, str(k * tick))
        painter.setPen(QPen(QColor("#e0e0e0")))
    slot = plot.width() / len(series.labels)
    em = fm.height()
    widest = max(fm.horizontalAdvance(label) for label in series.labels) + em  # label every nth column if crowded
    step = max(1, -(-len(series.labels) // max(1, int(plot.width() / widest))))
    for i, (label, values) in enumerate(zip(series.labels, series.values, strict=True)):
        x = plot.left() + i * slot + slot * 0.15
        y = plot.bottom()
        for p, value in enumerate(values):
            height = plot.height() * value / top
            painter.fillRect(QRectF(x, y - height, slot * 0.7, height), _part_colour(series, p, colour))
            y -= height
        total = sum(values)
        painter.setPen(QColor("#202124"))
        if total:
            painter.drawText(QRectF(x - em, y - em, slot * 0.7 + 2 * em, em), Qt.AlignmentFlag.AlignCenter, str(total))
        if i % step == 0:
            painter.drawText(QRectF(plot.left() + i * slot - em, plot.bottom() + em * 0.15, slot + 2 * em, em),
                             Qt.AlignmentFlag.AlignHCenter, label)
    if legend:
        x = plot.left()
        y = rect.bottom() - fm.height()
        for p, part in enumerate(series.parts):
            painter.fillRect(QRectF(x, y + fm.height() * 0.2, fm.height() * 0.7, fm.height() * 0.7),
                             _part_colour(series, p, colour))
            painter.setPen(QColor("#202124"))
            width = fm.horizontalAdvance(part) + fm.height()
            painter.drawText(QRectF(x + fm.height(), y, width, fm.height()), Qt.AlignmentFlag.AlignLeft, part)
            x += fm.height() * 2 + width


class ChartWidget(QWidget):
    """One chart on screen."""

    def __init__(self, series: Series, colour: QColor, parent: QWidget | None = None):
        super().__init__(parent)
        self.series = series
        self.colour = colour
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(series.title)

    def sizeHint(self) -> QSize:
        return QSize(560, 340)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        draw_series(painter, QRectF(self.rect()), self.series, self.colour)
        painter.end()


class ChartsView(QWidget):
    """All the charts, with Print and Export PNG buttons."""

    refreshed = Signal()

    def __init__(self, services, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.services = services
        self._today = today
        self.series: list[Series] = []
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_dialog)
        self.png_button = QPushButton(self)
        self.png_button.clicked.connect(self.export_dialog)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for b in (self.refresh_button, self.png_button, self.print_button):
            top.addWidget(b)
        self.canvas = QWidget(self)
        self.grid = QGridLayout(self.canvas)
        self.grid.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Statistiques"))
        self.print_button.setText(self.tr("Imprimer…"))
        self.png_button.setText(self.tr("Exporter en PNG…"))
        self.refresh_button.setText(self.tr("Actualiser"))

    @Slot()
    def refresh(self) -> None:
        from db.services import statistics

        with self.services.catalog.uow(self.services.actor) as uow:
            self.series = statistics.all_series(uow.session, self._today or dt.date.today(), ui_language())
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, s in enumerate(self.series):
            chart = ChartWidget(s, PALETTE[i % len(PALETTE)], self.canvas)
            if i == len(self.series) - 1 and len(self.series) % 2:
                self.grid.addWidget(chart, i // 2, 0, 1, 2)  # the last chart across the width
            else:
                self.grid.addWidget(chart, i // 2, i % 2)
        self.refreshed.emit()

    def render(self, painter: QPainter, page: QRectF) -> None:
        """Every chart on one page: two per row, the last across the width."""
        rows = (len(self.series) + 1) // 2
        gap = page.height() * 0.015
        height = (page.height() - gap * (rows - 1)) / max(rows, 1)
        for i, s in enumerate(self.series):
            row, col = divmod(i, 2)
            wide = i == len(self.series) - 1 and len(self.series) % 2
            width = page.width() if wide else (page.width() - gap) / 2
            rect = QRectF(page.left() + (0 if wide else col * (width + gap)), page.top() + row * (height + gap), width, height)
            draw_series(painter, rect, s, PALETTE[i % len(PALETTE)])

    def render_page(self, painter: QPainter, page: QRectF) -> None:
        """A titled page: "Passerelles — statistiques au 22/11/2026", then the charts."""
        day = self._today or dt.date.today()
        font = QFont(painter.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.4))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#202124"))
        height = painter.fontMetrics().height() * 1.6
        painter.drawText(QRectF(page.left(), page.top(), page.width(), height), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Passerelles — statistiques au {d}").format(d=f"{day:%d/%m/%Y}"))
        painter.restore()
        self.render(painter, page.adjusted(0, height, 0, 0))

    def export_png(self, path: str, size: QSize | None = None) -> bool:
        size = size or QSize(1600, 1800)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        font = painter.font()
        font.setPixelSize(17)
        painter.setFont(font)
        self.render_page(painter, QRectF(20, 20, size.width() - 40, size.height() - 40))
        painter.end()
        return image.save(path, "PNG")

    def print_to(self, printer) -> None:
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        painter = QPainter(printer)
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        font = painter.font()
        font.setPointSizeF(9)
        painter.setFont(font)
        self.render_page(painter, QRectF(0, 0, page.width(), page.height()))
        painter.end()

    @Slot()
    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.print_to(printer)

    @Slot()
    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les graphiques"), "statistiques.png",
                                              self.tr("Image PNG (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.export_png(path):
            message_box.warning(self, self.tr("Export"), self.tr("Impossible d'écrire « {p} ».").format(p=path))

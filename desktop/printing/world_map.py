"""The world map of partners, drawn with QPainter from ``db.geo``'s land outline (Natural Earth 110m):
one function paints it on any device (the window's widget, an image for a printout), and ``map_html``
puts it in a printed document as an image."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF

from db.geo import world

NORTH, SOUTH = 84.0, -58.0  # the latitudes shown (Antarctica left out)
SEA, LAND, COAST = QColor("#EEF3F8"), QColor("#D9DFE6"), QColor("#B8C2CC")
PIN, HOME, APPROX = QColor("#1F5F99"), QColor("#B00020"), QColor("#7A8DA3")


def project(lon: float, lat: float, rect: QRectF) -> QPointF:
    """Equirectangular projection of (lon, lat) into ``rect``."""
    x = rect.left() + (lon + 180.0) / 360.0 * rect.width()
    y = rect.top() + (NORTH - max(SOUTH, min(NORTH, lat))) / (NORTH - SOUTH) * rect.height()
    return QPointF(x, y)


def aspect() -> float:
    """Width / height of the map."""
    return 360.0 / (NORTH - SOUTH)


def paint(painter: QPainter, rect: QRectF, pins, *, labels: bool = True, point_size: float = 7.0,
          highlight: str | None = None, radius: float | None = None) -> list[tuple[QPointF, object]]:
    """Paint the sea, the land and ``pins`` (objects with ``.name`` and ``.point``) into ``rect``;
    returns each pin's position, for hit-testing in the window. ``highlight``: an id drawn in red."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, SEA)
    painter.setPen(QPen(COAST, 0.6))
    painter.setBrush(QBrush(LAND))
    for polygon in world()[1]:
        painter.drawPolygon(QPolygonF([project(lon, lat, rect) for lon, lat in polygon]))
    radius = radius or max(2.5, rect.width() / 260)
    font = QFont(painter.font())
    font.setPointSizeF(point_size)
    painter.setFont(font)
    placed = []
    for pin in pins:
        if pin.point is None:
            continue
        at = project(pin.point.lon, pin.point.lat, rect)
        mine = highlight is not None and getattr(pin, "id", None) == highlight
        colour = HOME if mine else (APPROX if pin.point.source == "capital" else PIN)
        painter.setPen(QPen(QColor("white"), 1.0))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(at, radius, radius)
        placed.append((at, pin))
    if labels:
        painter.setPen(QPen(QColor("#24303D")))
        taken = [QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius) for at, _pin in placed]
        metrics = painter.fontMetrics()
        for at, pin in placed:
            box = QRectF(at.x() + radius + 2, at.y() - metrics.height() / 2, metrics.horizontalAdvance(pin.name) + 2,
                         metrics.height())
            if box.right() > rect.right():
                box.moveRight(at.x() - radius - 2)
            if any(box.intersects(other) for other in taken if not other.contains(at)):
                continue  # a label never covers another: the list beside the map names everyone
            taken.append(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, pin.name)
    painter.setPen(QPen(COAST, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()
    return placed


def map_image(pins, width_px: int = 1800, *, labels: bool = True, highlight: str | None = None,
              radius: float | None = None) -> QImage:
    height = round(width_px / aspect())
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, width_px, height), pins, labels=labels, point_size=width_px / 150,
          highlight=highlight, radius=radius)
    painter.end()
    return image


def map_html(pins, width_mm: float = 170, *, labels: bool = True, highlight: str | None = None,
             radius: float | None = None) -> str:
    """The map as an <img> of ``width_mm`` for a printed document (a PNG inside the HTML)."""
    image = map_image(pins, 1800, labels=labels, highlight=highlight, radius=radius)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    width_px = round(width_mm / 0.2646)  # QTextDocument sizes images in CSS pixels (96 dpi)
    height_px = round(width_px / aspect())
    return (f"<p><img src='data:image/png;base64,{base64.b64encode(bytes(data)).decode()}' width='{width_px}' "
            f"height='{height_px}'/></p>")


def partner_map(partner, language: str = "fr", width_mm: float = 80, *, caption: bool = True) -> str:
    """The small map of the partner summary: the partner in red, its place under the map; "" when unknown."""
    from db.geo import locate
    from desktop.printing.html_common import esc

    point = locate(partner.city, partner.country, partner.extra)
    if point is None:
        return ""

    class _Pin:
        id, name = partner.id, partner.name

    _Pin.point = point
    approx = {"capital": (" (capitale du pays : position approchée)", " (country's capital: approximate)"),
              "pin": (" (position saisie)", " (position typed)")}.get(point.source, ("", ""))
    text = f"{point.lat:.2f}, {point.lon:.2f}" + (approx[1] if language == "en" else approx[0])
    return map_html([_Pin], width_mm, labels=False, highlight=partner.id, radius=28) + (
        f"<p class='muted small'>{esc(text)}</p>" if caption else "")


def source_note(language: str = "fr") -> str:
    note = world()[0]
    return ("Fond de carte : " if language != "en" else "Base map: ") + (note.split(" — ")[0] if note else "")

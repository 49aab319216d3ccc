"""Message boxes that fit the screen: every box of the application says its text through here.

A text taller than the screen leaves room for (a long list of names, of excluded contacts, of
characters that cannot be printed, twelve backups…) shows its first lines, then « … et N ligne(s) de
plus : voir les détails. », and the whole text in the box's details (Qt's « Afficher les détails… »:
a scrolled, copyable text); the box, details shown, still fits. A shorter text is shown as it is. A long unbroken path needs nothing here:
Qt wraps it anywhere rather than widen the box beyond the screen.

``warning``, ``information``, ``question`` and ``critical`` take the arguments of
``QMessageBox``'s functions of the same names and call them when the text fits (so that they stay
what the tests replace); ``message_box`` builds a box (``QMessageBox(icon, title, text, buttons,
parent)``), ``fit_text(box, text)`` sets a box's text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RESERVED = 140   # the box's own height besides its text: margins, buttons, title bar (logical pixels)
DETAILS = 125   # the details, once shown: their text (Qt gives it 100 pixels) and its margins
NARROWEST = 400   # a box is at least half the screen wide, up to 500 pixels; 400 in the tests' 800×600
ICON_AND_MARGINS = 90   # the box's own width besides its text


def available_size(parent: QWidget | None) -> QSize:
    """The room of the screen the box opens on (the parent's), less the task bar."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)


def split(text: str, parent: QWidget | None, font=None) -> tuple[str, bool]:
    """(what the box shows, whether the rest goes to the details): the text when it fits the screen;
    else its first lines, which leave room for the details once shown (a first line too tall on its
    own ends at a word with « … »)."""
    room = available_size(parent)
    width = min(room.width() // 2, NARROWEST) - ICON_AND_MARGINS   # the narrowest a box wraps its text at
    metrics = QFontMetrics(font if font is not None else QGuiApplication.font())

    def height(lines: list[str]) -> int:
        return metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, "\n".join(lines)).height()

    lines = text.split("\n")
    if height(lines) <= room.height() - RESERVED:
        return text, False
    more = QCoreApplication.translate("MessageBox", "… et {0} ligne(s) de plus : voir les détails.")
    budget = room.height() - RESERVED - DETAILS
    kept = [_shortened(lines[0], lambda first: height([first, more.format(len(lines))]) <= budget)]
    while len(kept) < len(lines) and height([*kept, lines[len(kept)], more.format(len(lines))]) <= budget:
        kept.append(lines[len(kept)])
    while len(kept) > 1 and not kept[-1].strip():   # no blank line before « … »
        kept.pop()
    if len(kept) == len(lines) and kept[0] == lines[0]:
        return text, False
    return "\n".join([*kept, more.format(len(lines) - len(kept) + (kept[0] != lines[0]))]), True


def _shortened(line: str, fits) -> str:
    """``line``, or its longest beginning (whole words, then « … ») that ``fits``."""
    if fits(line):
        return line
    words = line.split(" ")
    low, high = 1, len(words)   # the first word always stays
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(" ".join(words[:middle]) + " …") else (low, middle - 1)
    return " ".join(words[:low]) + " …"


def fit_text(box: QMessageBox, text: str) -> None:
    """``box.setText(text)``, the lines beyond the screen's room in the details."""
    shown, cut = split(text, box.parentWidget(), box.font())
    box.setText(shown)
    if cut:
        box.setDetailedText(text)


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok, parent: QWidget | None = None) -> QMessageBox:
    """``QMessageBox(icon, title, text, buttons, parent)``, its text fitted (``fit_text``)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    fit_text(box, text)
    return box


def _said(icon: QMessageBox.Icon, static, parent, title: str, text: str, *args):
    if not split(text, parent)[1]:
        return static(parent, title, text, *args)
    plain = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No if icon == QMessageBox.Icon.Question \
        else QMessageBox.StandardButton.Ok   # what the function of that name shows
    box = message_box(icon, title, text, args[0] if args else plain, parent)
    if len(args) > 1:
        box.setDefaultButton(args[1])
    box.exec()
    answer = box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.NoButton
    box.deleteLater()
    return answer


def warning(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    return _said(QMessageBox.Icon.Warning, QMessageBox.warning, parent, title, text, *args)


def information(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    return _said(QMessageBox.Icon.Information, QMessageBox.information, parent, title, text, *args)


def question(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    return _said(QMessageBox.Icon.Question, QMessageBox.question, parent, title, text, *args)


def critical(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    return _said(QMessageBox.Icon.Critical, QMessageBox.critical, parent, title, text, *args)

"""Tooltips for cut text: a cell whose text does not fit its column shows the full text on hover.

``ElidedTipDelegate`` draws as usual; on a tooltip request it shows the model's own tooltip when
it has one, else the full text only when the cell's text is elided ("Corée du S…").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

TEXT_MARGIN = 3  # the style's horizontal text margin on each side (QStyle::PM_FocusFrameHMargin + 1)


def is_elided(view: QAbstractItemView, option: QStyleOptionViewItem, index) -> bool:
    """Whether the cell's text is wider than the room the view gives it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return False
    text = str(text)
    rect = view.visualRect(index)
    room = rect.width() - 2 * TEXT_MARGIN
    style = view.style()
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * TEXT_MARGIN
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= option.decorationSize.width() + 2 * TEXT_MARGIN
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = option.fontMetrics if font is None else QFontMetrics(font)
    return any(metrics.horizontalAdvance(line) > room for line in text.splitlines() or [text])


class ElidedTipDelegate(QStyledItemDelegate):
    """Shows the full text of an elided cell as its tooltip (the model's tooltip wins when it has one)."""

    def helpEvent(self, event, view, option, index) -> bool:  # Qt override
        if event is None or view is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if not tip and is_elided(view, option, index):
            tip = str(index.data(Qt.ItemDataRole.DisplayRole))
        if tip:
            QToolTip.showText(event.globalPos(), str(tip), view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def install(view: QAbstractItemView) -> ElidedTipDelegate:
    """Give ``view`` tooltips for its elided cells; returns the delegate (parented to the view)."""
    delegate = ElidedTipDelegate(view)
    view.setItemDelegate(delegate)
    return delegate

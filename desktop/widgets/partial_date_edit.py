"""A date typed as people write it — "2019", "mai 2019", "22/05/2023" — and shown the same way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from db.partial_date import PartialDate
from desktop.widgets.language import ui_language


class PartialDateEdit(QLineEdit):
    """Free text; the catalogue's schema parses it (year, month or day precision)."""

    def __init__(self, parent: QWidget | None = None, day_only: bool = False):
        super().__init__(parent)
        self.day_only = day_only
        self.setPlaceholderText(self.tr("ex. 22/05/2023") if day_only else self.tr("ex. 2019, mai 2019, 22/05/2023"))
        self.setMaximumWidth(220)

    def set_value(self, value: PartialDate | dt.date | None) -> None:
        if value is None:
            self.setText("")
        elif isinstance(value, PartialDate):
            self.setText(value.display(ui_language()))
        else:
            self.setText(value.strftime("%d/%m/%Y"))

    def value(self) -> str | None:
        return self.text().strip() or None

"""Fusionner deux fiches: both records side by side, one choice per differing field (lists are
united), then ``Services.merge`` — the other record's links, documents and history go to the kept
one, the other goes to the trash; Ctrl+Z takes the whole merge back. Signal: ``merged(str, str)``
(kind, public id of the kept record)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.schemas.messages import field_label
from db.services.merge import KEEP, OTHER
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


def _text(value) -> str:
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name", value))
    return str(value)


class MergeDialog(QDialog):
    """Pick, field by field, the value the kept record (A) will have; B is merged into A."""

    merged = Signal(str, str)

    def __init__(self, services, kind: str, keep_id: str, other_id: str, parent=None):
        super().__init__(parent)
        self.services, self.kind = services, kind
        self.keep_id, self.other_id = keep_id, other_id
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Fusionner deux fiches"))
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choisissez pour chaque champ la valeur à garder ; les listes (domaines, courriels…) "
                               "sont réunies. Les liens, documents et l'historique de B passent à A, B va à la "
                               "corbeille et ses valeurs restent dans l'historique. Ctrl+Z annule la fusion."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.swap_button = QPushButton(self.tr("Garder plutôt B"), self)
        self.swap_button.setObjectName("merge_swap")
        self.swap_button.clicked.connect(self.swap)
        layout.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fusionner"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()
        self.resize(860, 520)

    def fill(self) -> None:
        """Both records' differing fields side by side, the default choice checked."""
        self.choices = self.services.merge_choices(self.kind, self.keep_id, self.other_id)
        grid_widget = QWidget(self.area)
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        name = {c.field: c for c in self.choices}
        title = "name" if "name" in name else "title" if "title" in name else "last_name"
        for column, text in ((1, self.tr("A — gardée : {0}")), (2, self.tr("B — fusionnée : {0}"))):
            value = name[title].keep if column == 1 else name[title].other
            head = QLabel(f"<b>{text.format(_text(value))}</b>", grid_widget)
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        self.groups = {}
        row = 1
        for c in self.choices:
            if not c.differs:
                continue
            label = QLabel(field_label(c.field, ui_language()), grid_widget)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if c.is_list:
                united = QLabel(self.tr("réunis : {0}").format(_text(list(dict.fromkeys([*(c.keep or []), *(c.other or [])])))),
                                grid_widget)
                united.setWordWrap(True)
                grid.addWidget(united, row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                for column, side, value in ((1, KEEP, c.keep), (2, OTHER, c.other)):
                    button = QRadioButton(_text(value), grid_widget)
                    button.setObjectName(f"{c.field}_{side}")
                    button.setProperty("side", side)
                    button.setChecked(side == c.default)
                    group.addButton(button)
                    grid.addWidget(button, row, column)
                self.groups[c.field] = group
            row += 1
        grid.setRowStretch(row, 1)
        self.area.setWidget(grid_widget)

    def taken(self) -> dict[str, str]:
        """The fields whose value comes from B."""
        out = {}
        for field, group in self.groups.items():
            button = group.checkedButton()
            if button is not None and button.property("side") == OTHER:
                out[field] = OTHER
        return out

    @Slot()
    def swap(self) -> None:
        """Keep B instead of A (the other way round)."""
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.fill()

    def accept(self) -> None:  # Qt override
        from db.services import ServiceError

        try:
            out = self.services.merge(self.kind, self.keep_id, self.other_id, self.taken())
        except ServiceError as exc:
            from desktop.errors import said

            message_box.warning(self, self.tr("Fusion impossible"), said(exc))
            return
        self.merged.emit(self.kind, out.id)
        super().accept()

"""The sessions of an event: a list to add, remove and reorder, and the form of the selected session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.schemas.vocab import SESSION_KIND
from desktop.views.forms.partner import text_box
from desktop.widgets.error_label import ErrorLabel
from desktop.widgets.language import ui_language
from desktop.widgets.list_edit import KEY, LinkListEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.pickers import LinkField, VocabCombo

FIELDS = ("title", "kind", "date", "start_time", "end_time", "room", "moderator", "speakers", "rapporteur",
          "attendance", "minutes", "takeaways")


def _link(link) -> tuple[str | None, str]:
    if link is None:
        return (None, "")
    if isinstance(link, dict):
        return (link.get("id"), link.get("name", ""))
    return (link.id, link.name)


class SessionsEdit(QWidget):
    """Signals: ``record_requested(kind, public_id)`` (a moderator, speaker or rapporteur)."""

    record_requested = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions: list[dict[str, Any]] = []
        self.current = -1
        self.errors: dict[tuple[int, str], list[str]] = {}

        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add_session)
        self.remove_button = QPushButton(self.tr("Supprimer"), self)
        self.remove_button.clicked.connect(self.remove_session)
        self.up_button = QPushButton("↑", self)
        self.up_button.setToolTip(self.tr("Monter la séance"))
        self.up_button.clicked.connect(lambda: self.move_session(-1))
        self.down_button = QPushButton("↓", self)
        self.down_button.setToolTip(self.tr("Descendre la séance"))
        self.down_button.clicked.connect(lambda: self.move_session(1))
        for button in (self.up_button, self.down_button):
            button.setMaximumWidth(36)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form_host = QWidget(self)
        form = QFormLayout(self.form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {
            "title": QLineEdit(self), "kind": VocabCombo(SESSION_KIND, self), "date": PartialDateEdit(self),
            "start_time": QLineEdit(self), "end_time": QLineEdit(self), "room": QLineEdit(self),
            "moderator": LinkField(services, "contact", self), "speakers": LinkListEdit(services, "contact", self, True),
            "rapporteur": LinkField(services, "contact", self), "attendance": QLineEdit(self),
            "minutes": text_box(self, 110), "takeaways": text_box(self, 70),
        }
        for name in ("start_time", "end_time", "attendance"):
            self.widgets[name].setMaximumWidth(90)
        self.widgets["start_time"].setPlaceholderText("09:30")
        self.widgets["end_time"].setPlaceholderText("11:00")
        self.widgets["title"].textEdited.connect(self._retitle)
        for name in ("moderator", "speakers", "rapporteur"):
            self.widgets[name].record_requested.connect(self.record_requested)
        self.field_errors = {name: ErrorLabel(self) for name in FIELDS}
        labels = {"title": self.tr("Intitulé"), "kind": self.tr("Type"), "date": self.tr("Date"),
                  "start_time": self.tr("Horaires"), "room": self.tr("Salle"), "moderator": self.tr("Animateur"),
                  "speakers": self.tr("Intervenants"), "rapporteur": self.tr("Rapporteur"),
                  "attendance": self.tr("Participants"), "minutes": self.tr("Compte rendu"),
                  "takeaways": self.tr("À retenir")}
        for name, label in labels.items():
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if name == "start_time":
                times = QHBoxLayout()
                times.addWidget(self.widgets["start_time"])
                times.addWidget(QWidget())
                times.itemAt(1).widget().hide()
                times.addWidget(self.widgets["end_time"])
                times.addStretch(1)
                cell.addLayout(times)
                cell.addWidget(self.field_errors["end_time"])
            else:
                cell.addWidget(self.widgets[name])
            cell.addWidget(self.field_errors[name])
            form.addRow(label, cell)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(left)
        self.box.addWidget(self.form_host, 1)
        self._stacked: bool | None = None
        self.stack(False)
        self._update_buttons()

    def stack(self, stacked: bool) -> None:
        """The list beside the form, or above it when space is short."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        self.list.setMinimumWidth(0 if stacked else 200)
        self.list.setMaximumWidth(16777215 if stacked else 250)
        self.list.setMaximumHeight(150 if stacked else 16777215)


    # --- one session <-> widgets ------------------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        w = self.widgets
        speaker_list = w["speakers"]
        pending = speaker_list.picker.text().strip()
        links = [(speaker_list.list.item(i).data(KEY), speaker_list.list.item(i).text())
                 for i in range(speaker_list.list.count())]
        if pending:
            links.append((speaker_list.picker.key(), pending))
        return {
            "title": w["title"].text(), "kind": w["kind"].value(), "date": w["date"].text(),
            "start_time": w["start_time"].text(), "end_time": w["end_time"].text(), "room": w["room"].text(),
            "moderator": (w["moderator"].picker.key(), w["moderator"].text()), "speakers": links,
            "rapporteur": (w["rapporteur"].picker.key(), w["rapporteur"].text()),
            "attendance": w["attendance"].text(), "minutes": w["minutes"].toPlainText(),
            "takeaways": w["takeaways"].toPlainText(),
        }

    def _write(self, data: dict[str, Any]) -> None:
        w = self.widgets
        w["title"].setText(data.get("title") or "")
        w["title"].setCursorPosition(0)
        w["kind"].set_value(data.get("kind"))
        w["date"].setText(data.get("date") or "")
        for name in ("start_time", "end_time", "room", "attendance"):
            w[name].setText(data.get(name) or "")
        for name in ("moderator", "rapporteur"):
            key, label = data.get(name) or (None, "")
            w[name].picker.set_link(key, label)
            w[name]._update()
        w["speakers"].list.clear()
        w["speakers"].picker.set_link(None, None)
        for key, label in data.get("speakers") or []:
            w["speakers"].add(key or label, label)
        w["minutes"].setPlainText(data.get("minutes") or "")
        w["takeaways"].setPlainText(data.get("takeaways") or "")
        for name, label in self.field_errors.items():
            label.set_error("\n".join(self.errors.get((self.current, name), [])))

    def _store(self) -> None:
        if 0 <= self.current < len(self.sessions):
            self.sessions[self.current].update(self._read())

    @Slot(int)
    def _select(self, row: int) -> None:
        self._store()
        self.current = row
        self.form_host.setEnabled(0 <= row < len(self.sessions))
        self._write(self.sessions[row] if 0 <= row < len(self.sessions) else {})
        self._update_buttons()

    @Slot(str)
    def _retitle(self, text: str) -> None:
        if (item := self.list.item(self.current)) is not None:
            item.setText(text.strip() or self.tr("(sans titre)"))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _rebuild_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.sessions:
            self.list.addItem((s.get("title") or "").strip() or self.tr("(sans titre)"))
        self.list.blockSignals(False)
        self.current = -1
        self.list.setCurrentRow(select)
        if select < 0:
            self._select(-1)

    # --- list actions -----------------------------------------------------------------------------

    @Slot()
    def add_session(self) -> None:
        self._store()
        self.sessions.append({"public_id": None, "title": ""})
        self._rebuild_list(len(self.sessions) - 1)
        self.widgets["title"].setFocus()

    @Slot()
    def remove_session(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.current = -1
        del self.sessions[row]
        self._rebuild_list(min(row, len(self.sessions) - 1))

    def move_session(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.sessions):
            return
        self._store()
        self.current = -1
        self.sessions[row], self.sessions[target] = self.sessions[target], self.sessions[row]
        self._rebuild_list(target)

    # --- binding ----------------------------------------------------------------------------------

    def set_values(self, sessions) -> None:
        self.errors.clear()
        self.sessions = []
        for s in sessions or []:
            def g(name, s=s):
                return s.get(name) if isinstance(s, dict) else getattr(s, name, None)

            date = g("date")
            self.sessions.append({
                "public_id": g("id") or g("public_id"), "title": g("title") or "", "kind": g("kind"),
                "date": date.display(ui_language()) if hasattr(date, "display") else (date or ""),
                "start_time": g("start_time") or "", "end_time": g("end_time") or "", "room": g("room") or "",
                "moderator": _link(g("moderator")), "rapporteur": _link(g("rapporteur")),
                "speakers": [_link(x) for x in g("speakers") or []],
                "attendance": "" if g("attendance") is None else str(g("attendance")),
                "minutes": g("minutes") or "", "takeaways": g("takeaways") or "",
            })
        self.current = -1
        self._rebuild_list(0 if self.sessions else -1)

    @staticmethod
    def _person(pair) -> str | None:
        return (pair[0] or pair[1].strip() or None) if pair else None

    def value(self) -> list[dict[str, Any]]:
        """What ``SessionIn`` reads, in list order; people by public id, or as typed."""
        self._store()
        result = []
        for s in self.sessions:
            result.append({
                "public_id": s.get("public_id"), "title": s.get("title"), "kind": s.get("kind"),
                "date": s.get("date") or None, "start_time": s.get("start_time") or None,
                "end_time": s.get("end_time") or None, "room": s.get("room") or None,
                "moderator": self._person(s.get("moderator")), "rapporteur": self._person(s.get("rapporteur")),
                "speakers": [key or label for key, label in s.get("speakers") or []],
                "attendance": s.get("attendance") or None, "minutes": s.get("minutes") or None,
                "takeaways": s.get("takeaways") or None,
            })
        return result

    def text(self) -> str:
        self._store()
        lines = []
        for i, s in enumerate(self.sessions, start=1):
            people = ", ".join(x for x in [(s.get("moderator") or (None, ""))[1]] + [lab for _k, lab in s.get("speakers") or []] if x)
            lines.append(f"{i}. {s.get('title', '')} {s.get('date', '')} {people} {s.get('minutes', '')[:40]}".strip())
        return "\n".join(lines)

    def clear_errors(self) -> None:
        self.errors.clear()
        for label in self.field_errors.values():
            label.clear_error()

    def show_error(self, index: int, field: str, message: str) -> None:
        if field == "public_id":
            field = "title"
        self.errors.setdefault((index, field if field in FIELDS else "title"), []).append(message)
        if index != self.list.currentRow():
            self.list.setCurrentRow(index)
        else:
            self._write(self.sessions[index])

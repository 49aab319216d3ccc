"""The record editor every kind shares: fields bound to an ``XxxIn`` schema, save, delete, conflicts.

A subclass builds its widgets with ``add_field`` and says how to read a record into them;
validation, messages next to fields, duplicate warnings, optimistic locking and soft deletion
live here once.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm.exc import StaleDataError

from db.schemas.messages import error_message
from db.services import ConflictError, LinkError, NotFoundError, ServiceError
from desktop.errors import said
from desktop.views.forms.binding import Binding, accessors
from desktop.widgets import message_box
from desktop.widgets.error_label import ErrorLabel
from desktop.widgets.extra_edit import ExtraEdit
from desktop.widgets.language import ui_language


class RecordEditor(QWidget):
    """Detail and edit form of one record (``public_id``) or of a new one (``public_id`` None).

    Signals: ``saved(kind, public_id)``, ``deleted(kind, public_id)``,
    ``record_requested(kind, public_id)`` (the user asked to open a linked record).
    """

    saved = Signal(str, str)
    deleted = Signal(str, str)
    record_requested = Signal(str, str)
    followups_created = Signal(list)  # public ids of follow-ups created from this record

    kind: ClassVar[str] = ""
    schema: ClassVar[type] = None
    language: str = "fr"  # of validation messages and vocabularies; set from the application at construction

    def __init__(self, services, public_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.language = ui_language()
        self.public_id = public_id
        self.record = None  # the XxxOut last read or saved
        self.bindings: dict[str, Binding] = {}
        self._labels: dict[int, list[QLabel]] = {}
        self._baseline: dict[str, Any] = {}
        self._build_frame()
        self.build()
        self.extra_edit = ExtraEdit(self)
        extra_box = self.group(self.tr("Attributs supplémentaires"), column=0)
        self.add_field(extra_box, "extra", "", self.extra_edit)
        self.columns[0].addStretch(1)
        self.columns[1].addStretch(1)
        self._align_labels()
        self.load()

    # --- frame ------------------------------------------------------------------------------------

    def _build_frame(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setMinimumWidth(120)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setEnabled(False)
        self.subtitle_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"), self)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.clicked.connect(self.delete)
        header = self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        header.addLayout(buttons)
        self.banner = ErrorLabel(self)
        self.hint_label = QLabel(self.tr("Enregistrez d'abord la fiche pour y lier d'autres fiches."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        body = QWidget()
        self.grid = QGridLayout(body)
        self._narrow: bool | None = None
        self.columns = [QVBoxLayout(), QVBoxLayout()]
        self.columns[1].addWidget(self.hint_label)
        self.wide = QVBoxLayout()  # full-width row under both columns (an event's sessions)
        self._arrange(narrow=False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Fiche"))
        self.history_panel = None  # built the first time its tab is shown
        self.tabs.addTab(QWidget(), self.tr("Historique"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    HISTORY_TAB = 1

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index != self.HISTORY_TAB:
            return
        if self.history_panel is None:
            from desktop.views.forms.history_panel import HistoryPanel

            read_only = bool(getattr(self.services.catalog, "read_only", False))
            self.history_panel = HistoryPanel(self.services, self.kind, read_only, self)
            self.history_panel.version_restored.connect(self._version_restored)
            placeholder = self.tabs.widget(self.HISTORY_TAB)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(self.HISTORY_TAB)
            self.tabs.insertTab(self.HISTORY_TAB, self.history_panel, self.tr("Historique"))
            self.tabs.setCurrentIndex(self.HISTORY_TAB)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        self.history_panel.show_record(self.public_id)

    @Slot(str)
    def _version_restored(self, public_id: str) -> None:
        self.load()
        self.saved.emit(self.kind, public_id)

    def _align_labels(self) -> None:
        """One label width per column, so that the fields of successive groups line up."""
        for labels in self._labels.values():
            width = max((label.sizeHint().width() for label in labels), default=0)
            for label in labels:
                label.setMinimumWidth(width)

    NARROW_WIDTH = 880  # below this the side column goes under the main one

    def _arrange(self, narrow: bool) -> None:
        """Two columns side by side, or one above the other in a narrow panel."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for layout in (*self.columns, self.wide):
            self.grid.removeItem(layout)
        self.header.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self.arranged(narrow)
        if narrow:
            self.grid.addLayout(self.columns[0], 0, 0)
            self.grid.addLayout(self.columns[1], 1, 0)
            self.grid.addLayout(self.wide, 2, 0)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addLayout(self.columns[0], 0, 0)
            self.grid.addLayout(self.columns[1], 0, 1)
            self.grid.addLayout(self.wide, 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)
        self._settle()

    def _settle(self) -> None:
        """Forget every cached size hint under the form, deepest first, after a re-arrangement."""
        body = self.grid.parentWidget()
        widgets = [w for w in body.findChildren(QWidget) if w.layout() is not None]
        for widget in reversed(widgets):
            widget.layout().invalidate()
            widget.updateGeometry()
        self.grid.invalidate()

    def arranged(self, narrow: bool) -> None:
        """Hook: the form switched between one and two columns."""

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width() < self.NARROW_WIDTH)
        super().resizeEvent(event)

    def group(self, title: str, column: int = 0) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setProperty("column", column)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.columns[column].addWidget(box)
        return form

    def side_box(self, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        self.columns[1].addWidget(box)
        return layout

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget, fmt=None) -> Binding:
        get, set_, text = accessors(widget, fmt)
        error = ErrorLabel()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(error)
        if label:
            label_widget = QLabel(label)
            label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label_widget.setBuddy(widget)  # Alt+letter and screen readers: the label names its field
            if not widget.accessibleName():
                widget.setAccessibleName(label.rstrip(" :"))
            label_widget.setContentsMargins(0, 4, 0, 0)  # level with the text of the field beside it
            self._labels.setdefault(form.property("column") or 0, []).append(label_widget)
            form.addRow(label_widget, cell)
        else:
            form.addRow(cell)
        binding = Binding(name, label.rstrip(" :"), widget, get, set_, text, error)
        self.bindings[name] = binding
        if hasattr(widget, "record_requested"):
            widget.record_requested.connect(self.record_requested)
        return binding

    # --- to override ------------------------------------------------------------------------------

    def build(self) -> None:
        """Create the widgets (``group`` + ``add_field``)."""

    def record_title(self, record) -> str:
        return getattr(record, "name", None) or getattr(record, "title", "")

    def new_title(self) -> str:
        return self.tr("Nouvelle fiche")

    def has_links(self) -> bool:
        """Whether the side column lists linked records (only once the record exists)."""
        return False

    def fill_extra(self, record) -> None:
        """Fill what is not a bound field (linked panels…) from a record (None: a new one)."""

    def model_error_field(self, error: dict) -> str | None:
        """The field a whole-record error belongs to (empty ``loc``)."""
        return {"end_before_start": "ends_on"}.get(error.get("type"))

    def duplicate_name(self, data) -> str | None:
        """The name to check for duplicates when creating (partners and contacts)."""
        return None

    # --- values -----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: b.get() for name, b in self.bindings.items()}

    def texts(self) -> dict[str, str]:
        return {name: b.text() for name, b in self.bindings.items()}

    def fill(self, record) -> None:
        for name, binding in self.bindings.items():
            binding.set(getattr(record, name, None) if record is not None else None)

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def title(self) -> str:
        """What the window shows for this form (a tab title): the record's name, or "Nouveau …"."""
        return self.title_label.text()

    def load(self) -> None:
        """Read the record again from the catalogue (or show an empty new record)."""
        self.clear_errors()
        try:
            self.record = self.services.get(self.kind, self.public_id) if self.public_id else None
        except NotFoundError:
            self.record = None
            self._gone()
            return
        if self.record is not None:
            self.fill(self.record)
        else:
            self.fill_defaults()
        self.fill_extra(self.record)
        self._mark_clean()
        if self.history_panel is not None and self.tabs.currentIndex() == self.HISTORY_TAB:
            self.history_panel.show_record(self.public_id)

    def _gone(self) -> None:
        """The record was deleted meanwhile: say so, keep nothing editable."""
        from desktop.views.forms.conflict_dialog import (
            deleted_record,
            deleted_sentence,
            replacement,
        )

        gone = deleted_record(self)
        self.title_label.setText(self.record_title(gone) if gone is not None else self.tr("Fiche introuvable"))
        self.subtitle_label.setText("")
        self.banner.set_error(deleted_sentence(gone, replacement(self, gone)) if gone is not None
                              else self.tr("Cette fiche n'existe plus : elle a peut-être été supprimée."))
        for button in (self.save_button, self.delete_button, self.revert_button):
            button.setEnabled(False)
        self._baseline = self.values()

    def fill_defaults(self) -> None:
        blank = self.schema.model_validate(self.required_placeholders())
        for name, binding in self.bindings.items():
            binding.set(getattr(blank, name, None) if name not in self.required_placeholders() else None)

    def required_placeholders(self) -> dict[str, Any]:
        return {"title": "x"} if "title" in self.schema.model_fields else {"name": "x"}

    def _mark_clean(self) -> None:
        self._baseline = self.values()
        record = self.record
        self.title_label.setText(self.record_title(record) if record else self.new_title())
        if record is not None:
            who = record.updated_by or record.created_by or ""
            when = record.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
            self.subtitle_label.setText(self.tr("Modifiée le {0} par {1}").format(when, who) if who
                                        else self.tr("Modifiée le {0}").format(when))
        else:
            self.subtitle_label.setText(self.tr("Pas encore enregistrée"))
        read_only = bool(getattr(self.services.catalog, "read_only", False))
        self.save_button.setEnabled(not read_only)
        self.revert_button.setEnabled(True)
        self.delete_button.setEnabled(record is not None and not read_only)
        for name in ("new_followup_button", "decisions_button"):
            if hasattr(self, name):
                getattr(self, name).setEnabled(record is not None and not read_only)
        if read_only:
            self.banner.set_error(self.tr("Catalogue ouvert en lecture seule : les modifications ne peuvent pas être enregistrées."))
        self.hint_label.setVisible(record is None and self.has_links())

    @Slot()
    def revert(self) -> None:
        self.load()

    # --- errors -----------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.banner.clear_error()
        for binding in self.bindings.values():
            binding.error.clear_error()

    def show_errors(self, errors: list[dict]) -> None:
        """Each message next to its field; the first faulty field gets the focus."""
        first = None
        for error in errors:
            loc = tuple(error.get("loc") or ())
            if loc and isinstance(loc[0], str) and "." in loc[0]:
                loc = tuple(int(p) if p.isdigit() else p for p in loc[0].split(".")) + loc[1:]
            field = str(loc[0]) if loc else self.model_error_field(error)
            message = error_message(error, self.language)
            if not self.show_field_error(field, loc, message):
                self.banner.add_error(message)
                continue
            first = first or self.bindings[field]
        if first is not None:
            first.widget.setFocus()
        if not self.banner.text():
            self.banner.set_error(self.tr("La fiche n'est pas enregistrée : corrigez les champs signalés."))

    def show_field_error(self, field: str | None, loc: tuple, message: str) -> bool:
        binding = self.bindings.get(field or "")
        if binding is None:
            return False
        binding.error.add_error(message)
        return True

    def validate(self):
        """The ``XxxIn`` of what is typed, or None with the messages shown."""
        self.clear_errors()
        try:
            return self.schema.model_validate(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors())
            return None

    # --- actions ----------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Validate and write; True when the record is saved."""
        data = self.validate()
        if data is None:
            return False
        if self.record is None and not self._check_duplicates(data):
            return False
        return self._write(data, self.record.version if self.record is not None else None)

    def _write(self, data, expected_version: int | None) -> bool:
        try:
            if self.record is None:
                out = self.services.create(self.kind, data)
            else:
                out = self.services.update(self.kind, self.record.id, data, expected_version=expected_version)
        except ConflictError as exc:
            return self._resolve_conflict(exc, data)
        except StaleDataError:  # saved by someone else between the version check and the write
            current = self.services.get(self.kind, self.record.id, include_deleted=True)
            return self._resolve_conflict(ConflictError(self.kind, current, data), data)
        except LinkError as exc:
            self.show_errors([exc.as_error()])
            return False
        except (ServiceError, PermissionError) as exc:
            message = said(exc) if isinstance(exc, ServiceError) else self.tr("Le catalogue est ouvert en lecture seule.")
            message_box.warning(self, self.tr("Enregistrement impossible"), message)
            return False
        self.record = out
        self.public_id = out.id
        self.clear_errors()
        self.fill(out)
        self.fill_extra(out)
        self._mark_clean()
        self.saved.emit(self.kind, out.id)
        return True

    def _check_duplicates(self, data) -> bool:
        name = self.duplicate_name(data)
        if not name:
            return True
        existing = self.services.duplicates_of(self.kind, name, data=data)
        if not existing:
            return True
        answer = message_box.question(
            self, self.tr("Fiche déjà existante"),
            self.tr("Une fiche « {0} » existe déjà.\n\n« Ouvrir » affiche la fiche existante ; "
                    "« Ignorer » crée quand même une nouvelle fiche.").format(name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Ignore | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            self.record_requested.emit(self.kind, existing[0].id)
            return False
        return answer == QMessageBox.StandardButton.Ignore

    def _resolve_conflict(self, exc: ConflictError, data) -> bool:
        """Theirs and yours field by field, or the record deleted meanwhile (``conflict_dialog.resolve``)."""
        from desktop.views.forms.conflict_dialog import resolve

        return resolve(self, exc, data)

    @Slot()
    def delete(self) -> bool:
        """Soft-delete after confirmation; True when deleted (Ctrl+Z / ``undo_last`` restores it)."""
        if self.record is None:
            return False
        answer = message_box.question(
            self, self.tr("Supprimer la fiche"),
            self.tr("Supprimer « {0} » ?\n\nLa suppression peut être annulée (Ctrl+Z).").format(self.record_title(self.record)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.delete(self.kind, self.record.id, expected_version=self.record.version)
        except ConflictError:
            message_box.warning(self, self.tr("Suppression impossible"),
                                self.tr("Cette fiche a été modifiée entre-temps par quelqu'un d'autre ; elle est rechargée."))
            self.load()
            return False
        except (ServiceError, PermissionError) as exc:
            message_box.warning(self, self.tr("Suppression impossible"), said(exc, self.services.catalog.path))
            return False
        self.deleted.emit(self.kind, self.record.id)
        self.setEnabled(False)
        return True

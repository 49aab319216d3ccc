"""One page of the main window: the list of a kind beside the editor of the selected record.

The editor comes from ``desktop.views.forms.create_editor`` (the forms package); when that package
is absent, a read-only summary stands in. The form stands beside the list, or below it when the page
is too narrow for the list's key columns and the form side by side (a laptop at 150 %), and back
beside it when the page is wide again; the splitter sizes are remembered for each of the two
arrangements. Unsaved changes are never dropped silently: switching record asks to save, discard or
stay.

Signals: ``record_requested(str, str)`` (a link in an editor), ``changed(str)`` (kind — a record
was saved or deleted, counts and other lists may need a refresh).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from db.services import Services
from desktop import settings as app_settings
from desktop.views.list_view import ListView
from desktop.widgets import message_box


def editor_factory():
    """``create_editor`` from the forms package, or None when it is not installed."""
    try:
        from desktop.views.forms import create_editor
    except ImportError:
        return None
    return create_editor


class RecordSummary(QPlainTextEdit):
    """Read-only stand-in for the record editor: every field as plain text."""

    saved = Signal(str, str)
    deleted = Signal(str, str)
    record_requested = Signal(str, str)

    def __init__(self, kind: str, services: Services, public_id: str | None = None, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.kind, self.public_id = kind, public_id
        if public_id:
            data = services.get(kind, public_id).model_dump(mode="json")
            lines = [f"{key} : {value}" for key, value in data.items() if value not in (None, "", [], {})]
            self.setPlainText("\n".join(lines))

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        return True


FORM_EN = 60  # the least width of a form beside the list, in widths of « n » (about 60 characters)
BELOW_LIST_SHARE = 0.45  # the list's share of the page's height when the form is below it


def split_sizes(width: int, en: int, list_needs: int = 0) -> list[int]:
    """List and form widths for a page ``width`` wide: the form gets 40 % of it, at least the room its
    fields need (about 60 characters) and at most 80 characters, less what the list needs to show its
    key columns (``list_needs``) when there is room for both; the list takes the rest."""
    form = max(FORM_EN * en, min(int(width * 0.4), 80 * en))
    if list_needs:
        form = min(form, max(width - list_needs, FORM_EN * en))
    form = min(form, max(width - 40 * en, width // 2))
    return [width - form, form]


def form_below(width: int, list_needs: int, en: int) -> bool:
    """Whether the form goes below the list on a page ``width`` wide: when the list's key columns
    (``list_needs`` pixels) and the form's 60 characters do not fit side by side, and the key columns
    do fit the whole width (a user who moved them far right keeps the form beside the list)."""
    return list_needs + FORM_EN * en > width and list_needs <= width


class RecordPage(QWidget):
    """List + editor of one kind.

    Signals: ``record_requested(str, str)``, ``changed(str)``.
    """

    record_requested = Signal(str, str)
    changed = Signal(str)

    def __init__(self, kind: str, services: Services, runner=None, parent: QWidget | None = None,
                 read_only: bool = False, today=None):
        super().__init__(parent)
        self.kind = kind
        self.services = services
        self.read_only = read_only
        self.setObjectName(f"page_{kind}")
        self.list = ListView(kind, services.catalog, runner, self, today=today, load=False)
        self.editor: QWidget | None = None
        self.placeholder = QLabel(self.tr("Sélectionnez une fiche dans la liste,\nou créez-en une (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setStyleSheet("color: palette(mid);")
        self.panel = QWidget()
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(0, 6, 6, 0)
        self.panel_layout.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{kind}")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 620])  # the form needs room as much as the list
        self.splitter.setChildrenCollapsible(False)
        self._placed = False  # the arrangement is chosen when the page is first shown
        state = app_settings.restore_state(self._state_name(Qt.Orientation.Horizontal))
        if state is not None:
            self.splitter.restoreState(state)
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.current_changed.connect(self._selection_changed)
        self.list.count_changed.connect(self._explain)
        self.list.record_activated.connect(lambda _k, pid: self.open_record(pid, focus=True))
        self.list.columns_fitted.connect(self._columns_fitted)

    @Slot(int)
    def _explain(self, rows: int) -> None:
        """What the empty panel says: why the list is empty and what to do, else to pick a record."""
        bar = self.list.filter_bar
        if rows:
            text = self.tr("Sélectionnez une fiche dans la liste,\nou créez-en une (Ctrl+N).")
        elif bar.search() or bar.filters():
            text = self.tr("Aucune fiche ne correspond à la recherche ou aux filtres.\nCliquez sur « Réinitialiser » "
                           "pour tout revoir, ou élargissez la recherche.")
        else:
            text = self.tr("Aucune fiche pour l'instant.\nCréez-en une (Ctrl+N) ou importez un classeur "
                           "(Fichier › Importer un classeur…).")
        self.placeholder.setText(text)

    # --- arrangement: the form beside the list, or below it -------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if not self._placed:  # first time: arranged and sized for this screen
            self._placed = True
            self.fit_arrangement(force=True)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self._placed:
            self.fit_arrangement()

    @Slot()
    def _columns_fitted(self) -> None:
        if self._placed:  # the key columns have their widths now: arranged and sized again
            self.fit_arrangement(force=True)

    def form_is_below(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def fit_arrangement(self, force: bool = False) -> None:
        """The form below the list when the page is too narrow for both side by side, beside it otherwise;
        on a change (or ``force``), the sizes the user left for that arrangement, else sizes fitted to it."""
        en = self.fontMetrics().horizontalAdvance("n")
        below = form_below(self.width(), self.list.key_columns_width(), en)
        if below == self.form_is_below() and not force:
            return
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        state = app_settings.restore_state(self._state_name(orientation))
        self.splitter.setOrientation(orientation)  # first: the sizes restored are along this axis
        if state is not None:
            self.splitter.restoreState(state)
            return
        if below:  # not remembered until the user moves the handle
            height = self.splitter.height() - self.splitter.handleWidth()
            self.splitter.setSizes([int(height * BELOW_LIST_SHARE), height - int(height * BELOW_LIST_SHARE)])
        else:
            width = self.splitter.width() - self.splitter.handleWidth()
            self.splitter.setSizes(split_sizes(width, en, self.list.key_columns_width()))

    def _state_name(self, orientation: Qt.Orientation) -> str:
        """Where the splitter's state is kept: the name used before the form could go below, for beside."""
        return f"splitter/{self.kind}" + ("/below" if orientation == Qt.Orientation.Vertical else "")

    @Slot()
    def _save_splitter(self, *_args) -> None:
        app_settings.save_state(self._state_name(self.splitter.orientation()), self.splitter.saveState())

    # --- editor ------------------------------------------------------------------------------

    def editor_id(self) -> str | None:
        return getattr(self.editor, "public_id", None) if self.editor is not None else None

    def confirm_leave(self) -> bool:
        """True when the current editor may be replaced (saved, discarded, or clean)."""
        editor = self.editor
        if editor is None or self.read_only or not editor.is_dirty():
            return True
        answer = message_box.question(
            self, self.tr("Modifications non enregistrées"),
            self.tr("La fiche en cours a été modifiée. Enregistrer les modifications ?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return bool(editor.save())
        return answer == QMessageBox.StandardButton.Discard

    @Slot(str)
    def _selection_changed(self, public_id: str) -> None:
        if public_id and public_id != self.editor_id():
            self.open_record(public_id)

    def open_record(self, public_id: str | None, focus: bool = False) -> bool:
        """Show ``public_id`` in the editor (None: a new, empty record)."""
        if public_id is not None and public_id == self.editor_id():
            return True
        if not self.confirm_leave():
            current = self.editor_id()
            if current:  # back to the record being edited, once the view has finished moving
                QTimer.singleShot(0, self, lambda: self.list.select(current))
            return False
        factory = editor_factory()
        if factory is None:
            if public_id is None:
                return False
            editor = RecordSummary(self.kind, self.services, public_id, self.panel)
        else:
            editor = factory(self.kind, self.services, public_id=public_id, parent=self.panel)
        if not hasattr(editor, "public_id"):
            editor.public_id = public_id
        self._set_editor(editor)
        if public_id and self.list.current_id() != public_id:
            self.list.select(public_id)
        if focus or public_id is None:
            editor.setFocus()
        return True

    def _set_editor(self, editor: QWidget | None) -> None:
        if self.editor is not None:
            self.panel_layout.removeWidget(self.editor)
            self.editor.hide()
            self.editor.deleteLater()
        self.editor = editor
        self.placeholder.setVisible(editor is None)
        if editor is not None:
            self.panel_layout.addWidget(editor)
            editor.saved.connect(self._saved)
            editor.deleted.connect(self._deleted)
            if hasattr(editor, "followups_created"):  # follow-ups created from this record
                editor.followups_created.connect(lambda _ids: self.changed.emit("followup"))
            editor.record_requested.connect(self.record_requested)
            editor.show()

    def close_editor(self) -> bool:
        if not self.confirm_leave():
            return False
        self._set_editor(None)
        return True

    @Slot(str, str)
    def _saved(self, kind: str, public_id: str) -> None:
        if self.editor is not None:
            self.editor.public_id = public_id
        self.list.refresh(select_id=public_id)
        self.changed.emit(kind)

    @Slot(str, str)
    def _deleted(self, kind: str, _public_id: str) -> None:
        self._set_editor(None)
        self.list.refresh(select_id="")
        self.changed.emit(kind)

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> bool:
        """An empty form; the list no longer highlights the record shown before (it is not the one edited)."""
        if not self.open_record(None, focus=True):
            return False
        self.list.table.selectionModel().clearSelection()
        self.list.table.setCurrentIndex(QModelIndex())
        return True

    def save(self) -> bool:
        return bool(self.editor.save()) if self.editor is not None and not self.read_only else False

    def delete_selected(self) -> bool:
        """Delete the record shown (the editor confirms when it can), soft, undoable with Ctrl+Z."""
        if self.read_only:
            return False
        if self.editor is not None and hasattr(self.editor, "delete") and self.editor_id():
            return bool(self.editor.delete())
        public_id = self.editor_id() or self.list.current_id()
        if not public_id:
            return False
        answer = message_box.question(
            self, self.tr("Supprimer"),
            self.tr("Supprimer cette fiche ? Vous pourrez l'annuler avec Ctrl+Z."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.delete(self.kind, public_id)
        self._deleted(self.kind, public_id)
        return True

    def activate(self) -> None:
        """Load the list (called when the page is first shown)."""
        self.list.activate()

    def refresh(self) -> None:
        """After an undo or an import: read the list again and reload the shown record."""
        if not self.list.active:
            return
        self.list.filter_bar.refresh_choices()
        current = self.editor_id()
        if current and self.editor is not None and not self.editor.is_dirty():
            shown = getattr(self.editor, "record", None)
            seen = None if shown is None else shown.version   # None: the form said the record was gone
            self._set_editor(None)
            self.list.refresh(select_id=current)
            self.open_record(current)  # deleted, merged or restored by a colleague meanwhile: the form says so
            if self.editor is not None and hasattr(self.editor, "banner"):
                from desktop.views.forms.conflict_dialog import say_if_restored

                say_if_restored(self.editor, seen)
        else:
            self.list.refresh()

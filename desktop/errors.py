"""Unexpected errors: written to the rotating log, shown in a dialog with a copyable report.

Everyday faults of the disk or the file (locked, disk full, read-only, vanished… — recognised by
``db.faults.explain``) are logged too but shown as one plain sentence in a message box, in the
language of the window, with no report: they are not bugs.

``install_excepthook(parent_getter)`` replaces ``sys.excepthook``: the window stays usable
(Qt keeps running after a slot raised), the full traceback goes to ``db.logs``, and the user
sees a short French message with the report in a read-only text box and a "Copier" button.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import message_box


def report_text(exc_type, exc, tb) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        app_version = version("passerelles")
    except PackageNotFoundError:
        app_version = "?"
    head = f"Passerelles {app_version} — Python {platform.python_version()} — {platform.platform()}\n\n"
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


class ErrorDialog(QDialog):
    """Tells the user something went wrong, where the log is, and lets them copy the report."""

    def __init__(self, report: str, log_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.setObjectName("error_dialog")
        layout = QVBoxLayout(self)
        message = QLabel(self.tr("Une erreur inattendue s'est produite. Votre travail enregistré n'est pas "
                                 "perdu et vous pouvez continuer.\nLe rapport ci-dessous a été écrit dans "
                                 "le journal : {0}").format(log_path))
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setMinimumSize(560, 220)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copier le rapport"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def fault_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    """A plain warning for an everyday fault (non-blocking)."""
    box = QMessageBox(parent)
    box.setObjectName("fault_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("errors", "Enregistrement impossible"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    message_box.fit_text(box, message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def said(exc: BaseException, path=None) -> str:
    """What to tell the user about a refusal or an everyday fault (a service's refusal, a file that
    cannot be read, a read-only catalogue…), in the window's language (``db.faults.describe``: never
    a traceback, SQL or the system's English text); ``path`` is the catalogue or file concerned."""
    from db.faults import describe
    from desktop.widgets.language import ui_language

    return describe(exc, path, ui_language())


def explain(exc: BaseException, parent: QWidget | None = None) -> str | None:
    """The plain sentence for an everyday fault, in the window's language; None for a bug."""
    from db.faults import explain as explain_fault
    from desktop.widgets.language import ui_language

    catalog = getattr(parent, "catalog", None)
    fault = explain_fault(exc, getattr(catalog, "path", None))
    return fault.in_language(ui_language()) if fault is not None else None


def handle(exc_type, exc, tb, parent: QWidget | None = None) -> QDialog | None:
    """Log one unexpected error and show it (non-blocking); returns the dialog when there is a GUI.

    A lost or refused server connection, an everyday fault (full disk, read-only…) is no bug: a
    plain sentence, no report."""
    from db.logs import log_exception

    if exc is None:
        exc = exc_type()
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    try:
        log_path = log_exception(exc)
    except Exception:  # the log itself failed: still tell the user
        log_path = "?"
    if QApplication.instance() is None:
        return None
    from db.server_errors import explain as explain_server

    url = getattr(getattr(parent, "catalog", None), "url", None)
    try:
        from sqlalchemy.engine import make_url

        url = make_url(url) if url and "://" in str(url) else None
    except Exception:  # a path, not a URL
        url = None
    explained = explain_server(exc, url)
    if explained:
        from desktop.widgets.language import ui_language

        explained = explained.in_language(ui_language())  # the server went away or refused: not a bug, say it plainly (the window stays usable)
        box = message_box.message_box(QMessageBox.Icon.Warning,
                                      QCoreApplication.translate("Errors", "Serveur indisponible"), explained,
                                      QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("server_error_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    fault = explain(exc, parent)
    if fault is not None:
        return fault_box(fault, parent)
    dialog = ErrorDialog(report_text(exc_type, exc, tb), log_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_excepthook(parent_getter: Callable[[], QWidget | None] = lambda: None) -> Callable:
    """Route uncaught exceptions to ``handle``; returns the previous hook."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            handle(exc_type, exc, tb, parent_getter())
        except Exception:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous

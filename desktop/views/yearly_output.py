"""The print preview, the PDF, the Word document and the Excel workbook of a yearly dialog (APD, Atlas,
annual report), built on the window's task runner: the window keeps answering while the catalogue is read,
the HTML formatted, the map drawn and the file written.

``YearlyOutput(dialog, services, runner, kind, state, buttons, ready)``; ``preview(reference)``,
``pdf(reference, name)``, ``docx(year, path)``, ``xlsx(name, write)``.

Off the GUI thread (``BackgroundRead`` on the runner): ``printing.actions.documents`` (its own unit of
work, the HTML, the map painted on a QImage, the check of the glyphs) and, for a PDF,
``paging.write_pdf``: QPainter on a QPdfWriter with QTextDocument layouts is supported in any thread as
long as no widget or QPixmap is involved — off the GUI thread Qt draws a document's images from QImage,
and the header, the footer and the map are QImage too. The .docx (``reports_cli.write_docx``) is
python-docx with the map on a QImage; a workbook is ``write(path, language)`` of ``db.interchange`` on the
dialog's figures (plain data, read before). Only the pages of the print preview are laid out on the GUI
thread, after the documents arrived: QPrintPreviewDialog asks for them there.

While a document is built, ``state`` says so (« Préparation de l'aperçu… », « Écriture du PDF… ») and the
``buttons`` are off; they come back when ``ready()`` (the dialog has its figures). A failure is a plain
sentence (``state`` and a message box), never a traceback; characters no font can draw are said when the
job is done. A dialog closed meanwhile opens no preview; a PDF or .docx already asked for is still
written (the worker holds no widget), and a failure then is said over the window.

A file that cannot be written (a read-only folder…) is said by ``db.faults`` in the window's language;
the file written before under that name, if any, is left as it was (``db.interchange.atomic``).

Signals: ``preview_ready(object)`` (the ``(documents, page setup)`` built), ``pdf_written(str)`` (its
path), ``docx_written(str)``, ``xlsx_written(str)``, ``output_failed(str)`` (the sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.widgets import message_box
from desktop.widgets.language import ui_language


@dataclass
class Built:
    """What a worker hands back: plain data, no Qt object that belongs to the worker's thread."""

    what: str  # "preview", "pdf", "docx" or "xlsx"
    docs: list[tuple[str, str]] = field(default_factory=list)
    setup: Any = None
    path: str = ""
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def build_preview(kind: str, reference: str | None, services, language: str) -> Built:
    from desktop.printing import actions

    warnings: list[str] = []
    docs, setup = actions.documents(kind, reference, services, language=language, warn=warnings.append)
    return Built("preview", docs=docs, setup=setup, warnings=warnings)


def build_pdf(kind: str, reference: str | None, services, path: str, language: str) -> Built:
    from desktop.printing import actions

    warnings: list[str] = []
    pages = actions.export_pdf(kind, reference, services, path, language=language, warn=warnings.append)
    return Built("pdf", path=path, pages=pages, warnings=warnings)


def build_docx(services, year: int, path: str, language: str) -> Built:
    from desktop.reports_cli import write_docx

    write_docx(services, year, path, language)
    return Built("docx", path=path)


def build_xlsx(write: Callable[[str, str], Any], path: str, language: str) -> Built:
    write(path, language)
    return Built("xlsx", path=path)


def show_preview(docs: list[tuple[str, str]], setup, parent) -> None:
    """Qt's print preview (modal) of the documents built; the tests replace it."""
    from desktop.printing.actions import preview_documents

    preview_documents(docs, setup, parent)


class YearlyOutput(QObject):
    preview_ready = Signal(object)
    pdf_written = Signal(str)
    docx_written = Signal(str)
    xlsx_written = Signal(str)
    output_failed = Signal(str)

    def __init__(self, dialog, services, runner, kind: str, state, buttons: Iterable, ready: Callable[[], bool]):
        super().__init__(dialog)
        from desktop.views.yearly_loading import BackgroundRead

        self.dialog, self.services, self.kind = dialog, services, kind
        self.state, self.buttons, self.ready = state, list(buttons), ready
        self.what = ""
        self.loader = BackgroundRead(dialog, runner, self._arrived, self._failed, say=self._say)
        state.setWordWrap(True)
        self._say_state("")

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh_buttons(self) -> None:
        """The buttons on when the dialog has its figures and no document is being built."""
        on = bool(self.ready()) and not self.busy
        for button in self.buttons:
            button.setEnabled(on)

    def preview(self, reference: str | None) -> None:
        kind, services, language = self.kind, self.services, ui_language()
        self._start("preview", self.tr("Préparation de l'aperçu…"),
                    lambda: build_preview(kind, reference, services, language))

    def pdf(self, reference: str | None, name: str) -> str | None:
        """Ask where to save, then write the PDF in the background; the path, or None when cancelled."""
        path = self._ask(self.tr("Enregistrer en PDF"), name, self.tr("Documents PDF (*.pdf)"), ".pdf")
        if path is not None:
            kind, services, language = self.kind, self.services, ui_language()
            self._start("pdf", self.tr("Écriture du PDF…"),
                        lambda: build_pdf(kind, reference, services, path, language))
        return path

    def xlsx(self, name: str, write: Callable[[str, str], Any]) -> str | None:
        """« Enregistrer en Excel… »: ask where to save, then ``write(path, language)`` in the background
        (``write`` holds the dialog's figures, never a widget); the path, or None when cancelled."""
        path = self._ask(self.tr("Enregistrer en Excel"), name, self.tr("Classeur Excel (*.xlsx)"), ".xlsx")
        if path is not None:
            language = ui_language()
            self._start("xlsx", self.tr("Écriture du classeur Excel…"), lambda: build_xlsx(write, path, language))
        return path

    def _ask(self, title: str, name: str, kinds: str, suffix: str) -> str | None:
        """The file to write (with its suffix), or None when cancelled or a document is being built."""
        if self.busy:
            return None
        path, _ = QFileDialog.getSaveFileName(self.dialog, title, name, kinds)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def docx(self, year: int, path: str) -> None:
        services, language = self.services, ui_language()
        self._start("docx", self.tr("Écriture du document Word…"), lambda: build_docx(services, year, path, language))

    def _start(self, what: str, text: str, build: Callable[[], Built]) -> None:
        if self.busy:
            return  # the buttons are off meanwhile; a second job would only race the first
        self.what = what
        self._say_state(text)
        for button in self.buttons:
            button.setEnabled(False)
        self.loader.start(build)  # without a runner, done (and said) before this returns
        self.refresh_buttons()

    def _say_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _parent(self):
        """Where to say something: the dialog, or the window when the dialog was closed meanwhile."""
        return self.dialog if self.dialog.isVisible() else self.dialog.parentWidget()

    def _arrived(self, built: Built) -> None:
        self.refresh_buttons()
        self._say_state("")
        shown = self.dialog.isVisible()
        if built.warnings and shown:
            message_box.warning(self.dialog, self.tr("Caractères impossibles à imprimer"), "\n".join(built.warnings))
        if built.what == "preview":
            self.preview_ready.emit((built.docs, built.setup))
            if shown:
                show_preview(built.docs, built.setup, self.dialog)
        elif built.what == "pdf":
            self._say_state(self.tr("PDF enregistré : {0} ({1} page(s))").format(Path(built.path).name, built.pages))
            self.pdf_written.emit(built.path)
        elif built.what == "xlsx":
            self._say_state(self.tr("Classeur Excel enregistré : {0}").format(Path(built.path).name))
            self.xlsx_written.emit(built.path)
        else:
            self._say_state(self.tr("Document Word enregistré : {0}").format(Path(built.path).name))
            self.docx_written.emit(built.path)

    def _failed(self, message: str) -> None:
        self.refresh_buttons()
        self._say_state(message)
        title = self.tr("Enregistrement impossible") if self.what in ("docx", "xlsx") else self.tr("Impression impossible")
        message_box.warning(self._parent(), title, message)
        self.output_failed.emit(message)

    def _say(self, exc: BaseException, context) -> str:
        """A print error's own sentence, a file that cannot be written (``db.faults``: a read-only folder,
        a full disk…, in the window's language), a database fault, else a plain sentence (the details in
        the log)."""
        from db.faults import file_fault
        from db.logs import log_exception
        from desktop.printing.paging import PrintError
        from desktop.views.yearly_loading import sentence

        if isinstance(exc, PrintError):
            return exc.in_language(ui_language())
        if isinstance(exc, OSError) and exc.filename:
            log_exception(exc)
            return file_fault(exc).in_language(ui_language())
        return sentence(exc, context, self.tr("Le document n'a pas pu être préparé ; les détails sont dans le journal."))

"""Outils › Bilan annuel… : the annual report « Bilan de l'action internationale YEAR » for the council,
previewed and printed, saved as PDF or as a Word document to edit (``db.reports.annual``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from db.reports.annual import annual_report
from db.reports.annual_words import w
from db.words import euros
from desktop.widgets.language import ui_language


class AnnualDialog(QDialog):
    """The year's figures are read on the window's task runner (``yearly_loading``); the preview, the PDF
    and the .docx are built there too (``yearly_output``), said in ``output_state``."""

    def __init__(self, services, parent=None, year: int | None = None, runner=None):
        super().__init__(parent)
        from desktop.views.yearly_loading import BackgroundRead
        from desktop.views.yearly_output import YearlyOutput

        self.services = services
        self.report = None
        self.loader = BackgroundRead(self, runner, self.show_report, self.figures_failed)
        self.setObjectName("annual_dialog")
        self.year = QSpinBox(self)
        self.year.setObjectName("annual_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year - 1)
        self.year.valueChanged.connect(self.refresh)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        self.figures = QLabel(self)
        self.figures.setObjectName("annual_figures")
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(lambda: self._print("preview"))
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self._print("pdf"))
        self.docx_button = QPushButton(self)
        self.docx_button.setObjectName("save_docx")
        self.docx_button.clicked.connect(self.save_docx)
        self.output_state = QLabel(self)
        self.output_state.setObjectName("output_state")
        self.output = YearlyOutput(self, services, runner, "annual_report", self.output_state,
                                   (self.preview_button, self.pdf_button, self.docx_button),
                                   lambda: self.report is not None and not self.loader.busy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addLayout(buttons)
        layout.addWidget(self.output_state)
        layout.addWidget(close)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bilan annuel de l'action internationale"))
        self.year_label.setText(self.tr("Année du bilan :"))
        self.preview_button.setText(self.tr("Aperçu et impression…"))
        self.pdf_button.setText(self.tr("Enregistrer en PDF…"))
        self.docx_button.setText(self.tr("Enregistrer en Word (.docx)…"))

    @Slot()
    def refresh(self) -> None:
        """Read the chosen year's figures in the background; ``show_report`` writes them."""
        catalog, actor, year = self.services.catalog, self.services.actor, self.year.value()

        def read():
            with catalog.uow(actor) as uow:
                return annual_report(uow.session, year)

        self.figures.setText(self.tr("Lecture de l'année {0}…").format(year))
        for button in self.output.buttons:
            button.setEnabled(False)
        self.loader.start(read)

    def figures_failed(self, message: str) -> None:
        self.report = None
        self.figures.setText(message)

    def show_report(self, r) -> None:
        self.report = r
        self.output.refresh_buttons()
        language = ui_language()
        lines = [w("title", language, year=r.year)] + [
            f"{w(key, language)} : {value}" for key, value in (
                ("signed", len(r.signed)), ("renewed", len(r.renewed)), ("ended", len(r.ended)),
                ("in_force", r.in_force), ("events", len(r.events)), ("attendance", r.attendance),
                ("paid", euros(r.money_total("paid"), language)), ("done", len(r.done)), ("late", len(r.late)))]
        self.figures.setText("\n".join(lines))

    @Slot()
    def save_docx(self) -> str | None:
        """Ask where to save, then write the .docx in the background (``yearly_output``); the path."""
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer en Word"), f"Bilan-{year}.docx",
                                              self.tr("Document Word (*.docx)"))
        if not path:
            return None
        if not path.lower().endswith(".docx"):
            path += ".docx"
        self.output.docx(year, path)
        return path

    def _print(self, how: str) -> None:
        """Preview or PDF of the report, built in the background (``yearly_output``)."""
        year = str(self.year.value())
        if how == "pdf":
            self.output.pdf(year, f"Bilan-{year}.pdf")
        else:
            self.output.preview(year)

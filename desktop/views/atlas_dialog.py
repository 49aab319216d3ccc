"""Outils › Mise à jour de l'Atlas… : the elected officials and staff in charge of international relations
(edited here, kept in the catalogue), and one project sheet per cooperation with what is missing; Excel,
PDF, preview and print (``db.reports.atlas``, ``db.interchange.atlas_xlsx``, ``desktop.printing.html_atlas``).

Signals: ``team_saved(int)`` (the number of people kept), ``team_failed(str)`` (the sentence said).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from db.countries import country_name
from db.reports.atlas import atlas, field_label, status_label
from db.schemas.vocab import AGREEMENT_KIND
from db.services import atlas_team
from desktop.views.apd_dialog import fill, read_only_table
from desktop.widgets import message_box
from desktop.widgets.language import ui_language

TEAM_FIELDS = ("first_name", "last_name", "title", "email")


class AtlasDialog(QDialog):
    """The team and the project sheets are read on the window's task runner (``yearly_loading``); the
    preview, the PDF and the workbook are built there too (``yearly_output``), said in ``output_state``.
    « Enregistrer la liste » writes the team there as well, said in ``team_state``: a catalogue that
    cannot be written (a full disk, a read-only folder) is a plain sentence in the window's language,
    and the list stays in the table as typed, to be saved again."""

    team_saved = Signal(int)
    team_failed = Signal(str)

    def __init__(self, services, parent=None, read_only: bool = False, runner=None):
        super().__init__(parent)
        from desktop.views.yearly_loading import BackgroundRead
        from desktop.views.yearly_output import YearlyOutput

        self.services, self.read_only = services, read_only
        self.update = None
        self.loader = BackgroundRead(self, runner, self.show_update, self.show_failure)
        self.team_writer = BackgroundRead(self, runner, self.show_team_saved, self.show_team_refused,
                                          say=self._team_sentence)
        self.setObjectName("atlas_dialog")
        self.resize(1000, 640)
        self.team_title = QLabel(self)
        self.team = QTableWidget(0, 5, self)
        self.team.setObjectName("atlas_team")
        self.team.verticalHeader().setVisible(False)
        for column, width in enumerate((120, 140, 380, 260, 70)):
            self.team.setColumnWidth(column, width)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_person())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.team.removeRow(self.team.currentRow()))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_team")
        self.save_button.clicked.connect(self.save_team)
        self.team_state = QLabel(self)
        self.team_state.setObjectName("team_state")
        self.team_state.setWordWrap(True)
        self.projects_title = QLabel(self)
        self.projects = read_only_table(self, "atlas_projects")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self._print("pdf"))
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(lambda: self._print("preview"))
        self.output_state = QLabel(self)
        self.output_state.setObjectName("output_state")
        self.output = YearlyOutput(self, services, runner, "atlas", self.output_state,
                                   (self.xlsx_button, self.pdf_button, self.preview_button),
                                   lambda: self.update is not None and not self.loader.busy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in (self.xlsx_button, self.pdf_button, self.preview_button):   # beside « Fermer », not beside
            close.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)   # the team's: room at 200 %
        team_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button):
            team_buttons.addWidget(button)
        team_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team_title)
        layout.addWidget(self.team, 2)
        layout.addLayout(team_buttons)
        layout.addWidget(self.team_state)
        layout.addWidget(self.projects_title)
        layout.addWidget(self.projects, 3)
        layout.addWidget(self.output_state)
        layout.addWidget(close)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mise à jour de l'Atlas de la coopération décentralisée"))
        self.team_title.setText(self.tr("Élus et agents chargés des relations internationales"))
        language = ui_language()
        self.team.setHorizontalHeaderLabels([field_label(f, language) for f in TEAM_FIELDS] + [self.tr("Élu(e)")])
        self.add_button.setText(self.tr("Ajouter une personne"))
        self.remove_button.setText(self.tr("Retirer"))
        self.save_button.setText(self.tr("Enregistrer la liste"))
        self.xlsx_button.setText(self.tr("Enregistrer en Excel…"))
        self.pdf_button.setText(self.tr("Enregistrer en PDF…"))
        self.preview_button.setText(self.tr("Aperçu et impression…"))

    def refresh(self) -> None:
        """Read the Atlas update in the background; ``show_update`` fills the tables."""
        catalog, actor = self.services.catalog, self.services.actor

        def read():
            with catalog.uow(actor) as uow:
                return atlas(uow.session)

        self.projects_title.setText(self.tr("Lecture du catalogue…"))
        self._enable(False)
        self.loader.start(read)

    def _enable(self, ready: bool) -> None:
        if ready:
            self.output.refresh_buttons()
        else:
            for button in self.output.buttons:
                button.setEnabled(False)
        for button in (self.add_button, self.remove_button, self.save_button):
            button.setEnabled(ready and not self.read_only and not self.team_writer.busy)

    def show_failure(self, message: str) -> None:
        self.update = None
        self.projects_title.setText(message)
        self.projects.setRowCount(0)

    def show_update(self, update) -> None:
        self.update = update
        self._enable(True)
        self.team.setRowCount(0)
        for member in self.update.team:
            self.add_person(member)
        language = ui_language()
        projects = self.update.projects
        todo = sum(1 for p in projects if p.missing)
        self.projects_title.setText(self.tr("Fiches projets : {0} coopération(s), {1} à compléter").format(
            len(projects), todo))
        fill(self.projects, [field_label(f, language) for f in ("partner", "country", "kind", "domains", "starts_on",
                                                                "ends_on", "status")] + [self.tr("À compléter")],
             [[p.partner, country_name(p.country, language), AGREEMENT_KIND.label(p.kind, language), ", ".join(p.domains),
               p.starts_on.display(language) if p.starts_on else "", p.ends_on.display(language) if p.ends_on else "",
               status_label(p.status, language), ", ".join(field_label(c, language) for c in p.missing)]
              for p in projects])
        for row, p in enumerate(projects):
            if p.missing:
                self.projects.item(row, 7).setForeground(QBrush(QColor("#B00020")))

    @Slot()
    def add_person(self, member=None) -> None:
        row = self.team.rowCount()
        self.team.insertRow(row)
        for column, name in enumerate(TEAM_FIELDS):
            self.team.setItem(row, column, QTableWidgetItem(getattr(member, name, "") if member else ""))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if member is not None and member.elected else Qt.CheckState.Unchecked)
        self.team.setItem(row, 4, check)

    def team_value(self) -> list[dict]:
        people = []
        for row in range(self.team.rowCount()):
            person = {name: (self.team.item(row, c).text().strip() if self.team.item(row, c) else "")
                      for c, name in enumerate(TEAM_FIELDS)}
            person["elected"] = self.team.item(row, 4).checkState() == Qt.CheckState.Checked
            people.append(person)
        return people

    @Slot()
    def save_team(self) -> None:
        """Keep the list in the catalogue, written on the task runner; ``show_team_saved`` or
        ``show_team_refused`` follows."""
        catalog, actor, people = self.services.catalog, self.services.actor, self.team_value()

        def write():
            with catalog.uow(actor) as uow:
                kept = atlas_team.set_team(uow.session, people)
                uow.commit()
            return len(kept)

        self.team_state.setText(self.tr("Enregistrement de la liste…"))
        self._enable(False)
        self.team.setEnabled(False)   # what is typed meanwhile would be replaced by the list read back
        self.team_writer.start(write)

    def _team_sentence(self, exc: BaseException, context) -> str:
        from desktop.views.yearly_loading import sentence

        return sentence(exc, context, self.tr("La liste n'a pas été enregistrée ; les détails sont dans le journal."))

    def show_team_saved(self, count: int) -> None:
        self.team.setEnabled(True)
        self.team_state.setText(self.tr("Liste enregistrée : {0} personne(s).").format(count))
        self.team_saved.emit(count)
        self.refresh()

    def show_team_refused(self, message: str) -> None:
        self.team.setEnabled(True)
        self.team_state.setText(message)
        self._enable(self.update is not None and not self.loader.busy)
        message_box.warning(self, self.tr("Liste non enregistrée"), message)
        self.team_failed.emit(message)

    @Slot()
    def save_xlsx(self) -> str | None:
        """The update as a workbook, written in the background (``yearly_output``); the path chosen."""
        from db.interchange import atlas_xlsx

        update = self.update
        if update is None:
            return None
        return self.output.xlsx("Atlas.xlsx", lambda path, language: atlas_xlsx.write(update, path, language))

    def _print(self, how: str) -> None:
        """Preview or PDF of the update, built in the background (``yearly_output``)."""
        if how == "pdf":
            self.output.pdf(None, "Atlas.pdf")
        else:
            self.output.preview(None)

"""Outils › the office's yearly documents and its map: Déclaration APD…, Mise à jour de l'Atlas…, Bilan
annuel…, Carte des partenaires… — added to the window's Tools menu by ``install`` (called once by
``main_actions.install``), each opening its own dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from desktop.widgets.language import ui_language


def save_workbook(parent, default_name: str, write) -> None:
    """« Enregistrer en Excel… » of a yearly dialog: the file asked for, ``write(path, language)``,
    and a plain sentence when it cannot be written."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("YearlyActions", "Enregistrer en Excel"), default_name,
                                          QCoreApplication.translate("YearlyActions", "Classeur Excel (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        write(path, ui_language())
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("YearlyActions", "Enregistrement impossible"),
                            QCoreApplication.translate("YearlyActions", "Le fichier « {0} » n'a pas pu être écrit : {1}").format(
                                path, exc.strerror or exc))


class YearlyActions(QObject):
    def __init__(self, main_actions):
        super().__init__(main_actions)
        self.main = main_actions
        self.window, self.services = main_actions.window, main_actions.services
        add = main_actions._menu_action
        add("tools", self.tr("Carte des partenaires…"), self.show_map, name="action_partner_map")
        add("tools", self.tr("Déclaration APD (aide publique au développement)…"), self.show_apd, name="action_apd")
        add("tools", self.tr("Mise à jour de l'Atlas de la coopération décentralisée…"), self.show_atlas,
            name="action_atlas")
        add("tools", self.tr("Bilan annuel de l'action internationale…"), self.show_annual, name="action_annual_report")

    @Slot()
    def show_apd(self) -> None:
        from desktop.views.apd_dialog import ApdDialog

        ApdDialog(self.services, self.window, runner=self.main.runner).exec()

    @Slot()
    def show_atlas(self) -> None:
        from desktop.views.atlas_dialog import AtlasDialog

        AtlasDialog(self.services, self.window, read_only=self.main.read_only, runner=self.main.runner).exec()

    @Slot()
    def show_annual(self) -> None:
        from desktop.views.annual_dialog import AnnualDialog

        AnnualDialog(self.services, self.window, runner=self.main.runner).exec()

    @Slot()
    def show_map(self) -> None:
        from desktop.views.map_view import MapDialog

        dialog = MapDialog(self.services, self.window, read_only=self.main.read_only, runner=self.main.runner)
        dialog.record_requested.connect(self.window.record_requested)
        dialog.partner_changed.connect(lambda _pid: self.window.refresh_all())
        dialog.exec()


def install(main_actions) -> YearlyActions:
    return YearlyActions(main_actions)

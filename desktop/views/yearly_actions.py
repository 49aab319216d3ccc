"""Outils › the office's yearly documents and its map: Déclaration APD…, Mise à jour de l'Atlas…, Bilan
annuel…, Carte des partenaires… — added to the window's Tools menu by ``install`` (called once by
``main_actions.install``), each opening its own dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot


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

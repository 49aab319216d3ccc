"""Screenshots of team mode: the connection dialog, the window on a server catalogue (and on it
through a read-only account), and Fichier › Copier le catalogue vers… (its server fields, its report).

    uv run python docs/make_server_screenshots.py

Starts a throwaway PostgreSQL server (``tests/pg_server.py``), loads the demonstration catalogue
into it, and paints offscreen, with isolated settings, into docs/screenshots/serveur-*.png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 22)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="passerelles-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["PASSERELLES_LOG_DIR"] = str(home / "logs")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_server import ThrowawayServer, unavailable

    if unavailable():
        raise SystemExit(unavailable())
    server = ThrowawayServer().start()
    try:
        from PySide6.QtWidgets import QApplication

        from db.catalog import open_catalog
        from db.demo import load_demo
        from db.services import Services
        from desktop import i18n
        from desktop.settings import Settings
        from desktop.views.main_actions import install
        from desktop.views.main_window import MainWindow
        from desktop.views.server_dialog import ServerDialog

        server.execute("CREATE DATABASE passerelles")
        app = QApplication(["passerelles"])
        app.setStyle("Fusion")
        translators = i18n.install(app, "fr")  # noqa: F841 — kept alive while painting
        catalog = open_catalog(server.url("passerelles"))
        load_demo(catalog, today=TODAY)
        dialog = ServerDialog(None, "postgresql+psycopg://anne.martin@bdd.mairie.local:5432/passerelles")
        dialog.password.setText("secret")
        dialog.remember.setChecked(True)
        dialog.show()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(OUT / "serveur-connexion.png"))
        print(OUT / "serveur-connexion.png")
        dialog.error_label.setText("Le serveur a refusé l'identifiant ou le mot de passe. Vérifiez-les et réessayez.")
        dialog.error_label.setVisible(True)
        dialog.adjustSize()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(OUT / "serveur-connexion-refusee.png"))
        print(OUT / "serveur-connexion-refusee.png")
        dialog.close()
        services = Services(catalog)
        window = MainWindow(services, None, Settings(), today=TODAY)
        install(window, services, None)
        window.resize(1440, 860)
        window.show()
        window.show_page("partner")
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / "serveur-fenetre.png"))
        print(OUT / "serveur-fenetre.png")
        _copy_shots(app, server, window)
        window.close()
        catalog.close()
        _read_only_shot(app, server)
    finally:
        server.stop()
    return 0


def _paint(app, widget, name: str) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def _copy_shots(app, server, window) -> None:
    """The copy's server fields, then its report after a real copy into a second database."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.copy_catalog import CatalogCopier
    from desktop.views.server_dialog import ServerDialog

    dialog = ServerDialog(window, "postgresql+psycopg://anne.martin@bdd.mairie.local:5432/passerelles_archives",
                          for_copy=True)
    dialog.password.setText("secret")
    _paint(app, dialog, "serveur-copie.png")
    dialog.close()
    server.execute("CREATE DATABASE passerelles_archives")

    def report(parent, title, text, *_args):
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        _paint(app, box, "serveur-copie-resultat.png")
        box.close()

    original = QMessageBox.information
    QMessageBox.information = staticmethod(report)
    try:
        CatalogCopier(window, window.services.catalog).copy_to(server.url("passerelles_archives"))
    finally:
        QMessageBox.information = original


def _read_only_shot(app, server) -> None:
    """The window of an account that may only read the catalogue: the banner says so."""
    from db.catalog import open_catalog
    from db.services import Services
    from desktop.settings import Settings
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    server.execute("CREATE ROLE lecteur LOGIN PASSWORD 'lire'")
    server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lecteur", database="passerelles")
    catalog = open_catalog(server.url("passerelles", user="lecteur", password="lire"))
    services = Services(catalog)
    window = MainWindow(services, None, Settings(), today=TODAY)
    install(window, services, None)
    window.resize(1440, 860)
    window.show_page("partner")
    _paint(app, window, "serveur-lecture-seule.png")
    window.close()
    catalog.close()


if __name__ == "__main__":
    sys.exit(main())

"""Fichier › Se connecter à un serveur… against a real PostgreSQL server: errors, status bar, keyring."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when a window is shown


class MemoryKeyring(KeyringBackend):
    """The operating system's credential store stands for a dict here (same keyring API)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def _answers(*fills):
    """An ``ask_server`` that fills the dialog as a person would, once per call, and records what it showed."""
    shown = []

    def ask(dialog):
        if len(shown) >= len(fills):
            return False
        shown.append({"error": dialog.error_label.text() if not dialog.error_label.isHidden() else "",
                      "host": dialog.host.text(), "user": dialog.user.text()})
        for name, value in fills[len(shown) - 1].items():
            widget = getattr(dialog, name)
            if name == "port":
                widget.setValue(value)
            elif name == "remember":
                widget.setChecked(value)
            else:
                widget.setText(value)
        return True

    return ask, shown


def test_connecting_to_a_server_from_the_window(qtbot, demo_catalog, pg_database, memory_keyring):
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    url = make_url(pg_database())
    good = {"host": url.host, "port": url.port, "database": url.database, "user": url.username}
    ask, shown = _answers({**good, "password": "faux"}, {**good, "password": url.password, "remember": True})
    app = Application(QApplication.instance(), Settings(), ask_server=ask)
    assert app.open(str(demo_catalog.path))
    first = app.window
    with qtbot.waitSignal(first.server_requested):
        first.findChild(type(first.delete_action), "action_connect_server").trigger()
    qtbot.waitUntil(lambda: app.window is not first, timeout=10000)
    assert shown[0]["error"] == ""
    assert "refusé l'identifiant ou le mot de passe" in shown[1]["error"]  # asked again, with the reason
    assert app.catalog.path is None and make_url(app.catalog.url).database == url.database
    status = app.window.path_label.full_text()
    assert status == f"Catalogue « {url.database} » sur le serveur 127.0.0.1:{url.port} — utilisateur {url.username}"
    assert url.database in app.window.windowTitle()
    remembered = f"postgresql+psycopg://{url.username}@127.0.0.1:{url.port}/{url.database}"
    assert app.settings.recent_catalogs[0] == remembered
    secrets = [status, app.window.windowTitle(), *app.settings.recent_catalogs]
    assert not any(url.password in text for text in secrets)
    assert list(memory_keyring.store.values()) == [url.password]

    # back to the local file, then the recent server again: its password comes from the keyring
    app.window._fill_recent()
    labels = [a.text() for a in app.window.recent_menu.actions()]
    assert labels == [str(demo_catalog.path)]
    second = app.window
    assert app._switch(str(demo_catalog.path), False)
    second.deleteLater()
    app.window._fill_recent()
    assert [a.text() for a in app.window.recent_menu.actions()] == [f"Serveur : {url.database} sur 127.0.0.1"]
    assert app._switch(remembered, False) and app.catalog.path is None
    assert len(shown) == 2  # not asked again
    app.window.close()
    app.shutdown()


def test_an_unreachable_server_leaves_the_window_on_its_catalogue(qtbot, demo_catalog, pg_server):
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    ask, shown = _answers({"host": "127.0.0.1", "port": 1, "database": "x", "user": "anne", "password": "p"})
    app = Application(QApplication.instance(), Settings(), ask_server=ask)
    assert app.open(str(demo_catalog.path))
    window = app.window
    assert app.connect_server() is False  # tried, told why, then the user cancelled
    assert "ne répond pas" in app.last_error and "ne répond pas" not in shown[0]["error"]
    assert app.window is window and app.catalog.path == demo_catalog.path
    assert window.isVisible()
    window.close()
    app.shutdown()


def test_a_read_only_server_account_gets_the_read_only_window(qtbot, pg_database, pg_server):
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from desktop.app import Application
    from desktop.settings import Settings

    url = make_url(pg_database())
    open_catalog(url.render_as_string(False)).close()
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lecteur') THEN "
                      "CREATE ROLE lecteur LOGIN PASSWORD 'lire'; END IF; END $$")
    pg_server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lecteur", database=url.database)
    app = Application(QApplication.instance(), Settings())
    assert app.open(url.set(username="lecteur", password="lire").render_as_string(False))
    assert app.catalog.read_only and app.window.read_only
    assert "lecture seule" in app.window.windowTitle() and "lecture seule" in app.window.path_label.full_text()
    assert not app.window.new_action.isEnabled()
    assert app.window.banner is not None and app.window.banner.isVisibleTo(app.window)
    assert app.window.banner.text().startswith(f"Le compte « lecteur@{url.database} » n'a que le droit de lire")
    app.window.close()
    app.shutdown()


@pytest.fixture
def fresh_log():
    """db.logs opens its file once, in the first test's folder: leave none open for the next test."""
    import logging

    yield
    log = logging.getLogger("passerelles")
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_a_server_lost_mid_session_is_explained_not_reported_as_a_bug(qtbot, pg_database, pg_server, fresh_log):
    from sqlalchemy.exc import OperationalError

    from db.catalog import open_catalog
    from desktop import errors

    url = make_url(pg_database())
    catalog = open_catalog(url.render_as_string(False))
    with catalog.engine.connect() as connection:
        pg_server.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{url.database}'")
        with pytest.raises(OperationalError) as info:
            connection.exec_driver_sql("SELECT 1")
    shown = errors.handle(info.type, info.value, info.tb)
    assert shown.objectName() == "server_error_box"
    assert "connexion au serveur a été perdue" in shown.text() and "Traceback" not in shown.text()
    shown.close()
    catalog.close()


def test_the_english_window_says_a_lost_server_in_english(qtbot, fresh_log):
    """Issue 22: server messages appeared in French in the English window."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.exc import OperationalError

    from desktop import errors

    app = QApplication.instance()
    previous = app.property("language")
    app.setProperty("language", "en")
    try:
        exc = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
        shown = errors.handle(OperationalError, exc, None)
        assert shown.objectName() == "server_error_box"
        assert shown.text().startswith("The connection to the server was lost.") and "perdue" not in shown.text()
        shown.close()
    finally:
        app.setProperty("language", previous)


def test_two_processes_on_one_server_see_each_other_changes(qtbot, pg_database, tmp_path):
    from passerelles_testing import run_cli
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    url = pg_database()
    app = Application(QApplication.instance(), Settings())
    assert app.open(url)
    window = app.window
    page = window.show_page("partner")
    qtbot.waitUntil(lambda: not page.list.model.loading, timeout=5000)
    assert page.list.model.rowCount() == 0
    sheet = tmp_path / "partenaires.csv"
    sheet.write_text("Nom;Ville\nSeoul Film Commission;Séoul\nBerlinale;Berlin\n", encoding="utf-8")
    result = run_cli("--db", url, "import", str(sheet))  # another process of the application
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("2 partenaires"), timeout=5000)
    window.close()
    app.shutdown()


def test_the_status_bar_tells_an_outage_and_the_window_follows_colleagues_after_it(qtbot, tmp_path):
    """A real server stopped and started again (pg_ctl) under an open window."""
    from passerelles_testing import run_cli
    from pg_server import ThrowawayServer, unavailable
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    if unavailable():
        pytest.skip(f"PostgreSQL non testé : {unavailable()}")
    server = ThrowawayServer().start()
    try:
        server.execute("CREATE DATABASE passerelles")
        url = server.url("passerelles")
        app = Application(QApplication.instance(), Settings())
        assert app.open(url)
        window = app.window
        page = window.show_page("partner")
        qtbot.waitUntil(lambda: not page.list.model.loading, timeout=5000)
        server.halt()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
            "Connexion au serveur perdue, nouvel essai"), timeout=15000)
        qtbot.waitUntil(lambda: " dans " in window.statusBar().currentMessage(), timeout=15000)  # after a failed try
        server.resume()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Connexion rétablie", timeout=60000)
        sheet = tmp_path / "partenaires.csv"
        sheet.write_text("Nom;Ville\nSeoul Film Commission;Séoul\n", encoding="utf-8")
        result = run_cli("--db", url, "import", str(sheet))  # a colleague, after the outage
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10000)
        window.close()
        app.shutdown()
    finally:
        server.stop()


def test_the_dialog_puts_tls_in_the_url_and_says_when_no_password_can_be_kept(qtbot, memory_keyring, monkeypatch):
    from keyring.backends import fail

    from desktop.views.server_dialog import ServerDialog

    dialog = ServerDialog(None, "postgresql+psycopg://anne@bdd.mairie.local:5433/passerelles"
                                "?sslmode=verify-full&sslrootcert=/etc/ssl/mairie.crt")
    qtbot.addWidget(dialog)
    assert dialog.tls.currentData() == "verify-full" and dialog.ca_file.text() == "/etc/ssl/mairie.crt"
    assert dialog.remember.isEnabled()
    dialog.password.setText("secret")
    url = make_url(dialog.url())
    assert url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/mairie.crt"} and url.port == 5433
    dialog.tls.setCurrentIndex(dialog.tls.findData("prefer"))
    dialog.ca_file.clear()
    assert make_url(dialog.url()).query == {}  # libpq's default: nothing written

    keyring.set_keyring(fail.Keyring())
    without = ServerDialog(None)
    qtbot.addWidget(without)
    assert not without.remember.isEnabled()
    assert "impossible sur cet ordinateur (aucun trousseau du système disponible)" in without.remember_note.text()

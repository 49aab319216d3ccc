"""Child process of the fault suite: starts an operation, creates MARKER at a chosen point inside it,
then waits to be killed (SIGKILL) by the test. Usage: fault_child.py ACTION ARGS… MARKER."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def stop_here(marker: Path):
    marker.touch()
    time.sleep(600)  # the test kills us here
    raise SystemExit("not killed")


def window(path: str) -> None:
    """Open the window on ``path`` as a user would; print what it shows as JSON."""
    import json
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from db.lock import lock_path
    from desktop.app import Application
    from desktop.settings import Settings

    qapp = QApplication.instance() or QApplication([])
    asked, refused = [], []
    QMessageBox.critical = lambda parent, title, text, *a: refused.append(text)  # never block the test
    app = Application(qapp, Settings(), ask_read_only=lambda info: asked.append(info) or True,
                      offer_restore=lambda error: refused.append(str(error)) and False)
    opened = app.open(path, create=False)
    banner = getattr(app.window, "banner", None) if opened else None
    print(json.dumps({"opened": opened, "read_only": bool(opened and app.catalog.read_only),
                      "banner": banner.text() if banner is not None else "", "asked": len(asked),
                      "new_enabled": bool(opened and app.window.new_action.isEnabled()),
                      "lock_file": lock_path(Path(path)).exists(), "refused": refused}))
    if opened:
        app.window.close()
    app.shutdown()


def migrate(path: str, marker: Path) -> None:
    """Upgrade a catalogue; killed right after the migration's first CREATE INDEX."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "after_cursor_execute")
    def after(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("CREATE INDEX"):
            stop_here(marker)

    from db.catalog import open_catalog

    open_catalog(path, auto_backup=False)


def main(action: str, *args: str) -> None:
    if action == "window":
        window(args[0])
        return
    if action == "migrate":
        migrate(args[0], Path(args[-1]))
        return
    from db.catalog import open_catalog

    marker = Path(args[-1])
    catalog = open_catalog(args[0], auto_backup=False)
    if action == "import":  # killed inside the import's transaction, rows already written to the WAL
        from db.services.imports import ImportService

        service = ImportService(catalog, actor="faults")
        plan = service.preview(args[1])
        service.run(plan, progress=lambda done, total: stop_here(marker))
    elif action == "undo":  # killed inside the undo's transaction
        from sqlalchemy.orm import Session

        calls = {"n": 0}
        flush = Session.flush

        def flush_then_stop(self, *a, **k):
            flush(self, *a, **k)
            calls["n"] += 1
            if calls["n"] == 2:
                stop_here(marker)

        Session.flush = flush_then_stop
        from db.services.imports import ImportService

        ImportService(catalog, actor="faults").undo(args[1])
    elif action == "restore":  # killed inside the JSON restore's transaction, the partners written
        from db.services.imports import ImportService

        ImportService(catalog, actor="faults").restore(args[1], progress=lambda done, total: stop_here(marker))
    elif action == "export":  # killed once the temporary file is written, before it is renamed
        import importlib

        from db.interchange import atomic

        atomic.fsync_file = lambda path: stop_here(marker)
        target = Path(args[1])
        writer = importlib.import_module(f"db.interchange.export_{target.suffix.lstrip('.')}")
        writer.write(catalog, target)
    elif action == "backup":  # killed after the copy, before its check and rename
        from db import backups

        backups._fsync = lambda path: stop_here(marker)
        catalog.backup("manuelle")
    elif action == "backup_copying":  # killed half-way through the copy (its journal beside it)
        from db import backups

        backups.STEP_PAGES = 4
        backups.create(Path(args[0]), "manuelle",
                       progress=lambda done, total: stop_here(marker) if done * 2 > total else None)
    else:
        raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    main(*sys.argv[1:])

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


def main(action: str, *args: str) -> None:
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
    else:
        raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    main(*sys.argv[1:])

"""What the screenshot scripts share: offscreen Qt, isolated settings and a temporary
demonstration catalogue (never the user's files)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


@contextlib.contextmanager
def demo_catalog():
    """(QApplication, demonstration catalogue, temporary folder); the catalogue is closed after."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "PASSERELLES_LOG_DIR"):
            os.environ[var] = str(Path(tmp) / var.lower())
        sys.path.insert(0, str(ROOT))
        from PySide6.QtWidgets import QApplication

        from db.catalog import open_catalog
        from db.demo import load_demo

        app = QApplication.instance() or QApplication(sys.argv[:1])
        catalog = open_catalog(Path(tmp) / "demo.sqlite")
        load_demo(catalog, today=dt.date(2026, 11, 22))
        OUT.mkdir(parents=True, exist_ok=True)
        try:
            yield app, catalog, Path(tmp)
        finally:
            catalog.close()

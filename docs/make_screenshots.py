"""Regenerate the screenshots of each main view (French, demonstration catalogue) into docs/screenshots/.

    uv run python docs/make_screenshots.py                      # 1440×860, vue-*.png
    uv run python docs/make_screenshots.py --size 1366x768       # a common office laptop, vue-*-1366.png
    uv run python docs/make_screenshots.py --size 1920x1080      # vue-*-1920.png
    QT_SCALE_FACTOR=1.5 uv run python docs/make_screenshots.py --size 910x512 --suffix 1366-150

The size is in device-independent pixels: at QT_SCALE_FACTOR=1.5 the pictures are 1.5 times larger,
so 910x512 at 150 % is a 1366×768 screen set to « 150 % » (pictures of 1365×768).

Runs offscreen on a temporary demo catalogue with isolated settings, so it never touches the user's
files and gives the same pictures every time (follow-ups are dated relative to a fixed day).
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
SIZE = (1440, 860)
SHOTS = {  # view -> (file, record to show)
    "partner": ("vue-partenaires.png", "Busan"),
    "agreement": ("vue-accords.png", "Protocole"),
    "contact": ("vue-contacts.png", None),
    "event": ("vue-evenements.png", None),
    "followup": ("vue-suivis.png", None),
}


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="screenshots of the main views")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="window size, e.g. 1366x768")
    parser.add_argument("--suffix", default=None, help="added to each file name (default: the width, unless 1440)")
    args = parser.parse_args(argv)
    size = tuple(int(x) for x in args.size.lower().split("x"))
    suffix = args.suffix if args.suffix is not None else ("" if size == SIZE else str(size[0]))

    def named(name: str) -> str:
        return name.replace(".png", f"-{suffix}.png") if suffix else name

    home = Path(tempfile.mkdtemp(prefix="passerelles-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["PASSERELLES_LOG_DIR"] = str(home / "logs")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.demo import load_demo
    from db.services import Services
    from desktop import i18n
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    app = QApplication(["passerelles"])
    app.setStyle("Fusion")
    translators = i18n.install(app, "fr")  # noqa: F841 — kept alive while painting
    catalog = open_catalog(home / "demo.sqlite")
    load_demo(catalog, today=TODAY)
    services = Services(catalog)
    window = MainWindow(services, None, Settings(), today=TODAY)
    from desktop.views.main_actions import install

    wiring = install(window, services, None)
    window.resize(*size)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, (name, wanted) in SHOTS.items():
        page = window.show_page(kind)
        model = page.list.model
        row = 0
        if wanted:
            row = next((r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith(wanted)), 0)
        page.list.table.selectRow(row)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / named(name)))
        print(OUT / named(name))
    import time

    done = []
    wiring.dashboard.refreshed.connect(lambda: done.append(True))
    window.show_page("dashboard")
    wiring.dashboard.refresh()
    deadline = time.monotonic() + 10
    while not done and time.monotonic() < deadline:  # the dashboard is computed off the GUI thread
        app.processEvents()
        time.sleep(0.02)
    for page, name in (("dashboard", "vue-tableau-de-bord.png"), ("charts", "vue-statistiques.png")):
        window.show_page(page)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / named(name)))
        print(OUT / named(name))
    window.show_page("partner")
    window.search_action.trigger()
    popup = window._search_popup
    popup.box.setText("busan")
    popup.run_search()
    for _ in range(3):
        app.processEvents()
    popup.grab().save(str(OUT / named("recherche.png")))
    print(OUT / named("recherche.png"))
    popup.hide()
    window.close()
    catalog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

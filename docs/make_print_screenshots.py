"""Render the demo's printed documents to PNG pages in docs/screenshots/ (print-*.png).

    uv run python docs/make_print_screenshots.py [--dpi 100]

Builds a demo catalogue in a temporary folder (with a fixed "today"), writes the Busan partner
summary, the Busan agreement sheet and the minutes of the Toulouse colloquium to PDF with the
application's own printing code, and turns each page into a PNG with poppler's ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 22)
DOCUMENTS = [
    ("print-partner-busan", "partner", "Busan"),
    ("print-agreement-busan", "agreement", "Protocole d'entente Cannes – Busan dans le domaine du cinéma"),
    ("print-minutes-toulouse", "event", "Culture et action internationale des collectivités territoriales"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.demo import load_demo
    from db.services import Services
    from db.services import settings as catalogue_settings
    from desktop.printing import actions

    app = QApplication.instance() or QApplication([])  # noqa: F841
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        catalog = open_catalog(Path(tmp) / "demo.sqlite")
        try:
            load_demo(catalog, today=TODAY)
            catalogue_settings.set_setting(catalog, "office_name", "Ville de Cannes — Relations internationales")
            services = Services(catalog)
            for stem, kind, reference in DOCUMENTS:
                pdf = Path(tmp) / f"{stem}.pdf"
                pages = actions.export_pdf(kind, reference, services, pdf, today=TODAY)
                for old in args.out.glob(f"{stem}-*.png"):
                    old.unlink()
                subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / stem)], check=True)
                print(f"{stem}: {pages} page(s)")
        finally:
            catalog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render every printed document of the demo to PNG pages in docs/screenshots/ (print-*.png).

    uv run python docs/make_print_screenshots.py [--dpi 100]

Builds a demo catalogue in a temporary folder (with a fixed "today", an office name, city and
logo), writes each printable document (partner summary, agreement sheet, minutes, the list of
agreements in force and of all agreements, a partner's contacts, one person's and everyone's
follow-ups; the agreement sheet and the minutes with their signature block) in French and English to PDF
with the application's own printing code, and turns each page into a PNG with poppler's
``pdftoppm``: at ``--dpi`` (100 %, ``print-…-fr-1.png``) and at one and a half times that
(150 %, ``print-…-fr-150-1.png``, French only).
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
    ("print-agreements-in-force", "active_agreements", None),
    ("print-agreements-all", "all_agreements", None),
    ("print-contacts-busan", "partner_contacts", "Busan"),
    ("print-followups-vasseur", "owner_followups", "Claire Vasseur"),
    ("print-followups-all", "owner_followups", ""),
]


def _logo(path: Path) -> Path:
    """A plain coat-of-arms-like logo, drawn (the demo has no image of its own)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(QColor("#173a5e"))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(150)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 240, 240), Qt.AlignmentFlag.AlignCenter, "C")
    painter.end()
    image.save(str(path))
    return path


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
            catalogue_settings.set_setting(catalog, "office_city", "Cannes (Alpes-Maritimes)")
            catalogue_settings.set_setting(catalog, "logo", catalogue_settings.logo_value(_logo(Path(tmp) / "logo.png")))
            catalogue_settings.set_setting(catalog, "signature_place", "Cannes")
            catalogue_settings.set_setting(catalog, "signatory", "Jean Dupont")  # the demo's signatories' titles
            services = Services(catalog)
            for old in args.out.glob("print-*.png"):
                old.unlink()
            for stem, kind, reference in DOCUMENTS:
                for language in ("fr", "en"):
                    pdf = Path(tmp) / f"{stem}-{language}.pdf"
                    pages = actions.export_pdf(kind, reference, services, pdf, today=TODAY, language=language)
                    scales = [("", args.dpi)] + ([("-150", args.dpi * 3 // 2)] if language == "fr" else [])
                    for suffix, dpi in scales:
                        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf),
                                        str(args.out / f"{stem}-{language}{suffix}")], check=True)
                    print(f"{stem} ({language}): {pages} page{'s' if pages > 1 else ''}")
        finally:
            catalog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
